"""Chaos game: iterate random affine transformations (a Sierpinski-style
IFS with weighted transforms) on a point, accumulating hits in a grid.
Uses small classes for points and transforms and a deterministic LCG,
exercising float arithmetic, method calls and list-of-lists indexing.

Usage: python3 chaos.py [ITERATIONS]
"""
import sys
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Affine:
    """p' = M p + t with M = [[a, b], [c, d]]."""

    def __init__(self, a, b, c, d, tx, ty, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.t = Vec(tx, ty)
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y,
                   self.c * p.x + self.d * p.y) + self.t


class Rotation(Affine):
    def __init__(self, angle, scale, tx, ty, weight):
        ca = math.cos(angle) * scale
        sa = math.sin(angle) * scale
        Affine.__init__(self, ca, -sa, sa, ca, tx, ty, weight)


class Lcg:
    def __init__(self, seed):
        self.s = seed

    def random(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) \
            & 0xFFFFFFFFFFFFFFFF
        return (self.s >> 11) / 9007199254740992.0


class ChaosGame:
    def __init__(self, transforms, width, height, seed):
        self.transforms = transforms
        total = 0.0
        self.cumulative = []
        for t in transforms:
            total += t.weight
            self.cumulative.append(total)
        self.total = total
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.rng = Lcg(seed)
        self.minx = self.miny = 1e300
        self.maxx = self.maxy = -1e300

    def pick(self):
        r = self.rng.random() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.transforms[i]
        return self.transforms[-1]

    def plot(self, p):
        if p.x < self.minx:
            self.minx = p.x
        if p.x > self.maxx:
            self.maxx = p.x
        if p.y < self.miny:
            self.miny = p.y
        if p.y > self.maxy:
            self.maxy = p.y
        ix = int((p.x + 1.5) / 3.0 * self.width)
        iy = int((p.y + 1.5) / 3.0 * self.height)
        if 0 <= ix < self.width and 0 <= iy < self.height:
            self.grid[iy][ix] += 1

    def run(self, iterations):
        p = Vec(0.1, 0.1)
        travelled = 0.0
        for i in range(iterations):
            q = self.pick().apply(p)
            travelled += (q - p).length()
            p = q
            if i >= 20:
                self.plot(p)
        return travelled

    def checksum(self):
        h = 0
        for y, row in enumerate(self.grid):
            for x, v in enumerate(row):
                if v:
                    h = (h * 1000003 + v * (x + 1) + y) & 0xFFFFFFFF
        return h


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    transforms = [
        Affine(0.5, 0.0, 0.0, 0.5, -0.5, -0.5, 1.0),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, -0.5, 1.0),
        Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.5, 1.0),
        Rotation(math.pi / 7, 0.3, 0.2, 0.1, 0.4),
    ]
    game = ChaosGame(transforms, 64, 64, 12345)
    dist = game.run(iterations)
    print("chaos iterations=%d dist=%.6f bbox=(%.6f,%.6f,%.6f,%.6f) grid=%d" %
          (iterations, dist, game.minx, game.miny, game.maxx, game.maxy,
           game.checksum()))


main()
