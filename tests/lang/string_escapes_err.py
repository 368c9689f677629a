# \N{...} escapes with names no character has: SyntaxError, whatever the name looks like
for name in ['-A', '-', 'A-', '--', 'LATIN SMALL LETTER A-', '-LATIN SMALL LETTER A', '', ' ', 'NO SUCH NAME', 'é']:
    src = 's = "\\N{' + name + '}"'
    try:
        exec(src)
        print(repr(name), 'accepted', repr(s))
    except SyntaxError as e:
        print(repr(name), 'SyntaxError')
print("\N{LATIN SMALL LETTER A}", "\N{latin small letter a}", "\N{EM DASH}")
