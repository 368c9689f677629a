# json with subclasses of builtin types and custom default/object_hook
import json
class D(dict):
    pass
class L(list):
    pass
class I(int):
    pass
class S(str):
    pass
print(json.dumps(D(a=1)), json.dumps(L([1, 2])), json.dumps(I(5)), json.dumps(S('s')), json.dumps({S('k'): I(1)}))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str), json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))
def default(o):
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('cannot encode')
print(json.dumps([1j, 2 + 3j], default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'a': True}, indent=None), json.dumps('é', ensure_ascii=True))
print(json.dumps([1, 2], separators=(', ', ': ')), json.dumps({'k': [1]}, sort_keys=True, separators=(',', ':')))
