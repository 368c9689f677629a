//! A mounted littlefs: formatting, mounting, and the operations on paths
//! (stat, listdir, mkdir, remove, rename, statvfs). Open files are in
//! `file`.

use super::alloc::{traverse, Allocator};
use super::ctz;
use super::dir::{self, Found, ROOT};
use super::file::FileState;
use super::mdir::{self, entry_ops, fetch, Entry, Mdir, Op, State, Tail};
use super::tag;
use super::{le32, Config, CORRUPT, DISK_VERSION};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, Stat, StatVfs, S_IFDIR, S_IFREG};

/// User attribute MicroPython keeps a file's modification time in
/// (nanoseconds since 1970, 8 bytes little-endian).
pub const MTIME_ATTR: u8 = 1;

/// A mounted filesystem. It does not own its device.
pub struct Lfs {
    pub cfg: Config,
    pub(crate) alloc: Allocator,
    /// Open files, by handle number.
    pub(crate) files: Vec<Option<FileState>>,
}

/// Whether two pointers name the same pair (in either order).
pub fn same_pair(a: [u32; 2], b: [u32; 2]) -> bool {
    a == b || a == [b[1], b[0]]
}

fn pair_data(p: [u32; 2]) -> Vec<u8> {
    p.iter().flat_map(|b| b.to_le_bytes()).collect()
}

/// Format `dev` as `cfg` describes: a root pair holding the superblock.
pub fn format(dev: &mut dyn BlockDevice, cfg: &Config) -> FsResult<()> {
    cfg.check()?;
    let mut sb = Vec::new();
    for v in [
        DISK_VERSION,
        cfg.block_size,
        cfg.block_count,
        cfg.name_max,
        cfg.file_max,
        cfg.attr_max,
    ] {
        sb.extend_from_slice(&v.to_le_bytes());
    }
    let st = State {
        entries: vec![Entry {
            ty: tag::SUPERBLOCK,
            name: b"littlefs".to_vec(),
            st: Some((tag::INLINESTRUCT, sb)),
            attrs: Vec::new(),
        }],
        tail: None,
        gdelta: [0; 12],
    };
    dev.erase(0)?;
    dev.erase(1)?;
    // Compaction writes the older block of the pair: block 0.
    let mut m = Mdir {
        pair: [1, 0],
        rev: 0,
        off: 4,
        ptag: u32::MAX,
        erased: false,
        st: State::default(),
    };
    let mut no_alloc = |_: &mut dyn BlockDevice| Err(FsError::ENOSPC);
    mdir::compact(dev, cfg, &mut no_alloc, &mut m, st)?;
    dev.sync()
}

/// The size of file entry `e` (0 for directories).
pub fn entry_size(e: &Entry) -> u64 {
    match &e.st {
        Some((tag::INLINESTRUCT, d)) => d.len() as u64,
        Some((tag::CTZSTRUCT, d)) if d.len() >= 8 => le32(d, 4) as u64,
        _ => 0,
    }
}

impl Lfs {
    /// Mount the filesystem on `dev`: CORRUPT when there is none, EINVAL
    /// when its geometry is not `cfg`'s.
    pub fn mount(dev: &mut dyn BlockDevice, cfg: &Config) -> FsResult<Lfs> {
        cfg.check()?;
        let m = match fetch(dev, cfg, ROOT) {
            Ok(m) => m,
            Err(FsError::EIO) => return Err(FsError::EIO),
            Err(_) => return Err(CORRUPT),
        };
        let sb = match m.st.entries.first() {
            Some(e) if e.ty == tag::SUPERBLOCK && e.name == b"littlefs" => e,
            _ => return Err(CORRUPT),
        };
        let d = match &sb.st {
            Some((tag::INLINESTRUCT, d)) if d.len() >= 24 => d,
            _ => return Err(CORRUPT),
        };
        let version = le32(d, 0);
        if version >> 16 != 2 || version & 0xffff > DISK_VERSION & 0xffff {
            return Err(FsError::EINVAL);
        }
        if le32(d, 4) != cfg.block_size || le32(d, 8) != cfg.block_count {
            return Err(FsError::EINVAL);
        }
        Ok(Lfs {
            cfg: *cfg,
            alloc: Allocator::new(cfg, cfg.lookahead.saturating_mul(8), traverse),
            files: Vec::new(),
        })
    }

