# upy-exp: handwritten: time.ticks_add/ticks_diff are MicroPython's; ticks_add refuses intervals ticks_diff could not give back (both ends of the half period); the output is the reference MicroPython's
from time import ticks_add, ticks_diff
M = ticks_add(0, -1)
I = M // 2
print(M == I * 2 + 1, ticks_add(20, 12), ticks_add(20, -12))
for T in (0, 10, M):
    for d in (-I - 1, -I, 0, I, I + 1):
        try:
            print(ticks_diff(ticks_add(T, d), T) == d, ticks_diff(T, ticks_add(T, d)) == -d)
        except OverflowError:
            print('OverflowError')
