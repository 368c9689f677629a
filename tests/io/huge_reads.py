# read(n)/readline(n) with n far beyond the file: the data there is,
# without allocating n bytes first.
import os

NAME = "huge_reads.tmp"
with open(NAME, "wb") as f:
    f.write(b"hello\nworld\n")
for n in (2**24, 100, 5):
    with open(NAME, "rb") as f:
        print(f.read(n), f.read(n))
    with open(NAME, "rb") as f:
        print(f.readline(n), f.readline(n), f.readline(n))
    with open(NAME) as f:
        print(repr(f.read(n)), repr(f.readline(n)))
os.remove(NAME)
