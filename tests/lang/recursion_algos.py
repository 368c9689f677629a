# recursive algorithms
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, (list, tuple)) else [item])]
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(fact(25), fib(90), len(hanoi(5, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
print(ackermann(2, 3), perms('abc'), flatten([1, (2, [3, (4,)]), [[5]]]))
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def binsearch(lst, x, lo=0, hi=None):
    if hi is None:
        hi = len(lst)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == x:
        return mid
    if lst[mid] < x:
        return binsearch(lst, x, mid + 1, hi)
    return binsearch(lst, x, lo, mid)
print(gcd(1071, 462), binsearch(list(range(0, 100, 3)), 42), binsearch([1, 2], 5))
