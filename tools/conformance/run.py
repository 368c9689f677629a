#!/usr/bin/env python3
"""Run MicroPython's extmod/ and micropython/ test suites under the reference
MicroPython and under upy, and compare stdout.

The "Done means" measurement of issue 10: the share of MicroPython's
tests/extmod and tests/micropython (filesystem and native/viper tests
aside) that the reference unix port passes and upy passes too.
Environment: MICROPY_REF (reference binary), MICROPY_TESTS (its tests
folder), UPY (default: this repository's release build).

Usage:
    python3 run.py                 # full run, writes results.json + summary.txt
    python3 run.py -k re           # only tests whose name contains "re"
    python3 run.py --out DIR       # write results elsewhere (default: /tmp/upy-conformance)
    python3 run.py --exp-extras    # also check upy on ref-skipped tests that have a .exp

Conventions (modelled on tests/run-tests.py, with differences noted):
  * cwd = the test's directory, stdin = /dev/null, MICROPYPATH removed from env,
    timeout 10 s per run, tests run sequentially.
  * Expected output = <test>.py.exp when it exists, else the reference binary's
    stdout.  Only stdout is compared (stderr is kept for diagnosis);
    \\r\\n is normalised to \\n.
  * Reference status: "SKIP" as first stdout line -> test skipped; otherwise the
    reference "passes" if (with .exp) its stdout equals the .exp, or (without
    .exp) it exits with status 0 and does not time out.  Only reference-passing
    tests form the denominator.
  * upy status: crash  = killed by a signal or exit code 101 (Rust panic);
                timeout = exceeded 10 s;
                pass   = stdout equals expected and (exit==0) == (ref exit==0);
                fail   = anything else (including upy printing "SKIP": flagged
                         upy_skip=True).
Exclusions: filesystem tests (vfs_*, *_fat*, *lfs*) everywhere, and
*native* / *viper* tests in tests/micropython.
"""
import argparse
import json
import os
import subprocess
import sys
import time

# The reference MicroPython is built locally from its source (never part
# of this repository); paths come from the environment.
REF = os.environ.get("MICROPY_REF", "/work/ref/bin/micropython")
UPY = os.environ.get(
    "UPY", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "target", "release", "upy")
)
TESTS = os.environ.get("MICROPY_TESTS", "/work/ref/micropython/tests")
TIMEOUT = 10
MAXKEEP = 20000  # chars of output kept per stream in the JSON


def select_tests():
    out = []
    for d in ("extmod", "micropython"):
        for name in sorted(os.listdir(os.path.join(TESTS, d))):
            if not name.endswith(".py"):
                continue
            if name.startswith("vfs_") or "_fat" in name or "lfs" in name:
                continue
            if d == "micropython" and ("native" in name or "viper" in name):
                continue
            out.append(d + "/" + name)
    return out


