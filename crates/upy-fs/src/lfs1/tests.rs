//! Tests of littlefs v1 on RAM devices.

use super::fs::Lfs1;
use super::meta::{fetch, same_pair};
use super::vfs::LfsVfs1;
use super::{micropython_config, MOVED, SUPER};
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
    LfsVfs1::mkfs_v1(&mut d, 32, 32, 32).unwrap();
    d
}

fn mount(d: &mut RamBlockDev) -> LfsVfs1 {
    LfsVfs1::mount_v1(d, 32, 32, 32).unwrap()
}

fn put(fs: &mut LfsVfs1, d: &mut RamBlockDev, path: &str, data: &[u8]) {
    let mut f = fs.open(d, path, &W).unwrap();
    for c in data.chunks(700) {
        assert_eq!(f.write(d, c).unwrap(), c.len());
    }
    f.flush(d).unwrap();
}

fn get(fs: &mut LfsVfs1, d: &mut RamBlockDev, path: &str) -> Vec<u8> {
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

fn names(fs: &mut LfsVfs1, d: &mut RamBlockDev, path: &str) -> Vec<String> {
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
        LfsVfs1::mount_v1(&mut d, 32, 32, 32).err(),
        Some(FsError(52))
    );
    // A v2 image is not a v1 one.
    crate::lfs::vfs::LfsVfs::mkfs_v2(&mut d, 32, 32, 32).unwrap();
    assert_eq!(
        LfsVfs1::mount_v1(&mut d, 32, 32, 32).err(),
        Some(FsError(52))
    );
}

#[test]
fn format_layout() {
    let mut d = fresh(1024, 30);
    let cfg = micropython_config(&d, 32, 32, 32).unwrap();
    let sb = fetch(&mut d, &cfg, SUPER).unwrap();
    assert_eq!(sb.entries.len(), 1);
    let e = &sb.entries[0];
    assert_eq!(
        (e.ty, e.data.len(), e.name.as_slice()),
        (0x2e, 20, &b"littlefs"[..])
    );
    assert_eq!(&e.data[8..20], &[0, 4, 0, 0, 30, 0, 0, 0, 1, 0, 1, 0]);
    assert!(same_pair(sb.tail, [2, 3]));
    // Both superblock copies are valid.
    let mut b = vec![0u8; 1024];
    for blk in 0..2 {
        d.read(blk, 0, &mut b).unwrap();
        assert_eq!(&b[4..8], &[52, 0, 0, 0]);
        assert_eq!(&b[40..48], b"littlefs");
    }
}

#[test]
fn statvfs_matches_micropython() {
    let mut d = fresh(1024, 30);
    let mut fs = mount(&mut d);
    let v = fs.statvfs(&mut d, "/").unwrap();
    assert_eq!((v.bsize, v.blocks, v.bfree, v.namemax), (1024, 30, 26, 255));
    put(&mut fs, &mut d, "/small", b"12345678");
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 25);
    fs.mkdir(&mut d, "/d").unwrap();
    put(&mut fs, &mut d, "/f", &pattern(16384, 1));
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 6);
    let mut fs = mount(&mut d);
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 6);
    assert_eq!(get(&mut fs, &mut d, "/f"), pattern(16384, 1));
    assert_eq!(get(&mut fs, &mut d, "/small"), b"12345678");
    assert_eq!(names(&mut fs, &mut d, "/"), ["small", "d", "f"]);
}

#[test]
fn round_trips() {
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
        assert_eq!((st.mode, st.size, st.mtime), (S_IFREG, n as u64, 0));
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
    f.seek(&mut d, SeekFrom::Start(998)).unwrap();
    let mut b = [0u8; 10];
    assert_eq!(f.read(&mut d, &mut b).unwrap(), 10);
    assert_eq!(&b[..], &want[998..1008]);
    f.seek(&mut d, SeekFrom::Start(6000)).unwrap();
    f.write(&mut d, b"end").unwrap();
    want.resize(6000, 0);
    want.extend_from_slice(b"end");
    assert_eq!(f.seek(&mut d, SeekFrom::Current(0)).unwrap(), 6003);
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
    // Unflushed changes are forgotten.
    let mut f = fs.open(&mut d, "/a", &W).unwrap();
    f.write(&mut d, b"lost").unwrap();
    drop(f);
    assert_eq!(get(&mut fs, &mut d, "/a"), want);
}

