# sort stability with key and reverse; sorting records by multiple keys
recs = [('bob', 25, 'NY'), ('alice', 30, 'LA'), ('carol', 25, 'SF'), ('dave', 30, 'NY'), ('eve', 22, 'LA'), ('frank', 25, 'LA')]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: r[2]))
step1 = sorted(recs, key=lambda r: r[0])
step2 = sorted(step1, key=lambda r: r[2])
print([r[0] for r in step2])
print([r[0] for r in sorted(recs, key=lambda r: (r[2], -r[1]))])
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
l = list(data)
l.sort(key=lambda p: p[0], reverse=True)
print(l)
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana', 'date']
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, -3, 2, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda x: x * x))
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=k), calls)
big = [(i * 37 % 11, i) for i in range(50)]
s = sorted(big, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: [] if x == 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
l2 = [5, 4, 3]
try:
    l2.sort(key=lambda x: 1 / (x - 4))
except ZeroDivisionError as e:
    print(type(e).__name__, l2 if len(l2) == 3 else 'changed')
print(sorted([], reverse=True), sorted([1]), sorted('bca', reverse=True), sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))
