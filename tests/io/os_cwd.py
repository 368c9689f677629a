# The current directory: relative paths follow chdir, '..' climbs, and
# a deleted current directory makes getcwd fail as on the host.
import os

here = os.getcwd()
D = "os_cwd.dir"
os.mkdir(D)
os.chdir(D)
print(os.getcwd() == here + "/" + D)
os.mkdir("inner")
with open("inner/f.txt", "w") as f:
    f.write("abc")
os.chdir("inner")
print(os.listdir(), os.listdir("."), os.listdir(".."))
with open("../inner/./f.txt") as f:
    print(f.read())
os.chdir("..")
print(os.getcwd() == here + "/" + D)
for bad in ("missing", "inner/f.txt"):
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno)
print(os.getcwd() == here + "/" + D)
os.remove("inner/f.txt")
os.rmdir("inner")
os.chdir(here + "/" + D)
os.chdir("/")
print(os.getcwd())
os.chdir(here)

# Removing the current directory: getcwd and relative paths fail.
os.mkdir(D + "/gone")
os.chdir(D + "/gone")
os.rmdir(here + "/" + D + "/gone")
try:
    os.getcwd()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open("x", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
os.chdir(here)
os.rmdir(D)
print(D in os.listdir())
