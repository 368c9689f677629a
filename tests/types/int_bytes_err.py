# int.to_bytes / from_bytes errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(1, 5))
t(lambda: int.from_bytes(b'\x01', 'middle'))
t(lambda: int.from_bytes('abc', 'big'))
t(lambda: int.from_bytes(5, 'big'))
t(lambda: int.from_bytes([256], 'big'))
t(lambda: (2 ** 64).to_bytes(8, 'little'))
