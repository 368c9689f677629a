# bytes.hex / bytearray.hex / memoryview.hex separator arguments
data = bytes(range(0xf8, 0x100)) + b'\x00\x01'
for args in [(), (':',), (':', 1), (':', 2), (':', 3), (':', -3), (':', 10), (':', 0), (b'-',), ('_', -1), (' ', 4)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b''.hex(':'), b'\x01'.hex(':', 5), b'\xab\xcd'.hex(sep='.'), b'\xab\xcd'.hex(sep='.', bytes_per_sep=-1))
for bad in [('xy',), ('',), ('é',), (5,), (':', 'x'), (b'ab',)]:
    try:
        print(b'\x01\x02'.hex(*bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
