//! A FAT volume's operations by path, with the errors MicroPython's
//! `VfsFat` raises: paths through a file are ENOENT (FatFs never says
//! ENOTDIR), removing a non-empty directory is EACCES, `remove` of a
//! directory EISDIR and `rmdir` of a file ENOTDIR, names with `"*:<>?|`
//! EINVAL. Paths are absolute within the volume and normalised.

use super::dir::{self, Dir, Entry, ATTR_ARCHIVE, ATTR_DIR};
use super::name;
use super::volume::Volume;
use super::{put16, put32, time};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, Stat, StatVfs, S_IFDIR, S_IFREG};

/// A mounted FAT volume. It does not own its device: every operation is
/// handed it.
#[derive(Debug, Clone)]
pub struct FatFs {
    pub vol: Volume,
}

/// What a path names.
pub enum Found {
    Root,
    /// An entry and the directory holding it.
    Entry(Entry, Dir),
}

/// Split "/a/b/c" into its components (empty for the root).
fn parts(path: &str) -> Vec<&[u8]> {
    path.split('/')
        .filter(|c| !c.is_empty())
        .map(str::as_bytes)
        .collect()
}

/// A name as FatFs takes it: trailing dots and spaces dropped; empty,
/// too long or with a forbidden character is EINVAL.
fn clean_name(n: &[u8]) -> FsResult<&[u8]> {
    let mut end = n.len();
    while end > 0 && (n[end - 1] == b'.' || n[end - 1] == b' ') {
        end -= 1;
    }
    let n = &n[..end];
    if n.is_empty() || n.len() > 255 || n.iter().any(|&b| name::invalid_char(b)) {
        return Err(FsError::EINVAL);
    }
    Ok(n)
}

impl FatFs {
    /// Mount the volume on `dev` (ENODEV when there is none).
    pub fn mount(dev: &mut dyn BlockDevice) -> FsResult<FatFs> {
        Ok(FatFs {
            vol: Volume::find(dev)?,
        })
    }

    /// The directory a directory entry (or the root) stands for.
    fn dir_of(&self, e: &Entry) -> Dir {
        match e.cluster() {
            0 => Dir::root(&self.vol),
            c => Dir::Chain(c),
        }
    }

    /// Find what `path` names.
    pub fn lookup(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Found> {
        let ps = parts(path);
        let mut cur = Dir::root(&self.vol);
        let mut found = Found::Root;
        for (i, p) in ps.iter().enumerate() {
            let Some(e) = dir::find(&self.vol, dev, cur, p)? else {
                return Err(FsError::ENOENT);
            };
            if i + 1 < ps.len() {
                if !e.is_dir() {
                    return Err(FsError::ENOENT);
                }
                cur = self.dir_of(&e);
            } else {
                found = Found::Entry(e, cur);
            }
        }
        Ok(found)
    }

    /// The directory holding `path`'s last component, and that component.
    fn parent<'p>(&self, dev: &mut dyn BlockDevice, path: &'p str) -> FsResult<(Dir, &'p [u8])> {
        let ps = parts(path);
        let Some((last, _)) = ps.split_last() else {
            return Err(FsError::EEXIST);
        };
        let parent = &path[..path.len() - last.len()].trim_end_matches('/');
        let dir = match self.lookup(dev, parent)? {
            Found::Root => Dir::root(&self.vol),
            Found::Entry(e, _) if e.is_dir() => self.dir_of(&e),
            Found::Entry(..) => return Err(FsError::ENOENT),
        };
        Ok((dir, last))
    }

    pub fn stat(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        match self.lookup(dev, path)? {
            Found::Root => Ok(Stat {
                mode: S_IFDIR,
                atime: 946684800,
                mtime: 946684800,
                ctime: 946684800,
                ..Default::default()
            }),
            Found::Entry(e, _) => Ok(entry_stat(&e)),
        }
    }

    pub fn listdir(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        let d = match self.lookup(dev, path)? {
            Found::Root => Dir::root(&self.vol),
            Found::Entry(e, _) if e.is_dir() => self.dir_of(&e),
            Found::Entry(..) => return Err(FsError::ENOENT),
        };
        Ok(dir::list(&self.vol, dev, d)?
            .into_iter()
            .map(|e| DirEntry {
                kind: if e.is_dir() { S_IFDIR } else { S_IFREG },
                ino: 0,
                size: if e.is_dir() { 0 } else { e.size() as i64 },
                name: e.name,
            })
            .collect())
    }

