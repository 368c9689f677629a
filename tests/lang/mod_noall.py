# helper module without __all__
x = 1
y = 2
_z = 3
