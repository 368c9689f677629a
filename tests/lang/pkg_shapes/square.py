from . import circle
from .circle import PI
def area(s):
    return s * s
def both(x):
    return area(x), circle.area(x), PI
