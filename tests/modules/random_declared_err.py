# random's functions (methods of a hidden Random) declared once: C-style errors of random/getrandbits, keywords, seeding through __new__/__init__
import random
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(a=3); print(random.random(), random.getrandbits(12), random.randint(a=1, b=9))
r = random.Random(x=5); print(r.random() == random.Random(5).random())
class S(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
print(S(1, 2).random() == random.Random(3).random())
print(random.choice(seq=[4]), random.sample(population=[1, 2, 3], k=2), random.choices('ab', k=2), random.uniform(a=1, b=1))
print(random.triangular(low=1, high=1), random.gauss(mu=2, sigma=0), random.randrange(start=5, stop=6), random.random.__name__)
t(lambda: random.random(1))
t(lambda: random.random(x=1))
t(lambda: random.getrandbits())
t(lambda: random.getrandbits(1, 2))
t(lambda: random.getrandbits(k=2))
t(lambda: r.random(1))
t(lambda: random.Random.getrandbits(r))
# descriptor misuse: CPython names the type _random.Random
for f in (lambda: random.Random.random(1), lambda: random.Random.getrandbits(1, 2)):
    try: f()
    except TypeError: print("TypeError")
