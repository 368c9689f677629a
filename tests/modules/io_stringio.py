# io.StringIO basics
import io
s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.getvalue())
s.write('second line\n')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s2 = io.StringIO('line1\nline2\nline3')
print(s2.readlines())
s2.seek(0)
print([l for l in s2])
s3 = io.StringIO('abc')
print(s3.read(), repr(s3.read()), s3.getvalue())
print('to string io', 1, 2, file=s3)
print(repr(s3.getvalue()))
s4 = io.StringIO()
print('x', 'y', sep='-', end='!', file=s4)
print(s4.getvalue())
s5 = io.StringIO('initial')
s5.write('XY')
print(s5.getvalue())
s5.seek(0, 2)
s5.write('+end')
print(s5.getvalue())
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().write(b'bytes')
except TypeError as e:
    print('TypeError', e)
