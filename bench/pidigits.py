"""Pi digits: stream decimal digits of pi with an unbounded spigot built
on linear fractional transformations over arbitrary-precision integers.
Exercises big-int multiplication, addition, floor division and comparison.

Usage: python3 pidigits.py [DIGITS]
"""
import sys


def pi_digits(count):
    """Return a list with the first `count` decimal digits of pi."""
    # state of the composed transformation (num*x + acc) / den
    num = 1
    acc = 0
    den = 1
    k = 0
    digits = []
    while len(digits) < count:
        # absorb the next term of the series
        k += 1
        k2 = 2 * k + 1
        acc = (acc + 2 * num) * k2
        den = den * k2
        num = num * k
        if num > acc:
            continue
        # a digit is safe when x=3 and x=4 agree
        tmp = num * 3 + acc
        d = tmp // den
        if (tmp + num) // den != d:
            continue
        digits.append(d)
        acc = (acc - den * d) * 10
        num = num * 10
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 7000
    digits = pi_digits(count)
    text = "".join([str(d) for d in digits])
    h = 0
    for d in digits:
        h = (h * 10 + d) % 1000000007
    print("pidigits n=%d head=%s tail=%s sum=%d hash=%d" %
          (count, text[:20], text[-20:], sum(digits), h))


main()
