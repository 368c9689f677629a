# A first program: run it with `cargo run --release -- examples/hello.py`.
import sys


def greet(name, times=1):
    return ", ".join(f"hello {name}" for _ in range(times))


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def most_common(self):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))


print(greet("world", 2))
c = Counter()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    c.add(w)
print(c.most_common()[:3])
print("running on", sys.implementation.name, "args:", sys.argv[1:])
