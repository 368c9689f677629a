# hashlib errors: str and non-buffer data, arity and keywords of the
# constructors, new() and the methods, unknown algorithms; CPython's
# messages
import hashlib

def t(f):
    try:
        r = f()
        print(r if not hasattr(r, 'hexdigest') else r.hexdigest()[:16])
    except Exception as e:
        print(type(e).__name__, e)

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    t(lambda: ctor('abc'))
    t(lambda: ctor(123))
    t(lambda: ctor(None))
    t(lambda: ctor([1, 2]))
    t(lambda: ctor(b'a', b'b'))
    t(lambda: ctor(data=b'a'))
    t(lambda: ctor(b'a', string=b'b'))
    t(lambda: ctor(b'a', usedforsecurity=False, foo=1))
    t(lambda: ctor(string='x'))

class S(str):
    pass
t(lambda: hashlib.sha256(S('abc')))
t(lambda: hashlib.sha256().update(S('abc')))

h = hashlib.sha256()
t(lambda: h.update('text'))
t(lambda: h.update(5))
t(lambda: h.update(None))
t(lambda: h.update())
t(lambda: h.update(b'a', b'b'))
t(lambda: h.update(obj=b'a'))
t(lambda: h.digest(1))
t(lambda: h.hexdigest(b''))
t(lambda: h.copy(None))
t(lambda: h.digest(x=1))
t(lambda: type(h)())
t(lambda: type(h)(b'abc'))
print(h.hexdigest()[:16])

# new(): its own argument errors, then _hashlib.new's.
t(lambda: hashlib.new())
t(lambda: hashlib.new('sha256', b'', b''))
t(lambda: hashlib.new(1))
t(lambda: hashlib.new(None))
t(lambda: hashlib.new(b'sha256'))
t(lambda: hashlib.new([1]))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.new(''))
t(lambda: hashlib.new('sha256 '))
t(lambda: hashlib.new('md4'))
t(lambda: hashlib.new('foo', None))
t(lambda: hashlib.new('foo', b'', x=1))
t(lambda: hashlib.new('sha256', 'abc'))
t(lambda: hashlib.new('sha256', None))
t(lambda: hashlib.new('sha256', b'', x=1))
t(lambda: hashlib.new('sha256', string=b'a'))
t(lambda: hashlib.new('md5', data=b'x', string=b'y'))
t(lambda: hashlib.new('sha1', b'a', name='sha1'))
t(lambda: hashlib.new(data=b'a'))
t(lambda: hashlib.new('sha1', usedforsecurity=False))
