# random errors
import random
random.seed(0)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: random.choice([]))
t(lambda: random.randint(5, 1))
t(lambda: random.randrange(0))
t(lambda: random.randrange(5, 5))
t(lambda: random.randrange(0, 10, 0))
t(lambda: random.getrandbits(-1))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.shuffle((1, 2)))
try:
    random.randint(1)
except TypeError:
    print('TypeError')
t(lambda: random.choices([1], weights=[1, 2]))
print(random.choice('x'), random.randrange(1), random.randint(3, 3))
