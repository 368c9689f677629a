# time: calendar conversions, struct_time, formatting and MicroPython's ticks arithmetic
import time
print(time.gmtime(0), time.gmtime(0).tm_zone)
print(time.gmtime(-86400 * 365 * 3), time.gmtime(1.9), time.gmtime(-1.5))
print(time.gmtime(951782400)[:3], time.gmtime(4102444800)[:8], time.gmtime(1e9).tm_yday)
print(time.asctime(time.gmtime(0)), time.mktime(time.gmtime(123456789)))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %%', time.gmtime(1234567890)))
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_mon, st[5], st.tm_zone, len(st), isinstance(st, tuple))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: time.gmtime('x'))
t(lambda: time.sleep(-1))
t(lambda: time.sleep('x'))
t(lambda: time.mktime((1, 2)))
t(lambda: time.struct_time((1, 2)))
if hasattr(time, 'ticks_diff'):
    print(time.ticks_diff(time.ticks_add(5, -10), 5), time.ticks_diff(3, 1), time.ticks_diff(1, 3))
else:
    print(-10, 2, -2)
