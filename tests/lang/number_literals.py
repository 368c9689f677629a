# numeric literal forms
print(0, 00, 0_0, 123, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b101, 0B1_0)
print(0x_ff, 0o_7, 0b_1)
print(1.5, 1., .5, 1e3, 1E-3, 1.5e+2, 1_0.0_1, 1e1_0)
print(0.0, -0.0, 1e308, 1e-308)
print(1j, 2.5j, 1e2j, 0j, 1_0j)
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type(0x1).__name__)
print(12345678901234567890123, 0xFFFFFFFFFFFFFFFFFFFF)
print(-1, - 1, -0x10, +0b11)
print(1 .real, 1.0.is_integer(), (1).bit_length())
print(0b11111111 == 255 == 0o377 == 0xff)
print(9007199254740993.0, 1e16, 1e15, 123456789012345678.0)
print(1e22, 1e21, 1e-5, 1e-4, 0.0001, 0.00001)
for src in ['0_', '1__0', '0b2', '0o8', '0xg', '1e', '01', '1_.0', '0x']:
    try:
        eval(src)
        print(src, 'ok')
    except SyntaxError:
        print(src, 'SyntaxError')
