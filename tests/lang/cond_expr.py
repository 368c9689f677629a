# conditional expressions and boolean operators
for x in range(-1, 3):
    print(x, 'pos' if x > 0 else 'zero' if x == 0 else 'neg')
print(1 if True else 2, 1 if False else 2)
print((lambda: 'a' if [] else 'b')())
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print('' or 'default', [] or {} or 0 or None)
print(None and 1, 1 and None)
print(not 0, not [], not [0], not '', not 'a')
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(0, log) or side(0, log) or side(3, log) or side(4, log)
print(r, log)
log = []
r = side(1, log) if side(0, log) else side(2, log)
print(r, log)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
print(not 1 and 0, not (1 and 0))
x = [1, 2] if 0 else (3, 4)
print(x)
print([i if i % 2 else -i for i in range(5)])
