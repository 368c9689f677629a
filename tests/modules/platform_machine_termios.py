# upy-exp: handwritten: platform, machine and termios are MicroPython's unix-port modules; the expected output is the reference MicroPython's (the platform string is checked by its form, as its version differs)
import platform, machine, termios
p = platform.platform()
print(p.split('-')[0], '--with-' in p, p.count('-') >= 4)
print(type(platform.python_compiler()).__name__, platform.libc_ver()[0], len(platform.libc_ver()))
print(machine.idle())
for m in (machine.mem8, machine.mem16, machine.mem32):
    try:
        m[0x1000]
    except OSError:
        print('OSError')
    try:
        m[0x1000] = 1
    except OSError:
        print('OSError')
try:
    machine.soft_reset()
except SystemExit:
    print('SystemExit')
print(termios.TCSANOW, termios.B9600, termios.B115200, termios.B1000000)
try:
    termios.tcgetattr(0)
except OSError as e:
    print('OSError', e.errno)
try:
    termios.setraw(0)
except OSError as e:
    print('OSError', e.errno)
