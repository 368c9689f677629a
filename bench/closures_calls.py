"""Calls: plain function calls with positional, default, keyword, *args
and **kwargs arguments; closures with nonlocal state; bound and unbound
method calls, inherited methods and super(); staticmethod/classmethod;
__call__ objects; lambdas and higher-order functions; recursion.

Usage: python3 closures_calls.py [N]
"""
import sys


def add(a, b):
    return a + b


def add3(a, b=1, c=2):
    return a + b + c


def var_sum(*args):
    s = 0
    for a in args:
        s += a
    return s


def kw_mix(a, *args, scale=1, **kw):
    return (a + len(args) + len(kw)) * scale


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


class Base:
    factor = 3

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def scaled(self, k):
        return self.get() * k

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, v):
        return cls(v)


class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    def get(self):
        return super().get() + self.w


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, x):
        self.total += x
        return self.total


def bench_plain(n):
    s = 0
    for i in range(n):
        s = add(s, i)
        s = add3(s)
        s = add3(s, 3)
        s = add3(s, c=5)
        s = add3(a=s, b=2, c=1)
        s &= 0xFFFFFFF
    return s


def bench_varargs(n):
    s = 0
    args = (1, 2, 3)
    opts = {"x": 1, "y": 2}
    for i in range(n):
        s += var_sum(i, 1, 2)
        s += var_sum(*args)
        s += kw_mix(i, 1, 2, scale=2, z=3)
        s += kw_mix(i, *args, **opts)
        s &= 0xFFFFFFF
    return s


def bench_closures(n):
    c1 = make_counter(0)
    c2 = make_counter(100)
    plus5 = make_adder(5)
    times3 = lambda x: x * 3
    f = compose(plus5, times3)
    s = 0
    for i in range(n):
        c1()
        c2(2)
        s = (s + f(i & 1023)) & 0xFFFFFFF
    s += apply_n(make_adder(7), n, 0)
    return s + c1() + c2()


def bench_methods(n):
    objs = [Base(1), Derived(2, 3), Base.make(4)]
    acc = Accumulator()
    s = 0
    for i in range(n):
        o = objs[i % 3]
        s += o.get()
        s += o.scaled(2)
        m = o.scaled
        s += m(3)
        s += Base.twice(i & 7) + o.factor
        s += Base.get(o)
        acc(i & 15)
        s &= 0xFFFFFFF
    return s + acc.total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    r1 = bench_plain(n)
    r2 = bench_varargs(n)
    r3 = bench_closures(n)
    r4 = bench_methods(n)
    r5 = fib(25)
    r6 = 0
    for k in range(80):
        r6 += ackermann(2, k)
    funcs = [add, lambda a, b: a * b, max, min]
    r7 = 0
    for i in range(1000):
        r7 += funcs[i % 4](i, 7)
    print("calls n=%d plain=%d varargs=%d closures=%d methods=%d fib=%d ack=%d hof=%d" %
          (n, r1, r2, r3, r4, r5, r6, r7))


main()
