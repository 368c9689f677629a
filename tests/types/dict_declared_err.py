# dict methods declared once: method, slot-wrapper and classmethod arity errors, descriptors, __init__/update **kwargs
for f in ['{}.__len__(1)','{}.__setitem__(1)','{}.__len__(x=1)','{}.__getitem__()','{}.__contains__()','{}.__iter__(1)','dict.__len__(1)','{}.keys().__len__(1)','{}.keys().isdisjoint()', 'dict.fromkeys()', 'dict.fromkeys(1,2,3)','{}.get()','{}.update(1,2)','dict(1,2)', '{}.pop()', 'dict.__init__(1)','{}.__init__(1,2)', 'dict.__getitem__', 'dict.__len__', '{}.setdefault()', 'dict.fromkeys("ab", 0)', 'dict(a=1)', 'dict({1:2}, a=1)', '{}.update(a=2)', 'dict.get({1:2}, 1)', 'dict.get([], 1)', '{}.keys(1)', 'dict.keys([])', 'dict.__new__(1)', 'dict.__new__(int)', '{}.get(1, 2, 3)', '{}.pop(x=1)']:
  try: print(f, '=', eval(f))
  except TypeError as e: print(f, '->', e)
