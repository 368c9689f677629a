//! Tests of littlefs on RAM devices, and against images the C library
//! made (tests/fixtures, see `c_images`).

use super::fs::Lfs;
use super::vfs::LfsVfs;
use super::Config;
use crate::block::{BlockDevice, RamBlockDev};
use crate::error::FsError;
use crate::fs::{FileSystem, OpenOptions, S_IFDIR, S_IFREG};
use std::io::SeekFrom;

const W: OpenOptions = OpenOptions {
    read: false,
    write: true,
    append: false,
    create: true,
    truncate: true,
    create_new: false,
};
const R: OpenOptions = OpenOptions {
    read: true,
    write: false,
    append: false,
    create: false,
    truncate: false,
    create_new: false,
};

fn fresh(bs: usize, count: u64) -> RamBlockDev {
    let mut d = RamBlockDev::new(bs, count).unwrap();
    LfsVfs::mkfs_v2(&mut d, 32, 32, 32).unwrap();
    d
}

fn mount(d: &mut RamBlockDev) -> LfsVfs {
    LfsVfs::mount_v2(d, 32, 32, 32, true).unwrap()
}

fn put(fs: &mut LfsVfs, d: &mut RamBlockDev, path: &str, data: &[u8]) {
    let mut f = fs.open(d, path, &W).unwrap();
    // In pieces, to cross block boundaries mid-write.
    for c in data.chunks(700) {
        assert_eq!(f.write(d, c).unwrap(), c.len());
    }
    f.flush(d).unwrap();
}

fn get(fs: &mut LfsVfs, d: &mut RamBlockDev, path: &str) -> Vec<u8> {
    let mut f = fs.open(d, path, &R).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 333];
    loop {
        let n = f.read(d, &mut buf).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n]);
    }
}

fn pattern(n: usize, seed: u32) -> Vec<u8> {
    (0..n as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761).wrapping_add(seed) >> 13) as u8)
        .collect()
}

fn names(fs: &mut LfsVfs, d: &mut RamBlockDev, path: &str) -> Vec<String> {
    fs.listdir(d, path)
        .unwrap()
        .into_iter()
        .map(|e| String::from_utf8(e.name).unwrap())
        .collect()
}

#[test]
fn unformatted_is_corrupt() {
    let mut d = RamBlockDev::new(1024, 30).unwrap();
    assert_eq!(
        LfsVfs::mount_v2(&mut d, 32, 32, 32, true).err(),
        Some(FsError::EILSEQ)
    );
}

#[test]
fn statvfs_matches_micropython() {
    let mut d = fresh(1024, 30);
    let mut fs = mount(&mut d);
    let v = fs.statvfs(&mut d, "/").unwrap();
    assert_eq!((v.bsize, v.blocks, v.bfree, v.namemax), (1024, 30, 28, 255));
    fs.mkdir(&mut d, "/d").unwrap();
    put(&mut fs, &mut d, "/f", &pattern(16384, 1));
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 7);
    let mut fs = mount(&mut d);
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 7);
    assert_eq!(get(&mut fs, &mut d, "/f"), pattern(16384, 1));
}

#[test]
fn inline_and_ctz_round_trips() {
    let mut d = fresh(512, 256);
    let mut fs = mount(&mut d);
    for (i, n) in [0usize, 1, 63, 64, 65, 511, 512, 513, 1500, 20000, 50000]
        .into_iter()
        .enumerate()
    {
        let p = format!("/f{i}");
        put(&mut fs, &mut d, &p, &pattern(n, i as u32));
        assert_eq!(get(&mut fs, &mut d, &p), pattern(n, i as u32), "size {n}");
        let mut fs2 = mount(&mut d);
        assert_eq!(get(&mut fs2, &mut d, &p), pattern(n, i as u32), "size {n}");
        let st = fs2.stat(&mut d, &p).unwrap();
        assert_eq!((st.mode, st.size), (S_IFREG, n as u64));
        assert!(st.mtime > 1_600_000_000);
    }
}

