//! Open files on a FAT volume: reading and writing through the cluster
//! chain (grown as writes need, freed by truncation), with the directory
//! entry's size, first cluster and time brought up to date on sync.

use super::dir::{self, Slot, ATTR_ARCHIVE, ATTR_DIR, ATTR_READ_ONLY};
use super::fs::{stamp_entry, FatFs, Found, NEW_FILE_ATTR};
use super::volume::Volume;
use super::{le32, put16, put32};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::OpenOptions;

#[derive(Debug, Clone)]
pub struct FatFile {
    vol: Volume,
    /// The file's short directory entry.
    slot: Slot,
    size: u64,
    pos: u64,
    /// The file's first cluster (0: none yet).
    first: u32,
    /// The last cluster reached and its index in the chain, so that
    /// sequential reads and appends go on from it instead of walking the
    /// chain from the start (the memory stays the same whatever the
    /// file's size).
    cur: Option<(u32, u32)>,
    readable: bool,
    writable: bool,
    append: bool,
    dirty: bool,
}

/// Whether a cluster that `cluster` adds must be zeroed (it will be
/// written only in part) or not (it will be overwritten whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grow {
    No,
    Zeroed,
    Raw,
}

impl FatFs {
    /// Open `path` as `opts` asks, with MicroPython's errors: a missing
    /// file or a directory opened for reading is ENOENT, a directory or a
    /// read-only file opened for writing EACCES, 'x' on an existing file
    /// EEXIST.
    pub fn open(
        &self,
        dev: &mut dyn BlockDevice,
        path: &str,
        o: &OpenOptions,
        now: u32,
    ) -> FsResult<FatFile> {
        let (entry, created) = match self.lookup(dev, path) {
            Ok(Found::Root) => {
                return Err(if o.write {
                    FsError::EACCES
                } else {
                    FsError::ENOENT
                })
            }
            Ok(Found::Entry(e, _)) => {
                if o.create_new {
                    return Err(FsError::EEXIST);
                }
                if e.attr() & ATTR_DIR != 0 {
                    return Err(if o.write {
                        FsError::EACCES
                    } else {
                        FsError::ENOENT
                    });
                }
                if o.write && e.attr() & ATTR_READ_ONLY != 0 {
                    return Err(FsError::EACCES);
                }
                (e, false)
            }
            Err(FsError::ENOENT) if o.create || o.create_new => {
                let (d, nm) = self.parent_of(dev, path)?;
                let raw = stamp_entry(NEW_FILE_ATTR, 0, 0, now);
                (self.add_entry(dev, d, nm, &raw)?, true)
            }
            Err(e) => return Err(e),
        };
        let mut f = FatFile {
            vol: self.vol,
            slot: entry.slot(),
            size: entry.size() as u64,
            pos: 0,
            first: entry.cluster(),
            cur: None,
            readable: o.read,
            writable: o.write,
            append: o.append,
            dirty: created,
        };
        if o.truncate && !created && (f.size > 0 || f.first != 0) {
            f.truncate(dev, 0)?;
        }
        if created {
            f.sync(dev, now)?;
        }
        Ok(f)
    }

    fn parent_of<'p>(
        &self,
        dev: &mut dyn BlockDevice,
        path: &'p str,
    ) -> FsResult<(dir::Dir, &'p [u8])> {
        let trimmed = path.trim_end_matches('/');
        let cut = trimmed.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (parent, nm) = (&trimmed[..cut], &trimmed[cut..]);
        if nm.is_empty() {
            return Err(FsError::ENOENT);
        }
        let d = match self.lookup(dev, parent)? {
            Found::Root => dir::Dir::root(&self.vol),
            Found::Entry(e, _) if e.is_dir() => dir::Dir::Chain(e.cluster()),
            Found::Entry(..) => return Err(FsError::ENOENT),
        };
        Ok((d, nm.as_bytes()))
    }
}

impl FatFile {
    pub fn size(&self) -> u64 {
        self.size
    }

    pub fn tell(&self) -> u64 {
        self.pos
    }

    /// Move to `pos`. A file opened only for reading stops at its end.
    pub fn seek(&mut self, pos: u64) -> u64 {
        self.pos = if self.writable {
            pos.min(u32::MAX as u64)
        } else {
            pos.min(self.size)
        };
        self.pos
    }

