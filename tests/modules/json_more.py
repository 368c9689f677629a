# json: decode error positions and attributes, dump/load through file-like objects, encoder options
import json
for bad in ['', ' ', '[', ']', '{', '{"a"}', '{"a":}', '{"a": 1,}', '[1,]', '[1 2]', "'single'", 'tru', 'nul',
            '"unterminated', '{1: 2}', '01', '1.', '.5', '+1', '[1] extra', '"\\x41"', '"bad \\u12"', 'undefined',
            '"a\nb"', '[1,\n2,,]', '-', '1e', '[-]', 'nan', '{"a" 1}', '"\\', '\ufeff[]', '"\\u12345"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: json.dumps({'a': 1}, indent=-1))
t(lambda: json.dumps([1, {}], indent=''))
t(lambda: json.dumps([1], indent=1.5))
t(lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
t(lambda: json.dumps({(1, 2): 3, 'b': 1}, skipkeys=True))
t(lambda: json.dumps('\x7f\u2028\U0001f600'))
t(lambda: json.dumps({'k': float('nan')}, allow_nan=False))
t(lambda: json.dumps({2: 'b', 1: 'a', 3.5: 'c'}, sort_keys=True))
t(lambda: json.loads(b'\xef\xbb\xbf[1]'))
t(lambda: json.loads('[1e400, -1e400, 1E+2, 0.5e-1]'))
t(lambda: json.loads('{"a": NaN, "b": -Infinity}', parse_constant=lambda s: 'const ' + s))
t(lambda: json.loads('"\\ud83d\\ude00 \\u00e9"'))
t(lambda: json.loads('[' * 2000))
deep = []
for i in range(2000):
    deep = [deep]
t(lambda: json.dumps(deep))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Reader:
    def read(self):
        return '{"from": ["reader", 1]}'
w = Writer()
json.dump({'x': [1, 2]}, w, indent=1)
print(repr(''.join(w.parts)))
print(json.load(Reader()), json.load(Reader(), object_pairs_hook=list))
shared = [1]
print(json.dumps([shared, shared]))
d = {}
d['self'] = d
t(lambda: json.dumps(d))
print(json.dumps(d, check_circular=False) if False else 'skipped')
print(json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
