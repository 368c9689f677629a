# Conway's game of life on a small torus, with a glider and a blinker
def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in cells else '.' for x in range(w)))
    print('-' * w)
W, H = 8, 6
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
show(cells, W, H)
for gen in range(4):
    cells = step(cells, W, H)
show(cells, W, H)
shifted = {((x + 1) % W, (y + 1) % H) for x, y in glider}
print('glider moved diagonally:', cells == shifted)
blinker = {(1, 2), (2, 2), (3, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 6, 6) == block)
pop = []
c = set(glider) | {(5, 4), (6, 4), (7, 4)}
for _ in range(12):
    pop.append(len(c))
    c = step(c, W, H)
print(pop)
