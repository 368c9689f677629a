# deque errors
from collections import deque
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque(5))
t(lambda: deque([], -1))
t(lambda: deque([1], maxlen=1).insert(0, 2))
try:
    hash(deque())
except TypeError:
    print('TypeError unhashable')
def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
t(mutate)
t(lambda: deque([1])['a'])
