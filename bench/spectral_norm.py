"""Spectral norm: approximate the spectral norm of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1) using the power method
on A^T A.  Exercises function calls, float division, list comprehensions
and zip.

Usage: python3 spectral_norm.py [N]
"""
import sys
from math import sqrt


def a_elem(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_elem(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v):
    n = len(v)
    return [sum([a_elem(j, i) * vj for j, vj in zip(range(n), v)])
            for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return sqrt(vbv / vv)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    print("spectral_norm n=%d norm=%.9f" % (n, spectral_norm(n)))


main()
