//! Replays the committed corpora of the `run` and `re` fuzz targets
//! (`fuzz/corpus/run/`, `fuzz/corpus/re/`) through their harnesses on
//! stable Rust: no program may panic (a missing GC root among the
//! causes), overflow the stack or outrun its step budget, and no pattern
//! may panic the regular-expression engine or outrun its fuel.

use std::path::Path;
use std::time::{Duration, Instant};

/// Feed every file of `fuzz/corpus/<target>` to `harness` on a thread
/// with the stack libFuzzer's main thread has; each must finish within
/// five seconds (the budgets bound every input, so a slow one means a
/// loop that does not charge them).
fn replay(target: &str, harness: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no corpus in {}", dir.display());
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            for p in paths {
                let data = std::fs::read(&p).expect("read");
                let start = Instant::now();
                harness(&data);
                let took = start.elapsed();
                assert!(
                    took < Duration::from_secs(5),
                    "{} took {took:?}",
                    p.display()
                );
            }
        })
        .expect("thread")
        .join()
        .expect("no input panics");
}

#[test]
fn run_corpus_replays_without_a_panic() {
    replay("run", upy_modules::fuzzing::run);
}

#[test]
fn re_corpus_replays_without_a_panic() {
    replay("re", upy_modules::fuzzing::regex);
}
