"""N-queens: count and checksum the solutions of the N-queens puzzle in
two ways: a hand-written permutation generator filtered with sets (the
classic brute-force approach), and a recursive generator-based
backtracking search.  Exercises generators, sets, tuples and list ops.

Usage: python3 nqueens.py [N]
"""
import sys


def permutations(items):
    """Yield every permutation of items as a tuple (lexicographic)."""
    pool = list(items)
    n = len(pool)
    if n == 0:
        yield ()
        return
    idx = list(range(n))
    yield tuple(pool)
    while True:
        # find the rightmost ascent
        i = n - 2
        while i >= 0 and idx[i] >= idx[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while idx[j] <= idx[i]:
            j -= 1
        idx[i], idx[j] = idx[j], idx[i]
        idx[i + 1:] = idx[n - 1:i:-1]
        yield tuple([pool[k] for k in idx])


def brute_force(n):
    cols = range(n)
    for vec in permutations(cols):
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def backtrack(n, row=0, placed=(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if c in placed:
            continue
        d1 = row + c
        d2 = row - c
        if d1 in diag1 or d2 in diag2:
            continue
        yield from backtrack(n, row + 1, placed + (c,),
                             diag1 | {d1}, diag2 | {d2})


def checksum(solutions):
    count = 0
    acc = 0
    for sol in solutions:
        count += 1
        h = 0
        for c in sol:
            h = h * 31 + c
        acc = (acc + h) % 1000000007
    return count, acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    c1, h1 = checksum(brute_force(n))
    c2, h2 = 0, 0
    for _ in range(3):
        c2, h2 = checksum(backtrack(n + 2))
    print("nqueens n=%d solutions=%d hash=%d | n=%d solutions=%d hash=%d" %
          (n, c1, h1, n + 2, c2, h2))


main()
