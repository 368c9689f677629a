# sys.version_info and sys.implementation.version are tuples whose items
# are also named attributes.
import sys

vi = sys.version_info
print(isinstance(vi, tuple), len(vi) >= 3, vi[0] == vi.major == 3, vi[1] == vi.minor, vi[2] == vi.micro)
print(vi >= (3,), vi[:2] == (vi.major, vi.minor), type(vi).__name__)
print(list(vi)[:3] == [vi.major, vi.minor, vi.micro], repr(vi).startswith("sys.version_info(major=3"))
iv = sys.implementation.version
print(isinstance(iv, tuple), iv[0] == iv.major, iv[1] == iv.minor, iv[2] == iv.micro)
try:
    vi.major = 4
except AttributeError:
    print("AttributeError")
try:
    vi.nosuch
except AttributeError:
    print("AttributeError")
