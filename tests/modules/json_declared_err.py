# json functions declared once: keyword-only options, unknown keywords (rejected as by the encoder/decoder class), normal calls
import json, io
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: json.dumps(obj=[1, {"b": 2, "a": None}], sort_keys=True, indent=2))
t(lambda: json.dumps([1.5, "x"], separators=(",", ":"), ensure_ascii=False))
t(lambda: json.dumps(1, foo=2))
t(lambda: json.dumps({1: 2}, skipkeys=True, bar=3))
t(lambda: json.loads(s='[1, 2.5, {"a": null}]'))
t(lambda: json.loads('{"a": 1}', object_pairs_hook=list))
t(lambda: json.loads('1', foo=2))
t(lambda: json.load(fp=io.StringIO('[true]')))
t(lambda: json.load(io.StringIO('[1]'), parse_int=float))
t(lambda: json.load(io.StringIO('[1]'), baz=1))
f = io.StringIO()
t(lambda: json.dump({"k": [1]}, f, indent=1))
print(f.getvalue())
t(lambda: json.dump(1, f, qux=1))
print(json.dumps.__name__)