    /// Add an entry named `nm` to `d`: long-name entries when the name is
    /// not a plain 8.3 one, a short name made unique with a numbered tail
    /// when it lost characters. `raw` gives the short entry's fields
    /// (everything but the name and case flags).
    pub fn add_entry(
        &self,
        dev: &mut dyn BlockDevice,
        d: Dir,
        nm: &[u8],
        raw: &[u8; 32],
    ) -> FsResult<Entry> {
        let nm = clean_name(nm)?;
        if dir::find(&self.vol, dev, d, nm)?.is_some() {
            return Err(FsError::EEXIST);
        }
        let sn = name::short_name(nm);
        let long = name::to_utf16(nm);
        let mut short = sn.raw;
        if sn.lossy {
            let existing: Vec<[u8; 11]> = dir::list(&self.vol, dev, d)?
                .iter()
                .map(|e| {
                    let mut s = [0u8; 11];
                    s.copy_from_slice(&e.raw[..11]);
                    s
                })
                .collect();
            let mut seq = 1;
            loop {
                let cand = name::numbered(&sn.raw, &long, seq);
                if !existing.contains(&cand) {
                    short = cand;
                    break;
                }
                seq += 1;
                if seq > 999_999 {
                    return Err(FsError::EEXIST);
                }
            }
        }
        let mut entries = if sn.needs_lfn {
            dir::long_entries(&long, &short)
        } else {
            Vec::new()
        };
        let mut e = *raw;
        e[..11].copy_from_slice(&short);
        e[12] = if sn.needs_lfn { 0 } else { sn.case };
        entries.push(e);
        let slots = dir::alloc_slots(&self.vol, dev, d, entries.len())?;
        for (s, data) in slots.iter().zip(&entries) {
            dir::write_slot(&self.vol, dev, *s, data)?;
        }
        Ok(Entry {
            name: nm.to_vec(),
            raw: e,
            slots,
        })
    }

    pub fn mkdir(&self, dev: &mut dyn BlockDevice, path: &str, now: u32) -> FsResult<()> {
        let (d, nm) = self.parent(dev, path)?;
        let nm = clean_name(nm)?;
        if dir::find(&self.vol, dev, d, nm)?.is_some() {
            return Err(FsError::EEXIST);
        }
        let c = match self.vol.alloc_cluster(dev, None) {
            Ok(c) => c,
            Err(FsError::ENOSPC) => return Err(FsError::EACCES),
            Err(e) => return Err(e),
        };
        // The new directory's cluster: "." and "..", the rest empty.
        let zero = vec![0u8; self.vol.ss as usize];
        let s0 = self.vol.cluster_sector(c);
        for s in s0..s0 + self.vol.sectors_per_cluster as u64 {
            dev.write(s, 0, &zero)?;
        }
        let parent_cluster = match d {
            Dir::Chain(p) if Dir::Chain(p) != Dir::root(&self.vol) => p,
            _ => 0,
        };
        let mut dot = stamp_entry(ATTR_DIR, c, 0, now);
        dot[..11].copy_from_slice(b".          ");
        let mut dotdot = stamp_entry(ATTR_DIR, parent_cluster, 0, now);
        dotdot[..11].copy_from_slice(b"..         ");
        dir::write_slot(
            &self.vol,
            dev,
            dir::Slot {
                sector: s0,
                index: 0,
            },
            &dot,
        )?;
        dir::write_slot(
            &self.vol,
            dev,
            dir::Slot {
                sector: s0,
                index: 1,
            },
            &dotdot,
        )?;
        let raw = stamp_entry(ATTR_DIR, c, 0, now);
        if let Err(e) = self.add_entry(dev, d, nm, &raw) {
            self.vol.free_chain(dev, c)?;
            return Err(e);
        }
        Ok(())
    }

    pub fn remove(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        match self.lookup(dev, path)? {
            Found::Root => Err(FsError::EISDIR),
            Found::Entry(e, _) if e.is_dir() => Err(FsError::EISDIR),
            Found::Entry(e, _) => self.drop_entry(dev, &e),
        }
    }

    pub fn rmdir(&self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        match self.lookup(dev, path)? {
            Found::Root => Err(FsError::EACCES),
            Found::Entry(e, _) if !e.is_dir() => Err(FsError::ENOTDIR),
            Found::Entry(e, _) => {
                if !dir::list(&self.vol, dev, self.dir_of(&e))?.is_empty() {
                    return Err(FsError::EACCES);
                }
                self.drop_entry(dev, &e)
            }
        }
    }

    fn drop_entry(&self, dev: &mut dyn BlockDevice, e: &Entry) -> FsResult<()> {
        dir::delete(&self.vol, dev, e)?;
        if e.cluster() >= 2 {
            self.vol.free_chain(dev, e.cluster())?;
        }
        Ok(())
    }

