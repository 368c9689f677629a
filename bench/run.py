#!/usr/bin/env python3
"""Run the upy benchmark suite under upy and CPython and compare.

Usage (from any directory):
    python3 bench/run.py [--upy PATH] [--python PATH] [--only NAME[,NAME]]
                         [--repeat N] [--timeout SECONDS] [--arg SIZE]
                         [--quick] [--list]

Each benchmark is run --repeat times (default 3) under both interpreters;
the best wall-clock time is reported.  Outputs (stdout) of upy and python3
must be identical, otherwise the row is marked MISMATCH.  A non-zero exit
status, a crash or a timeout marks the row FAIL.  If the upy binary does not
exist yet, only the python3 timings are shown.

The upy binary defaults to <repo>/target/release/upy; override it with the
UPY environment variable or --upy PATH (--upy wins).
"""
import argparse
import math
import os
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_UPY = os.path.join(REPO_ROOT, "target", "release", "upy")

# Display order; any other *.py file in bench/ (except this one and files
# starting with "_") is appended automatically.
PREFERRED_ORDER = [
    "pystone", "richards", "nbody", "fannkuch", "float", "nqueens",
    "spectral_norm", "dictstr", "chaos", "raytrace", "pidigits",
    "generators", "closures_calls", "heapq_bench", "hashlib_bench", "re_bench",
]

# Small sizes for a fast correctness smoke test (--quick).
QUICK_ARGS = {
    "pystone": "20000", "richards": "2", "nbody": "2000", "fannkuch": "7",
    "float": "5000", "nqueens": "6", "spectral_norm": "60",
    "dictstr": "5", "chaos": "20000", "raytrace": "40", "pidigits": "500",
    "generators": "50000", "closures_calls": "10000", "deflate_bench": "2",
    "heapq_bench": "1", "hashlib_bench": "1", "re_bench": "2",
}


def discover():
    names = []
    for fn in sorted(os.listdir(BENCH_DIR)):
        if not fn.endswith(".py") or fn.startswith("_") or fn == "run.py":
            continue
        names.append(fn[:-3])
    ordered = [n for n in PREFERRED_ORDER if n in names]
    ordered += [n for n in names if n not in ordered]
    return ordered


class Result:
    def __init__(self):
        self.best = None      # best time in seconds (successful runs only)
        self.output = None    # stdout of the first successful run
        self.error = None     # description of a failure, if any

    @property
    def ok(self):
        return self.error is None and self.best is not None


# The benchmarks build large data sets; CPython has no heap limit, so upy
# gets a budget big enough not to be the thing measured.
UPY_FLAGS = ["-X", "heapsize=1024M"]


def run_one(interp, script, args, timeout):
    """Run once; return (seconds, stdout, error_or_None)."""
    extra = UPY_FLAGS if os.path.basename(interp).startswith("upy") else []
    cmd = [interp] + extra + [script] + list(args)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=BENCH_DIR, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timeout after %gs" % timeout
    except OSError as e:
        return None, None, "cannot execute: %s" % e
    dt = time.perf_counter() - t0
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        last = err[-1] if err else "(no stderr)"
        if proc.returncode < 0:
            why = "killed by signal %d" % -proc.returncode
        else:
            why = "exit status %d" % proc.returncode
        return dt, out, "%s: %s" % (why, last)
    return dt, out, None


def measure(interp, script, args, repeat, timeout):
    res = Result()
    for _ in range(repeat):
        dt, out, err = run_one(interp, script, args, timeout)
        if err is not None:
            res.error = err
            return res
        if res.output is None:
            res.output = out
        elif out != res.output:
            res.error = "output differs between runs"
            return res
        if res.best is None or dt < res.best:
            res.best = dt
    return res


def fmt_time(res):
    if res is None:
        return "-"
    if res.ok:
        return "%.3f" % res.best
    return "FAIL"


def main():
    ap = argparse.ArgumentParser(description="upy benchmark runner")
    ap.add_argument("--upy", default=None,
                    help="path to the upy binary (default: $UPY or "
                         "<repo>/target/release/upy)")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default: python3)")
    ap.add_argument("--only", action="append", default=[],
                    help="run only this benchmark (repeatable, or "
                         "comma-separated)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per interpreter, best is kept (default 3)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="per-run timeout in seconds (default 300)")
    ap.add_argument("--arg", default=None,
                    help="size argument passed to every benchmark")
    ap.add_argument("--quick", action="store_true",
                    help="small sizes, 1 run each: a fast correctness check")
    ap.add_argument("--list", action="store_true",
                    help="list benchmark names and exit")
    opts = ap.parse_args()

    names = discover()
    if opts.list:
        print("\n".join(names))
        return 0
    if opts.only:
        wanted = []
        for item in opts.only:
            wanted += [w.strip() for w in item.split(",") if w.strip()]
        wanted = [w[:-3] if w.endswith(".py") else w for w in wanted]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            print("unknown benchmark(s): %s" % ", ".join(unknown))
            print("available: %s" % ", ".join(names))
            return 2
        names = [n for n in names if n in wanted]
    repeat = max(1, opts.repeat)
    if opts.quick and "--repeat" not in sys.argv:
        repeat = 1

    upy = opts.upy or os.environ.get("UPY") or DEFAULT_UPY
    if not os.path.isabs(upy) and os.sep in upy:
        upy = os.path.abspath(upy)
    have_upy = os.path.isfile(upy) and os.access(upy, os.X_OK)

    print("python3: %s" % opts.python)
    if have_upy:
        print("upy:     %s" % upy)
    else:
        print("upy:     %s (not found - showing python3 timings only)" % upy)
    print("repeat:  %d (best time, wall clock incl. startup)" % repeat)
    print()

    header = "%-16s %10s %10s %8s  %s" % ("benchmark", "python3 s",
                                          "upy s", "upy/py", "status")
    print(header)
    print("-" * len(header))
    notes = []
    ratios = []
    n_fail = 0
    for name in names:
        script = os.path.join(BENCH_DIR, name + ".py")
        if opts.arg is not None:
            bench_args = [opts.arg]
        elif opts.quick and name in QUICK_ARGS:
            bench_args = [QUICK_ARGS[name]]
        else:
            bench_args = []
        py = measure(opts.python, script, bench_args, repeat, opts.timeout)
        up = None
        if have_upy:
            up = measure(upy, script, bench_args, repeat, opts.timeout)

        ratio = "-"
        if not py.ok:
            status = "PY-FAIL"
            notes.append("%s: python3 %s" % (name, py.error))
        elif up is None:
            status = "python3 only"
        elif not up.ok:
            status = "FAIL"
            notes.append("%s: upy %s" % (name, up.error))
        elif up.output != py.output:
            status = "MISMATCH"
            notes.append("%s: output differs\n    python3: %r\n    upy:     %r"
                         % (name, py.output.strip()[-300:],
                            up.output.strip()[-300:]))
        else:
            status = "ok"
            r = up.best / py.best
            ratios.append(r)
            ratio = "%.2f" % r
        if status in ("FAIL", "MISMATCH", "PY-FAIL"):
            n_fail += 1
        print("%-16s %10s %10s %8s  %s" % (name, fmt_time(py), fmt_time(up),
                                           ratio, status))
        sys.stdout.flush()

    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("-" * len(header))
        print("geometric mean upy/python3 over %d benchmark(s): %.2f"
              % (len(ratios), geo))
    if notes:
        print()
        print("notes:")
        for n in notes:
            print("  " + n)
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