def run(binary, path):
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    t0 = time.monotonic()
    try:
        p = subprocess.run(
            [binary, os.path.basename(path)],
            cwd=os.path.dirname(path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
        rc, out, err, to = p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        rc, out, err, to = None, e.stdout or b"", e.stderr or b"", True
    dt = time.monotonic() - t0
    norm = lambda b: b.replace(b"\r\n", b"\n").decode("utf-8", "backslashreplace")
    return {"rc": rc, "stdout": norm(out), "stderr": norm(err), "timeout": to,
            "secs": round(dt, 3)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-k", default=None, help="substring filter on test name")
    ap.add_argument("--out", default="/tmp/upy-conformance")
    ap.add_argument("--exp-extras", action="store_true",
                    help="also run upy on tests the reference skips/fails but that have a .exp "
                         "(recorded as upy_vs_exp; not part of the main figures)")
    args = ap.parse_args()

    if not os.path.exists(UPY):
        sys.exit("upy binary missing: " + UPY)

    tests = select_tests()
    if args.k:
        tests = [t for t in tests if args.k in t]
    results = []
    for i, t in enumerate(tests):
        path = os.path.join(TESTS, t)
        exp_path = path + ".exp"
        ref = run(REF, path)
        rec = {"test": t, "suite": t.split("/")[0], "has_exp": os.path.exists(exp_path)}
        if rec["has_exp"]:
            with open(exp_path, "rb") as f:
                expected = f.read().replace(b"\r\n", b"\n").decode("utf-8", "backslashreplace")
        else:
            expected = ref["stdout"]
        first = ref["stdout"].split("\n", 1)[0].strip()
        if first == "SKIP" or first == "SKIP-TOO-LARGE":
            rec["ref_status"] = "skip"
        elif ref["timeout"]:
            rec["ref_status"] = "timeout"
        elif rec["has_exp"]:
            rec["ref_status"] = "pass" if ref["stdout"] == expected else "fail"
        else:
            rec["ref_status"] = "pass" if ref["rc"] == 0 else "fail"

        if rec["ref_status"] != "pass":
            rec["status"] = "skip"
            rec["ref"] = {k: (v[:MAXKEEP] if isinstance(v, str) else v) for k, v in ref.items()}
            if args.exp_extras and rec["has_exp"]:
                upy = run(UPY, path)
                if upy["timeout"]:
                    rec["upy_vs_exp"] = "timeout"
                elif upy["rc"] is not None and (upy["rc"] < 0 or upy["rc"] == 101):
                    rec["upy_vs_exp"] = "crash"
                elif upy["stdout"].split("\n", 1)[0].strip() == "SKIP":
                    rec["upy_vs_exp"] = "upy-skip"
                else:
                    rec["upy_vs_exp"] = "pass" if upy["stdout"] == expected else "fail"
                rec["upy"] = {k: (v[:MAXKEEP] if isinstance(v, str) else v) for k, v in upy.items()}
                rec["expected"] = expected[:MAXKEEP]
        else:
            upy = run(UPY, path)
            if upy["timeout"]:
                st = "timeout"
            elif upy["rc"] is not None and (upy["rc"] < 0 or upy["rc"] == 101):
                st = "crash"
            elif upy["stdout"] == expected and ((upy["rc"] == 0) == (ref["rc"] == 0)):
                st = "pass"
            else:
                st = "fail"
            rec["status"] = st
            rec["upy_skip"] = upy["stdout"].split("\n", 1)[0].strip() == "SKIP"
            rec["ref"] = {k: (v[:MAXKEEP] if isinstance(v, str) else v) for k, v in ref.items()}
            rec["upy"] = {k: (v[:MAXKEEP] if isinstance(v, str) else v) for k, v in upy.items()}
            rec["expected"] = expected[:MAXKEEP]
        results.append(rec)
        print("%3d/%d %-8s %s" % (i + 1, len(tests), rec["status"], t), flush=True)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)

    lines = []
    for suite in ("extmod", "micropython", None):
        rs = [r for r in results if suite is None or r["suite"] == suite]
        den = [r for r in rs if r["status"] != "skip"]
        c = lambda s: sum(1 for r in den if r["status"] == s)
        lines.append("%-12s total=%d ref-passing=%d pass=%d fail=%d crash=%d timeout=%d skipped=%d (of which upy printed SKIP: %d)"
                     % (suite or "ALL", len(rs), len(den), c("pass"), c("fail"), c("crash"),
                        c("timeout"), len(rs) - len(den),
                        sum(1 for r in den if r.get("upy_skip"))))
    lines.append("")
    for st in ("crash", "timeout", "fail"):
        names = [r["test"] for r in results if r["status"] == st]
        lines.append("%s (%d): %s" % (st, len(names), " ".join(names)))
    skipped = [(r["test"], r["ref_status"]) for r in results if r["status"] == "skip"]
    lines.append("ref-skip/fail (%d): %s" % (len(skipped), " ".join("%s[%s]" % s for s in skipped)))
    extras = [r for r in results if "upy_vs_exp" in r]
    if extras:
        lines.append("")
        lines.append("Extras (ref skipped/failed, upy compared against .exp; NOT in the figures above):")
        for st in ("pass", "fail", "upy-skip", "crash", "timeout"):
            names = [r["test"] for r in extras if r["upy_vs_exp"] == st]
            lines.append("  %s (%d): %s" % (st, len(names), " ".join(names)))
    with open(os.path.join(args.out, "summary.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines[:3]))


if __name__ == "__main__":
    main()
