# dict | and |= (PEP 584), equality across orders, comparison errors
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [('w', 0)]
print(c)
try:
    a | [('k', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | None
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
for op in ['<', '>', '<=', '>=']:
    try:
        eval('{1: 1} %s {1: 1}' % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1: 1} + {2: 2}
except TypeError as e:
    print(type(e).__name__, e)
merged = {}
for d in [{'a': 1}, {'b': 2}, {'a': 3}]:
    merged |= d
print(merged, list(merged))
print({**a, **b, 'extra': True}, {**{}, **{}})
print(dict(a.items() | {('q', 9)}) == {**a, 'q': 9})
