//! The fuzzing harness of the filesystem images (the `fs_fat`, `fs_lfs1`
//! and `fs_lfs2` targets of `fuzz/`), kept here so that a plain test
//! replays the committed corpora on stable Rust (`tests/fuzz_corpus.rs`).
//!
//! An input is two bytes then an image: the first byte chooses littlefs's
//! block size (64 << (b & 7), at most 1024; FAT's sectors are 512
//! bytes), the second varies the script; the image fills a RAM device of
//! as many whole blocks as it holds (at most `MAX_BLOCKS`). The image is
//! mounted and put through a fixed script of operations: everything
//! listed recursively, stat'ed and read, a file written, grown, cut and
//! renamed, directories made and removed, `statvfs`, then the device
//! remounted and listed again. Errors are expected; a panic, a hang or an
//! allocation out of proportion to the image is a bug. Every walk here is
//! bounded (`Budget`), so a hang can only be the filesystem's.

use crate::block::{BlockDevice, RamBlockDev};
use crate::fat::vfs::FatVfs;
use crate::fs::{FileSystem, OpenOptions, S_IFDIR};
use crate::lfs::vfs::LfsVfs;
use crate::lfs1::vfs::LfsVfs1;
use std::io::SeekFrom;

/// The filesystem an input is an image of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Fat,
    Lfs1,
    Lfs2,
}

/// Largest device built from an input.
pub const MAX_BLOCKS: usize = 128;
/// Directory entries, files and directories visited per listing pass.
const MAX_VISITS: usize = 200;
/// Deepest directory visited.
const MAX_DEPTH: usize = 8;
/// Reads of one file (of `CHUNK` bytes each).
const MAX_READS: usize = 16;
const CHUNK: usize = 4096;

const READ: OpenOptions = OpenOptions {
    read: true,
    write: false,
    append: false,
    create: false,
    truncate: false,
    create_new: false,
};
const WRITE: OpenOptions = OpenOptions {
    read: false,
    write: true,
    append: false,
    create: true,
    truncate: true,
    create_new: false,
};
const APPEND: OpenOptions = OpenOptions {
    read: false,
    write: true,
    append: true,
    create: false,
    truncate: false,
    create_new: false,
};
const UPDATE: OpenOptions = OpenOptions {
    read: true,
    write: true,
    append: false,
    create: false,
    truncate: false,
    create_new: false,
};

/// The device an input describes, or None when it is too short.
pub fn device(kind: Kind, input: &[u8]) -> Option<RamBlockDev> {
    let (&geom, rest) = input.split_first()?;
    let img = rest.get(1..)?;
    let bs = match kind {
        Kind::Fat => 512,
        _ => 64usize << (geom & 7).min(4),
    };
    let count = (img.len() / bs).min(MAX_BLOCKS);
    if count < 2 {
        return None;
    }
    let mut dev = RamBlockDev::new(bs, count as u64).ok()?;
    dev.write(0, 0, &img[..count * bs]).ok()?;
    Some(dev)
}

fn mount(kind: Kind, dev: &mut RamBlockDev) -> Option<Box<dyn FileSystem>> {
    match kind {
        Kind::Fat => FatVfs::new(dev)
            .ok()
            .map(|f| Box::new(f) as Box<dyn FileSystem>),
        Kind::Lfs1 => LfsVfs1::mount_v1(dev, 32, 32, 32)
            .ok()
            .map(|f| Box::new(f) as Box<dyn FileSystem>),
        Kind::Lfs2 => LfsVfs::mount_v2(dev, 32, 32, 32, true)
            .ok()
            .map(|f| Box::new(f) as Box<dyn FileSystem>),
    }
}

/// What one listing pass found: files and directories by path.
#[derive(Default)]
struct Seen {
    files: Vec<String>,
    dirs: Vec<String>,
    visits: usize,
}

/// List `path` and below, stat every entry, read every file.
fn explore(
    fs: &mut dyn FileSystem,
    dev: &mut dyn BlockDevice,
    path: &str,
    depth: usize,
    seen: &mut Seen,
) {
    if depth > MAX_DEPTH || seen.visits >= MAX_VISITS {
        return;
    }
    let Ok(entries) = fs.listdir(dev, path) else {
        return;
    };
    for e in entries {
        seen.visits += 1;
        if seen.visits >= MAX_VISITS {
            return;
        }
        // Names a damaged image may hold that no path can name.
        let Ok(name) = String::from_utf8(e.name) else {
            continue;
        };
        if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\0']) {
            continue;
        }
        let p = if path == "/" {
            format!("/{name}")
        } else {
            format!("{path}/{name}")
        };
        let _ = fs.stat(dev, &p);
        if e.kind == S_IFDIR {
            seen.dirs.push(p.clone());
            explore(fs, dev, &p, depth + 1, seen);
        } else {
            read_file(fs, dev, &p);
            seen.files.push(p);
        }
    }
}

