# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); l.insert(-1, 'before_last'); l.insert(100, 'end'); l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(4), l.index(1, 2), l.count(1), l.count('zz'))
nums = [5, 2, 9, 1]
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'apple']
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
c = nums.copy(); c.clear(); print(c, nums)
x = [1, 2, 3, 2, 1]
print(x.index(2), x.index(2, 2), x.index(1, -1), x.count(2))
y = []
y += [1]
y *= 3
print(y)
z = [1, 2, 3, 4, 5]
z[1:3] = [9]
print(z)
z[::2] = ['a', 'b']
print(z)
del z[:]
print(z)
s = [3, 1, 2]
print(s.sort(), s, sorted(s, reverse=True))
stable = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
stable.sort(key=lambda p: p[0]); print(stable)
q = [1, 2]
q.extend(q); print(q)
q.append(q); print(q)
