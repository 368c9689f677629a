# Indexing bytes and bytearray reads the object as it is after the index
# is converted (an __index__ may change a bytearray); long objects index
# and slice in time that does not grow with their length.
ba = bytearray(b'abcdef')

class Shrink:
    def __index__(self):
        del ba[2:]
        return 3

try:
    print(ba[Shrink()])
except IndexError as e:
    print('IndexError', e)
print(ba)

big = bytes(range(256)) * 4096
total = 0
for i in range(0, len(big), 7):
    total += big[i]
print(total, big[-1], big[1000000], big[5:9], big[::100000], big[-3:], big[10:2])
bb = bytearray(big)
print(sum(bb[i] for i in range(0, len(bb), 1001)), bb[2:6], bb[::-300000])
print(big[3:3], big[len(big):], bytearray(b'xyz')[5:], bytearray(b'xyz')[::-1])
try:
    big[len(big)]
except IndexError as e:
    print('IndexError', e)
try:
    bb[-len(bb) - 1]
except IndexError as e:
    print('IndexError', e)
