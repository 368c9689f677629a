# helper module for dir_builtin.py
PUBLIC = 1
_private = 2
def func():
    pass
class Klass:
    pass