    /// The `i`th cluster of the file, following the chain from the last
    /// cluster reached (or from the first); with `grow`, clusters are
    /// added up to it.
    fn cluster(&mut self, dev: &mut dyn BlockDevice, i: u32, grow: Grow) -> FsResult<Option<u32>> {
        if i >= self.vol.entries {
            // More clusters than the volume has: the chain would loop.
            return Err(FsError::EIO);
        }
        let (mut at, mut c) = match self.cur {
            Some((k, c)) if k <= i => (k, c),
            _ if self.first != 0 => (0, self.first),
            _ if grow == Grow::No => return Ok(None),
            _ => {
                let c = self.new_cluster(dev, None, i == 0 && grow == Grow::Raw)?;
                self.first = c;
                (0, c)
            }
        };
        while at < i {
            c = match self.vol.next_cluster(dev, c)? {
                Some(n) => n,
                None if grow == Grow::No => return Ok(None),
                None => self.new_cluster(dev, Some(c), at + 1 == i && grow == Grow::Raw)?,
            };
            at += 1;
        }
        self.cur = Some((i, c));
        Ok(Some(c))
    }

    /// A new cluster linked after `prev`, zeroed unless `raw` (a gap left
    /// by seeking past the end reads as zeros, as on a host).
    fn new_cluster(
        &mut self,
        dev: &mut dyn BlockDevice,
        prev: Option<u32>,
        raw: bool,
    ) -> FsResult<u32> {
        let c = self.vol.alloc_cluster(dev, prev)?;
        self.dirty = true;
        if !raw {
            let zero = vec![0u8; self.vol.cluster_bytes() as usize];
            dev.write(self.vol.cluster_sector(c), 0, &zero)?;
        }
        Ok(c)
    }

    /// Where file offset `pos` is: its cluster index, the sector within
    /// the cluster and the byte within the sector.
    fn locate(&self, pos: u64) -> (u32, u32, usize) {
        let ss = self.vol.ss as u64;
        let cb = self.vol.cluster_bytes() as u64;
        (
            (pos / cb) as u32,
            ((pos % cb) / ss) as u32,
            (pos % ss) as usize,
        )
    }

    /// The run of whole sectors from sector `sec` of cluster `c` (index
    /// `i`) on, up to `max` sectors, over the following clusters while
    /// they are contiguous on the device: its length in sectors. With
    /// `grow`, the clusters it reaches are added as needed.
    fn run(
        &mut self,
        dev: &mut dyn BlockDevice,
        (i, c, sec): (u32, u32, u32),
        max: u64,
        grow: bool,
    ) -> FsResult<u64> {
        let spc = self.vol.sectors_per_cluster as u64;
        let mut n = (spc - sec as u64).min(max);
        let (mut i, mut c) = (i, c);
        while n < max {
            let left = max - n;
            let g = match (grow, left >= spc) {
                (false, _) => Grow::No,
                (true, true) => Grow::Raw,
                (true, false) => Grow::Zeroed,
            };
            match self.cluster(dev, i + 1, g)? {
                Some(next) if next == c + 1 => {
                    n += spc.min(left);
                    (i, c) = (i + 1, next);
                }
                _ => break,
            }
        }
        Ok(n)
    }

