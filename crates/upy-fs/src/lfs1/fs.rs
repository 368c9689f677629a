//! A mounted littlefs v1: formatting, mounting, directories (chains of
//! metadata pairs, linked by tails whose pair has the "continues" bit),
//! and the operations on paths. Open files are in `file`.
//!
//! Every pair is on one list threaded through the tails from the
//! superblock: a directory's pairs are consecutive on it, and a new
//! directory goes right after its parent's last pair. Operations that
//! touch several pairs do so in an order that leaves at worst an orphan
//! directory (on the list, in no directory) or an entry marked moved
//! beside its copy; `deorphan` repairs both before the first change after
//! mounting, as littlefs v1 does.

use super::alloc::traverse;
use super::file::FileState;
use super::meta::{self, fetch, same_pair, Entry, Mdir};
use super::{le32, Config, CORRUPT, DISK_VERSION, MOVED, NULL_PAIR, SUPER, T_DIR, T_SUPER};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, Stat, StatVfs, S_IFDIR, S_IFREG};
use crate::lfs::alloc::Allocator;
use crate::lfs::ctz;

/// ctz's corruption error (v2's errno) as v1's.
pub(crate) fn v1err(e: FsError) -> FsError {
    if e == crate::lfs::CORRUPT {
        CORRUPT
    } else {
        e
    }
}

/// A mounted filesystem. It does not own its device.
pub struct Lfs1 {
    pub cfg: Config,
    pub(crate) alloc: Allocator,
    pub(crate) files: Vec<Option<FileState>>,
    /// The root directory's first pair.
    pub root: [u32; 2],
    deorphaned: bool,
}

/// What a path names.
pub enum Found {
    Root,
    /// Entry `.1` of pair `.0`.
    Entry(Mdir, usize),
}

/// The components of a normalised path.
pub fn parts(path: &str) -> Vec<&[u8]> {
    path.split('/')
        .filter(|c| !c.is_empty())
        .map(|c| c.as_bytes())
        .collect()
}

fn new_blocks(dev: &mut dyn BlockDevice, pair: [u32; 2]) -> FsResult<Mdir> {
    // Both erased, so no stale revision of an old pair can win.
    dev.erase(pair[0] as u64)?;
    dev.erase(pair[1] as u64)?;
    Ok(Mdir::new(pair))
}

/// Format `dev`: the superblock pair at blocks 0/1, the root at 2/3.
pub fn format(dev: &mut dyn BlockDevice, cfg: &Config) -> FsResult<()> {
    cfg.check()?;
    if cfg.block_count < 4 {
        return Err(FsError::ENOSPC);
    }
    let mut root = new_blocks(dev, [2, 3])?;
    meta::commit(dev, cfg, &mut root)?;
    let mut data = meta::pair_bytes(root.pair);
    for v in [cfg.block_size, cfg.block_count, DISK_VERSION] {
        data.extend_from_slice(&v.to_le_bytes());
    }
    let mut sb = new_blocks(dev, SUPER)?;
    sb.tail = root.pair;
    sb.entries.push(Entry {
        ty: T_SUPER,
        data,
        attrs: Vec::new(),
        name: b"littlefs".to_vec(),
    });
    // Both copies of the superblock.
    meta::commit(dev, cfg, &mut sb)?;
    meta::commit(dev, cfg, &mut sb)?;
    dev.sync()
}

