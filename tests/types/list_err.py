# list error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
t(lambda: l[3])
t(lambda: l[-4])
t(lambda: l['0'])
t(lambda: l[1.0])
t(lambda: l.index(9))
t(lambda: l.remove(9))
t(lambda: [].pop())
t(lambda: l.pop(10))
t(lambda: l.pop('x'))
t(lambda: l + (4,))
t(lambda: l * [2])
t(lambda: l.insert('a', 1))
t(lambda: l.extend(5))
t(lambda: [1, 'a'].sort())
t(lambda: sorted([None, 1]))
t(lambda: l.sort(key=5))
t(lambda: l.sort(1))
t(lambda: l.index(1, 'a'))
t(lambda: list(5))
t(lambda: list(1, 2))
t(lambda: hash(l))
t(lambda: {l: 1})
t(lambda: l < 'abc')
t(lambda: l.count())
t(lambda: l.append(1, 2))
def si():
    l[10] = 1
t(si)
def sd():
    del l[10]
t(sd)
def ss():
    l[::2] = [1, 2, 3]
t(ss)
def sdict():
    l[{}] = 1
t(sdict)
def modify_in_sort():
    m = [3, 2, 1]
    def key(v):
        m.append(v)
        return v
    m.sort(key=key)
t(modify_in_sort)
print(l)
