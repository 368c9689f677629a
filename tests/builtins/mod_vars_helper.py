# helper module for vars_builtin.py
alpha = 1
beta = [2]
def gamma():
    pass
