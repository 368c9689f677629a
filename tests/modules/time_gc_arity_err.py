# Arity errors of gc and time functions, worded as CPython's
import gc, time
for f in ['gc.enable(1)', 'gc.enable(x=1)', 'gc.collect(1, 2)', 'gc.collect(x=1)', 'time.perf_counter(1)', 'time.sleep()', 'time.sleep(1,2)', 'time.time(x=1)','time.localtime(1,2)','time.monotonic_ns(1)', 'time.sleep(x=1)', 'time.gmtime(1,2)', 'time.mktime()', 'time.mktime(1,2)', 'time.asctime(1,2)', 'time.ctime(1,2)', 'time.strftime()', 'time.strftime("", 1, 2)', 'time.strftime(format="")','time.gmtime(x=1)']:
    try: print(f, eval(f))
    except TypeError as e: print(f, e)
