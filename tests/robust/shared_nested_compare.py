# Comparing structures that share their parts takes time, not memory (CPython prints True within a few MB)
a = []
b = []
for i in range(21):
    a = [a, a]
    b = [b, b]
print(a == b, a != b)
t = ()
u = ()
for i in range(18):
    t = (t, t)
    u = (u, u)
print(t == u, t < u, [t] == [u])
c = [a, 1]
d = [b, 2]
print(c == d, c < d, c > d)
print(a in [b], [a] == [b])
