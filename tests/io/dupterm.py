# upy-exp: handwritten: os.dupterm is MicroPython's (CPython has none). Terminal output is copied, as bytes, to the stream in the slot; a stream whose write() raises is detached; what the stream's readinto gives is terminal input (input() reads it).
import io
import os
import sys

class Tee(io.IOBase):
    def __init__(self):
        self.got = []
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
    def readinto(self, buf):
        return None

t = Tee()
print(os.dupterm(t))
print("copied", 1)
sys.stdout.write("via write\n")
sys.stdout.buffer.write(b"via buffer\n")
prev = os.dupterm(None)
print("not copied")
print(prev is t, b"".join(t.got))

t2 = Tee()
os.dupterm(t2, 1)
print("slot one")
print(os.dupterm(None, 1) is t2, t2.got)

class Bad(io.IOBase):
    def write(self, b):
        raise ValueError("broken")
    def readinto(self, buf):
        return None

os.dupterm(Bad())
print("after bad")
print(os.dupterm(None))
for args in ((5,), (None, 7), (None, -1)):
    try:
        os.dupterm(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Input from the stream goes to the terminal: input() reads it.
class Keys(io.IOBase):
    def __init__(self, data):
        self.data = bytearray(data)
    def write(self, b):
        return len(b)
    def readinto(self, buf):
        if not self.data:
            return None
        buf[0] = self.data.pop(0)
        return 1

os.dupterm(Keys(b"typed line\r\nsecond\n"))
a = input()
b = input("prompt> ")
os.dupterm(None)
print(repr(a), repr(b))
