# class vs instance attribute lookup and shadowing
class C:
    shared = [1]
    value = 'class'
    def method(self):
        return 'method'
c1, c2 = C(), C()
c1.value = 'instance'
print(c1.value, c2.value, C.value)
c1.shared.append(2)
print(c2.shared, C.shared)
c2.shared = ['own']
print(c1.shared, c2.shared, C.shared)
c1.method = lambda: 'instance override'
print(c1.method(), c2.method(), C.method(c1))
del c1.method
print(c1.method())
C.value = 'changed on class'
print(c1.value, c2.value)
del c1.value
print(c1.value)
class D(C):
    value = 'subclass'
d = D()
print(d.value, d.shared, D.__dict__.get('shared', 'not in D dict'))
C.new_attr = 'added later'
print(d.new_attr, hasattr(D, 'new_attr'))
print(sorted(k for k in vars(c2)), sorted(k for k in vars(d)))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
k1 = Counter()
k1.inc(); k1.inc()
print(k1.count, Counter.count)