#[test]
fn many_files_chain_pairs() {
    let mut d = fresh(512, 512);
    let mut fs = mount(&mut d);
    fs.mkdir(&mut d, "/dir").unwrap();
    let mut want = Vec::new();
    for i in 0..150 {
        let p = format!("/dir/file{:03}", (i * 37) % 150);
        put(&mut fs, &mut d, &p, &pattern(i % 90, i as u32));
        want.push(format!("file{:03}", (i * 37) % 150));
    }
    let mut fs = mount(&mut d);
    // Creation order, over several pairs.
    assert_eq!(names(&mut fs, &mut d, "/dir"), want);
    for i in 0..150 {
        let p = format!("/dir/file{:03}", (i * 37) % 150);
        assert_eq!(get(&mut fs, &mut d, &p), pattern(i % 90, i as u32));
    }
    for i in 0..300 {
        put(&mut fs, &mut d, "/log", &pattern(i % 2000, i as u32));
    }
    assert_eq!(get(&mut fs, &mut d, "/log"), pattern(299, 299));
    for w in &want {
        fs.remove(&mut d, &format!("/dir/{w}")).unwrap();
    }
    let mut fs = mount(&mut d);
    assert!(names(&mut fs, &mut d, "/dir").is_empty());
    fs.remove(&mut d, "/dir").unwrap();
    fs.remove(&mut d, "/log").unwrap();
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 508);
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
    assert_eq!(fs.rmdir(&mut d, "/g"), Err(FsError::ENOTDIR));
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
    fs.rename(&mut d, "/a/b/f", "/f2").unwrap();
    assert_eq!(get(&mut fs, &mut d, "/f2"), b"data");
    fs.rename(&mut d, "/f2", "/g").unwrap();
    assert_eq!(get(&mut fs, &mut d, "/g"), b"data");
    fs.mkdir(&mut d, "/e").unwrap();
    assert_eq!(fs.rename(&mut d, "/g", "/e"), Err(FsError::EISDIR));
    assert_eq!(fs.rename(&mut d, "/e", "/g"), Err(FsError::ENOTDIR));
    assert_eq!(fs.rename(&mut d, "/a", "/a/b/c"), Err(FsError::EINVAL));
    assert_eq!(fs.rename(&mut d, "/e", "/a"), Err(FsError::ENOTEMPTY));
    assert_eq!(fs.rename(&mut d, "/nope", "/x"), Err(FsError::ENOENT));
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
    // Only the superblock and root pairs are left.
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, 60);
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
    let mut fs = mount(&mut d);
    assert_eq!(fs.stat(&mut d, "/big").unwrap().size, 0);
    put(&mut fs, &mut d, "/small", b"ok");
    assert_eq!(get(&mut fs, &mut d, "/small"), b"ok");
    // Directories too run out.
    let mut made = 0;
    let err = loop {
        match fs.mkdir(&mut d, &format!("/d{made}")) {
            Ok(()) => made += 1,
            Err(e) => break e,
        }
    };
    assert_eq!(err, FsError::ENOSPC);
    assert!(made > 5);
    let mut fs = mount(&mut d);
    assert_eq!(get(&mut fs, &mut d, "/small"), b"ok");
}

