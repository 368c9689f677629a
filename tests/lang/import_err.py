# import error paths
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError))
try:
    from mod_simple import no_such_name
except ImportError as e:
    print('ImportError from-import of missing name')
try:
    import mod_raises
except ValueError as e:
    print('ValueError', e)
import sys
print('mod_raises' in sys.modules)
try:
    import pkg_shapes.nope
except ImportError:
    print('ImportError missing submodule')
try:
    from pkg_shapes import nope2
except ImportError:
    print('ImportError from package')
print(issubclass(ImportError, Exception))
