# str.splitlines with all line boundaries and keepends
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(len(s.splitlines(True)), [repr(x) for x in s.splitlines(keepends=True)][:4])
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True))
print('no newline'.splitlines(), '\r\n\r\n'.splitlines(), '\r\r'.splitlines())
print('x\ny'.split('\n'), 'x\ny\n'.split('\n'), 'x\ny\n'.splitlines())
text = '''first line
  indented second

last'''
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line) - len(line.lstrip()))
print(b'a\nb\r\nc'.splitlines(), b'a\x0bb'.splitlines(), b'a\nb\n'.splitlines(True))
try:
    'a'.splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__)
