# program: tokenizer and recursive-descent expression evaluator
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return '%s:%s' % (self.kind, self.value)
def tokenize(s):
    i, out = 0, []
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            txt = s[i:j]
            out.append(Token('num', float(txt) if '.' in txt else int(txt)))
            i = j
        elif c in '+-*/()^%':
            out.append(Token('op', c))
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (c, i))
    return out
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos].value if self.pos < len(self.toks) else None
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ('+', '-'):
            op = self.take().value
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ('*', '/', '%'):
            op = self.take().value
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == '^':
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == '-':
            self.take()
            return -self.unary()
        if self.peek() == '(':
            self.take()
            v = self.expr()
            if self.peek() != ')':
                raise SyntaxError('expected )')
            self.take()
            return v
        t = self.take()
        if t.kind != 'num':
            raise SyntaxError('unexpected %r' % (t,))
        return t.value
def calc(s):
    try:
        p = Parser(tokenize(s))
        v = p.expr()
        if p.pos != len(p.toks):
            raise SyntaxError('trailing tokens')
        return v
    except (SyntaxError, ZeroDivisionError, IndexError) as e:
        return '%s: %s' % (type(e).__name__, e)
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 3 + 0.5', '2 * (3 + 4) * 5',
          '1 / 0', '1 +', '(1 + 2', '3 $ 4', '1 2', '2 ^ 100', '((((7))))', '-(-(-1))']:
    print(repr(e), '=', calc(e))
print(tokenize('12+3.5'))
