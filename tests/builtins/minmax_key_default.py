# min/max with key=, default=, multiple args, ties, and errors
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min('b', 'a', 'c'), max('hello'), min([[2], [1, 5]]))
print(max([], default='empty'), min((), default=None), max([5], default=0), max(iter([]), default=-1))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([(1, 'b'), (1, 'a')]), max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max(-1, -2, key=abs), min(-1, 2, -3, key=abs), max({'a': 1, 'b': 3, 'c': 2}.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x % 3))
d = {'x': 5, 'y': 9, 'z': 1}
print(max(d), max(d, key=d.get), min(d.values()))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0),
            lambda: max([1, 'a']), lambda: min([1], key=5), lambda: max([1], foo=1), lambda: min(None)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([1, 2], key=None), min('xy', default='z', key=None))
nan = float('nan')
print(max([nan, 1]), max([1, nan]), min([nan, 1, 0]))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'R(%d)' % self.v
print(max([R(1), R(3), R(2)]), min(R(5), R(4)), sorted([R(2), R(1)]))
