# and/or return operand values and short-circuit side effects
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
calls.clear()
print(t(2) and t(3), calls)
calls.clear()
print(t('') or t([]) or t(None), calls)
calls.clear()
print(t('x') or t('y'), calls)
calls.clear()
print(t(1) and t(0) or t('fallback'), calls)
calls.clear()
print(t(0) or t(1) and t(2), calls)
calls.clear()
print(not t([]) and t('after not'), calls)
print([] or {} or (), 0 or 0.0, '' and 5, [0] and 'truthy list')
x = None
name = x or 'default'
print(name)
val = 0
print(val if val is not None else 'none', val or 'falsy-zero')
d = {}
print(d.get('k') or d.setdefault('k', []), d)
class Noisy:
    def __init__(self, b): self.b = b
    def __bool__(self):
        calls.append('bool %s' % self.b)
        return self.b
calls.clear()
r = Noisy(False) or Noisy(True)
print(type(r).__name__, r.b, calls)
calls.clear()
r = Noisy(True) and Noisy(False)
print(r.b, calls)
calls.clear()
if Noisy(True) and Noisy(True):
    pass
print(calls)
print(all([]), any([]), all([0, t(1)]), any(x for x in [0, '', 3]))