impl Lfs1 {
    /// Mount the filesystem on `dev`: CORRUPT when there is none, EINVAL
    /// for another version or geometry.
    pub fn mount(dev: &mut dyn BlockDevice, cfg: &Config) -> FsResult<Lfs1> {
        cfg.check()?;
        let m = match fetch(dev, cfg, SUPER) {
            Err(FsError::EIO) => return Err(FsError::EIO),
            r => r.map_err(|_| CORRUPT)?,
        };
        let sb = match m.entries.first() {
            Some(e) if e.kind() == T_SUPER && e.name == b"littlefs" && e.data.len() >= 20 => e,
            _ => return Err(CORRUPT),
        };
        let d = &sb.data;
        let version = le32(d, 16);
        if version >> 16 != 1 || version & 0xffff > DISK_VERSION & 0xffff {
            return Err(FsError::EINVAL);
        }
        if le32(d, 8) != cfg.block_size || le32(d, 12) != cfg.block_count {
            return Err(FsError::EINVAL);
        }
        let root = [le32(d, 0), le32(d, 4)];
        fetch(dev, cfg, root).map_err(|e| if e == FsError::EIO { e } else { CORRUPT })?;
        Ok(Lfs1 {
            cfg: *cfg,
            alloc: Allocator::new(cfg, cfg.lookahead, traverse),
            files: Vec::new(),
            root,
            deorphaned: false,
        })
    }

    // ---- allocation ----

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
            ctz::walk(dev, cfg, b, i, mark).map_err(v1err)?;
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

    /// A new, erased metadata pair.
    fn new_pair(&mut self, dev: &mut dyn BlockDevice) -> FsResult<Mdir> {
        let a = self.alloc_block(dev, &[])?;
        let b = self.alloc_block(dev, &[])?;
        new_blocks(dev, [a, b])
    }

    /// The start of a change: all allocated blocks are reachable, and
    /// what a power loss left half done is repaired.
    pub(crate) fn begin(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        self.alloc.ack(&self.cfg);
        if !self.deorphaned {
            self.deorphan(dev)?;
            self.deorphaned = true;
        }
        Ok(())
    }

    pub(crate) fn commit(&mut self, dev: &mut dyn BlockDevice, m: &mut Mdir) -> FsResult<()> {
        meta::commit(dev, &self.cfg, m)
    }

    // ---- directories ----

    /// Call `f` with each pair of the directory starting at `head` until
    /// it returns Some.
    pub fn scan<T>(
        &self,
        dev: &mut dyn BlockDevice,
        head: [u32; 2],
        f: &mut dyn FnMut(&Mdir) -> Option<T>,
    ) -> FsResult<Option<T>> {
        let mut at = head;
        for _ in 0..=self.cfg.block_count {
            let m = fetch(dev, &self.cfg, at)?;
            if let Some(t) = f(&m) {
                return Ok(Some(t));
            }
            if !m.cont {
                return Ok(None);
            }
            at = m.tail;
        }
        Err(CORRUPT)
    }

    /// The entry `name` of the directory at `head` (moved entries are
    /// skipped unless `moved`, then only they are found).
    fn find_any(
        &self,
        dev: &mut dyn BlockDevice,
        head: [u32; 2],
        name: &[u8],
        moved: bool,
    ) -> FsResult<Option<(Mdir, usize)>> {
        self.scan(dev, head, &mut |m| {
            m.entries
                .iter()
                .position(|e| {
                    e.moved() == moved
                        && e.name == name
                        && (e.dir_pair().is_some() || e.ctz().is_some())
                })
                .map(|i| (m.clone(), i))
        })
    }

    pub fn find(
        &self,
        dev: &mut dyn BlockDevice,
        head: [u32; 2],
        name: &[u8],
    ) -> FsResult<Option<(Mdir, usize)>> {
        self.find_any(dev, head, name, false)
    }

    /// The files and directories of the directory at `head`, in order.
    pub fn entries(&self, dev: &mut dyn BlockDevice, head: [u32; 2]) -> FsResult<Vec<Entry>> {
        let mut out = Vec::new();
        self.scan::<()>(dev, head, &mut |m| {
            out.extend(
                m.entries
                    .iter()
                    .filter(|e| !e.moved() && (e.dir_pair().is_some() || e.ctz().is_some()))
                    .cloned(),
            );
            None
        })?;
        Ok(out)
    }

    /// The last pair of the directory at `head`.
    fn last(&self, dev: &mut dyn BlockDevice, head: [u32; 2]) -> FsResult<Mdir> {
        let mut last = None;
        self.scan::<()>(dev, head, &mut |m| {
            last = Some(m.clone());
            None
        })?;
        last.ok_or(CORRUPT)
    }