#[test]
fn seek_overwrite_append_truncate() {
    let mut d = fresh(512, 128);
    let mut fs = mount(&mut d);
    let mut want = pattern(5000, 7);
    put(&mut fs, &mut d, "/a", &want);
    let rw = OpenOptions {
        read: true,
        write: true,
        ..OpenOptions::default()
    };
    let mut f = fs.open(&mut d, "/a", &rw).unwrap();
    f.seek(&mut d, SeekFrom::Start(1000)).unwrap();
    f.write(&mut d, b"middle").unwrap();
    want[1000..1006].copy_from_slice(b"middle");
    // A read after a write sees it.
    f.seek(&mut d, SeekFrom::Start(998)).unwrap();
    let mut b = [0u8; 10];
    assert_eq!(f.read(&mut d, &mut b).unwrap(), 10);
    assert_eq!(&b[..], &want[998..1008]);
    // Past the end: a gap of zeros.
    f.seek(&mut d, SeekFrom::Start(6000)).unwrap();
    f.write(&mut d, b"end").unwrap();
    want.resize(6000, 0);
    want.extend_from_slice(b"end");
    f.flush(&mut d).unwrap();
    drop(f);
    assert_eq!(get(&mut fs, &mut d, "/a"), want);
    let ap = OpenOptions {
        write: true,
        append: true,
        ..OpenOptions::default()
    };
    let mut f = fs.open(&mut d, "/a", &ap).unwrap();
    f.write(&mut d, b"more").unwrap();
    f.flush(&mut d).unwrap();
    want.extend_from_slice(b"more");
    drop(f);
    let mut fs = mount(&mut d);
    assert_eq!(get(&mut fs, &mut d, "/a"), want);
    for size in [4000u64, 1024, 100, 0, 3000] {
        let mut f = fs.open(&mut d, "/a", &rw).unwrap();
        f.truncate(&mut d, size).unwrap();
        f.flush(&mut d).unwrap();
        drop(f);
        want.resize(size as usize, 0);
        let mut fs = mount(&mut d);
        assert_eq!(get(&mut fs, &mut d, "/a"), want, "truncate {size}");
    }
}

#[test]
fn many_files_split_and_compact() {
    let mut d = fresh(512, 512);
    let mut fs = mount(&mut d);
    fs.mkdir(&mut d, "/dir").unwrap();
    let mut want = Vec::new();
    for i in 0..150 {
        let p = format!("/dir/file{:03}", (i * 37) % 150);
        put(&mut fs, &mut d, &p, &pattern(i % 90, i as u32));
        want.push(format!("file{:03}", (i * 37) % 150));
    }
    want.sort_by(|a, b| super::dir::name_order(a.as_bytes(), b.as_bytes()));
    let mut fs = mount(&mut d);
    assert_eq!(names(&mut fs, &mut d, "/dir"), want);
    for i in 0..150 {
        let p = format!("/dir/file{:03}", (i * 37) % 150);
        assert_eq!(get(&mut fs, &mut d, &p), pattern(i % 90, i as u32));
    }
    // A long history of rewrites of one file compacts its pair many times.
    for i in 0..300 {
        put(&mut fs, &mut d, "/log", &pattern(i % 200, i as u32));
    }
    assert_eq!(get(&mut fs, &mut d, "/log"), pattern(299 % 200, 299));
    // Removing everything drops the split pairs again.
    for w in &want {
        fs.remove(&mut d, &format!("/dir/{w}")).unwrap();
    }
    let mut fs = mount(&mut d);
    assert!(names(&mut fs, &mut d, "/dir").is_empty());
    fs.remove(&mut d, "/dir").unwrap();
    fs.remove(&mut d, "/log").unwrap();
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 510);
}