#[test]
fn open_files_keep_their_blocks() {
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

#[test]
fn power_loss_leftovers_are_repaired() {
    let mut d = fresh(1024, 64);
    let mut fs = mount(&mut d);
    fs.mkdir(&mut d, "/a").unwrap();
    put(&mut fs, &mut d, "/a/f", b"data");
    put(&mut fs, &mut d, "/g", b"gg");
    drop(fs);
    let cfg = micropython_config(&d, 32, 32, 32).unwrap();
    let mut lfs = Lfs1::mount(&mut d, &cfg).unwrap();
    let root = lfs.root;
    // A rename cut short after the copy: the source is still marked.
    let mut m = fetch(&mut d, &cfg, root).unwrap();
    let mut copy = m.entries[1].clone();
    m.entries[1].ty |= MOVED;
    copy.name = b"h".to_vec();
    m.entries.push(copy);
    lfs.commit(&mut d, &mut m).unwrap();
    // A rename cut short before the copy: only marked.
    let head = m.entries[0].dir_pair().unwrap();
    let mut a = fetch(&mut d, &cfg, head).unwrap();
    a.entries[0].ty |= MOVED;
    lfs.commit(&mut d, &mut a).unwrap();
    // A directory removed from its parent but left on the list.
    m.entries.remove(0);
    lfs.commit(&mut d, &mut m).unwrap();
    let mut fs = mount(&mut d);
    assert_eq!(names(&mut fs, &mut d, "/"), ["h"]);
    let before = fs.statvfs(&mut d, "/").unwrap().bfree;
    fs.mkdir(&mut d, "/n").unwrap();
    // The orphan's pair and its file's block came back, and the moved
    // entry's blocks are no longer counted twice; the new directory took
    // two.
    assert_eq!(fs.statvfs(&mut d, "/").unwrap().bfree, before + 3 + 1 - 2);
    assert_eq!(names(&mut fs, &mut d, "/"), ["h", "n"]);
    assert_eq!(get(&mut fs, &mut d, "/h"), b"gg");
    let sb = fetch(&mut d, &cfg, SUPER).unwrap();
    let r = fetch(&mut d, &cfg, sb.tail).unwrap();
    assert_eq!(r.entries.len(), 2);
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
                want.sort();
                let mut got = names(&mut fs, &mut d, dir);
                got.sort();
                assert_eq!(got, want, "step {step}");
            }
            for (k, v) in &model {
                assert_eq!(&get(&mut fs, &mut d, k), v, "{k} at step {step}");
            }
            // Everything not reachable is free.
            let used: u64 = model
                .values()
                .map(|v| {
                    if v.is_empty() {
                        0
                    } else {
                        crate::lfs::ctz::index(512, v.len() as u64 - 1).0 as u64 + 1
                    }
                })
                .sum();
            let v = fs.statvfs(&mut d, "/").unwrap();
            assert!(v.bfree + used + 8 <= 160, "step {step}");
        }
    }
}

#[test]
fn a_corrupt_image_fails_allocations_without_a_panic() {
    // As v2's test of issue 9: every block's first bytes damaged in turn,
    // then the file rewritten and grown (the allocator's traversal fails
    // on the damage), listed, stat'ed.
    let mut d = fresh(512, 64);
    let mut fs = mount(&mut d);
    put(&mut fs, &mut d, "/f", &pattern(2000, 3));
    drop(fs);
    let mut img = vec![0u8; d.bytes()];
    d.read(0, 0, &mut img).unwrap();
    for b in 0..64 {
        for (at, v) in [(0, 255u8), (1, 0), (4, 0x3f), (16, 0xff), (24, 0x80)] {
            let mut broken = img.clone();
            broken[b * 512 + at] = v;
            let mut bad = RamBlockDev::new(512, 64).unwrap();
            bad.write(0, 0, &broken).unwrap();
            let Ok(mut fs) = LfsVfs1::mount_v1(&mut bad, 32, 32, 32) else {
                continue;
            };
            if let Ok(mut f) = fs.open(&mut bad, "/f", &W) {
                for _ in 0..4 {
                    let _ = f.write(&mut bad, &[7u8; 1000]);
                }
                let _ = f.flush(&mut bad);
            }
            let _ = fs.listdir(&mut bad, "/");
            let _ = fs.statvfs(&mut bad, "/");
            let _ = fs.mkdir(&mut bad, "/dir");
        }
    }
}