    /// What `path` names: ENOENT when it is missing, ENOTDIR when it goes
    /// through a file.
    pub fn lookup(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Found> {
        let mut found = Found::Root;
        for c in parts(path) {
            let head = match &found {
                Found::Root => self.root,
                Found::Entry(m, i) => m.entries[*i].dir_pair().ok_or(FsError::ENOTDIR)?,
            };
            match self.find(dev, head, c)? {
                Some((m, i)) => found = Found::Entry(m, i),
                None => return Err(FsError::ENOENT),
            }
        }
        Ok(found)
    }

    /// The first pair of the directory holding `path`, and its last name;
    /// EINVAL for the root.
    pub fn parent<'p>(
        &self,
        dev: &mut dyn BlockDevice,
        path: &'p str,
    ) -> FsResult<([u32; 2], &'p [u8])> {
        let p = parts(path);
        let (name, up) = p.split_last().ok_or(FsError::EINVAL)?;
        let mut head = self.root;
        for c in up {
            let (m, i) = self.find(dev, head, c)?.ok_or(FsError::ENOENT)?;
            head = m.entries[i].dir_pair().ok_or(FsError::ENOTDIR)?;
        }
        Ok((head, name))
    }

    pub(crate) fn check_name(&self, name: &[u8]) -> FsResult<()> {
        // An entry must fit a pair on its own.
        if name.len() > self.cfg.name_max as usize
            || meta::OVERHEAD + 12 + name.len() > self.cfg.bs()
        {
            Err(FsError::ENAMETOOLONG)
        } else {
            Ok(())
        }
    }

    /// Add `e` to the directory at `head`: in its first pair with room,
    /// else in a new pair chained after its last.
    pub(crate) fn append_entry(
        &mut self,
        dev: &mut dyn BlockDevice,
        head: [u32; 2],
        e: Entry,
    ) -> FsResult<()> {
        let bs = self.cfg.bs();
        let mut at = head;
        for _ in 0..=self.cfg.block_count {
            let mut m = fetch(dev, &self.cfg, at)?;
            if m.size() + e.disk_len() <= bs {
                m.entries.push(e);
                return self.commit(dev, &mut m);
            }
            if m.cont {
                at = m.tail;
                continue;
            }
            let mut n = self.new_pair(dev)?;
            n.tail = m.tail;
            n.entries.push(e);
            self.commit(dev, &mut n)?;
            m.tail = n.pair;
            m.cont = true;
            return self.commit(dev, &mut m);
        }
        Err(CORRUPT)
    }

    /// The pair whose tail points to `pair` on the list threading every
    /// pair.
    fn pred(&self, dev: &mut dyn BlockDevice, pair: [u32; 2]) -> FsResult<Option<Mdir>> {
        let mut at = SUPER;
        for _ in 0..=self.cfg.block_count {
            let m = fetch(dev, &self.cfg, at)?;
            if same_pair(m.tail, pair) {
                return Ok(Some(m));
            }
            if m.tail == NULL_PAIR {
                return Ok(None);
            }
            at = m.tail;
        }
        Err(CORRUPT)
    }

    /// Remove entry `i` of `m`, a pair of the directory at `head`; a pair
    /// left empty that is not the directory's first is dropped from the
    /// chain instead.
    fn remove_entry(
        &mut self,
        dev: &mut dyn BlockDevice,
        head: [u32; 2],
        mut m: Mdir,
        i: usize,
    ) -> FsResult<()> {
        m.entries.remove(i);
        if m.entries.is_empty() && !same_pair(m.pair, head) {
            if let Some(mut p) = self.pred(dev, m.pair)? {
                if p.cont {
                    p.tail = m.tail;
                    p.cont = m.cont;
                    return self.commit(dev, &mut p);
                }
            }
        }
        self.commit(dev, &mut m)
    }

