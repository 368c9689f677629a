# int() parsing with explicit bases, prefixes, whitespace, underscores, signs
cases = [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('017', 8),
         ('z', 36), ('Z', 36), ('10', 2), ('  -42  ', 10), ('+7', 10), ('1_000', 10), ('0x_1f', 16),
         ('0', 0), ('00', 0), ('-0b11', 0), ('zz', 36), ('\t12\n', 0), ('1_2_3', 0), ('0_0', 0)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [('', 10), ('0x', 16), ('12', 2), ('1__0', 10), ('_1', 10), ('1_', 10), ('0b', 0), ('08', 0),
       ('9', 8), ('g', 16), ('1 2', 10), ('--1', 10), ('0xff', 10), ('1.5', 10), ('0o8', 0)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b'42'), int(bytearray(b'-3')), int(b'ff', 16))
print(int('1' * 40), int('-' + '9' * 30, 10), int('1' + '0' * 64, 2))
print(int(3.99), int(-3.99), int(True), int(1e20), int('٣') if False else 3)
print(int('12', base=5), int(x='7') if False else 'kw-x-skip')
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
