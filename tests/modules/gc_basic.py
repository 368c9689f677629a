# gc module
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
r = gc.collect()
print(type(r).__name__, r >= 0)
class Node:
    def __init__(self):
        self.ref = self
for _ in range(100):
    Node()
print(gc.collect() >= 0)
gc.disable()
l = [[i] for i in range(1000)]
print(len(l))
gc.enable()
print(gc.isenabled())
