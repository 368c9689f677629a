# io streams declared once: arity errors of files, StringIO/BytesIO and open(), closed-file checks
import io
f = open('io_declared_err.py')
b = open('io_declared_err.py', 'rb')
s = io.StringIO('a\nb\n')
y = io.BytesIO(b'xyz')
calls = ['f.read(1, 2)', 'f.readline(1, 2)', 'f.seek()', 'f.tell(1)', 'f.write()', 'f.write("a", 1)',
         'f.close(1)', 'f.readable(1)', 's.read(1, 2)', 's.write()',
         's.seek()', 's.getvalue(1)', 'y.readinto()', 'io.StringIO(1, 2, 3)',
         'io.BytesIO(x=1)', 'open()', 'open("x", foo=1)', 's.readline()', 'y.read(2)', 'f.readline()',
         'type(f).read(s)', 'io.StringIO.read(y)', 'b.read(3)']
for c in calls:
    try:
        print(c, '=', repr(eval(c)))
    except (TypeError, ValueError, OSError) as e:
        print(c, '->', type(e).__name__, e)
f.close()
for c in ['f.read()', 'f.readline()', 'next(f)']:
    try:
        print(c, '=', eval(c))
    except ValueError as e:
        print(c, '->', e)
b.close()
