# Long integer literals and int() of long text are converted fast (a 1,000,000-digit literal took over 120 s) and exactly
import sys
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)  # CPython's limit; MicroPython has none
for n in (5000, 300000):
    text = "".join(str((i * 7 + 3) % 10) for i in range(n))
    ns = {}
    exec("x = " + text + "\ny = -" + text + "\nz = 0x" + "f1" * n, ns)
    x = int(text)
    print(n, x == ns["x"], -x == ns["y"], x % 1000003, x.bit_length(), ns["z"] % 999983)
    print(int(text[:2000]) % 97, int("_".join(text[i:i + 3] for i in range(0, 3000, 3))) % 101)
print(int("0" * 5000 + "12"), int("1" + "0" * 4000) == 10 ** 4000, int("z" * 3000, 36) % 1009)
for bad in ("1" * 3000 + "x", "1__2" * 1000, "_" + "1" * 3000):
    try:
        int(bad)
    except ValueError:
        print("ValueError", len(bad))