    /// Take the directory starting at `head` (no longer in any
    /// directory) off the list threading every pair.
    fn unlink_dir(&mut self, dev: &mut dyn BlockDevice, head: [u32; 2]) -> FsResult<()> {
        let last = self.last(dev, head)?;
        if let Some(mut p) = self.pred(dev, head)? {
            p.tail = last.tail;
            self.commit(dev, &mut p)?;
        }
        Ok(())
    }

    /// Repair what a power loss in the middle of an operation left: drop
    /// directories on the list that no entry names, and settle entries
    /// marked moved (removed when their copy exists, else kept).
    fn deorphan(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        // Orphans, one at a time (each repair changes the list).
        for _ in 0..=self.cfg.block_count {
            let mut list = Vec::new();
            let mut at = SUPER;
            loop {
                let m = fetch(dev, &self.cfg, at)?;
                let next = m.tail;
                list.push(m);
                if next == NULL_PAIR {
                    break;
                }
                if list.len() > self.cfg.block_count as usize {
                    return Err(CORRUPT);
                }
                at = next;
            }
            let named: Vec<[u32; 2]> = list
                .iter()
                .flat_map(|m| m.entries.iter().filter_map(Entry::dir_pair))
                .chain([self.root])
                .collect();
            let orphan = (1..list.len())
                .find(|&i| !list[i - 1].cont && !named.iter().any(|p| same_pair(*p, list[i].pair)));
            match orphan {
                Some(i) => {
                    let mut j = i;
                    while list[j].cont && j + 1 < list.len() {
                        j += 1;
                    }
                    let mut p = list[i - 1].clone();
                    p.tail = list[j].tail;
                    self.commit(dev, &mut p)?;
                }
                None => {
                    // Moved entries.
                    for m in &list {
                        let Some(k) = m.entries.iter().position(Entry::moved) else {
                            continue;
                        };
                        let e = &m.entries[k];
                        let copied = list.iter().any(|o| {
                            o.entries
                                .iter()
                                .any(|x| !x.moved() && x.kind() == e.kind() && x.data == e.data)
                        });
                        let mut m = m.clone();
                        if copied {
                            m.entries.remove(k);
                        } else {
                            m.entries[k].ty &= !MOVED;
                        }
                        self.commit(dev, &mut m)?;
                        // Settle the others against the list as it is now.
                        return self.deorphan(dev);
                    }
                    return Ok(());
                }
            }
        }
        Err(CORRUPT)
    }

    // ---- path operations ----