#[test]
fn directories_rename_remove_errors() {
    let mut d = fresh(1024, 64);
    let mut fs = mount(&mut d);
    fs.mkdir(&mut d, "/a").unwrap();
    fs.mkdir(&mut d, "/a/b").unwrap();
    put(&mut fs, &mut d, "/a/b/f", b"data");
    put(&mut fs, &mut d, "/g", &pattern(3000, 3));
    assert_eq!(fs.mkdir(&mut d, "/a"), Err(FsError::EEXIST));
    assert_eq!(fs.mkdir(&mut d, "/"), Err(FsError::EEXIST));
    assert_eq!(fs.mkdir(&mut d, "/x/y"), Err(FsError::ENOENT));
    assert_eq!(fs.mkdir(&mut d, "/g/y"), Err(FsError::ENOTDIR));
    assert_eq!(fs.stat(&mut d, "/g/y").err(), Some(FsError::ENOTDIR));
    assert_eq!(fs.remove(&mut d, "/a"), Err(FsError::ENOTEMPTY));
    assert_eq!(fs.remove(&mut d, "/nope"), Err(FsError::ENOENT));
    let long = format!("/{}", "n".repeat(256));
    assert_eq!(
        fs.open(&mut d, &long, &W).err(),
        Some(FsError::ENAMETOOLONG)
    );
    assert_eq!(fs.mkdir(&mut d, &long), Err(FsError::ENAMETOOLONG));
    let x = OpenOptions {
        write: true,
        create_new: true,
        ..OpenOptions::default()
    };
    assert_eq!(fs.open(&mut d, "/g", &x).err(), Some(FsError::EEXIST));
    assert_eq!(fs.open(&mut d, "/nope", &R).err(), Some(FsError::ENOENT));
    assert_eq!(fs.open(&mut d, "/a", &R).err(), Some(FsError::EISDIR));
    assert_eq!(fs.stat(&mut d, "/a").unwrap().mode, S_IFDIR);
    // Renames: across directories, onto files, onto empty directories.
    fs.rename(&mut d, "/a/b/f", "/f2").unwrap();
    assert_eq!(get(&mut fs, &mut d, "/f2"), b"data");
    fs.rename(&mut d, "/f2", "/g").unwrap();
    assert_eq!(get(&mut fs, &mut d, "/g"), b"data");
    fs.mkdir(&mut d, "/e").unwrap();
    assert_eq!(fs.rename(&mut d, "/g", "/e"), Err(FsError::EISDIR));
    assert_eq!(fs.rename(&mut d, "/e", "/g"), Err(FsError::ENOTDIR));
    assert_eq!(fs.rename(&mut d, "/a", "/a/b/c"), Err(FsError::EINVAL));
    assert_eq!(fs.rename(&mut d, "/e", "/a"), Err(FsError::ENOTEMPTY));
    fs.rename(&mut d, "/a", "/e").unwrap();
    fs.rename(&mut d, "/g", "/e/b/h").unwrap();
    let mut fs = mount(&mut d);
    assert_eq!(names(&mut fs, &mut d, "/"), ["e"]);
    assert_eq!(names(&mut fs, &mut d, "/e/b"), ["h"]);
    assert_eq!(get(&mut fs, &mut d, "/e/b/h"), b"data");
    fs.remove(&mut d, "/e/b/h").unwrap();
    fs.remove(&mut d, "/e/b").unwrap();
    fs.remove(&mut d, "/e").unwrap();
    assert!(names(&mut fs, &mut d, "/").is_empty());
    // Everything but the root pair is free again.
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 62);
}

#[test]
fn full_device_is_enospc() {
    let mut d = fresh(512, 32);
    let mut fs = mount(&mut d);
    let mut f = fs.open(&mut d, "/big", &W).unwrap();
    let chunk = pattern(1000, 5);
    let mut written = 0;
    let err = loop {
        match f.write(&mut d, &chunk) {
            Ok(n) => written += n,
            Err(e) => break e,
        }
        assert!(written < 32 * 512);
    };
    assert_eq!(err, FsError::ENOSPC);
    drop(f);
    // The failed file never committed: the space comes back.
    let mut fs = mount(&mut d);
    assert_eq!(fs.stat(&mut d, "/big").unwrap().size, 0);
    put(&mut fs, &mut d, "/small", b"ok");
    assert_eq!(get(&mut fs, &mut d, "/small"), b"ok");
}

#[test]
fn open_files_keep_their_blocks() {
    // Two files written at once on a small device: neither may be given
    // the other's unsynced blocks.
    let mut d = fresh(512, 64);
    let mut fs = mount(&mut d);
    let mut a = fs.open(&mut d, "/a", &W).unwrap();
    let mut b = fs.open(&mut d, "/b", &W).unwrap();
    let (pa, pb) = (pattern(9000, 1), pattern(9000, 2));
    for i in 0..9 {
        a.write(&mut d, &pa[i * 1000..(i + 1) * 1000]).unwrap();
        b.write(&mut d, &pb[i * 1000..(i + 1) * 1000]).unwrap();
    }
    a.flush(&mut d).unwrap();
    b.flush(&mut d).unwrap();
    drop((a, b));
    let mut fs = mount(&mut d);
    assert_eq!(get(&mut fs, &mut d, "/a"), pa);
    assert_eq!(get(&mut fs, &mut d, "/b"), pb);
}

/// The hash the C harness prints for a file's data.
fn hash(data: &[u8]) -> u32 {
    data.iter()
        .fold(0u32, |h, &b| h.wrapping_mul(31).wrapping_add(b as u32))
}

