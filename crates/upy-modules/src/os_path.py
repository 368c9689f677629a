# os.path, as CPython's posixpath for the functions programs use most.
# MicroPython leaves it to micropython-lib to save space; upy has it.
# (`os`, the module this belongs to, is set before this runs.)

sep = "/"
curdir = "."
pardir = ".."
extsep = "."


def _kind(p):
    return b"/" if isinstance(p, bytes) else "/"


def isabs(p):
    return p.startswith(_kind(p))


def join(a, *parts):
    s = _kind(a)
    out = a
    for p in parts:
        if p.startswith(s):
            out = p
        elif not out or out.endswith(s):
            out += p
        else:
            out += s + p
    return out


def split(p):
    s = _kind(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    s = _kind(p)
    dot = b"." if isinstance(p, bytes) else "."
    i = p.rfind(dot)
    if i <= p.rfind(s):
        return p, p[:0]
    # Leading dots of the file name do not start an extension.
    j = p.rfind(s) + 1
    while j < i and p[j : j + 1] == dot:
        j += 1
    if j == i:
        return p, p[:0]
    return p[:i], p[i:]


def normpath(p):
    s = _kind(p)
    dot = b"." if isinstance(p, bytes) else "."
    if not p:
        return dot
    initial = len(p) - len(p.lstrip(s))
    # POSIX keeps exactly two leading slashes, and collapses three or more.
    if initial > 2:
        initial = 1
    out = []
    for c in p.split(s):
        if not c or c == dot:
            continue
        if c == dot + dot and (out and out[-1] != dot + dot or initial):
            if out:
                out.pop()
            continue
        out.append(c)
    r = s * initial + s.join(out)
    return r or dot


def abspath(p):
    if not isabs(p):
        cwd = os.getcwd()
        if isinstance(p, bytes):
            cwd = cwd.encode()
        p = join(cwd, p)
    return normpath(p)


realpath = abspath


def relpath(p, start=None):
    if not p:
        raise ValueError("no path specified")
    s = _kind(p)
    if start is None:
        start = "." if s == "/" else b"."
    a = [x for x in abspath(start).split(s) if x]
    b = [x for x in abspath(p).split(s) if x]
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    parts = [s[:0] + (".." if s == "/" else b"..")] * (len(a) - n) + b[n:]
    if not parts:
        return "." if s == "/" else b"."
    return s.join(parts)


def commonprefix(m):
    if not m:
        return ""
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def expanduser(p):
    tilde = b"~" if isinstance(p, bytes) else "~"
    if not p.startswith(tilde):
        return p
    s = _kind(p)
    i = p.find(s, 1)
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    home = os.getenv("HOME")
    if home is None:
        return p
    if isinstance(p, bytes):
        home = home.encode()
    home = home.rstrip(s) or s
    return home + p[i:]


def _stat(p):
    try:
        return os.stat(p)
    except (OSError, ValueError):
        return None


def exists(p):
    return _stat(p) is not None


lexists = exists


def isdir(p):
    st = _stat(p)
    return st is not None and st[0] & 0o170000 == 0o040000


def isfile(p):
    st = _stat(p)
    return st is not None and st[0] & 0o170000 == 0o100000


def islink(p):
    return False


def getsize(p):
    return os.stat(p)[6]


def getatime(p):
    return os.stat(p)[7]


def getmtime(p):
    return os.stat(p)[8]


def getctime(p):
    return os.stat(p)[9]
