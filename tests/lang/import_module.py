# importing plain modules
import mod_simple
print(mod_simple.value, mod_simple.greet('x'), mod_simple.Thing.kind)
print(mod_simple.__name__, type(mod_simple).__name__)
import mod_simple as ms
print(ms is mod_simple, ms.value)
from mod_simple import greet, value as v
print(greet('y'), v)
import sys
print('mod_simple' in sys.modules, sys.modules['mod_simple'] is mod_simple)
import mod_counter
import mod_counter
from mod_counter import runs
print('counter module ran', runs, 'time(s)')
mod_counter.state.append(1)
import mod_counter as mc2
print(mc2.state)
mod_simple.value = 99
from mod_simple import value
print(value)
def inside():
    import mod_simple
    from mod_all import shown
    return mod_simple.value, shown
print(inside())
print('greet' in dir(mod_simple), '_private' in dir(mod_simple))
print(hasattr(mod_simple, 'Thing'), getattr(mod_simple, 'nothing', 'no attr'))
