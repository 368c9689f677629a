# NameError and UnboundLocalError in many scoping situations
def local_before_assign():
    print(x_undefined_local)
    x_undefined_local = 1
def closure_before_assign():
    def inner():
        return captured
    r = inner()
    captured = 1
    return r
def del_then_use():
    v = 1
    del v
    return v
def augmented_on_global():
    counter_g += 1
counter_g = 0
def nonlocal_deleted():
    q = 1
    def inner():
        nonlocal q
        del q
        return q
    return inner()
def class_body_name():
    class K:
        z = undefined_in_class
    return K
def comprehension_name():
    return [undefined_cmp for _ in range(1)]
for fn in [local_before_assign, closure_before_assign, del_then_use, augmented_on_global, nonlocal_deleted,
           class_body_name, comprehension_name]:
    try:
        fn()
    except NameError as e:
        print(fn.__name__, type(e).__name__, e, isinstance(e, NameError))
try:
    totally_undefined
except NameError as e:
    print(type(e).__name__, e, getattr(e, 'name', 'no-name'))
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_var_unset():
    for item in []:
        pass
    return item
try:
    loop_var_unset()
except UnboundLocalError as e:
    print(type(e).__name__, e)
