# upy-exp: handwritten: micropython.schedule is MicroPython's (a queue of 4 callbacks, run one at a time at safe points, not inside each other; an exception in one is printed, here on stderr as upy prints tracebacks, and the program goes on); the output is the reference MicroPython's stdout
import micropython
def cb(x):
    print('cb', x)
    if x < 3:
        micropython.schedule(cb, x + 1)
micropython.schedule(cb, 0)
for i in range(100):
    pass
print('end')
def bad(x):
    raise ValueError(x)
micropython.schedule(bad, 1)
for i in range(100):
    pass
print('after')
s = micropython.schedule
s(print, 'a'); s(print, 'b'); s(print, 'c'); s(print, 'd')
try:
    s(print, 'e')
except RuntimeError as e:
    err = e
for i in range(10):
    pass
print('RuntimeError', err)
def nested(x):
    micropython.schedule(print, 'scheduled inside ' + x)
    print('nested', x)
micropython.schedule(nested, 'n')
for i in range(10):
    pass
print('done')
