# if / while / for with else clauses
for x in [5, 15, 25]:
    if x < 10:
        print(x, 'small')
    elif x < 20:
        print(x, 'medium')
    else:
        print(x, 'large')
for i in range(3):
    pass
else:
    print('for else ran', i)
for i in range(10):
    if i == 3:
        break
else:
    print('not printed')
print('broke at', i)
for i in []:
    print('never')
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
print('n', n)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return i
print(find('abc', 'c'), find('abc', 'z'))
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print('inner else')
    print('i', i, 'j', j)
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print('even k', k)
else:
    print('done k', k)
if 0: print('no')
elif []: print('no')
else: print('fallthrough')
