# list slice assignment and deletion
def show(l):
    print(l, len(l))
l = list(range(8))
l[2:4] = ['a', 'b', 'c']; show(l)
l[:2] = []; show(l)
l[-2:] = [99]; show(l)
l[len(l):] = [100, 101]; show(l)
l[3:3] = ['ins']; show(l)
l[:] = range(6); show(l)
l[1::2] = 'xyz'; show(l)
l[::-2] = [0, 0, 0]; show(l)
l[5:1] = ['empty-range']; show(l)
l[-100:1] = ['front']; show(l)
del l[::3]; show(l)
del l[-1:]; show(l)
del l[100:]; show(l)
del l[1:-1]; show(l)
l[0:1] = l; show(l)
l = [1, 2, 3]
l[1:2] = (x * 10 for x in range(3)); show(l)
l[:0] = 'ab'; show(l)
l[2:] = {'k': 1}; show(l)
big = list(range(20))
big[::5] = [-1] * 4; show(big)
del big[::-2]; show(big)
big[2:10:2] = 'ABCD'; show(big)
a = [1, 2, 3]
b = a
a[:] = [9]
print(a, b, a is b)
