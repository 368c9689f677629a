# json dumps/loads round trips
import json
values = [0, -1, 2 ** 64, 1.5, -2.25e-10, 1e300, 'plain', 'ünicode ✓', '', 'line\nbreak', [], {}, [1, [2, [3]]],
          {'a': {'b': {'c': [None, True, False]}}}, {'k' * 10: 'v' * 10}, [0.1, 0.2, 0.30000000000000004]]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, type(back).__name__)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 'a'})))
s = json.dumps({'z': 1, 'a': [3, 2, 1]}, sort_keys=True, indent=1)
print(s)
print(json.loads(s))
compact = json.dumps({'a': [1, 2], 'b': {'c': 'd'}}, separators=(',', ':'))
print(compact, len(compact), json.loads(compact))
