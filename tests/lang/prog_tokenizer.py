# a small tokenizer for an expression language, with error reporting
KEYWORDS = {'let', 'if', 'then', 'else', 'fn'}
class Token:
    __slots__ = ('kind', 'text', 'pos')
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return '%s:%r@%d' % (self.kind, self.text, self.pos)
class LexError(Exception):
    pass
def tokenize(src):
    i, n, out = 0, len(src), []
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            if text.count('.') > 1:
                raise LexError('bad number %r at %d' % (text, i))
            out.append(Token('FLOAT' if '.' in text else 'INT', text, i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            w = src[i:j]
            out.append(Token('KW' if w in KEYWORDS else 'NAME', w, i))
            i = j
        elif c in '"\'':
            j = i + 1
            buf = []
            while j < n and src[j] != c:
                if src[j] == '\\' and j + 1 < n:
                    j += 1
                    buf.append({'n': '\n', 't': '\t'}.get(src[j], src[j]))
                else:
                    buf.append(src[j])
                j += 1
            if j >= n:
                raise LexError('unterminated string at %d' % i)
            out.append(Token('STR', ''.join(buf), i))
            i = j + 1
        elif src.startswith(('==', '!=', '<=', '>=', '->'), i):
            out.append(Token('OP', src[i:i + 2], i))
            i += 2
        elif c in '+-*/()<>=,;':
            out.append(Token('OP', c, i))
            i += 1
        elif c == '#':
            while i < n and src[i] != '\n':
                i += 1
        else:
            raise LexError('unexpected %r at %d' % (c, i))
    out.append(Token('EOF', '', n))
    return out
progs = [
    'let x = 42 + y_1 * 3.5;',
    'if a >= 10 then "big\\n" else \'small\' # comment\nfn(a, b) -> a != b',
    'x = 1.2.3',
    'say "hello',
    'a @ b',
]
for p in progs:
    try:
        toks = tokenize(p)
        print(len(toks), toks)
    except LexError as e:
        print('LexError:', e)
counts = {}
for t in tokenize(progs[0] + progs[1]):
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
