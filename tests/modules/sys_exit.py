# sys.exit raises SystemExit, which can be caught
import sys
try:
    sys.exit()
except SystemExit as e:
    print('exit()', e.code, repr(e))
try:
    sys.exit(0)
except SystemExit as e:
    print('exit(0)', e.code)
try:
    sys.exit(42)
except SystemExit as e:
    print('exit(42)', e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    sys.exit('error message')
except SystemExit as e:
    print('exit(str)', e.code, e.args)
def nested():
    try:
        sys.exit(1)
    finally:
        print('finally executes')
try:
    nested()
except SystemExit as e:
    print('caught after finally', e.code)
print('program continues normally')
