"""hashlib workload: digests of large buffers with every algorithm
(throughput of the native code), many small hashes with update/copy/
hexdigest (call overhead), and a hash chain.  Exercises hashlib's
constructors and methods and bytes handling.

Usage: python3 hashlib_bench.py [ROUNDS]
"""
import sys
import hashlib

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]


def bulk(data):
    out = []
    for name in NAMES:
        h = hashlib.new(name)
        for i in range(0, len(data), 65536):
            h.update(data[i:i + 65536])
        out.append(h.hexdigest()[:8])
    return out


def small(n):
    # Many short messages: constructor, update, copy, digest per message.
    base = hashlib.sha256(b"prefix:")
    acc = 0
    for i in range(n):
        h = base.copy()
        h.update(i.to_bytes(4, "little"))
        d = h.digest()
        acc = (acc * 33 + d[0] + d[31]) & 0xFFFFFFFF
        acc ^= hashlib.md5(d).digest()[3]
    return acc


def chain(n):
    d = b"seed"
    for _ in range(n):
        d = hashlib.sha1(d).digest()
    return d.hex()[:16]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    data = bytes(range(256)) * 4096  # 1 MiB
    results = []
    for r in range(rounds):
        results = bulk(data[r:])
        acc = small(20000)
        last = chain(20000)
    print("hashlib_bench rounds=%d %s small=%d chain=%s" % (rounds, " ".join(results), acc, last))


main()
