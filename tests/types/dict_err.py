# dict error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
t(lambda: d['b'])
t(lambda: d[('t', 1)])
t(lambda: d[1])
t(lambda: d[None])
t(lambda: d[''])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(lambda: {}.popitem())
t(lambda: d.pop('zz'))
t(lambda: dict(1))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(['ab', 'c']))
t(lambda: d + d)
t(lambda: d < d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.get())
t(lambda: dict.fromkeys(5))
t(lambda: {}.setdefault([], 1))
t(lambda: d | [('x', 1)])
t(lambda: hash(d))
t(lambda: d.nope)
def dl():
    del d['missing']
t(dl)
class K:
    def __hash__(self):
        raise ValueError('no hash today')
t(lambda: {K(): 1})
t(lambda: KeyError('x').args)
t(lambda: str(KeyError('x')))
t(lambda: str(KeyError()))
t(lambda: str(KeyError('a', 'b')))
print(d)
