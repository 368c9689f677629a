# __new__ of library types called with something that is not their class
import collections, io, array, struct, random

for t in [collections.deque, io.BytesIO, io.StringIO, array.array, struct.Struct, random.Random]:
    for cls in [5, "deque", None, int, list, object]:
        try:
            t.__new__(cls)
            print("no error")
        except TypeError as e:
            # CPython names the type with its module (collections.deque).
            print(type(e).__name__, str(e).split("): ")[-1].split(".__new__")[-1].split(" of ")[0])
    try:
        t.__new__()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, str(e).endswith("not enough arguments"))


class D(collections.deque):
    pass


d = collections.deque.__new__(D)
print(type(d).__name__, isinstance(d, collections.deque))
d = D([1, 2])
d.append(3)
print(type(d).__name__, list(d))


class R(random.Random):
    pass


r = random.Random.__new__(R)
print(type(r).__name__)
