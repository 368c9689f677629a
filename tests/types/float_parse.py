# float() parsing
for s in ['0', '1', '-1', '+1.5', '1.', '.5', '1e5', '1E5', '1e-5', '1e+5', '  2.5\n', '1_000.5',
          '1.5e1_0', '0.000001', '123456789012345678901234567890', '1e308', '1e309', '-1e309',
          '4.9e-324', '1e-400', '0x10' if False else '16', 'inf', '-Inf', 'nan', 'infinity',
          '00001.5', '1.2345678901234567890', '.1e1', '1.e1', '9007199254740993']:
    print(repr(s), float(s))
print(float(b'1.5'), float(bytearray(b'2.5')), float(1), float(10 ** 20), float(-0))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
print(float('-0'), float('-0.0'), float('0e0'))
