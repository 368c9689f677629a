# package init
print('pkg_shapes init, __name__ =', __name__)
from .circle import area as circle_area
VERSION = '1.0'
