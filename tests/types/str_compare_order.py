# string comparisons: lexicographic by code point, mixed case, unicode, sorting
pairs = [('a', 'b'), ('a', 'A'), ('abc', 'ab'), ('', 'a'), ('Z', 'a'), ('é', 'z'), ('中', 'é'), ('a', 'a'), ('10', '9')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '123', 'éclair', '_x', 'Zed']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), sorted(words, reverse=True)[:3])
print('abc' == 'abc', 'abc' is not None, 'a' * 3 == 'aaa', 'abc' < 'abd' < 'abe')
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < None
except TypeError as e:
    print(type(e).__name__, e)
print('a' == 1, 'a' != b'a', ['a', 'b'] < ['a', 'c'], ('x',) > ('',))
print(sorted(['a10', 'a2', 'a1']), sorted(['a10', 'a2', 'a1'], key=lambda s: int(s[1:])))
print(ord(min('hello')), max('hello'), sorted('hello'), ''.join(sorted('dcba')))
