# building strings: repetition, join, concatenation in loops
s = ''
for i in range(100):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = [str(i) for i in range(50)]
j = ','.join(parts)
print(len(j), j[:30], j.count(','))
big = 'ab' * 10000
print(len(big), big[:6], big.count('ab'), big.find('ba'), big.rfind('ab'))
print(len('-' * 0), len('x' * 1), ('=' * 20))
lines = '\n'.join('line %d' % i for i in range(5))
print(lines)
print(len(lines.splitlines()), lines.split('\n')[-1])
table = ''
for r in range(1, 4):
    table += ' '.join('%3d' % (r * c) for c in range(1, 6)) + '\n'
print(table, end='')
b = b''.join(bytes([i]) for i in range(65, 70))
print(b, b * 2, bytearray(b) * 2)
