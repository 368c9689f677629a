# helper module for import tests (not a test itself)
print('mod_simple executing, __name__ =', __name__)
value = 42
_private = 'hidden'
def greet(name):
    return 'hello ' + name
class Thing:
    kind = 'thing'
if __name__ == '__main__':
    print('should not run on import')