fn read_file(fs: &mut dyn FileSystem, dev: &mut dyn BlockDevice, p: &str) {
    let Ok(mut f) = fs.open(dev, p, &READ) else {
        return;
    };
    let mut buf = vec![0u8; CHUNK];
    for _ in 0..MAX_READS {
        match f.read(dev, &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    if let Ok(end) = f.seek(dev, SeekFrom::End(0)) {
        let _ = f.seek(dev, SeekFrom::Start(end / 2));
        let _ = f.read(dev, &mut buf[..100]);
    }
}

/// Write `n` bytes of a pattern to `p`, in pieces that cross blocks.
fn write_file(
    fs: &mut dyn FileSystem,
    dev: &mut dyn BlockDevice,
    p: &str,
    o: &OpenOptions,
    n: usize,
) {
    let Ok(mut f) = fs.open(dev, p, o) else {
        return;
    };
    let data: Vec<u8> = (0..n).map(|i| (i * 31 % 251) as u8).collect();
    for piece in data.chunks(700) {
        if f.write(dev, piece).is_err() {
            break;
        }
    }
    let _ = f.flush(dev);
}

/// Run the script on the image of `kind` that `input` describes.
pub fn run(kind: Kind, input: &[u8]) {
    let Some(mut dev) = device(kind, input) else {
        return;
    };
    let script = input[1];
    let Some(mut fs) = mount(kind, &mut dev) else {
        return;
    };
    operate(fs.as_mut(), &mut dev, script);
    // Unmounted (littlefs keeps nothing unsynced once its files are
    // closed), then mounted again.
    drop(fs);
    if script & 128 != 0 {
        return;
    }
    let Some(mut fs) = mount(kind, &mut dev) else {
        return;
    };
    let mut seen = Seen::default();
    explore(fs.as_mut(), &mut dev, "/", 0, &mut seen);
    let _ = fs.statvfs(&mut dev, "/");
}

/// The script's operations on the mounted image (the bits of `script`
/// choose the size written and the optional steps).
fn operate(fs: &mut dyn FileSystem, dev: &mut dyn BlockDevice, script: u8) {
    let mut seen = Seen::default();
    explore(fs, dev, "/", 0, &mut seen);
    let _ = fs.statvfs(dev, "/");
    let size = [0, 100, 700, 3000, 5000, 1, 64, 1500][(script & 7) as usize];
    write_file(fs, dev, "/fuzz_new.txt", &WRITE, size);
    if script & 8 != 0 {
        if let Some(p) = seen.files.first() {
            write_file(fs, dev, p, &APPEND, 1500);
        }
    }
    if script & 16 != 0 {
        if let Some(p) = seen.files.last() {
            if let Ok(mut f) = fs.open(dev, p, &UPDATE) {
                let _ = f.seek(dev, SeekFrom::Start(300));
                let _ = f.write(dev, b"overwritten in the middle");
                let _ = f.truncate(dev, 1000);
                let _ = f.flush(dev);
            }
        }
    }
    let _ = fs.mkdir(dev, "/fuzz_dir");
    let _ = fs.rename(dev, "/fuzz_new.txt", "/fuzz_dir/moved.txt");
    let _ = fs.stat(dev, "/fuzz_dir/moved.txt");
    read_file(fs, dev, "/fuzz_dir/moved.txt");
    if script & 32 != 0 {
        if let Some(d) = seen.dirs.first() {
            let _ = fs.mkdir(dev, &format!("{d}/fuzz_sub"));
            let _ = fs.rename(dev, "/fuzz_dir", &format!("{d}/fuzz_sub/inner"));
        }
    }
    if script & 64 != 0 {
        if let Some(p) = seen.files.first() {
            let _ = fs.rename(dev, p, "/fuzz_renamed");
            let _ = fs.remove(dev, "/fuzz_renamed");
        }
        if let Some(d) = seen.dirs.last() {
            let _ = fs.rmdir(dev, d);
        }
    }
    let _ = fs.remove(dev, "/fuzz_dir/moved.txt");
    let _ = fs.rmdir(dev, "/fuzz_dir");
    let _ = fs.statvfs(dev, "/");
    let _ = fs.sync(dev);
}
