# upy-exp: handwritten: upy's heap has a budget (8 MB by default, as MicroPython's heap is fixed): buffers whose size the program sets are reserved from it first, so these raise MemoryError where CPython's unbounded heap allocates gigabytes (or raises MemoryError itself), and a full heap is collected before an allocation gives up
import random
def check(name, f):
    try:
        r = f()
        print(name, "ok", len(r))
    except MemoryError:
        print(name, "MemoryError")
check("%d width", lambda: "%1000000000000d" % 1)
check("%s width", lambda: "%1000000000000s" % "a")
check("%x width", lambda: "%1000000000000x" % 1)
check("%c width", lambda: "%1000000000000c" % 65)
check("%r width", lambda: "%1000000000000r" % 1)
check("%f width", lambda: "%1000000000000.3f" % 1.5)
check("* width", lambda: "%*d" % (10**10, 1))
check("- * width", lambda: "%-*d" % (-10**10, 1))
check("bytes %s width", lambda: b"%1000000000000s" % b"")
check("bytes * width", lambda: b"%*d" % (10**10, 1))
check("%d precision", lambda: "%.1000000000d" % 1)
check("many widths", lambda: ("%1000000s" * 100) % (("",) * 100))
check("format width", lambda: format(1, "1000000000000d"))
check("format fill", lambda: format("x", "\u20ac>1000000000"))
check("f-string width", lambda: f"{'x':>1000000000000}")
check("str.format width", lambda: "{:^1000000000000}".format(1.5))
check("choices", lambda: random.choices([1], k=10**8))
check("sample", lambda: random.sample(range(10**12), 10**8))
check("bytes.replace", lambda: (b"x" * 10**6).replace(b"x", b"y" * 10**6))
check("str.replace", lambda: ("x" * 10**6).replace("x", "y" * 10**6))
check("ljust", lambda: "a".ljust(10**12))
check("join", lambda: " ".join(["x" * 10**5] * 1000))
# After each MemoryError the heap works as before.
print(len("%100d" % 1), len("%*d" % (-5, 1)), len(random.choices([1], k=10)))
# A failed allocation collects before it gives up: the heap is filled,
# the data dropped, and the next allocation succeeds (three times over).
for round in range(3):
    l = []
    try:
        while True:
            l.append(bytearray(1000))
    except MemoryError:
        pass
    n = len(l)
    l = None
    print(n > 4000, len(bytearray(1000)), len(bytearray(100000)))
