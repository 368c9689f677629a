# and/or/not return operands and call __bool__ / __len__ lazily
class B:
    def __init__(self, name, val):
        self.name, self.val = name, val
    def __bool__(self):
        print('bool', self.name)
        return self.val
    def __repr__(self):
        return self.name
t, f = B('t', True), B('f', False)
print(t and f)
print(f and t)
print(t or f)
print(f or t)
print(not t)
print(f or f or 'fallback')
print(t and t and 'end')
r = [] or {} or B('x', True)
print(r)
if t and not f:
    print('branch taken')
while f:
    break
else:
    print('while on falsey object')
print([x for x in (t, f) if x])
print(all([t, f]), any([f, t]))
x = t if f else f
print(x)
