# A suspended generator collected unfinished is closed: its finally blocks and with-exits run (once), as in CPython; so is one left at exit
import gc
log = []
def g(name):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ' + name)
def w(name):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            log.append('exit ' + name + ' ' + str(a[0].__name__ if a[0] else None))
    with CM():
        yield 1
def plain():
    yield 1
    yield 2
def catcher():
    try:
        yield 1
    except GeneratorExit:
        log.append('caught GeneratorExit')
        raise
x = g('a'); next(x)
x = None
gc.collect()
print(log)
y = w('b'); next(y); del y; gc.collect(); print(log)
p = plain(); next(p); del p; gc.collect(); print(log)
c = catcher(); next(c); del c; gc.collect(); print(log)
# A generator never started, or finished, has nothing to run.
n = g('never'); del n
f = g('done'); list(f); del f
gc.collect(); print(log)
# Many collected generators: each finally runs once.
for i in range(1000):
    z = g('loop'); next(z)
z = None
gc.collect()
print(log.count('finally loop'))
def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad(); next(b); del b; gc.collect()
print('end')
def atexit():
    try:
        yield 1
    finally:
        print('finally at exit')
x2 = atexit(); next(x2)
print('module end')
