import os
here = os.getcwd()
os.mkdir("empty_path.dir")
os.chdir("empty_path.dir")
for name, args in (("listdir", ("",)), ("stat", ("",)), ("chdir", ("",)), ("remove", ("",)),
                   ("mkdir", ("",)), ("rmdir", ("",)), ("rename", ("", "x")), ("rename", ("x", "")),
                   ("listdir", (b"",)), ("rmdir", (b"",))):
    try:
        getattr(os, name)(*args)
        print(name, "ok")
    except OSError as e:
        print(name, type(e).__name__, e.errno)
try:
    open("")
except OSError as e:
    print("open", type(e).__name__, e.errno, repr(e.filename))
print(os.listdir())
os.chdir(here)
os.rmdir("empty_path.dir")
print("empty_path.dir" in os.listdir())
