# str.encode / bytes.decode
s = 'héllo wörld €'
b = s.encode()
print(b, len(s), len(b), b.decode() == s)
print(s.encode('utf-8'), s.encode('utf8'), s.encode('UTF-8'), s.encode(encoding='utf-8'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('latin1'))
print('héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', errors='ignore'))
print('\U0001f600'.encode(), len('\U0001f600'.encode()), b'\xf0\x9f\x98\x80'.decode() == '\U0001f600')
print(b'abc'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), bytearray(b'\xc3\xa9').decode())
print(b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'replace'), repr(b'a\xffb'.decode('utf-8', 'replace')))
print(b'\xc3'.decode('utf-8', 'ignore') == '', ''.encode(), b''.decode())
for ch in ['a', '\x7f', '\x80', '\u07ff', '\u0800', '\uffff', '\U00010000', '\U0010ffff']:
    e = ch.encode()
    print(len(e), e, e.decode() == ch)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'\xff'.decode())
t(lambda: b'\xc3'.decode())
t(lambda: b'\xed\xa0\x80'.decode())
t(lambda: 'é'.encode('ascii'))
t(lambda: b'\x80'.decode('ascii'))
t(lambda: '\ud800'.encode())
t(lambda: b'a'.decode('bogus'))
t(lambda: 'a'.encode(5))
