# generator-based coroutines: priming, pipelines with send, averaging, and grep/broadcast
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(a.send(10), a.send(20), a.send(0))
try:
    a.send(None)
except StopIteration as e:
    print('result', e.value)
@coroutine
def sink(results):
    while True:
        results.append((yield))
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
out_a, out_b = [], []
b = broadcast([grep('py', sink(out_a)), grep('rs', sink(out_b))])
for line in ['python rocks', 'rust rs', 'pypy', 'ruby', 'rspy']:
    b.send(line)
print(out_a, out_b)
def accumulate_gen():
    total = 0
    while True:
        cmd = yield total
        if cmd == 'reset':
            total = 0
        elif isinstance(cmd, int):
            total += cmd
acc = accumulate_gen()
print(next(acc), acc.send(5), acc.send(7), acc.send('reset'), acc.send(1), next(acc))
g = averager.__call__ if False else None
try:
    fresh = accumulate_gen()
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def gen_running():
    yield gr.gi_running
gr = gen_running()
print(gr.gi_running, next(gr), gr.gi_running)
