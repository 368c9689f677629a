//! Replays the committed corpus of the `parse` fuzz target
//! (`fuzz/corpus/parse/`) through its harness on stable Rust: no input
//! may panic or overflow the stack.

use std::path::Path;

#[test]
fn parse_corpus_replays_without_a_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/parse");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no corpus in {}", dir.display());
    // On a thread with the stack libFuzzer's main thread has.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            for p in paths {
                let data = std::fs::read(&p).expect("read");
                upy_compiler::fuzzing::compile(&data);
            }
        })
        .expect("thread")
        .join()
        .expect("no input panics");
}
