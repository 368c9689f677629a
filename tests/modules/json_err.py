# json errors
import json
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValueError))
for bad in ['', ' ', '[', ']', '{', '{"a"}', '{"a":}', '{"a": 1,}', '[1,]', '[1 2]', "'single'", 'tru', 'nul',
            '"unterminated', '{1: 2}', '01', '1.', '.5', '+1', '[1] extra', '"\\x41"', '"bad \\u12"', 'undefined']:
    t(lambda: json.loads(bad))
def tm(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tm(lambda: json.dumps(b'bytes'))
tm(lambda: json.dumps({1, 2}))
tm(lambda: json.dumps(object()) and None)
tm(lambda: json.dumps({(1, 2): 'tuple key'}))
tm(lambda: json.dumps(1j))
tm(lambda: json.loads(5))
tm(lambda: json.loads(None))
tm(lambda: json.dumps(float('nan'), allow_nan=False))
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1, 2')
except ValueError as e:
    print('ValueError caught')
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print('ValueError', e)
