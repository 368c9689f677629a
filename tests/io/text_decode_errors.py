# Undecodable bytes in text files: the errors= handlers, CPython's
# UnicodeDecodeError messages, and an incomplete character at the end.
import os

NAME = "text_decode_errors.tmp"
samples = [b"ab\xffcd\n", b"x\xe2\x82y\n", b"\xc0\xaf!", b"ok\xf0\x9f\x98", b"\x80\x81z", b"\xed\xa0\x80q"]
for data in samples:
    with open(NAME, "wb") as f:
        f.write(data)
    for errors in (None, "strict", "ignore", "replace", "backslashreplace"):
        with open(NAME, errors=errors) as f:
            try:
                print(errors, ascii(f.read()))
            except UnicodeDecodeError as e:
                print(errors, "UnicodeDecodeError", e)
    with open(NAME, errors="replace") as f:
        print("lines", [ascii(l) for l in f])

# A character cut by the end of the file: the complete ones come first.
with open(NAME, "wb") as f:
    f.write(b"ab\xe2\x82")
with open(NAME) as f:
    print(ascii(f.read(2)))
    try:
        f.read(1)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
with open(NAME, errors="ignore") as f:
    print(ascii(f.read(2)), ascii(f.read()))

# An unknown handler is only looked up when needed.
with open(NAME, "wb") as f:
    f.write(b"fine\n")
with open(NAME, errors="no-such-handler") as f:
    print(ascii(f.read()))
with open(NAME, "wb") as f:
    f.write(b"bad\xff")
with open(NAME, errors="no-such-handler") as f:
    try:
        f.read()
    except LookupError as e:
        print("LookupError", e)
for mode in ("rU", "Ur", "rtU"):
    try:
        open(NAME, mode)
    except ValueError as e:
        print("ValueError", e)
os.remove(NAME)

# bytes.decode shares the handlers (a real U+FFFD survives 'ignore').
for errors in ("ignore", "replace", "backslashreplace"):
    print(errors, ascii(b"a\xef\xbf\xbd\xff\xe2\x82".decode("utf-8", errors)))
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print(e)