    pub fn read(&mut self, dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize> {
        if !self.readable {
            return Err(FsError::EACCES);
        }
        let ss = self.vol.ss as usize;
        let mut done = 0;
        while done < buf.len() && self.pos < self.size {
            let want = (buf.len() - done).min((self.size - self.pos) as usize);
            let (i, sec, off) = self.locate(self.pos);
            let Some(c) = self.cluster(dev, i, Grow::No)? else {
                // The chain is shorter than the size says.
                return Err(FsError::EIO);
            };
            let lba = self.vol.cluster_sector(c) + sec as u64;
            let n = if off == 0 && want >= ss {
                // Whole sectors straight into the caller's buffer, in one
                // transfer while the clusters are contiguous.
                let k = self.run(dev, (i, c, sec), (want / ss) as u64, false)? as usize;
                dev.read(lba, 0, &mut buf[done..done + k * ss])?;
                k * ss
            } else {
                let mut sector = vec![0u8; ss];
                dev.read(lba, 0, &mut sector)?;
                let n = (ss - off).min(want);
                buf[done..done + n].copy_from_slice(&sector[off..off + n]);
                n
            };
            done += n;
            self.pos += n as u64;
        }
        Ok(done)
    }

    /// Write all of `buf` (appending files write at the end); ENOSPC when
    /// the volume fills up.
    pub fn write(&mut self, dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize> {
        if !self.writable {
            return Err(FsError::EACCES);
        }
        if self.append {
            self.pos = self.size;
        }
        if self.pos + buf.len() as u64 > u32::MAX as u64 {
            return Err(FsError::EINVAL);
        }
        let ss = self.vol.ss as usize;
        let cb = self.vol.cluster_bytes() as u64;
        let mut done = 0;
        while done < buf.len() {
            let left = buf.len() - done;
            let (i, sec, off) = self.locate(self.pos);
            // A cluster this write fills from its start needs no zeros.
            let g = if sec == 0 && off == 0 && left as u64 >= cb {
                Grow::Raw
            } else {
                Grow::Zeroed
            };
            let c = match self.cluster(dev, i, g) {
                Ok(c) => c.ok_or(FsError::EIO)?,
                Err(e) => {
                    self.grow_size();
                    return Err(e);
                }
            };
            let lba = self.vol.cluster_sector(c) + sec as u64;
            let n = if off == 0 && left >= ss {
                let k = match self.run(dev, (i, c, sec), (left / ss) as u64, true) {
                    Ok(k) => k as usize,
                    Err(e) => {
                        self.grow_size();
                        return Err(e);
                    }
                };
                dev.write(lba, 0, &buf[done..done + k * ss])?;
                k * ss
            } else {
                let mut sector = vec![0u8; ss];
                dev.read(lba, 0, &mut sector)?;
                let n = (ss - off).min(left);
                sector[off..off + n].copy_from_slice(&buf[done..done + n]);
                dev.write(lba, 0, &sector)?;
                n
            };
            done += n;
            self.pos += n as u64;
            self.grow_size();
        }
        self.dirty = true;
        Ok(done)
    }

    fn grow_size(&mut self) {
        if self.pos > self.size {
            self.size = self.pos;
            self.dirty = true;
        }
    }

    /// Cut (or extend with zeros) the file to `size` bytes.
    pub fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        if !self.writable {
            return Err(FsError::EACCES);
        }
        if size > u32::MAX as u64 {
            return Err(FsError::EINVAL);
        }
        let cb = self.vol.cluster_bytes() as u64;
        if size > self.size {
            let at = self.pos;
            self.pos = self.size;
            let zeros = vec![0u8; (size - self.size).min(1 << 16) as usize];
            while self.size < size {
                let n = ((size - self.size) as usize).min(zeros.len());
                let append = std::mem::replace(&mut self.append, false);
                let r = self.write(dev, &zeros[..n]);
                self.append = append;
                r?;
            }
            self.pos = at;
            return Ok(());
        }
        let keep = size.div_ceil(cb) as u32;
        if self.first != 0 {
            // The cluster after which the chain ends (None: none kept).
            let last = match keep {
                0 => None,
                k => self.cluster(dev, k - 1, Grow::No)?,
            };
            let from = match last {
                None if keep == 0 => Some(self.first),
                None => None,
                Some(l) => self.vol.next_cluster(dev, l)?,
            };
            if let Some(from) = from {
                // A chain that loops is corrupt: refuse before freeing.
                let mut c = from;
                let mut n = 0u32;
                while let Some(next) = self.vol.next_cluster(dev, c)? {
                    n += 1;
                    if n >= self.vol.entries {
                        return Err(FsError::EIO);
                    }
                    c = next;
                }
                self.vol.free_chain(dev, from)?;
                match last {
                    Some(l) => {
                        self.vol
                            .set_entry(dev, l, super::table::end_mark(self.vol.fat_type))?
                    }
                    None => self.first = 0,
                }
            }
            if keep == 0 {
                self.first = 0;
            }
            self.cur = None;
        }
        self.size = size;
        self.dirty = true;
        Ok(())
    }

    /// Bring the directory entry up to date (size, first cluster, time).
    pub fn sync(&mut self, dev: &mut dyn BlockDevice, now: u32) -> FsResult<()> {
        if !self.dirty {
            return Ok(());
        }
        let mut buf = vec![0u8; self.vol.ss as usize];
        dev.read(self.slot.sector, 0, &mut buf)?;
        let e = &mut buf[self.slot.index * 32..self.slot.index * 32 + 32];
        let first = self.first;
        e[11] |= ATTR_ARCHIVE;
        put16(e, 20, (first >> 16) as u16);
        put16(e, 26, first as u16);
        put32(e, 28, self.size as u32);
        put32(e, 22, now);
        put16(e, 18, (now >> 16) as u16);
        debug_assert_eq!(le32(e, 28), self.size as u32);
        dev.write(self.slot.sector, 0, &buf)?;
        self.dirty = false;
        dev.sync()
    }
}

#[cfg(test)]
mod tests {
    use super::super::mkfs::mkfs;
    use super::*;
    use crate::block::RamBlockDev;

