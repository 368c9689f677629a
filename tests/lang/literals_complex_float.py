# numeric literal forms: floats, exponents, underscores, complex, prefixes
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_5)
print(1e3, 1E-3, 1.e2, .5e1, 5., .5, 0e0, 1_0e1_0)
print(0.1, 1e22, 1e16, 1e15, 123456789012345678.0)
print(1j, 2.5j, 1e2j, 0j, 1_0j, .5j)
print(1 + 2j, (1 + 2j).real, (1 + 2j).imag, type(1j).__name__)
print(0xFF, 0XfF, 0o777, 0O7, 0b11, 0B11)
print(00, 0_0, 000)
print(1.5e-7, 1.5e-4, 12345.678e-2)
print(type(1e0).__name__, type(10 ** 20).__name__)
print(99999999999999999999999999 + 1)
print(-0x10, -0b1, ~0o7)
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10)
print(float('1_000.5'), int('1_000'), complex('1+2j'))
for src in ['1__0', '0x', '1_', '0b2', '08', '1e', '0o8', '1.2.3', '_1']:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, 'SyntaxError')
    except NameError as e:
        print(src, 'NameError')
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1))
print(3e-1000, 1e-323 > 0, 2 ** 0.5)
