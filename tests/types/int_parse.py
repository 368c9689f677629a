# int() parsing from strings with bases
print(int('0'), int('-0'), int('+15'), int('  42  '), int('\t7\n'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XFF', 0), int('-0x1a', 16))
print(int('777', 8), int('0o777', 8), int('0o17', 0), int('17', 0))
print(int('1010', 2), int('0b1010', 2), int('0B11', 0), int('-0b101', 0))
print(int('z', 36), int('ZZ', 36), int('10', 36), int('helloworld', 36))
print(int('12', 3), int('21', 5), int('7', 8), int('a', 11))
print(int('123456789012345678901234567890'), int('-99999999999999999999', 10))
print(int('f' * 20, 16), int('1' * 70, 2))
print(int('0', 0), int('00', 0), int('0_0', 0), int('0x_f', 0), int('1_0', 0))
print(int(b'42'), int(bytearray(b' 17 ')), int(b'ff', 16))
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
print(int(' +0b1 ', 0), int('-0o7', 0))
class I:
    def __int__(self):
        return 9
class X:
    def __index__(self):
        return 8
print(int(I()), int(X()))
print(int(True), int(False), int('10', base=16))