    fn opts(mode: &str) -> OpenOptions {
        OpenOptions {
            read: mode.contains('r') || mode.contains('+'),
            write: !mode.starts_with('r') || mode.contains('+'),
            append: mode.contains('a'),
            create: mode.contains('w') || mode.contains('a'),
            truncate: mode.contains('w'),
            create_new: mode.contains('x'),
        }
    }

    fn fresh(n: u64) -> (RamBlockDev, FatFs) {
        let mut d = RamBlockDev::new(512, n).unwrap();
        mkfs(&mut d, 7).unwrap();
        let fs = FatFs::mount(&mut d).unwrap();
        (d, fs)
    }

    fn write_file(d: &mut RamBlockDev, fs: &FatFs, path: &str, data: &[u8]) {
        let mut f = fs.open(d, path, &opts("w"), 0x5000_0000).unwrap();
        assert_eq!(f.write(d, data).unwrap(), data.len());
        f.sync(d, 0x5000_0000).unwrap();
    }

    fn read_file(d: &mut RamBlockDev, fs: &FatFs, path: &str) -> Vec<u8> {
        let mut f = fs.open(d, path, &opts("r"), 0).unwrap();
        let mut out = vec![0u8; f.size() as usize + 10];
        let n = f.read(d, &mut out).unwrap();
        out.truncate(n);
        out
    }

    #[test]
    fn files_round_trip_across_clusters() {
        let (mut d, fs) = fresh(400);
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
        write_file(&mut d, &fs, "/big.bin", &data);
        assert_eq!(read_file(&mut d, &fs, "/big.bin"), data);
        assert_eq!(fs.stat(&mut d, "/BIG.BIN").unwrap().size, 5000);
        // Remounting sees the same.
        let fs2 = FatFs::mount(&mut d).unwrap();
        assert_eq!(read_file(&mut d, &fs2, "/big.bin"), data);
        // Appending, and reading from the middle.
        let mut f = fs.open(&mut d, "/big.bin", &opts("a"), 0).unwrap();
        f.write(&mut d, b"tail").unwrap();
        f.sync(&mut d, 0).unwrap();
        let mut f = fs.open(&mut d, "/big.bin", &opts("r"), 0).unwrap();
        f.seek(4998);
        let mut b = [0u8; 10];
        assert_eq!(f.read(&mut d, &mut b).unwrap(), 6);
        assert_eq!(&b[2..6], b"tail");
    }

    #[test]
    fn names_directories_and_errors() {
        let (mut d, fs) = fresh(200);
        write_file(&mut d, &fs, "/foo_file.txt", b"hello");
        write_file(&mut d, &fs, "/A Long File Name.text", b"x");
        fs.mkdir(&mut d, "/sub", 0).unwrap();
        write_file(&mut d, &fs, "/sub/inner.py", b"print(1)");
        let names = |d: &mut RamBlockDev, p: &str| -> Vec<String> {
            fs.listdir(d, p)
                .unwrap()
                .into_iter()
                .map(|e| String::from_utf8(e.name).unwrap())
                .collect()
        };
        assert_eq!(
            names(&mut d, "/"),
            ["foo_file.txt", "A Long File Name.text", "sub"]
        );
        assert_eq!(names(&mut d, "/sub"), ["inner.py"]);
        // The plain lower-case 8.3 name is one short entry, with NT flags.
        let mut s = [0u8; 512];
        d.read(fs.vol.root, 0, &mut s).unwrap();
        assert_eq!(&s[..11], b"FOO_FILETXT");
        assert_eq!(s[12], 0x18);
        assert_eq!(fs.mkdir(&mut d, "/sub", 0), Err(FsError::EEXIST));
        assert_eq!(fs.mkdir(&mut d, "/", 0), Err(FsError::EEXIST));
        assert_eq!(fs.mkdir(&mut d, "/nope/x", 0), Err(FsError::ENOENT));
        assert_eq!(fs.mkdir(&mut d, "/foo_file.txt/x", 0), Err(FsError::ENOENT));
        assert_eq!(fs.mkdir(&mut d, "/bad?name", 0), Err(FsError::EINVAL));
        assert_eq!(fs.rmdir(&mut d, "/sub"), Err(FsError::EACCES));
        assert_eq!(fs.rmdir(&mut d, "/foo_file.txt"), Err(FsError::ENOTDIR));
        assert_eq!(fs.remove(&mut d, "/sub"), Err(FsError::EISDIR));
        assert_eq!(fs.stat(&mut d, "/missing").err(), Some(FsError::ENOENT));
        assert_eq!(
            fs.open(&mut d, "/sub", &opts("r"), 0).err(),
            Some(FsError::ENOENT)
        );
        assert_eq!(
            fs.open(&mut d, "/foo_file.txt", &opts("x"), 0).err(),
            Some(FsError::EEXIST)
        );
        // Rename into a directory, over an existing file, and of a
        // directory (whose ".." follows).
        fs.rename(&mut d, "/foo_file.txt", "/sub/moved.txt")
            .unwrap();
        assert_eq!(read_file(&mut d, &fs, "/sub/moved.txt"), b"hello");
        write_file(&mut d, &fs, "/other", b"other");
        fs.rename(&mut d, "/other", "/sub/moved.txt").unwrap();
        assert_eq!(read_file(&mut d, &fs, "/sub/moved.txt"), b"other");
        fs.mkdir(&mut d, "/sub/deeper", 0).unwrap();
        fs.mkdir(&mut d, "/sub/deeper/x", 0).unwrap();
        assert_eq!(
            fs.rename(&mut d, "/sub", "/sub/deeper/x/y"),
            Err(FsError::EINVAL)
        );
        assert_eq!(fs.rename(&mut d, "/sub", "/sub/z"), Err(FsError::EINVAL));
        fs.rmdir(&mut d, "/sub/deeper/x").unwrap();
        fs.rename(&mut d, "/sub/deeper", "/top").unwrap();
        assert!(fs.stat(&mut d, "/top").unwrap().mode & crate::fs::S_IFDIR != 0);
        // Freeing gives the space back.
        let before = fs.statvfs(&mut d).unwrap().bfree;
        fs.remove(&mut d, "/sub/moved.txt").unwrap();
        fs.remove(&mut d, "/sub/inner.py").unwrap();
        fs.rmdir(&mut d, "/sub").unwrap();
        assert_eq!(fs.statvfs(&mut d).unwrap().bfree, before + 3);
    }