/// The listing the C harness prints (tests/fixtures/lfs_harness.c,
/// "check"): directories as "D path", files as "F path size hash",
/// depth first in directory order; then "used N".
fn listing(fs: &mut Lfs, d: &mut dyn BlockDevice, path: &str, out: &mut Vec<String>) {
    for e in fs.listdir(d, path).unwrap() {
        let name = String::from_utf8(e.name).unwrap();
        let p = format!("{}/{}", if path == "/" { "" } else { path }, name);
        if e.kind == S_IFDIR {
            out.push(format!("D {p}"));
            listing(fs, d, &p, out);
        } else {
            let o = OpenOptions {
                read: true,
                ..OpenOptions::default()
            };
            let fid = fs.open(d, &p, &o).unwrap();
            let mut data = vec![0u8; e.size as usize + 10];
            let n = fs.file_read(d, fid, &mut data).unwrap();
            fs.close(fid);
            out.push(format!("F {p} {} {}", n, hash(&data[..n])));
        }
    }
}

fn image_listing(bs: usize, img: &[u8]) -> (RamBlockDev, Lfs, Vec<String>) {
    let mut d = RamBlockDev::new(bs, (img.len() / bs) as u64).unwrap();
    for (i, b) in img.chunks(bs).enumerate() {
        d.write(i as u64, 0, b).unwrap();
    }
    let cfg = Config::micropython(&d, 32, 32, 32).unwrap();
    let mut fs = Lfs::mount(&mut d, &cfg).unwrap();
    let mut out = vec!["mount 0".to_string()];
    listing(&mut fs, &mut d, "/", &mut out);
    out.push(format!("used {}", fs.used_blocks(&mut d).unwrap()));
    (d, fs, out)
}

/// Images made by the C littlefs (v2.9, from the littlefs2-sys crate)
/// with read/prog size 32, lookahead 32, block_cycles 100, cache 128:
/// `gcc harness.c lfs.c lfs_util.c`, then `harness BS COUNT IMG make` and
/// `harness BS COUNT IMG check > IMG.txt` (the listing compared here).
#[test]
fn c_images() {
    for (bs, img, txt) in [
        (
            1024,
            &include_bytes!("../../tests/fixtures/lfs_c_1024x32.img")[..],
            include_str!("../../tests/fixtures/lfs_c_1024x32.txt"),
        ),
        (
            512,
            &include_bytes!("../../tests/fixtures/lfs_c_512x64.img")[..],
            include_str!("../../tests/fixtures/lfs_c_512x64.txt"),
        ),
    ] {
        let (mut d, mut fs, out) = image_listing(bs, img);
        let want: Vec<&str> = txt.lines().collect();
        assert_eq!(out, want, "block size {bs}");
        // Then keep using it: our commits appended to the C library's.
        let o = OpenOptions {
            write: true,
            create: true,
            truncate: true,
            ..OpenOptions::default()
        };
        let fid = fs.open(&mut d, "/dir/f05", &o).unwrap();
        fs.file_write(&mut d, fid, &pattern(2000, 9)).unwrap();
        fs.file_sync(&mut d, fid, None).unwrap();
        fs.close(fid);
        fs.remove(&mut d, "/dir/sub/mid.bin").unwrap();
        fs.remove(&mut d, "/dir/sub").unwrap();
        let cfg = fs.cfg;
        let mut fs = Lfs::mount(&mut d, &cfg).unwrap();
        let fid = fs.open(&mut d, "/dir/f05", &R).unwrap();
        let mut b = vec![0u8; 3000];
        assert_eq!(fs.file_read(&mut d, fid, &mut b).unwrap(), 2000);
        assert_eq!(&b[..2000], &pattern(2000, 9)[..]);
        assert_eq!(fs.stat(&mut d, "/dir/sub").err(), Some(FsError::ENOENT));
    }
}

