# Data written is data read: every byte value in binary mode, multi-byte
# UTF-8 split across reads in text mode, universal newlines, append and
# '+' modes, and a file much bigger than the reads copied in chunks.
import os

NAME = "data_integrity.tmp"
COPY = "data_integrity_copy.tmp"

data = bytes(range(256)) * 3
with open(NAME, "wb") as f:
    print(f.write(data))
with open(NAME, "rb") as f:
    back = f.read()
print(back == data, len(back))
with open(NAME, "rb") as f:
    parts = []
    while True:
        b = f.read(7)
        if not b:
            break
        parts.append(b)
print(b"".join(parts) == data, len(parts))

text = "aé€😀\n" * 50 + "zß"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.write(text))
print(os.stat(NAME)[6], len(text.encode()))
with open(NAME) as f:
    chars = []
    while True:
        c = f.read(1)
        if not c:
            break
        chars.append(c)
print("".join(chars) == text, len(chars))
with open(NAME) as f:
    print(f.read(3), repr(f.read(2)), repr(f.readline()), len(f.readlines()))
with open(NAME, "rb") as f:
    raw = f.read(2)
print(raw)

with open(NAME, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n\r\ne\r")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print([f.read(1) for _ in range(9)])
with open(NAME, "rb") as f:
    print(f.readlines())

with open(NAME, "w") as f:
    f.write("first\n")
with open(NAME, "a") as f:
    print(f.tell(), f.write("second\n"))
with open(NAME, "a+") as f:
    f.write("third\n")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "rb+") as f:
    f.seek(2)
    f.write(b"__")
    print(f.tell(), f.read(3))
with open(NAME) as f:
    print(repr(f.read()))

chunk = bytes((i * 7) & 255 for i in range(4096))
with open(NAME, "wb") as f:
    for i in range(300):
        f.write(chunk)
total = 0
with open(NAME, "rb") as src, open(COPY, "wb") as dst:
    while True:
        b = src.read(4096)
        if not b:
            break
        total += dst.write(b)
print(total, os.stat(COPY)[6])
same = True
with open(NAME, "rb") as a, open(COPY, "rb") as b:
    while True:
        x, y = a.read(10000), b.read(10000)
        if x != y:
            same = False
        if not x:
            break
print(same)
os.remove(NAME)
os.remove(COPY)