    #[test]
    fn full_volumes_and_truncation() {
        let (mut d, fs) = fresh(50);
        assert_eq!(fs.statvfs(&mut d).unwrap().bfree, 16);
        let mut f = fs.open(&mut d, "/fill", &opts("w"), 0).unwrap();
        assert_eq!(f.write(&mut d, &[1u8; 16 * 512]).unwrap(), 16 * 512);
        assert_eq!(f.write(&mut d, b"x").err(), Some(FsError::ENOSPC));
        f.sync(&mut d, 0).unwrap();
        assert_eq!(fs.statvfs(&mut d).unwrap().bfree, 0);
        let mut f = fs.open(&mut d, "/fill", &opts("r+"), 0).unwrap();
        f.truncate(&mut d, 700).unwrap();
        f.sync(&mut d, 0).unwrap();
        assert_eq!(fs.statvfs(&mut d).unwrap().bfree, 14);
        assert_eq!(read_file(&mut d, &fs, "/fill").len(), 700);
        // 'w' empties an existing file.
        write_file(&mut d, &fs, "/fill", b"");
        assert_eq!(fs.statvfs(&mut d).unwrap().bfree, 16);
        // The fixed root directory has 512 entries.
        for i in 0..512 {
            let r = fs.open(&mut d, &format!("/f{}", i), &opts("w"), 0);
            if i < 511 {
                r.unwrap();
            } else {
                assert_eq!(r.err(), Some(FsError::EACCES));
            }
        }
    }
}

#[cfg(test)]
mod corrupt_tests {
    use super::super::mkfs::mkfs;
    use super::*;
    use crate::block::RamBlockDev;

    #[test]
    fn a_looping_chain_is_eio_not_a_hang() {
        let mut d = RamBlockDev::new(512, 50).unwrap();
        mkfs(&mut d, 1).unwrap();
        let fs = FatFs::mount(&mut d).unwrap();
        let o = OpenOptions {
            read: true,
            write: true,
            create: true,
            ..Default::default()
        };
        let mut f = fs.open(&mut d, "/f", &o, 0).unwrap();
        f.write(&mut d, &[7u8; 1500]).unwrap();
        f.sync(&mut d, 0).unwrap();
        // Make the file's last cluster point back at its first.
        let first = f.first;
        let mut last = first;
        while let Some(n) = fs.vol.next_cluster(&mut d, last).unwrap() {
            last = n;
        }
        assert_ne!(first, last);
        fs.vol.set_entry(&mut d, last, first).unwrap();
        let mut g = fs.open(&mut d, "/f", &o, 0).unwrap();
        assert_eq!(g.truncate(&mut d, 10).err(), Some(FsError::EIO));
        assert_eq!(fs.remove(&mut d, "/f"), Ok(()));
    }
}
