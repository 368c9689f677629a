# break / continue in nested loops and with try
out = []
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    out.append(i)
print(out)
out = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if j == 1:
            continue
        out.append((i, j))
print(out)
i = 0
res = []
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            continue
        if i == 8:
            break
        res.append(i)
    finally:
        res.append('f')
print(res)
def gen():
    for i in range(10):
        if i == 2:
            continue
        if i == 5:
            return
        yield i
print(list(gen()))
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c == 1:
                break
            count += 1
        else:
            count += 100
print(count)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.append(4)
    if len(l) > 5:
        break
print(l)
s = 0
for x in range(100):
    if x % 2:
        continue
    s += x
print(s)
