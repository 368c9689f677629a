"""Random differential testing: run generated programs under python3 and
upy and report seeds whose output differs.

Usage: python3 fuzz/differential/run.py GENERATOR FIRST LAST [--upy PATH]
e.g.   python3 fuzz/differential/run.py gen_attrs.py 1 500

Failing programs are written to /tmp/upy-fuzz-<generator>-<seed>.py.
"""
import os
import subprocess
import sys


def main():
    args = sys.argv[1:]
    upy = os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "upy")
    if "--upy" in args:
        i = args.index("--upy")
        upy = args[i + 1]
        del args[i : i + 2]
    gen, first, last = args[0], int(args[1]), int(args[2])
    gen_path = os.path.join(os.path.dirname(__file__), gen)
    fails = 0
    for seed in range(first, last + 1):
        prog = subprocess.run(
            [sys.executable, gen_path, str(seed)], capture_output=True, text=True, check=True
        ).stdout
        path = "/tmp/upy-fuzz-%s-%d.py" % (os.path.splitext(gen)[0], seed)
        with open(path, "w") as f:
            f.write(prog)
        want = subprocess.run([sys.executable, path], capture_output=True, text=True)
        try:
            got = subprocess.run([upy, path], capture_output=True, text=True, timeout=20)
            same = got.stdout == want.stdout and got.returncode == want.returncode
        except subprocess.TimeoutExpired:
            same = False
        if same:
            os.remove(path)
        else:
            fails += 1
            print("seed %d differs: %s" % (seed, path))
    print("%d of %d programs differ" % (fails, last - first + 1))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
