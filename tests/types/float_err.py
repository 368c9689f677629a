# float arithmetic errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0))
t(lambda: 0.0 ** -1)
t(lambda: type((-8.0) ** 0.5).__name__)
# CPython's message here is an errno tuple: compare type only
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
tn(lambda: 10.0 ** 400)
tn(lambda: 1e308 ** 2)
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: 1.5 & 1)
t(lambda: 1.5 << 1)
t(lambda: ~1.5)
l1 = [1]
t(lambda: l1[1.0])
s = 'abc'
t(lambda: s[0.0])
t(lambda: range(1.5))
t(lambda: float.fromhex('xyz'))
t(lambda: (1.5).as_integer_ratio(1))
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: round(1.5, 'x'))
tn(lambda: 2.0 ** 10000)
t(lambda: 1.0 + '1')
