# os.environ writes through to the environment, checking types and names as CPython does.
import os
os.environ["UPY_T1"] = "v1"
print(os.environ["UPY_T1"], os.getenv("UPY_T1"), "UPY_T1" in os.environ)
for k, v in ((1, "x"), ("K", 1), ("A\0B", "x"), ("K", "a\0b"), ("A=B", "x"), ("", "x")):
    try:
        os.environ[k] = v
        print("set", repr(k))
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(os.environ.get("UPY_T1"), os.environ.get("UPY_NONE", "dflt"))
print(os.environ.pop("UPY_T1"), "UPY_T1" in os.environ, os.getenv("UPY_T1"))
try:
    del os.environ["UPY_NONE"]
except KeyError as e:
    print("KeyError", e)
os.environ.setdefault("UPY_T2", "two")
os.environ.update(UPY_T3="three")
print(sorted(k for k in os.environ if k.startswith("UPY_T")), len(os.environ) > 2)
print(isinstance(os.environ.copy(), dict), dict(os.environ) == os.environ.copy())
print([v for k, v in sorted(os.environ.items()) if k.startswith("UPY_T")])
del os.environ["UPY_T2"]
print(os.getenv("UPY_T2"), "UPY_T3" in os.environ.keys())