    /// Rename (or move) `from` to `to`; a file at `to` is replaced, a
    /// directory there is EISDIR.
    pub fn rename(&self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        let Found::Entry(old, _) = self.lookup(dev, from)? else {
            return Err(FsError::EACCES);
        };
        let (d, nm) = self.parent(dev, to)?;
        if let Some(there) = dir::find(&self.vol, dev, d, clean_name(nm)?)? {
            if there.slot() == old.slot() {
                // The same entry (perhaps another case): rewrite the name.
                dir::delete(&self.vol, dev, &old)?;
                self.add_entry(dev, d, nm, &old.raw)?;
                return Ok(());
            }
            if there.is_dir() {
                return Err(FsError::EISDIR);
            }
            self.drop_entry(dev, &there)?;
        }
        // A directory may not move into itself or below it.
        if old.is_dir() && self.is_within(dev, d, old.cluster())? {
            return Err(FsError::EINVAL);
        }
        self.add_entry(dev, d, nm, &old.raw)?;
        dir::delete(&self.vol, dev, &old)?;
        if old.is_dir() {
            // Its ".." now names the new parent.
            let parent = match d {
                Dir::Chain(p) if d != Dir::root(&self.vol) => p,
                _ => 0,
            };
            let s = dir::Slot {
                sector: self.vol.cluster_sector(old.cluster()),
                index: 1,
            };
            let mut buf = vec![0u8; self.vol.ss as usize];
            dev.read(s.sector, 0, &mut buf)?;
            let e = &mut buf[32..64];
            if &e[..2] == b".." {
                put16(e, 20, (parent >> 16) as u16);
                put16(e, 26, parent as u16);
                dev.write(s.sector, 0, &buf)?;
            }
        }
        Ok(())
    }

    /// Whether directory `d` is the directory starting at `cluster` or
    /// below it (following each directory's ".." up to the root).
    fn is_within(&self, dev: &mut dyn BlockDevice, d: Dir, cluster: u32) -> FsResult<bool> {
        let mut cur = d;
        let mut buf = vec![0u8; self.vol.ss as usize];
        for _ in 0..self.vol.entries {
            let Dir::Chain(c) = cur else { return Ok(false) };
            if c == cluster {
                return Ok(true);
            }
            if cur == Dir::root(&self.vol) {
                return Ok(false);
            }
            dev.read(self.vol.cluster_sector(c), 0, &mut buf)?;
            let dotdot = &buf[32..64];
            if &dotdot[..2] != b".." {
                return Err(FsError::EIO);
            }
            let parent = (super::le16(dotdot, 20) as u32) << 16 | super::le16(dotdot, 26) as u32;
            cur = if parent == 0 {
                Dir::root(&self.vol)
            } else {
                Dir::Chain(parent)
            };
        }
        // A loop of ".." entries: corrupt.
        Err(FsError::EIO)
    }

    pub fn statvfs(&self, dev: &mut dyn BlockDevice) -> FsResult<StatVfs> {
        let free = self.vol.free_clusters(dev)? as u64;
        let b = self.vol.cluster_bytes() as u64;
        Ok(StatVfs {
            bsize: b,
            frsize: b,
            blocks: (self.vol.entries - 2) as u64,
            bfree: free,
            bavail: free,
            files: 0,
            ffree: 0,
            favail: 0,
            flag: 0,
            namemax: 255,
        })
    }
}

/// A short entry's fields (no name yet): attributes, first cluster, size,
/// and `now` as its creation and modification time.
pub fn stamp_entry(attr: u8, cluster: u32, size: u32, now: u32) -> [u8; 32] {
    let mut e = [0u8; 32];
    e[11] = attr;
    put32(&mut e, 14, now);
    put16(&mut e, 18, (now >> 16) as u16);
    put16(&mut e, 20, (cluster >> 16) as u16);
    put32(&mut e, 22, now);
    put16(&mut e, 26, cluster as u16);
    put32(&mut e, 28, size);
    e
}

fn entry_stat(e: &Entry) -> Stat {
    let (t, d) = e.modified();
    let secs = time::to_unix(t, d);
    Stat {
        mode: if e.is_dir() { S_IFDIR } else { S_IFREG },
        size: if e.is_dir() { 0 } else { e.size() as u64 },
        atime: secs,
        mtime: secs,
        ctime: secs,
        ..Default::default()
    }
}

/// New files get the archive attribute, as FatFs gives them.
pub const NEW_FILE_ATTR: u8 = ATTR_ARCHIVE;
