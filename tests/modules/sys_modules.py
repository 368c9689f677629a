# sys.modules and import caching
import sys
import json
print('json' in sys.modules, sys.modules['json'] is json)
saved = sys.modules['json']
import json as j2
print(j2 is saved)
class FakeModule:
    value = 'fake'
sys.modules['upy_fake_module'] = FakeModule
import upy_fake_module
print(upy_fake_module.value)
del sys.modules['upy_fake_module']
print('upy_fake_module' in sys.modules)
print(type(sys.modules).__name__, all(isinstance(k, str) for k in sys.modules))
print(sys.modules['__main__'].__name__ if hasattr(sys.modules['__main__'], '__name__') else None)
