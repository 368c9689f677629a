# os.path (posixpath) functions, and os.SEEK_*.
import os
import os.path
from os.path import join
import os.path as osp
print(os.path is osp, join is osp.join, os.sep)
for a in (("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), (b"a", b"b")):
    print(a, osp.join(*a))
for p in ("a/b/c", "/", "//", "///x", "a/", "/a/b/", "file.txt", ".bashrc", "a/.b.c", "x/y.tar.gz", "", "..", "a/../..", "./a//b/./c/..", "/../x", "//a/b", b"/x/y.z"):
    print(repr(p), osp.split(p), osp.splitext(p), osp.normpath(p), osp.isabs(p), osp.basename(p), osp.dirname(p))
print(osp.exists("/"), osp.isdir("/"), osp.isfile("/"), osp.exists("/nonexistent_xyz"))
here = os.getcwd()
print(osp.abspath("x") == here + "/x", osp.abspath("/a/./b/../c"), osp.relpath("/a/b/c", "/a/x"), osp.relpath(here + "/q"))
print(osp.commonprefix(["/usr/lib", "/usr/local"]), osp.commonprefix([]))
os.environ["HOME"] = "/home/someone"
print(osp.expanduser("~/x"), osp.expanduser("~"), osp.expanduser("~other/x"), osp.expanduser("a~"))
with open("osp_test.tmp", "w") as f:
    f.write("12345")
print(osp.getsize("osp_test.tmp"), osp.isfile("osp_test.tmp"), osp.isdir("osp_test.tmp"), type(osp.getmtime("osp_test.tmp")).__name__ in ("int", "float"))
os.remove("osp_test.tmp")
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
try:
    osp.getsize("osp_test.tmp")
except OSError as e:
    print("OSError", e.errno)
