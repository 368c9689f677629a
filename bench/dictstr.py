"""Dict/str workload: generate pseudo-random text, count words in a dict,
group words by length into a dict of lists, build and split strings,
join, upper/lower/replace/find/startswith, %-formatting and f-strings,
and sort the results.  Exercises the string and dict implementations.

Usage: python3 dictstr.py [ROUNDS]
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "zen", "qua",
             "ex", "vy", "do", "ri", "fa", "sol", "la", "ti", "um", "bra"]


class Rng:
    """Small linear congruential generator (deterministic)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_word(rng):
    parts = []
    for _ in range(1 + rng.next(3)):
        parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
    return "".join(parts)


def make_text(rng, nwords):
    vocab = [make_word(rng) for _ in range(300)]
    lines = []
    line = []
    for i in range(nwords):
        w = vocab[rng.next(len(vocab))]
        if rng.next(10) == 0:
            w = w[0].upper() + w[1:]
        line.append(w)
        if len(line) >= 8 + rng.next(6):
            lines.append(" ".join(line) + ".")
            line = []
    if line:
        lines.append(" ".join(line) + ".")
    return "\n".join(lines)


def word_counts(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.strip(".").split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(counts):
    groups = {}
    for w in counts:
        n = len(w)
        if n in groups:
            groups[n].append(w)
        else:
            groups[n] = [w]
    for n in groups:
        groups[n].sort()
    return groups


def string_ops(text):
    acc = 0
    t = text.replace("ka", "KA").replace("zen", "ZEN")
    acc += t.count("KA") + t.count("ZEN") * 3
    idx = 0
    while True:
        idx = t.find("qua", idx)
        if idx < 0:
            break
        acc += idx & 0xFF
        idx += 3
    for line in t.splitlines():
        if line.startswith("KA"):
            acc += 1
        if line.endswith("um."):
            acc += 2
        acc += len(line.upper()) - len(line.lower().strip())
        if "sol" in line:
            acc += 5
    return acc


def report(counts, groups):
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    out = []
    for rank, (word, cnt) in enumerate(top):
        out.append("%2d. %-12s %5d" % (rank + 1, word, cnt))
        out.append(f"{rank + 1:>3}|{word:^14}|{cnt:06d}|{cnt / 7:.3f}")
    for n in sorted(groups):
        ws = groups[n]
        out.append("len %d: %d words, first=%s last=%s" %
                   (n, len(ws), ws[0], ws[-1]))
    return "\n".join(out)


def str_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    rng = Rng(42)
    total = 0
    n_unique = 0
    rep = ""
    for r in range(rounds):
        text = make_text(rng, 5000)
        counts = word_counts(text)
        groups = group_by_length(counts)
        total += string_ops(text)
        rep = report(counts, groups)
        total += str_hash(rep)
        n_unique = len(counts)
        # dict of dicts / key building
        index = {}
        for w, c in counts.items():
            key = "%s:%d" % (w[0], c % 5)
            bucket = index.setdefault(key, {})
            bucket[w] = c
        total += len(index) + sum(len(b) for b in index.values())
        # dict deletion and membership
        for w in list(counts):
            if counts[w] < 10:
                del counts[w]
        total += len(counts)
        total &= 0xFFFFFFFF
    print(rep.splitlines()[0])
    print("dictstr rounds=%d unique=%d checksum=%d" % (rounds, n_unique, total))


main()
