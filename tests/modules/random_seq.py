# random: sequence functions with a fixed seed
import random
random.seed(42)
items = list(range(10))
print(random.choice(items), random.choice('abcdef'), random.choice((1, 2, 3)))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample('abcdefg', 3), sorted(random.sample(items, 10)) == list(range(10)))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
deck = ['%s%s' % (r, s) for r in 'A23456789TJQK' for s in 'SHDC']
random.seed(7)
random.shuffle(deck)
print(deck[:8])
random.seed(3)
counts = [0] * 6
for _ in range(600):
    counts[random.randrange(6)] += 1
print(counts, sum(counts))
random.seed(99)
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