/// With LFS_IMAGE_OUT set, write an image (1024-byte blocks, 64) for the
/// C harness to check (`harness 1024 64 IMG check`).
#[test]
fn image_for_c() {
    let mut d = fresh(1024, 64);
    let mut fs = mount(&mut d);
    fs.mkdir(&mut d, "/dir").unwrap();
    fs.mkdir(&mut d, "/dir/sub").unwrap();
    put(&mut fs, &mut d, "/small.txt", b"hello world");
    put(&mut fs, &mut d, "/dir/big.bin", &pattern(9000, 1));
    put(&mut fs, &mut d, "/dir/sub/mid.bin", &pattern(700, 2));
    for i in 0..60 {
        put(
            &mut fs,
            &mut d,
            &format!("/dir/f{i:02}"),
            &pattern(i * 3, i as u32),
        );
    }
    for i in (0..60).step_by(3) {
        fs.remove(&mut d, &format!("/dir/f{i:02}")).unwrap();
    }
    fs.rename(&mut d, "/dir/f01", "/moved").unwrap();
    if let Ok(path) = std::env::var("LFS_IMAGE_OUT") {
        let mut img = vec![0u8; d.bytes()];
        for (i, b) in img.chunks_mut(1024).enumerate() {
            d.read(i as u64, 0, b).unwrap();
        }
        std::fs::write(&path, &img).unwrap();
        let (_, _, out) = image_listing(1024, &img);
        std::fs::write(format!("{path}.txt"), out.join("\n") + "\n").unwrap();
    }
}

/// With LFS_IMAGE_IN set (an image of 1024-byte blocks), write the
/// listing of it `c_images` compares to IMG.txt, for images the C harness
/// changed.
#[test]
fn image_from_c() {
    if let Ok(path) = std::env::var("LFS_IMAGE_IN") {
        let img = std::fs::read(&path).unwrap();
        let (_, _, out) = image_listing(1024, &img);
        std::fs::write(format!("{path}.txt"), out.join("\n") + "\n").unwrap();
    }
}

#[test]
fn random_operations_match_a_model() {
    use std::collections::BTreeMap;
    let mut d = fresh(512, 160);
    let mut fs = mount(&mut d);
    for dir in ["/p", "/q"] {
        fs.mkdir(&mut d, dir).unwrap();
    }
    let mut model: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut seed = 12345u64;
    let mut rnd = |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for step in 0..600 {
        let name = format!("/{}/n{}", ["p", "q"][rnd(2) as usize], rnd(24));
        match rnd(10) {
            0..=4 => {
                let data = pattern(rnd(2500) as usize, step);
                put(&mut fs, &mut d, &name, &data);
                model.insert(name, data);
            }
            5 | 6 => {
                let r = fs.remove(&mut d, &name);
                match model.remove(&name) {
                    Some(_) => r.unwrap(),
                    None => assert_eq!(r, Err(FsError::ENOENT)),
                }
            }
            7 | 8 => {
                let to = format!("/{}/n{}", ["p", "q"][rnd(2) as usize], rnd(24));
                let r = fs.rename(&mut d, &name, &to);
                match model.remove(&name) {
                    Some(v) => {
                        r.unwrap();
                        model.insert(to, v);
                    }
                    None => assert_eq!(r, Err(FsError::ENOENT)),
                }
            }
            _ => fs = mount(&mut d),
        }
        if step % 50 == 49 {
            fs = mount(&mut d);
            for dir in ["/p", "/q"] {
                let mut want: Vec<String> = model
                    .keys()
                    .filter_map(|k| k.strip_prefix(&format!("{dir}/")))
                    .map(String::from)
                    .collect();
                // littlefs's order: a name before its own prefixes.
                want.sort_by(|a, b| super::dir::name_order(a.as_bytes(), b.as_bytes()));
                assert_eq!(names(&mut fs, &mut d, dir), want, "step {step}");
            }
            for (k, v) in &model {
                assert_eq!(&get(&mut fs, &mut d, k), v, "{k} at step {step}");
            }
        }
    }
}

/// Mount `d`, then rewrite and grow "/f", stat and list: on a damaged
/// image these may fail, but must not panic.
fn churn(d: &mut RamBlockDev) -> Vec<Result<usize, FsError>> {
    let Ok(mut fs) = LfsVfs::mount_v2(d, 32, 32, 32, true) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Ok(mut f) = fs.open(d, "/f", &W) {
        for _ in 0..4 {
            out.push(f.write(d, &[7u8; 1000]));
        }
        let _ = f.flush(d);
    }
    let _ = fs.listdir(d, "/");
    let _ = fs.statvfs(d, "/");
    let _ = fs.mkdir(d, "/dir");
    out
}