    /// Call `mark` with the blocks of open files not yet on disk, and of
    /// the file being worked on (`extra`: lists by head block and index).
    fn mark_roots(
        dev: &mut dyn BlockDevice,
        cfg: &Config,
        files: &[Option<FileState>],
        extra: &[(u32, u32)],
        mark: &mut dyn FnMut(u32),
    ) -> FsResult<()> {
        let mut lists: Vec<(u32, u32)> = extra.to_vec();
        for f in files.iter().flatten() {
            lists.extend(f.roots());
        }
        for (b, i) in lists {
            ctz::walk(dev, cfg, b, i, mark)?;
        }
        Ok(())
    }

    /// A free block; `extra`: blocks of the file being written.
    pub(crate) fn alloc_block(
        &mut self,
        dev: &mut dyn BlockDevice,
        extra: &[(u32, u32)],
    ) -> FsResult<u32> {
        let cfg = self.cfg;
        let files = &self.files;
        let mut roots = |d: &mut dyn BlockDevice, m: &mut dyn FnMut(u32)| {
            Self::mark_roots(d, &cfg, files, extra, m)
        };
        self.alloc.alloc(dev, &cfg, &mut roots)
    }

    /// Commit `ops` to `m` (see `mdir::commit`).
    pub(crate) fn commit(
        &mut self,
        dev: &mut dyn BlockDevice,
        m: &mut Mdir,
        ops: &[Op],
        extra: &[(u32, u32)],
    ) -> FsResult<()> {
        let cfg = self.cfg;
        let files = &self.files;
        let alloc = &mut self.alloc;
        let mut a = |d: &mut dyn BlockDevice| {
            let mut roots = |d: &mut dyn BlockDevice, m: &mut dyn FnMut(u32)| {
                Self::mark_roots(d, &cfg, files, extra, m)
            };
            alloc.alloc(d, &cfg, &mut roots)
        };
        mdir::commit(dev, &cfg, &mut a, m, ops)
    }

    /// The start of an operation: all allocated blocks are reachable.
    pub(crate) fn ack(&mut self) {
        self.alloc.ack(&self.cfg);
    }

    fn check_name(&self, name: &[u8]) -> FsResult<()> {
        if name.len() > self.cfg.name_max as usize {
            Err(FsError::ENAMETOOLONG)
        } else {
            Ok(())
        }
    }

