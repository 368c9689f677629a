# augmented assignment
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
i = 7
i <<= 2; print(i)
i >>= 1; print(i)
i &= 6; print(i)
i |= 9; print(i)
i ^= 3; print(i)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'a': 1}
d['a'] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
arr = [1, 2, 3]
idx = [0]
def getidx():
    idx[0] += 1
    return 1
arr[getidx()] += 100
print(arr, idx)
b = bytearray(b'ab')
b += b'cd'
print(b)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
f = 1.5
f += 1
print(f)
