# %-formatting errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '%s %s' % ('a',))
t(lambda: '%s' % ('a', 'b'))
t(lambda: '%d' % 'x')
t(lambda: '%d' % None)
t(lambda: '%x' % 1.5)
t(lambda: '%c' % 'ab')
t(lambda: '%c' % -1)
t(lambda: '%c' % 0x110000)
t(lambda: '%z' % 1)
t(lambda: '%' % ())
t(lambda: '%(a)s' % {'b': 1})
t(lambda: '%(a)s' % ('a',))
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%*d' % ('x', 1))
t(lambda: '%f' % 'x')
t(lambda: '%d' % [1])
t(lambda: 'no format' % 5)
t(lambda: 'no format' % ())
t(lambda: b'%s' % 'str')
t(lambda: b'%d' % b'1')
t(lambda: '%s' % ())
t(lambda: '%.*f' % (1,))
