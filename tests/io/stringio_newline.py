# StringIO(newline=...): translation on write and where lines end, as CPython.
import io
for nl in ("\n", None, "", "\r", "\r\n", "NOTSET"):
    text = "a\nb\r\nc\rd\n\re"
    s = io.StringIO(text) if nl == "NOTSET" else io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s.seek(0, 2)
    print(s.write("x\ny\r\n"), repr(s.getvalue()))
    s.seek(0)
    print([s.readline() for _ in range(8)])
    print(list(io.StringIO(text, newline=nl) if nl != "NOTSET" else []))
for bad in ("x", 1, b"\n"):
    try:
        io.StringIO("", newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
