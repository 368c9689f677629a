# recursive-descent parser building an AST, with variables, unary ops, and errors
class ParseError(Exception):
    pass
class Parser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.i = 0
    @staticmethod
    def lex(text):
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                toks.append(('num', int(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(('id', text[i:j]))
                i = j
            elif c in '+-*/%^()=':
                toks.append(('op', c))
                i += 1
            else:
                raise ParseError('bad char %r' % c)
        toks.append(('end', None))
        return toks
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, val=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise ParseError('expected %s, got %r' % (val or kind, t[1]))
        self.i += 1
        return t
    def statement(self):
        if self.peek()[0] == 'id' and self.toks[self.i + 1] == ('op', '='):
            name = self.take('id')[1]
            self.take('op', '=')
            node = ('assign', name, self.expr())
        else:
            node = self.expr()
        self.take('end')
        return node
    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            node = (self.take()[1], node, self.unary())
        return node
    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return ('neg', self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ('op', '^'):
            self.take()
            return ('^', base, self.unary())
        return base
    def atom(self):
        t = self.peek()
        if t[0] == 'num':
            return self.take()[1]
        if t[0] == 'id':
            return ('var', self.take()[1])
        if t == ('op', '('):
            self.take()
            e = self.expr()
            self.take('op', ')')
            return e
        raise ParseError('unexpected %r' % (t[1],))
def evaluate(node, env):
    if isinstance(node, int):
        return node
    op = node[0]
    if op == 'var':
        if node[1] not in env:
            raise NameError('undefined variable ' + node[1])
        return env[node[1]]
    if op == 'assign':
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if op == 'neg':
        return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b,
            '/': lambda: a // b, '%': lambda: a % b, '^': lambda: a ** b}[op]()
env = {}
for line in ['x = 2 + 3 * 4', 'y = (x - 4) ^ 2 ^ -0 ', 'x * -y', '-2 ^ 2', '2 ^ 3 ^ 2',
             'z + 1', '7 / 0', '(1 + 2', '3 $ 4', 'a = b = 1', '17 % 5 - -3', '']:
    try:
        ast = Parser(line).statement()
        print(repr(line), '->', ast, '=', evaluate(ast, env))
    except ParseError as e:
        print(repr(line), 'ParseError:', e)
    except (NameError, ZeroDivisionError) as e:
        print(repr(line), type(e).__name__ + ':', e)
print(sorted(env.items()))
