# program: prime sieve and number theory helpers
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sum(sieve(1000)))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 2 ** 31 - 1, 600851475143, 2 ** 64 + 1]:
    print(n, factorize(n))
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(10 ** 12, 10 ** 12 + 100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(2 ** 127 - 1))
