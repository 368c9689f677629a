# json.dumps
import json
print(json.dumps(1), json.dumps(1.5), json.dumps(-0.0), json.dumps(1e100), json.dumps(2 ** 70), json.dumps(True), json.dumps(None))
print(json.dumps('text'), json.dumps('quote"back\\slash'), json.dumps('tab\tnewline\n'), json.dumps('\x00\x1f'), json.dumps('é中😀'))
print(json.dumps('é中😀', ensure_ascii=False), json.dumps('/'), json.dumps("'"))
print(json.dumps([]), json.dumps({}), json.dumps([1, 'a', None, True, 2.5]), json.dumps((1, 2)), json.dumps([[], [[]]]))
print(json.dumps({'b': 1, 'a': [1, 2], 'c': {'d': None}}))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
print(json.dumps([1, 2, {'a': 3}], separators=(',', ':')), json.dumps({'a': 1, 'b': 2}, separators=(';', '=')))
print(json.dumps({'a': [1, {'b': 2}], 'c': []}, indent=2))
print(json.dumps([1, [2, 3]], indent=4))
print(json.dumps({'x': {}}, indent='\t'))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([1], indent=0))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps('x' * 3), json.dumps(0.1 + 0.2), json.dumps(100.0), json.dumps(1e-7))
class Obj:
    def __init__(self):
        self.v = 1
print(json.dumps(Obj(), default=lambda o: o.__dict__), json.dumps({'s': {1, 2}}, default=sorted))
print(json.dumps({'k': 'v'}, indent=2, separators=(',', ': '), sort_keys=True))
