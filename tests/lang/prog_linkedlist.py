# program: linked list class implementing the container protocols
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return 'LinkedList([%s])' % ', '.join(repr(v) for v in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
l = LinkedList([1, 2, 3])
print(l, len(l), l[0], l[-1], 2 in l, 5 in l, list(reversed(l)))
l.push(0)
print(l, l.pop(), l)
print(l + LinkedList('ab'), l == LinkedList([1, 2, 3]), l != LinkedList(), bool(LinkedList()))
print(l.reverse(), sum(l), sorted(l), max(l))
e = LinkedList()
for fn in (e.pop, lambda: l[10]):
    try:
        fn()
    except IndexError as ex:
        print('IndexError', ex)
try:
    Node(1).other = 2
except AttributeError:
    print('slots prevent new attributes')
