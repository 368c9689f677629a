# time module: only types and monotonicity are checked, never printed values
import time
t1 = time.time()
print(type(t1).__name__, t1 > 1_000_000_000)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 >= m1, m2 - m1 >= 0.005)
time.sleep(0)
p = time.perf_counter()
print(type(p).__name__)
ns = time.time_ns()
print(type(ns).__name__, ns > 10 ** 18)
print(type(time.monotonic_ns()).__name__)
lt = time.localtime(0)
print(type(lt).__name__ == 'struct_time', len(tuple(lt)))
g = time.gmtime(0)
print(g[0], g[1], g[2], g.tm_year, g.tm_yday, g.tm_wday)
g2 = time.gmtime(86400 * 365)
print(tuple(g2)[:6])
print(time.mktime(time.localtime(1000000)) == 1000000)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('x')
except TypeError as e:
    print('TypeError')
