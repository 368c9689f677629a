# program: N-queens solver with generators and sets
def queens(n):
    def place(row, cols, d1, d2, acc):
        if row == n:
            yield tuple(acc)
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c); acc.append(c)
            yield from place(row + 1, cols, d1, d2, acc)
            cols.remove(c); d1.remove(row - c); d2.remove(row + c); acc.pop()
    yield from place(0, set(), set(), set(), [])
for n in range(1, 9):
    sols = list(queens(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(queens(6))
for c in first:
    print(''.join('Q' if i == c else '.' for i in range(6)))
