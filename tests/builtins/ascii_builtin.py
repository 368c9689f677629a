# ascii()
print(ascii('abc'), ascii('é'), ascii('中文'), ascii('😀'), ascii('\n'), ascii("'"), ascii('"'))
print(ascii(['é', 'x']), ascii({'ü': 'ö'}), ascii(('\x7f', '\x80')), ascii(1), ascii(None), ascii(b'\xe9'))
class R:
    def __repr__(self):
        return 'R<é>'
print(ascii(R()), repr(R()))
print(ascii('\u0100\uffff\U00010000'), len(ascii('é')))
try:
    ascii()
except TypeError as e:
    print('TypeError', e)
