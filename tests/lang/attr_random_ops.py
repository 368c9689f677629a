# Generated (seed 290 of a random attribute-operation generator): reads,
# writes, deletes, method calls, __dict__ edits, __class__ changes and
# class attribute changes through shared code sites.
class Base:
    k = 'base'
    def m(self):
        return 'Base.m'

class C0(object):
    @property
    def c(self):
        return 'prop0'
    def __getattr__(self, n):
        return 'ga_' + n

class C1(object):
    k = 1
    def m(self):
        return 'C1.m'

class C2(C1):
    pass

class C3(C0):
    k = 3

class C4(C1):
    k = 4
    def m(self):
        return 'C4.m'


def rd(o, n):
    try:
        if n == 'a': return o.a
        if n == 'b': return o.b
        if n == 'c': return o.c
        if n == 'd': return o.d
        if n == 'e': return o.e
    except Exception as ex:
        return type(ex).__name__
def wr(o, n, v):
    try:
        if n == 'a': o.a = v
        elif n == 'b': o.b = v
        elif n == 'c': o.c = v
        elif n == 'd': o.d = v
        elif n == 'e': o.e = v
    except Exception as ex:
        return type(ex).__name__
def dl(o, n):
    try:
        if n == 'a': del o.a
        elif n == 'b': del o.b
        elif n == 'c': del o.c
        elif n == 'd': del o.d
        elif n == 'e': del o.e
    except Exception as ex:
        return type(ex).__name__
def mt(o):
    try:
        return o.m()
    except Exception as ex:
        return type(ex).__name__
def kk(o):
    try:
        return o.k
    except Exception as ex:
        return type(ex).__name__
objs = []

objs.append(C4())
objs.append(C2())
objs.append(C1())
objs.append(C2())
objs.append(C0())
objs.append(C4())
objs.append(C3())
objs.append(C1())
print(0, mt(objs[4]), kk(objs[4]))
print(1, wr(objs[1], 'a', 1))
print(2, wr(objs[1], 'b', 2))
print(3, mt(objs[1]), kk(objs[1]))
try:
    objs[5].__class__ = C1
except TypeError as ex:
    print('TE')
print(5, rd(objs[4], 'c'))
print(6, rd(objs[0], 'b'))
print(7, rd(objs[1], 'b'))
print(8, wr(objs[5], 'b', 8))
try:
    objs[3].m = lambda: 'inst9'
except Exception as ex:
    print(type(ex).__name__)
print(10, rd(objs[3], 'b'))
print(11, wr(objs[7], 'd', 11))
print(12, rd(objs[0], 'd'))
print(13, wr(objs[1], 'c', 13))
try:
    objs[3].__dict__.pop('a', None)
except Exception as ex:
    print(type(ex).__name__)
try:
    setattr(objs[0], ''.join(['a']), 'sa15')
except Exception as ex:
    print(type(ex).__name__)
print(16, wr(objs[7], 'b', 16))
try:
    setattr(objs[3], ''.join(['c']), 'sa17')
except Exception as ex:
    print(type(ex).__name__)
print(18, rd(objs[2], 'c'))
print(19, wr(objs[6], 'd', 19))
print(20, rd(objs[7], 'c'))
try:
    objs[6].m = lambda: 'inst21'
except Exception as ex:
    print(type(ex).__name__)
try:
    objs[7].__dict__.pop('d', None)
except Exception as ex:
    print(type(ex).__name__)
print(23, rd(objs[5], 'e'))
try:
    objs[0].__class__ = C1
except TypeError as ex:
    print('TE')
print(25, rd(objs[5], 'e'))
print(26, rd(objs[2], 'a'))
print(27, rd(objs[5], 'b'))
print(28, wr(objs[6], 'e', 28))
print(29, rd(objs[6], 'b'))
print(30, rd(objs[6], 'c'))
print(31, rd(objs[6], 'e'))
print(32, wr(objs[5], 'a', 32))
print(33, wr(objs[0], 'e', 33))
print(34, wr(objs[3], 'c', 34))
print(35, wr(objs[4], 'b', 35))
print(36, rd(objs[6], 'd'))
try:
    objs[7].__dict__.pop('e', None)
except Exception as ex:
    print(type(ex).__name__)
print(38, wr(objs[0], 'b', 38))
print(39, wr(objs[2], 'e', 39))
print(40, rd(objs[3], 'e'))
print(41, wr(objs[7], 'd', 41))
print(42, rd(objs[2], 'c'))
try:
    objs[2].__class__ = C2