#[test]
fn a_corrupt_skip_list_fails_allocations_without_a_panic() {
    // The case of issue 9: a pointer of the file's list broken makes the
    // allocator's traversal fail; the allocator used to keep the failed
    // window's bounds with the previous window's map, and the next
    // allocation indexed past it.
    let mut d = fresh(512, 64);
    let mut fs = mount(&mut d);
    put(&mut fs, &mut d, "/f", &pattern(2000, 3));
    drop(fs);
    let clean = d.bytes();
    let mut img = vec![0u8; clean];
    d.read(0, 0, &mut img).unwrap();
    // Every block's first bytes damaged in turn; in some of the cases
    // the traversal fails at a pointer and writes go on after it.
    let mut failed_then_written = 0;
    for b in 0..64 {
        for (at, v) in [(0, 255u8), (1, 0), (4, 0x3f), (16, 0xff)] {
            let mut broken = img.clone();
            broken[b * 512 + at] = v;
            let mut bad = RamBlockDev::new(512, 64).unwrap();
            bad.write(0, 0, &broken).unwrap();
            let r = churn(&mut bad);
            if r.first() == Some(&Err(FsError::EILSEQ)) {
                failed_then_written += 1;
            }
        }
    }
    assert!(failed_then_written > 0);
}

#[test]
fn a_failed_outlining_keeps_the_inline_file() {
    // A write that makes an inline file too big for its entry, on a full
    // device: the file keeps its old data rather than a list holding part
    // of it.
    let mut d = fresh(512, 8);
    let mut fs = mount(&mut d);
    put(&mut fs, &mut d, "/small", b"tiny");
    let mut f = fs.open(&mut d, "/fill", &W).unwrap();
    let mut written = 0;
    while f.write(&mut d, &[1u8; 256]).is_ok() {
        written += 1;
        assert!(written < 100);
    }
    let _ = f.flush(&mut d);
    let o = OpenOptions {
        read: true,
        write: true,
        ..R
    };
    let mut g = fs.open(&mut d, "/small", &o).unwrap();
    g.seek(&mut d, SeekFrom::End(0)).unwrap();
    assert_eq!(g.write(&mut d, &[2u8; 600]).err(), Some(FsError::ENOSPC));
    g.seek(&mut d, SeekFrom::Start(0)).unwrap();
    let mut buf = [0u8; 16];
    assert_eq!(g.read(&mut d, &mut buf).unwrap(), 4);
    assert_eq!(&buf[..4], b"tiny");
    // A write far past the end of an inline file fills the gap block by
    // block (no buffer of the file's size).
    drop(g);
    drop(f);
    let mut d = fresh(512, 64);
    let mut fs = mount(&mut d);
    put(&mut fs, &mut d, "/small", b"tiny");
    let mut g = fs.open(&mut d, "/small", &o).unwrap();
    g.seek(&mut d, SeekFrom::Start(1 << 30)).unwrap();
    assert_eq!(g.write(&mut d, b"x").err(), Some(FsError::ENOSPC));
}

/// Counts the reads reaching the device.
struct CountingReads<'a>(&'a mut RamBlockDev, usize);

impl BlockDevice for CountingReads<'_> {
    fn block_size(&self) -> usize {
        self.0.block_size()
    }
    fn block_count(&self) -> u64 {
        self.0.block_count()
    }
    fn read(&mut self, b: u64, o: usize, buf: &mut [u8]) -> crate::error::FsResult<()> {
        self.1 += 1;
        self.0.read(b, o, buf)
    }
    fn write(&mut self, b: u64, o: usize, buf: &[u8]) -> crate::error::FsResult<()> {
        self.0.write(b, o, buf)
    }
    fn erase(&mut self, b: u64) -> crate::error::FsResult<()> {
        self.0.erase(b)
    }
}

#[test]
fn sequential_reads_cost_a_few_device_reads_per_block() {
    // Issue 9: each block read searched the skip-list from its head (a
    // 100 KB file of 512-byte blocks took 1,767 reads).
    let mut d = fresh(512, 400);
    let mut fs = mount(&mut d);
    let data = pattern(100 * 1024, 5);
    put(&mut fs, &mut d, "/f", &data);
    let mut c = CountingReads(&mut d, 0);
    let mut f = fs.open(&mut c, "/f", &R).unwrap();
    let mut out = Vec::new();
    let mut buf = vec![0u8; 4096];
    loop {
        let n = f.read(&mut c, &mut buf).unwrap();
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    assert!(out == data);
    let blocks = data.len() / 500;
    assert!(c.1 <= 3 * blocks, "{} reads for {} blocks", c.1, blocks);
    // Backwards too.
    for at in (0..data.len()).step_by(7777).rev() {
        f.seek(&mut c, SeekFrom::Start(at as u64)).unwrap();
        let n = f.read(&mut c, &mut buf[..100]).unwrap();
        assert_eq!(&buf[..n], &data[at..(at + 100).min(data.len())]);
    }
}
