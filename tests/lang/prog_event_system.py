# observer/event-bus with priorities, once-handlers, and exception isolation
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
    def on(self, event, prio=0, once=False):
        def deco(fn):
            self.seq += 1
            self.handlers.setdefault(event, []).append((-prio, self.seq, fn, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return deco
    def emit(self, event, *args, **kw):
        results, errors = [], []
        for h in list(self.handlers.get(event, [])):
            _, _, fn, once = h
            if once:
                self.handlers[event].remove(h)
            try:
                results.append(fn(*args, **kw))
            except Exception as e:
                errors.append('%s in %s: %s' % (type(e).__name__, fn.__name__, e))
        return results, errors
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        if len(self.handlers[event]) == before:
            raise LookupError('%s not subscribed to %s' % (fn.__name__, event))
bus = EventBus()
@bus.on('save')
def log_save(name):
    return 'logged ' + name
@bus.on('save', prio=10)
def validate(name):
    if not name:
        raise ValueError('empty name')
    return 'valid ' + name
@bus.on('save', once=True)
def first_time(name):
    return 'first save of ' + name
@bus.on('save', prio=-5)
def broken(name):
    return {}[name]
print(bus.emit('save', 'doc1'))
print(bus.emit('save', 'doc2'))
print(bus.emit('save', ''))
bus.off('save', broken)
print(bus.emit('save', 'doc3'))
try:
    bus.off('save', broken)
except LookupError as e:
    print(type(e).__name__, e)
print(bus.emit('nothing'))
@bus.on('calc')
def add(a, b=0, *, scale=1):
    return (a + b) * scale
print(bus.emit('calc', 1, 2), bus.emit('calc', 1, b=2, scale=3), bus.emit('calc'))
