# importing packages, submodules and relative imports
import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.circle_area(2))
print(pkg_shapes.circle.PI)
import pkg_shapes.square
print(pkg_shapes.square.area(3), pkg_shapes.square.both(2))
from pkg_shapes import square as sq
print(sq is pkg_shapes.square)
from pkg_shapes.sub import sq_area, NAME
print(sq_area(5), NAME)
from pkg_shapes.sub.deep import info
print(info())
import pkg_shapes.sub.deep as deep
print(deep.info()[2])
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg_shapes')))
print(pkg_shapes.__name__, pkg_shapes.sub.__name__)
