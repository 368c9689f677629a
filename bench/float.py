"""Float: build many Point objects from sin/cos, normalize each one and
fold them together with a component-wise maximum.  Exercises object
creation, attribute access, math.sin/cos/sqrt and float arithmetic.

Usage: python3 float.py [POINTS]
"""
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    reps = 13
    total = 0.0
    for _ in range(reps):
        best = run(n)
        total += best.x + best.y + best.z
    print("float n=%d best=%r total=%.9f" % (n, best, total))


main()
