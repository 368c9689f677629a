# struct round trips across formats and byte orders
import struct
cases = [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [0, 65535]), ('i', [-2 ** 31, 2 ** 31 - 1]),
         ('I', [0, 2 ** 32 - 1]), ('q', [-2 ** 63, 2 ** 63 - 1]), ('Q', [0, 2 ** 64 - 1]), ('f', [0.5, -1.25, 3.0]),
         ('d', [0.1, -1e300, 5e-324]), ('?', [True, False])]
for code, vals in cases:
    for order in '<>!=':
        for v in vals:
            packed = struct.pack(order + code, v)
            (back,) = struct.unpack(order + code, packed)
            if back != v:
                print('MISMATCH', order, code, v, back)
    print(code, struct.pack('<' + code, vals[0]).hex(), struct.pack('>' + code, vals[-1]).hex())
fmt = '<hHiIqQfd?'
vals = (-1, 2, -3, 4, -5, 6, 7.5, 8.25, True)
p = struct.pack(fmt, *vals)
print(len(p), struct.calcsize(fmt), struct.unpack(fmt, p) == vals)
print(struct.unpack('>I', struct.pack('<I', 1)), struct.unpack('<f', struct.pack('<f', 1 / 3)))
print(struct.pack('<e', 65504.0), struct.unpack('<e', struct.pack('<e', 0.1)))
