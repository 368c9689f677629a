# Seeds for the `parse` and `run` cargo-fuzz targets, from the programs
# under tests/ and bench/:
#     python3 fuzz/source_seeds.py OUT_DIR
# writes OUT_DIR/parse (each program after a mode byte: 0, exec) and
# OUT_DIR/run (programs that use only the modules the `run` harness
# registers, at most 8 KiB, the length the runs were made with).
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What crates/upy-modules/src/fuzzing.rs registers, plus the VM's own.
RUN_MODULES = {
    "math", "cmath", "collections", "struct", "json", "array", "random",
    "errno", "weakref", "re", "sys", "gc", "micropython", "builtins",
}
IMPORT = re.compile(r"^\s*(?:import|from)\s+([A-Za-z_][A-Za-z_0-9]*)", re.M)


def programs():
    for top in ("tests", "bench"):
        for d, _, files in sorted(os.walk(os.path.join(ROOT, top))):
            for f in sorted(files):
                if f.endswith(".py"):
                    with open(os.path.join(d, f), "rb") as fh:
                        yield fh.read()


def main(out):
    for sub in ("parse", "run"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    n_parse = n_run = 0
    for src in programs():
        with open(os.path.join(out, "parse", "%04d" % n_parse), "wb") as f:
            f.write(b"\0" + src)
        n_parse += 1
        text = src.decode("utf-8", "replace")
        if len(src) <= 8192 and set(IMPORT.findall(text)) <= RUN_MODULES:
            with open(os.path.join(out, "run", "%04d" % n_run), "wb") as f:
                f.write(src)
            n_run += 1
    print("parse:", n_parse, "seeds; run:", n_run, "seeds")


main(sys.argv[1])
