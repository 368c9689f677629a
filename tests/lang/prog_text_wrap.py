# greedy and justified text wrapping, centered banners
TEXT = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen '
        'liquor jugs! Supercalifragilisticexpialidocious words are long.')
def wrap(text, width):
    if width < 1:
        raise ValueError('width must be >= 1, got %d' % width)
    lines, cur = [], ''
    for w in text.split():
        while len(w) > width:
            if cur:
                lines.append(cur)
                cur = ''
            lines.append(w[:width])
            w = w[width:]
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (q + (1 if i < r else 0))
    return out + words[-1]
for width in (30, 18):
    print('+' + '-' * width + '+')
    ls = wrap(TEXT, width)
    for i, l in enumerate(ls):
        print('|' + (justify(l, width) if i < len(ls) - 1 else l.ljust(width)) + '|')
    print('+' + '-' * width + '+')
print(wrap('abcdefghij', 4), wrap('', 5), wrap('   ', 5))
try:
    wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
def banner(msg, width=24, fill='*'):
    return '\n'.join([fill * width, msg.center(width - 2).center(width, fill), fill * width])
print(banner('Hello'))
print(banner('odd', 11, '='))
