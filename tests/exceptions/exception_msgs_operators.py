# TypeError messages produced by operators on mismatched types
exprs = ['1 + "a"', '"a" + 1', '[1] + (1,)', '{} + {}', 'None + 1', '1 - "a"', '"a" * "b"', '[1] * 1.5', '2 ** "x"',
         '1 / "x"', '1 // []', '5 % None', '-"a"', '+[]', '~1.5', '1 & 1.0', '1 << 1.0', '"a" < 1', '[] > ()',
         '{1} < [1]', 'None >= None', '1 @ 2', '"%d" % "x"', '"a" in 5', '1 in "abc"', 'len(5)', 'abs("a")',
         '(1).x', 'None.y', '"abc".z', '[].nope()', '5()', '"a"()', '[][0]', '{}["k"]', '(1, 2)[5]', '"abc"[10]',
         'int("x")', 'float("y")', '[1, 2].index(3)', '"abc".index("z")', '{}.popitem()', 'set().pop()', '1 / 0', '1 % 0',
         '1.0 / 0', 'divmod(1, 0)', '[].pop()', 'iter(5)', 'next(iter([]))', 'hash([])', 'chr(-1)', 'ord("ab")']
for src in exprs:
    try:
        eval(src)
        print(src, 'no error')
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
