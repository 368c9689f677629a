# sys.stdout.write and print(file=...)
import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' - same line\n')
print('via print', file=sys.stdout)
print('a', 'b', sep=',', file=sys.stdout, end='\n')
r = sys.stdout.write('')
print(r)
sys.stdout.write('unicode: é中😀\n')
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
sys.stdout.flush()
print(len('x' * 3), file=sys.stdout)
