# program: matrix operations with nested lists
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        e >>= 1
    return r
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(' '.join(str(v).rjust(w) for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(transpose(a))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1])
show(mat_pow([[2, 1], [1, 1]], 10))
grid = [[(r * 3 + c) % 4 for c in range(5)] for r in range(4)]
show(grid)
print([sum(r) for r in grid], [sum(c) for c in zip(*grid)], sum(map(sum, grid)))
print([[v for v in row if v] for row in grid])
rot = [list(r) for r in zip(*grid[::-1])]
show(rot)