    pub fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        match self.lookup(dev, path)? {
            Found::Root => Ok(Stat {
                mode: S_IFDIR,
                ..Stat::default()
            }),
            Found::Entry(m, i) => {
                let e = &m.entries[i];
                Ok(Stat {
                    mode: if e.kind() == T_DIR { S_IFDIR } else { S_IFREG },
                    size: e.ctz().map_or(0, |c| c.1),
                    ..Stat::default()
                })
            }
        }
    }

    /// The first pair of directory `path`.
    fn dir_head(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<[u32; 2]> {
        match self.lookup(dev, path)? {
            Found::Root => Ok(self.root),
            Found::Entry(m, i) => m.entries[i].dir_pair().ok_or(FsError::ENOTDIR),
        }
    }

    pub fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        let head = self.dir_head(dev, path)?;
        Ok(self
            .entries(dev, head)?
            .into_iter()
            .map(|e| DirEntry {
                kind: if e.kind() == T_DIR { S_IFDIR } else { S_IFREG },
                size: e.ctz().map_or(0, |c| c.1 as i64),
                name: e.name,
                ino: 0,
            })
            .collect())
    }

    pub fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let (head, name) = match self.parent(dev, path) {
            Err(FsError::EINVAL) => return Err(FsError::EEXIST),
            r => r?,
        };
        if self.find(dev, head, name)?.is_some() {
            return Err(FsError::EEXIST);
        }
        self.check_name(name)?;
        self.begin(dev)?;
        // The new directory goes on the list right after its parent's
        // last pair; until its entry is written it is an orphan.
        let mut last = self.last(dev, head)?;
        let mut nd = self.new_pair(dev)?;
        nd.tail = last.tail;
        self.commit(dev, &mut nd)?;
        last.tail = nd.pair;
        self.commit(dev, &mut last)?;
        self.append_entry(dev, head, Entry::dir(name, nd.pair))?;
        dev.sync()
    }

    /// Remove a file or an empty directory.
    pub fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let (m, i) = match self.lookup(dev, path)? {
            Found::Root => return Err(FsError::EINVAL),
            Found::Entry(m, i) => (m, i),
        };
        let sub = m.entries[i].dir_pair();
        if let Some(h) = sub {
            if !self.entries(dev, h)?.is_empty() {
                return Err(FsError::ENOTEMPTY);
            }
        }
        self.begin(dev)?;
        // Deorphaning may have rewritten the pair.
        let (head, name) = self.parent(dev, path)?;
        let (m, i) = self.find(dev, head, name)?.ok_or(FsError::ENOENT)?;
        self.remove_entry(dev, head, m, i)?;
        if let Some(h) = sub {
            self.unlink_dir(dev, h)?;
        }
        dev.sync()
    }

    /// Rename `from` to `to`, replacing a file or empty directory there.
    /// The source is first marked moved, then copied, then removed.
    pub fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        let (shead, sname) = self.parent(dev, from)?;
        let src = match self.find(dev, shead, sname)? {
            Some((m, i)) => m.entries[i].clone(),
            None => return Err(FsError::ENOENT),
        };
        let (dhead, dname) = match self.parent(dev, to) {
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
        let mut replaced = None;
        let exists = match self.find(dev, dhead, dname)? {
            Some((dm, di)) => {
                let old = &dm.entries[di];
                match (src.kind(), old.kind()) {
                    (T_DIR, T_DIR) => {}
                    (T_DIR, _) => return Err(FsError::ENOTDIR),
                    (_, T_DIR) => return Err(FsError::EISDIR),
                    _ => {}
                }
                if let Some(h) = old.dir_pair() {
                    if !self.entries(dev, h)?.is_empty() {
                        return Err(FsError::ENOTEMPTY);
                    }
                    replaced = Some(h);
                }
                true
            }
            None => false,
        };
        self.begin(dev)?;
        let (mut sm, si) = self.find(dev, shead, sname)?.ok_or(FsError::ENOENT)?;
        sm.entries[si].ty |= MOVED;
        self.commit(dev, &mut sm)?;
        let mut moved = src.clone();
        moved.name = dname.to_vec();
        if exists {
            let (mut dm, di) = self.find(dev, dhead, dname)?.ok_or(CORRUPT)?;
            if dm.size() - dm.entries[di].disk_len() + moved.disk_len() <= self.cfg.bs() {
                dm.entries[di] = moved;
                self.commit(dev, &mut dm)?;
            } else {
                self.remove_entry(dev, dhead, dm, di)?;
                self.append_entry(dev, dhead, moved)?;
            }
        } else {
            self.append_entry(dev, dhead, moved)?;
        }
        let (sm, si) = self.find_any(dev, shead, sname, true)?.ok_or(CORRUPT)?;
        self.remove_entry(dev, shead, sm, si)?;
        if let Some(h) = replaced {
            self.unlink_dir(dev, h)?;
        }
        dev.sync()
    }

    /// Blocks in use, as littlefs v1's traversal counts them, with open
    /// files' unsynced blocks.
    pub fn used_blocks(&mut self, dev: &mut dyn BlockDevice) -> FsResult<u64> {
        let mut n = 0u64;
        let mut count = |_: u32| n += 1;
        traverse(dev, &self.cfg, &mut count).map_err(v1err)?;
        Self::mark_roots(dev, &self.cfg, &self.files, &[], &mut count)?;
        Ok(n)
    }

    pub fn statvfs(&mut self, dev: &mut dyn BlockDevice) -> FsResult<StatVfs> {
        let used = self.used_blocks(dev)?;
        Ok(self.cfg.statvfs(used))
    }
}
