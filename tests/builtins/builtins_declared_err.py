# builtin functions declared once: CPython's arity and keyword wording for each calling convention
calls = ['len()', 'len(1, 2)', 'len(x=1)', 'abs()', 'repr(1, 2)', 'format()', 'format(1, 2, 3)',
         'getattr(1)', 'getattr(1, 2, 3, 4)', 'setattr(1, 2)', 'isinstance(1)', 'issubclass(int)',
         'iter()', 'next()', 'sum()', 'sum([1], 2, 3)', 'sum([1], start=5)', 'sum(iterable=[1])',
         'min()', 'min(1, 2, a=1, b=2, c=3)', 'min(1, 2, foo=1)', 'max([], default=7)',
         'sorted()', 'sorted([2, 1], reverse=True)', 'sorted([1], foo=1)', 'divmod(1)',
         'pow(2)', 'pow(2, 3, mod=5)', 'pow(base=2, exp=10)', 'round()', 'round(2.5, ndigits=None)',
         'globals(1)', 'vars(1, 2)', 'dir(1, 2)', 'eval()', 'compile("1", "f")',
         'zip(strict=1, foo=2)', 'zip(foo=1)', 'list(zip([1], [2], strict=True))',
         'enumerate()', 'list(enumerate("ab", start=3))', 'enumerate(x=1)', 'map(abs)', 'map(f=1)',
         'filter(None)', 'filter(f=None)', 'reversed()', 'reversed([1], [2])', 'chr()', 'ord("a", 1)',
         'print(sep=1)', 'print(foo=1)', 'hash(1, 2)', 'callable()', 'bin(x=1)', 'input(1, 2)',
         'type(iter([])).__next__(1)', 'iter([]).__next__(1)', 'aiter()']
for c in calls:
    try:
        print(c, '=', eval(c))
    except TypeError as e:
        print(c, '->', e)
