//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`) and the
//! inputs of past findings (`tests/fuzz_findings/<target>/`) through the
//! fuzz targets' harness, on stable Rust: none may panic.

use std::path::Path;
use upy_fs::fuzzing::{run, Kind};

fn replay(dir: &Path, kind: Kind) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if !p.is_file() {
            continue;
        }
        let data = std::fs::read(&p).unwrap();
        eprintln!("{}", p.display());
        run(kind, &data);
        n += 1;
    }
    n
}

#[test]
fn corpora_replay_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (target, kind) in [
        ("fs_fat", Kind::Fat),
        ("fs_lfs1", Kind::Lfs1),
        ("fs_lfs2", Kind::Lfs2),
    ] {
        let corpus = replay(&root.join("../../fuzz/corpus").join(target), kind);
        assert!(corpus > 0, "no corpus for {target}");
        replay(&root.join("tests/fuzz_findings").join(target), kind);
    }
}
