"""Dhrystone-style integer benchmark (an original re-telling of the classic
structure): a record type, global state, procedures Proc1..Proc8 and
functions Func1..Func3, driven by a main loop.

Usage: python3 pystone.py [LOOPS]
"""
import sys

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, next_rec=None, discr=0, enum_comp=0, int_comp=0,
                 str_comp=""):
        self.next_rec = next_rec
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def clone(self):
        return Record(self.next_rec, self.discr, self.enum_comp,
                      self.int_comp, self.str_comp)


# global state
g_int = 0
g_bool = False
g_char1 = "\0"
g_char2 = "\0"
g_arr1 = [0] * 51
g_arr2 = [[0] * 51 for _ in range(51)]
g_ptr = None
g_next_ptr = None


def proc0(loops):
    global g_int, g_bool, g_char1, g_char2, g_ptr, g_next_ptr

    g_next_ptr = Record()
    g_ptr = Record()
    g_ptr.next_rec = g_next_ptr
    g_ptr.discr = IDENT1
    g_ptr.enum_comp = IDENT3
    g_ptr.int_comp = 40
    g_ptr.str_comp = "DHRYSTONE PROGRAM, SOME STRING"
    str1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g_arr2[8][7] = 10

    checksum = 0
    for _ in range(loops):
        proc5()
        proc4()
        a = 2
        b = 3
        str2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        g_bool = not func2(str1, str2)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a = a + 1
        proc8(g_arr1, g_arr2, a, c)
        g_ptr = proc1(g_ptr)
        ch = "A"
        while ch <= g_char2:
            if e == func1(ch, "C"):
                e = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        b = 7 * (c - b) - a
        a = proc2(a)
        checksum = (checksum * 31 + a + b * 7 + c * 13 + e) & 0xFFFFFF
    return checksum


def proc1(ptr_in):
    nxt = ptr_in.next_rec = g_ptr.clone()
    ptr_in.int_comp = 5
    nxt.int_comp = ptr_in.int_comp
    nxt.next_rec = ptr_in.next_rec
    nxt.next_rec = proc3(nxt.next_rec)
    if nxt.discr == IDENT1:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr_in.enum_comp)
        nxt.next_rec = g_ptr.next_rec
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr_in = nxt.clone()
    nxt.next_rec = None
    return ptr_in


def proc2(val):
    loc = val + 10
    enum_loc = 0
    while True:
        if g_char1 == "A":
            loc = loc - 1
            val = loc - g_int
            enum_loc = IDENT1
        if enum_loc == IDENT1:
            break
    return val


def proc3(ptr_out):
    global g_int
    if g_ptr is not None:
        ptr_out = g_ptr.next_rec
    else:
        g_int = 100
    g_ptr.int_comp = proc7(10, g_int)
    return ptr_out


def proc4():
    global g_char2
    flag = g_char1 == "A"
    flag = flag or g_bool
    g_char2 = "B"


def proc5():
    global g_char1, g_bool
    g_char1 = "A"
    g_bool = False


def proc6(enum_in):
    enum_out = enum_in
    if not func3(enum_in):
        enum_out = IDENT4
    if enum_in == IDENT1:
        enum_out = IDENT1
    elif enum_in == IDENT2:
        enum_out = IDENT1 if g_int > 100 else IDENT4
    elif enum_in == IDENT3:
        enum_out = IDENT2
    elif enum_in == IDENT4:
        pass
    elif enum_in == IDENT5:
        enum_out = IDENT3
    return enum_out


def proc7(p1, p2):
    loc = p1 + 2
    return p2 + loc


def proc8(arr1, arr2, p1, p2):
    global g_int
    loc = p1 + 5
    arr1[loc] = p2
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for i in range(loc, loc + 2):
        arr2[loc][i] = loc
    arr2[loc][loc - 1] = arr2[loc][loc - 1] + 1
    arr2[loc + 20][loc] = arr1[loc]
    g_int = 5


def func1(ch1, ch2):
    loc1 = ch1
    loc2 = loc1
    if loc2 != ch2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    i = 1
    ch = "\0"
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            ch = "A"
            i = i + 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "X":
        return True
    if s1 > s2:
        i = i + 7
        return True
    return False


def func3(enum_in):
    return enum_in == IDENT3


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    cs = proc0(loops)
    print("pystone loops=%d checksum=%d g_int=%d arr2[8][7]=%d" %
          (loops, cs, g_int, g_arr2[8][7]))


main()
