# while loops
n = 10
out = []
while n:
    n -= 3
    out.append(n)
    if n < 0:
        break
print(out)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27), collatz(1))
i = 0
while True:
    i += 1
    if i < 5:
        continue
    break
print(i)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)
x = 0
while x < 3: x += 1
print(x)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if j > i:
            break
        count += 1
        j += 1
    i += 1
print(count)
