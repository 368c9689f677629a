"""Regular-expression workload: tokenize arithmetic source with a
compiled alternation matched at successive positions, parse log lines
with named groups (finditer, groupdict), rewrite text with sub (templates
and a function), split on character classes, search case-insensitively,
and match email-like and backtracking-heavy patterns.  Exercises the
re module's parser (cached), compiler and matcher.

Usage: python3 re_bench.py [ROUNDS]
"""
import random
import re
import sys


WORDS = ["alpha", "beta", "Gamma", "delta", "EPSILON", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "error", "warning", "info", "debug"]

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|//|[-+*/%()=<>!]=?|[,;])
  | (?P<ws>\s+)
""", re.VERBOSE)

LOG = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d:\d\d)\s+"
                 r"\[(?P<level>[A-Z]+)\]\s+(?P<mod>[\w.]+):\s+(?P<msg>.*)")


def make_source(rng, n):
    parts = []
    for i in range(n):
        a = WORDS[rng.randrange(len(WORDS))].lower()
        b = rng.randrange(1000)
        c = "%d.%de%d" % (rng.randrange(100), rng.randrange(100), rng.randrange(5))
        op = ["+", "-", "*", "/", "**", "//", "%", "<=", "=="][rng.randrange(9)]
        parts.append("%s%d = (%s %s %d) %s %s;" % (a, i, a, op, b, op, c))
    return "\n".join(parts)


def make_log(rng, n):
    levels = ["INFO", "DEBUG", "WARNING", "ERROR"]
    lines = []
    for i in range(n):
        lines.append("2024-%02d-%02d %02d:%02d:%02d  [%s] app.%s: user%d did %s with id=%d" % (
            1 + rng.randrange(12), 1 + rng.randrange(28), rng.randrange(24), rng.randrange(60), rng.randrange(60),
            levels[rng.randrange(4)], WORDS[rng.randrange(len(WORDS))].lower(), rng.randrange(50),
            WORDS[rng.randrange(len(WORDS))], rng.randrange(100000)))
    return "\n".join(lines)


def tokenize(src):
    counts = {}
    pos = 0
    match = TOKEN.match
    n = len(src)
    while pos < n:
        m = match(src, pos)
        if m is None:
            pos += 1
            continue
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        pos = m.end()
    return counts


def parse_log(text):
    levels = {}
    ids = 0
    mods = set()
    for m in LOG.finditer(text):
        d = m.groupdict()
        levels[d["level"]] = levels.get(d["level"], 0) + 1
        mods.add(d["mod"])
        ids += int(re.search(r"id=(\d+)", d["msg"]).group(1))
    return levels, len(mods), ids


def rewrite(text):
    t = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text)
    t = re.sub(r"user(\d+)", lambda m: "u" + str(int(m.group(1)) * 3), t)
    t, n = re.subn(r"(?i)\b(error|warning)\b", lambda m: m.group().upper(), t)
    return len(t), n, t.count("/")


def run(rounds):
    rng = random.Random(42)
    src = make_source(rng, 300)
    log = make_log(rng, 400)
    total = 0
    summary = None
    for r in range(rounds):
        toks = tokenize(src)
        levels, nmods, ids = parse_log(log)
        size, nsub, slashes = rewrite(log)
        words = re.split(r"[\s\[\]:=,;()]+", log)
        found = len(re.findall(r"(?i)epsilon|gamma", log))
        emails = len(re.findall(r"[\w.]+@[\w-]+\.\w{2,}", src + " a.b@c-d.org x@y.co "))
        bt = sum(1 for line in log.split("\n") if re.match(r"(?:\S+\s+)*?\[ERROR\]", line))
        total += sum(toks.values()) + ids % 1000 + size + nsub + len(words) + found + emails + bt
        summary = (sorted(toks.items()), sorted(levels.items()), nmods, nsub, slashes, found, bt)
    return total, summary


if __name__ == "__main__":
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    total, summary = run(rounds)
    print("rounds", rounds)
    print("summary", summary)
    print("total", total)
