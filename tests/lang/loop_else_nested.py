# for/while else clauses with nested loops, break/continue, and exceptions
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
i = 0
while i < 3:
    i += 1
    if i == 10:
        break
else:
    print('while else ran', i)
while False:
    pass
else:
    print('else of never-run while')
for x in []:
    print('never')
else:
    print('else of empty for')
try:
    for x in range(3):
        if x == 1:
            raise ValueError('in loop')
    else:
        print('not reached')
except ValueError as e:
    print('caught', e)
def gen_else():
    for x in range(2):
        yield x
    else:
        yield 'else'
print(list(gen_else()))
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
    else:
        count += 100
print(count)
result = []
for i in range(5):
    try:
        if i % 2:
            continue
        result.append(i)
    finally:
        result.append('f')
else:
    result.append('else')
print(result)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    break
else:
    print('unreachable')
print(n)