    pub fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        let found = dir::lookup(dev, &self.cfg, path)?;
        let e = match found.entry() {
            None => {
                return Ok(Stat {
                    mode: S_IFDIR,
                    ..Stat::default()
                })
            }
            Some(e) => e,
        };
        let mtime = e
            .attrs
            .iter()
            .find(|(t, d)| *t == MTIME_ATTR && d.len() == 8)
            .map(|(_, d)| {
                let ns = u64::from_le_bytes(d[..8].try_into().expect("8 bytes"));
                (ns / 1_000_000_000) as i64
            })
            .unwrap_or(0);
        Ok(Stat {
            mode: if e.ty == tag::DIR { S_IFDIR } else { S_IFREG },
            size: entry_size(e),
            atime: mtime,
            mtime,
            ctime: mtime,
            ..Stat::default()
        })
    }

    pub fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        let head = dir::lookup(dev, &self.cfg, path)?
            .dir()
            .ok_or(FsError::ENOTDIR)?;
        Ok(dir::entries(dev, &self.cfg, head)?
            .into_iter()
            .map(|e| DirEntry {
                kind: if e.ty == tag::DIR { S_IFDIR } else { S_IFREG },
                size: entry_size(&e) as i64,
                name: e.name,
                ino: 0,
            })
            .collect())
    }

    pub fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        self.ack();
        let cfg = self.cfg;
        let (head, name) = match dir::parent(dev, &cfg, path) {
            Err(FsError::EINVAL) => return Err(FsError::EEXIST),
            r => r?,
        };
        if dir::find(dev, &cfg, head, name)?.is_some() {
            return Err(FsError::EEXIST);
        }
        self.check_name(name)?;
        let mut plast = dir::last(dev, &cfg, head)?;
        // The new directory goes into the list threading every pair right
        // after its parent's last pair.
        let nd = {
            let cfg = self.cfg;
            let files = &self.files;
            let alloc = &mut self.alloc;
            let mut a = |d: &mut dyn BlockDevice| {
                let mut roots = |d: &mut dyn BlockDevice, m: &mut dyn FnMut(u32)| {
                    Self::mark_roots(d, &cfg, files, &[], m)
                };
                alloc.alloc(d, &cfg, &mut roots)
            };
            let mut nd = mdir::new_pair(dev, &cfg, &mut a)?;
            let st = State {
                tail: plast.st.tail,
                ..State::default()
            };
            mdir::compact(dev, &cfg, &mut a, &mut nd, st)?;
            nd
        };
        let tail = Some(Tail {
            hard: false,
            pair: nd.pair,
        });
        self.commit(dev, &mut plast, &[Op::Tail(tail)], &[])?;
        let (mut m, id) = dir::insert_point(dev, &cfg, head, name)?;
        let ops = [
            Op::Create(id),
            Op::Name(id, tag::DIR, name.to_vec()),
            Op::Struct(id, tag::DIRSTRUCT, pair_data(nd.pair)),
        ];
        self.commit(dev, &mut m, &ops, &[])?;
        dev.sync()
    }

    /// The pair whose tail points to `pair` on the list threading every
    /// pair.
    fn pred(&mut self, dev: &mut dyn BlockDevice, pair: [u32; 2]) -> FsResult<Option<Mdir>> {
        let mut at = ROOT;
        for _ in 0..=self.cfg.block_count {
            let m = fetch(dev, &self.cfg, at)?;
            match m.st.tail {
                Some(t) if same_pair(t.pair, pair) => return Ok(Some(m)),
                Some(t) => at = t.pair,
                None => return Ok(None),
            }
        }
        Err(CORRUPT)
    }

    /// After a delete: drop `m` from its directory's chain when it is
    /// empty and not the directory's first pair.
    fn drop_if_empty(&mut self, dev: &mut dyn BlockDevice, m: &Mdir) -> FsResult<()> {
        if !m.st.entries.is_empty() || same_pair(m.pair, ROOT) {
            return Ok(());
        }
        if let Some(mut p) = self.pred(dev, m.pair)? {
            if p.st.tail.is_some_and(|t| t.hard) {
                let mut ops = vec![Op::Tail(m.st.tail)];
                if m.st.gdelta != [0; 12] {
                    ops.push(Op::GDelta(m.st.gdelta));
                }
                self.commit(dev, &mut p, &ops, &[])?;
            }
        }
        Ok(())
    }

    /// Take the (empty) directory starting at `head` off the list
    /// threading every pair.
    fn unlink_dir(&mut self, dev: &mut dyn BlockDevice, head: [u32; 2]) -> FsResult<()> {
        let mut g = [0u8; 12];
        let mut last = None;
        dir::scan::<()>(dev, &self.cfg, head, &mut |m| {
            for (a, b) in g.iter_mut().zip(m.st.gdelta) {
                *a ^= b;
            }
            last = Some(m.st.tail);
            None
        })?;
        let tail = last.ok_or(CORRUPT)?;
        if let Some(mut p) = self.pred(dev, head)? {
            let mut ops = vec![Op::Tail(tail)];
            if g != [0; 12] {
                ops.push(Op::GDelta(g));
            }
            self.commit(dev, &mut p, &ops, &[])?;
        }
        Ok(())
    }

    /// Remove a file or an empty directory.
    pub fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        self.ack();
        let cfg = self.cfg;
        let (mut m, id) = match dir::lookup(dev, &cfg, path)? {
            Found::Root => return Err(FsError::EINVAL),
            Found::Entry(m, id) => (m, id),
        };
        let sub = dir::entry_dir(&m.st.entries[id as usize]);
        if let Some(h) = sub {
            if !dir::entries(dev, &cfg, h)?.is_empty() {
                return Err(FsError::ENOTEMPTY);
            }
        }
        self.commit(dev, &mut m, &[Op::Delete(id)], &[])?;
        self.drop_if_empty(dev, &m)?;
        if let Some(h) = sub {
            self.unlink_dir(dev, h)?;
        }
        dev.sync()
    }

    /// Rename `from` to `to`, replacing a file or empty directory there.
    pub fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        self.ack();
        let cfg = self.cfg;
        let (sm, sid) = match dir::lookup(dev, &cfg, from)? {
            Found::Root => return Err(FsError::EINVAL),
            Found::Entry(m, id) => (m, id),
        };
        let src = sm.st.entries[sid as usize].clone();
        let (shead, sname) = dir::parent(dev, &cfg, from)?;
        let (dhead, dname) = match dir::parent(dev, &cfg, to) {
            Err(FsError::EINVAL) => return Err(FsError::EBUSY),
            r => r?,
        };
        if from == to {
            return Ok(());
        }
        if to.starts_with(from) && to.as_bytes().get(from.len()) == Some(&b'/') {
            return Err(FsError::EINVAL);
        }
        self.check_name(dname)?;
        let mut moved = src.clone();
        moved.name = dname.to_vec();
        let mut replaced = None;
        let existed;
        let (mut dm, did, mut ops) = match dir::find(dev, &cfg, dhead, dname)? {
            Some((dm, did)) => {
                let old = &dm.st.entries[did as usize];
                match (src.ty, old.ty) {
                    (tag::REG, tag::DIR) => return Err(FsError::EISDIR),
                    (tag::DIR, tag::REG) => return Err(FsError::ENOTDIR),
                    _ => {}
                }
                if let Some(h) = dir::entry_dir(old) {
                    if !dir::entries(dev, &cfg, h)?.is_empty() {
                        return Err(FsError::ENOTEMPTY);
                    }
                    replaced = Some(h);
                }
                existed = true;
                (dm, did, vec![Op::Delete(did), Op::Create(did)])
            }
            None => {
                let (dm, did) = dir::insert_point(dev, &cfg, dhead, dname)?;
                existed = false;
                (dm, did, vec![Op::Create(did)])
            }
        };
        ops.extend(entry_ops(&moved, did));
        if same_pair(dm.pair, sm.pair) {
            // One commit: the source's id after the ops above.
            let shift = !existed && did <= sid;
            ops.push(Op::Delete(if shift { sid + 1 } else { sid }));
            self.commit(dev, &mut dm, &ops, &[])?;
        } else {
            self.commit(dev, &mut dm, &ops, &[])?;
            let (mut sm, sid) = dir::find(dev, &cfg, shead, sname)?.ok_or(CORRUPT)?;
            self.commit(dev, &mut sm, &[Op::Delete(sid)], &[])?;
            self.drop_if_empty(dev, &sm)?;
        }
        if let Some(h) = replaced {
            self.unlink_dir(dev, h)?;
        }
        dev.sync()
    }

    /// Blocks in use: as littlefs's traversal counts them (each directory
    /// pair twice), with open files' unsynced blocks.
    pub fn used_blocks(&mut self, dev: &mut dyn BlockDevice) -> FsResult<u64> {
        let mut n = 0u64;
        let mut count = |_: u32| n += 1;
        traverse(dev, &self.cfg, &mut count)?;
        Self::mark_roots(dev, &self.cfg, &self.files, &[], &mut count)?;
        Ok(n)
    }

    pub fn statvfs(&mut self, dev: &mut dyn BlockDevice) -> FsResult<StatVfs> {
        let used = self.used_blocks(dev)?;
        Ok(self.cfg.statvfs(used))
    }
}
