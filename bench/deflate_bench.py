"""deflate: compress and decompress a generated log-like text with zlib
at three levels and three framings, checking the round trip and summing
the CRC-32 of every result.  Exercises the zlib module's native code
and the bytes objects around it.

Usage: python3 deflate_bench.py [ROUNDS]
"""
import sys
import zlib


def corpus(n):
    words = [b"GET", b"POST", b"/index.html", b"/api/v1/items", b"200", b"404", b"user", b"ok"]
    out = bytearray()
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out += b"%d %s %s %d\n" % (i, words[x % 8], words[(x >> 3) % 8], x % 1000)
    return bytes(out)


def main(rounds):
    data = corpus(4000)
    total = 0
    for r in range(rounds):
        for level in (1, 6, 9):
            for wbits in (15, -15, 31):
                c = zlib.compress(data, level, wbits)
                d = zlib.decompress(c, wbits)
                if d != data:
                    raise SystemExit("round trip failed")
                total = (total + zlib.crc32(d) + len(data)) & 0xFFFFFFFF
    print(len(data), total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
