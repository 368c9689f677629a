# table-driven state machines: a turnstile and a number recognizer
class Machine:
    def __init__(self, start, table, accept=()):
        self.state = start
        self.start = start
        self.table = table
        self.accept = set(accept)
        self.history = [start]
    def feed(self, event):
        key = (self.state, event)
        if key not in self.table:
            raise ValueError('no transition from %s on %r' % key)
        self.state = self.table[key]
        self.history.append(self.state)
        return self.state
turnstile = Machine('locked', {
    ('locked', 'coin'): 'unlocked',
    ('locked', 'push'): 'locked',
    ('unlocked', 'push'): 'locked',
    ('unlocked', 'coin'): 'unlocked',
})
for ev in ['push', 'coin', 'coin', 'push', 'push']:
    turnstile.feed(ev)
print(turnstile.history)
try:
    turnstile.feed('kick')
except ValueError as e:
    print('ValueError', e)
def classify(ch):
    if ch.isdigit(): return 'digit'
    if ch in '+-': return 'sign'
    if ch == '.': return 'dot'
    if ch in 'eE': return 'exp'
    return 'other'
T = {
    ('start', 'sign'): 'signed', ('start', 'digit'): 'int', ('signed', 'digit'): 'int',
    ('start', 'dot'): 'dot0', ('signed', 'dot'): 'dot0',
    ('int', 'digit'): 'int', ('int', 'dot'): 'frac', ('dot0', 'digit'): 'frac',
    ('frac', 'digit'): 'frac', ('int', 'exp'): 'exp', ('frac', 'exp'): 'exp',
    ('exp', 'sign'): 'expsign', ('exp', 'digit'): 'expdig', ('expsign', 'digit'): 'expdig',
    ('expdig', 'digit'): 'expdig',
}
def is_number(s):
    m = Machine('start', T, accept=['int', 'frac', 'expdig'])
    try:
        for ch in s:
            m.feed(classify(ch))
    except ValueError:
        return False
    return m.state in m.accept
for s in ['12', '-3.5', '.5', '5.', '1e10', '1e+5', '+.e1', 'abc', '1.2.3', '', '-', '2E-3']:
    ok = is_number(s)
    try:
        float(s)
        py = True
    except ValueError:
        py = False
    print(repr(s), ok, ok == py)
def traffic():
    state = 'red'
    nxt = {'red': 'green', 'green': 'yellow', 'yellow': 'red'}
    dur = {'red': 3, 'green': 2, 'yellow': 1}
    t = 0
    while True:
        yield t, state
        t += dur[state]
        state = nxt[state]
g = traffic()
print([next(g) for _ in range(7)])
