# collecting multiple exceptions and raising a summary (no except*)
class MultiError(Exception):
    def __init__(self, errors):
        super().__init__('%d errors' % len(errors))
        self.errors = errors
def run_all(funcs):
    errors = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            errors.append(e)
    if errors:
        raise MultiError(errors)
try:
    run_all([lambda: 1 / 0, lambda: None, lambda: [][0], lambda: int('z')])
except MultiError as m:
    print(m, [type(e).__name__ for e in m.errors])
    print([str(e) for e in m.errors])
try:
    run_all([lambda: 1])
    print('no errors')
except MultiError:
    print('unexpected')
