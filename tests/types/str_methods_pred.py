# str predicate methods
tests = ['abc', 'ABC', 'Abc', 'abc123', '123', '1.5', '', ' ', ' \t\n', 'Hello World', 'hello World', '_x',
         'x1', '1x', 'é', '²', '½', '٣', 'ⅷ', 'AbC DeF', 'a b', '\x00', 'if', 'class_', 'ǅ']
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
