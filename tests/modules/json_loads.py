# json.loads
import json
print(json.loads('1'), json.loads('-1.5'), json.loads('1e3'), json.loads('1E-2'), json.loads('123456789012345678901234567890'))
print(json.loads('"str"'), json.loads('"esc\\"aped\\\\ \\n \\t \\/ \\b \\f \\r"'), json.loads('"\\u00e9\\u4e2d"'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('true'), json.loads('false'), json.loads('null'), json.loads('  [ 1 , 2 ]  '), json.loads('{}'))
print(json.loads('[1, "a", null, true, false, 2.5, [], {}]'))
d = json.loads('{"b": 1, "a": {"nested": [1, 2, {"deep": "yes"}]}}')
print(d, list(d), d['a']['nested'][2]['deep'])
print(json.loads('{"dup": 1, "dup": 2}'), json.loads('"é"'), json.loads('\n\t{"ws" :\r\n 1}\n'))
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, type(json.loads('1e2')).__name__)
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"b": true}')))
print(json.loads('NaN') != json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('[-0, -0.0, 0.5e1]'), json.loads('"\\u0041"'))
big = {'list': list(range(5)), 'str': 'x' * 5, 'num': 3.25, 'flag': False, 'none': None}
print(json.loads(json.dumps(big)) == big)
