# augmented assignment on subscripts and attributes calls get/set exactly once
class Logged:
    def __init__(self):
        self.data = {'k': 1}
        self.log = []
    def __getitem__(self, key):
        self.log.append('get ' + str(key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append('set %s=%r' % (key, value))
        self.data[key] = value
l = Logged()
l['k'] += 10
print(l.log, l.data)
class Attr:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        object.__setattr__(self, 'v', 5)
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('getattr ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('setattr %s=%r' % (name, value))
        object.__setattr__(self, name, value)
a = Attr()
a.v *= 3
print(a.log, a.v)
class InPlace:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return 'InPlace(%r)' % (self.items,)
    def __iadd__(self, other):
        self.items.append(other)
        return self
holder = Logged()
holder.data['k'] = InPlace()
holder['k'] += 'x'
print(holder.log, holder.data['k'].items)
nums = [1, 2, 3]
i = 0
nums[i] += 5
print(nums)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
