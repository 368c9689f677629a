# container protocol error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Empty:
    pass
e = Empty()
t(lambda: len(e))
t(lambda: e[0])
t(lambda: iter(e))
t(lambda: 1 in e)
t(lambda: list(e))
def setit():
    e[0] = 1
t(setit)
def delit():
    del e[0]
t(delit)
class BadLen:
    def __len__(self):
        return -1
t(lambda: len(BadLen()))
class StrLen:
    def __len__(self):
        return 'x'
t(lambda: len(StrLen()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class BadBool:
    def __bool__(self):
        return 1
t(lambda: bool(BadBool()))
class BigLen:
    def __len__(self):
        return 2 ** 100
t(lambda: len(BigLen()))
t(lambda: reversed(e))
class NextOnly:
    def __next__(self):
        return 1
t(lambda: iter(NextOnly()))
class IdxErr:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(IdxErr()))
