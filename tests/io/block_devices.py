# upy-exp: handwritten: the block-device protocol is MicroPython's (readblocks/writeblocks with an optional offset, ioctl ops 1-6); vfs.RAMBlockDev and vfs.FileBlockDev are upy's built-in devices (CPython has no vfs module).
import os
import vfs

bd = vfs.RAMBlockDev(64, 8)
print(bd.ioctl(1, 0), bd.ioctl(4, 0), bd.ioctl(5, 0), bd.ioctl(3, 0), bd.ioctl(2, 0), bd.ioctl(99, 0))
buf = bytearray(64)
bd.readblocks(0, buf)
print(buf[:4], set(buf))
bd.writeblocks(1, b"A" * 64)
bd.writeblocks(2, b"hello", 10)
bd.readblocks(2, buf)
print(bytes(buf[8:17]))
small = bytearray(6)
bd.readblocks(2, small, 9)
print(small)
bd.writeblocks(1, b"xyz", 62)
two = bytearray(8)
bd.readblocks(1, two, 60)
print(two)
mv = memoryview(bytearray(4))
bd.readblocks(1, mv, 62)
print(bytes(mv))
print(bd.ioctl(6, 1))
bd.readblocks(1, buf)
print(set(buf))
bd.writeblocks(3, b"B" * 128)
bd.readblocks(4, buf)
print(bytes(buf[:3]))

for args in ((8, bytearray(64)), (7, bytearray(65)), (0, bytearray(1), 64), (7, bytearray(2), 63)):
    try:
        bd.readblocks(*args)
    except OSError as e:
        print("OSError", e.errno)
for bad in (bytes(64), "s"):
    try:
        bd.readblocks(0, bad)
    except TypeError as e:
        print("TypeError:", e)
for args in ((64, 8, 1), (0, 4), (-1, 4)):
    try:
        vfs.RAMBlockDev(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    vfs.RAMBlockDev(1 << 20, 1 << 20)
except MemoryError:
    print("MemoryError")

# A file-backed device keeps its blocks in a file (a flash image).
IMG = "block_devices.img"
fd = vfs.FileBlockDev(IMG, 128, 4)
print(os.stat(IMG)[6], fd.ioctl(4, 0), fd.ioctl(5, 0))
fd.writeblocks(2, b"persist", 5)
fd.ioctl(3, 0)
del fd
again = vfs.FileBlockDev(IMG, 128)
out = bytearray(7)
again.readblocks(2, out, 5)
print(out, again.ioctl(4, 0))
again.ioctl(6, 2)
again.readblocks(2, out, 5)
print(out)
os.remove(IMG)
try:
    vfs.FileBlockDev("no_such_image.img", 128)
except OSError as e:
    print("OSError", e.errno)