except TypeError as ex:
    print('TE')
print(44, rd(objs[5], 'b'))
print(45, rd(objs[5], 'd'))
print(46, wr(objs[3], 'c', 46))
print(47, dl(objs[3], 'b'))
print(48, wr(objs[1], 'e', 48))
print(49, wr(objs[6], 'a', 49))
print(50, rd(objs[6], 'e'))
print(51, rd(objs[0], 'd'))
print(52, rd(objs[1], 'e'))
print(53, rd(objs[6], 'c'))
print(54, rd(objs[4], 'e'))
print(55, wr(objs[2], 'b', 55))
print(56, rd(objs[2], 'a'))
print(57, wr(objs[3], 'b', 57))
print(58, mt(objs[0]), kk(objs[0]))
try:
    objs[6].__class__ = C3
except TypeError as ex:
    print('TE')
print(60, wr(objs[3], 'e', 60))
print(61, rd(objs[4], 'e'))
print(62, wr(objs[7], 'e', 62))
print(63, rd(objs[7], 'd'))
print(64, wr(objs[6], 'e', 64))
try:
    objs[5] = C1()
except Exception as ex:
    print(type(ex).__name__)
print(66, wr(objs[2], 'a', 66))
print(67, wr(objs[6], 'e', 67))
print(68, wr(objs[4], 'e', 68))
try:
    objs[7].m = lambda: 'inst69'
except Exception as ex:
    print(type(ex).__name__)
print(70, rd(objs[2], 'b'))
print(71, wr(objs[2], 'b', 71))
print(72, wr(objs[0], 'd', 72))
print(73, wr(objs[4], 'c', 73))
print(74, rd(objs[5], 'd'))
print(75, dl(objs[2], 'e'))
print(76, mt(objs[5]), kk(objs[5]))
try:
    objs[6] = C1()
except Exception as ex:
    print(type(ex).__name__)
print(78, mt(objs[5]), kk(objs[5]))
print(79, mt(objs[3]), kk(objs[3]))
print(80, rd(objs[1], 'b'))
print(81, wr(objs[5], 'a', 81))
print(82, rd(objs[2], 'a'))
print(83, wr(objs[3], 'b', 83))
print(84, rd(objs[4], 'd'))
print(85, wr(objs[5], 'e', 85))
try:
    objs[7].__dict__.pop('d', None)
except Exception as ex:
    print(type(ex).__name__)
print(87, wr(objs[7], 'c', 87))
try:
    setattr(objs[1], ''.join(['b']), 'sa88')
except Exception as ex:
    print(type(ex).__name__)
try:
    objs[4].__dict__['b'] = 'dd89'
except Exception as ex:
    print(type(ex).__name__)
try:
    objs[4] = C1()
except Exception as ex:
    print(type(ex).__name__)
print(91, rd(objs[6], 'b'))
print(92, dl(objs[7], 'b'))
print(93, wr(objs[6], 'd', 93))
print(94, dl(objs[4], 'b'))
print(95, rd(objs[6], 'a'))
print(96, mt(objs[3]), kk(objs[3]))
try:
    objs[7].__dict__['a'] = 'dd97'
except Exception as ex:
    print(type(ex).__name__)
try:
    C1.b = 'cls98'
except Exception as ex:
    print(type(ex).__name__)
print(99, wr(objs[7], 'a', 99))
try:
    objs[2].__dict__.pop('c', None)
except Exception as ex:
    print(type(ex).__name__)
print(101, rd(objs[3], 'e'))
try:
    objs[0].__dict__['c'] = 'dd102'
except Exception as ex:
    print(type(ex).__name__)
print(103, wr(objs[1], 'd', 103))
print(104, wr(objs[4], 'a', 104))
print(105, wr(objs[5], 'c', 105))
try:
    C2.b = 'cls106'
except Exception as ex:
    print(type(ex).__name__)
print(107, rd(objs[6], 'd'))
print(108, rd(objs[5], 'c'))
try:
    setattr(objs[4], ''.join(['e']), 'sa109')
except Exception as ex:
    print(type(ex).__name__)
print(110, rd(objs[0], 'e'))
print(111, dl(objs[5], 'e'))
print(sorted((i, sorted((k, 'fn' if callable(v) else v) for k, v in vars(o).items())) for i, o in enumerate(objs)))
