from .. import VERSION
from . import NAME
def info():
    return VERSION, NAME, __name__
