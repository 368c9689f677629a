print('pkg_shapes.circle executing, __name__ =', __name__)
PI = 3
def area(r):
    return PI * r * r
