"""Fannkuch-redux: for every permutation of 1..n count how many "pancake
flips" (reverse the first k elements where k is the first element) are
needed until 1 is in front.  Reports the maximum flip count and a signed
checksum.  Exercises list slicing, reversal and index-heavy loops.

Usage: python3 fannkuch.py [N [REPEATS]]
"""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    parity = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        first = perm1[0]
        if first != 0:
            perm = perm1[:]
            flips = 0
            k = first
            while k != 0:
                if k < 4:
                    # short flips: swap by hand
                    i = 0
                    j = k
                    while i < j:
                        perm[i], perm[j] = perm[j], perm[i]
                        i += 1
                        j -= 1
                else:
                    # longer flips: slice reversal
                    perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        parity = -parity

        # next permutation in the counting order
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for _ in range(reps):
        checksum, flips = fannkuch(n)
    print("fannkuch n=%d checksum=%d maxflips=%d" % (n, checksum, flips))


main()
