//! Differential tests: every program under `tests/` runs under upy and its
//! standard output must equal the `.exp` file beside it (CPython 3.11's
//! output, or hand-written where upy follows MicroPython).
//!
//! `tests/xfail*.txt` list programs known to fail; they must keep failing
//! (a pass is reported so the entry gets removed).

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long one program may run: longer when the collector is forced at
/// every safe point (`UPY_GC_STRESS`, inherited by the programs), which
/// makes a program that calls back from native code a hundred thousand
/// times collect as often.
fn timeout() -> Duration {
    if std::env::var_os("UPY_GC_STRESS").is_some() {
        Duration::from_secs(180)
    } else {
        Duration::from_secs(20)
    }
}

fn is_helper(rel: &Path) -> bool {
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with("mod_") {
        return true;
    }
    rel.parent()
        .map(|p| {
            p.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with("pkg_"))
        })
        .unwrap_or(false)
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        // Symbolic links are test data (tests/io/sandbox_root links out of
        // its folder on purpose), never more tests.
        if p.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            continue;
        }
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            let rel = p.strip_prefix(root).unwrap_or(&p).to_path_buf();
            // A test without its .exp fails (run tests/regen.py); only
            // helpers and the scripts at the top of tests/ have none.
            if !is_helper(&rel) && rel.components().count() > 1 {
                out.push(rel);
            }
        }
    }
}

/// Run upy on a test; Ok(stdout) or Err(description of a crash/timeout).
fn run_upy(bin: &str, root: &Path, rel: &Path) -> Result<(String, String, Option<i32>), String> {
    let path = root.join(rel);
    let dir = path.parent().unwrap_or(root).to_path_buf();
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut child = Command::new(bin)
        .arg(&file)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {}", bin, e))?;
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t1 = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t2 = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {
                if start.elapsed() > timeout() {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!("timed out after {:?}", timeout()));
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            Err(e) => return Err(e.to_string()),
        }
    };
    let out = String::from_utf8_lossy(&t1.join().unwrap_or_default()).into_owned();
    let err = String::from_utf8_lossy(&t2.join().unwrap_or_default()).into_owned();
    Ok((out, err, status.code()))
}

fn first_difference(got: &str, want: &str) -> String {
    let g: Vec<&str> = got.lines().collect();
    let w: Vec<&str> = want.lines().collect();
    for i in 0..g.len().max(w.len()) {
        let a = g.get(i).copied();
        let b = w.get(i).copied();
        if a != b {
            return format!(
                "line {}:\n  expected: {}\n  got:      {}",
                i + 1,
                b.map(|s| format!("{:?}", s))
                    .unwrap_or_else(|| "<end of output>".into()),
                a.map(|s| format!("{:?}", s))
                    .unwrap_or_else(|| "<end of output>".into())
            );
        }
    }
    "outputs differ only in line endings".into()
}

/// Outcome of one test: Ok if the output matches.
fn check(bin: &str, root: &Path, rel: &Path) -> Result<(), String> {
    let want = std::fs::read_to_string(root.join(rel).with_extension("py.exp"))
        .map_err(|e| format!("no expected output ({}): run tests/regen.py", e))?;
    let (got, err, code) = run_upy(bin, root, rel)?;
    let crashed = match code {
        None => Some("killed by a signal".to_string()),
        Some(101) => Some("Rust panic".to_string()),
        _ => None,
    };
    if let Some(c) = crashed {
        return Err(format!(
            "CRASH ({}):\n{}",
            c,
            err.lines().take(5).collect::<Vec<_>>().join("\n")
        ));
    }
    if got != want {
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        return Err(format!(
            "output differs at {}\nstderr tail: {}",
            first_difference(&got, &want),
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        ));
    }
    if code != Some(0) {
        return Err(format!("exit status {:?}; stderr: {}", code, err));
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let root = root.canonicalize().unwrap_or(root);
    let bin = env!("CARGO_BIN_EXE_upy").to_string();
    // Every tests/xfail*.txt file lists expected failures.
    let mut xfail: HashSet<String> = HashSet::new();
    if let Ok(rd) = std::fs::read_dir(&root) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("xfail") && name.ends_with(".txt") {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                xfail.extend(
                    text.lines()
                        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
                        .filter(|l| !l.is_empty()),
                );
            }
        }
    }
    let mut tests = Vec::new();
    collect(&root, &root, &mut tests);
    let trials = tests
        .into_iter()
        .map(|rel| {
            let name = rel.to_string_lossy().replace('\\', "/");
            let expect_fail = xfail.contains(&name);
            let (bin, root) = (bin.clone(), root.clone());
            Trial::test(name.clone(), move || {
                match (check(&bin, &root, &rel), expect_fail) {
                    (Ok(()), false) => Ok(()),
                    (Err(e), false) => Err(Failed::from(e)),
                    (Err(_), true) => Ok(()),
                    (Ok(()), true) => Err(Failed::from(format!(
                        "XPASS: {} now passes; remove it from tests/xfail.txt",
                        name
                    ))),
                }
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
