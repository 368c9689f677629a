# SystemExit is catchable and carries a code
import sys
for arg in [(), (0,), (1,), ('message',), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit_code = 0
    try:
        sys.exit(7)
    finally:
        print('finally runs on sys.exit')
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit(3)
except Exception:
    print('wrong: SystemExit is not an Exception')
except SystemExit:
    print('SystemExit not caught by except Exception')
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
