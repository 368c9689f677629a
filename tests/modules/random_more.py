# random: several seeds, big ranges, distributions, state round trips and seeding from other types
import random
for seed in [0, 1, 7, 2 ** 32, 2 ** 32 - 1, -5, 10 ** 30, 'abc', b'xyz', bytearray(b'q'), 3.5, -0.25]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(33), random.randrange(10 ** 20), random.randint(-3, 3))
r = random.Random(2024)
print([r.randrange(0, 100, 3) for _ in range(5)], [r.randrange(100, 0, -7) for _ in range(5)])
print(r.getrandbits(64), r.getrandbits(65), r.getrandbits(31), r.randbytes(5))
print(r.sample(range(1000), 8), r.sample(range(30), 10), r.sample('abcdef', k=6))
print(r.sample(['a', 'b'], 4, counts=[3, 2]))
print(r.choices(range(10), k=4), r.choices('xy', cum_weights=[0.2, 1.0], k=4))
for name, a in [('triangular', ()), ('triangular', (1, 5, 2)), ('gammavariate', (0.5, 2)), ('gammavariate', (1.0, 3)),
                ('gammavariate', (3.5, 1)), ('betavariate', (0.5, 0.5)), ('paretovariate', (2,)),
                ('weibullvariate', (1, 2)), ('vonmisesvariate', (1, 4)), ('vonmisesvariate', (0, 0)),
                ('lognormvariate', (0, 1)), ('expovariate', (3,)), ('normalvariate', ()), ('gauss', (5, 2)),
                ('uniform', (-1, 1))]:
    print(name, a, round(getattr(r, name)(*a), 10))
s = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)], len(s), s[0], len(s[1]))
random.seed(99)
print(random.getstate() == random.Random(99).getstate())
x = list(range(20))
random.shuffle(x)
print(x)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: random.seed([1]))
t(lambda: random.choices([1, 2], 2))
t(lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]))
t(lambda: random.choices([1, 2], [0, 0]))
t(lambda: random.randrange(1, 10, 2.5))
t(lambda: random.randrange(3.0))
t(lambda: random.gammavariate(-1, 1))
t(lambda: random.sample([1, 2, 3], -1))
t(lambda: random.sample([1, 2], 1, counts=[1]))
