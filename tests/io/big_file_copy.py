# A file bigger than upy's default heap budget (8 MiB) is written, copied
# and compared in 4 KiB chunks: memory stays flat, no byte is lost.
import os

SRC = "big_file_copy.src.tmp"
DST = "big_file_copy.dst.tmp"
BLOCK = 4096
N = 3 * 1024  # 12 MiB

def block(i):
    b = bytes([i & 255, (i >> 8) & 255]) * (BLOCK // 2)
    return b

with open(SRC, "wb") as f:
    for i in range(N):
        f.write(block(i))
print(os.stat(SRC)[6])

copied = 0
with open(SRC, "rb") as s, open(DST, "wb") as d:
    buf = bytearray(BLOCK)
    while True:
        n = s.readinto(buf)
        if not n:
            break
        copied += d.write(buf[:n] if n < BLOCK else buf)
print(copied, os.stat(DST)[6])

ok = True
with open(DST, "rb") as d:
    for i in range(N):
        if d.read(BLOCK) != block(i):
            ok = False
            print("mismatch at block", i)
            break
    print(ok, d.read(1))
os.remove(SRC)
os.remove(DST)
