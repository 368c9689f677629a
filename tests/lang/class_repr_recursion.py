# repr of self-referential containers and recursive __repr__
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
outer = [[]]
outer[0].append(outer)
print(outer)
x = [1]
y = [x, x]
print(y)
dd = {}
dd[1] = [dd]
print(dd)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.children)
root = Node('r')
root.children.append(Node('c1'))
root.children.append(Node('c2'))
root.children[0].children.append(Node('g'))
print(root)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
s = set()
l = [s]
print(l, [[], [[]]], [(), ((),)])
