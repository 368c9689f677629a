# Text mode's newline argument: None translates on read, '' splits lines
# at any ending but keeps it, '\n' / '\r' / '\r\n' end lines only there and
# are what '\n' is written as.
import os

NAME = "text_newlines.tmp"
RAW = b"a\r\nb\rc\nd\r\r\ne"

with open(NAME, "wb") as f:
    f.write(RAW)
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(NAME, newline=nl) as f:
        lines = f.readlines()
    with open(NAME, newline=nl) as f:
        whole = f.read()
    with open(NAME, newline=nl) as f:
        chars = [f.read(2) for _ in range(8)]
    print(repr(nl), lines, repr(whole), chars)

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(NAME, "w", newline=nl) as f:
        print(f.write("x\ny\n"))
    with open(NAME, "rb") as f:
        print(repr(nl), f.read())

for bad in ("\n\n", "x", 5):
    try:
        open(NAME, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove(NAME)
