//! Open files: always CTZ skip-lists (v1 has no inline files). Writing
//! builds a new list copy-on-write: the blocks before the write position
//! are shared with the old list, the block being filled is kept in
//! memory, and when writing stops (a read, a seek elsewhere, a sync) the
//! rest of the old data is copied after it. Sync rewrites the entry's
//! head and size.

use super::fs::{v1err, Lfs1};
use super::meta::Entry;
use super::{Config, T_DIR};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::OpenOptions;
use crate::lfs::ctz;

/// A skip-list being written.
#[derive(Debug, Clone)]
struct Writer {
    /// File offset of the next byte written.
    pos: u64,
    /// Index of the block in `cur`, or of the next block to start.
    n: u32,
    /// Block n-1 of the new list (once written).
    prev: Option<u32>,
    /// Block n and its contents so far (pointers, then data).
    cur: Option<(u32, Vec<u8>)>,
}

impl Writer {
    fn roots(&self) -> Vec<(u32, u32)> {
        let mut r = Vec::new();
        if let Some(p) = self.prev {
            r.push((p, self.n - 1));
        }
        if let Some((b, _)) = &self.cur {
            r.push((*b, 0));
        }
        r
    }
}

/// An open file.
#[derive(Debug, Clone)]
pub struct FileState {
    cfg: Config,
    /// The first pair of the directory holding it, and its name there.
    dir: [u32; 2],
    name: Vec<u8>,
    readable: bool,
    writable: bool,
    append: bool,
    pos: u64,
    /// The list as last flushed; `head` is meaningless when `size` is 0.
    head: u32,
    size: u64,
    w: Option<Writer>,
    /// Changed since the last commit.
    dirty: bool,
    /// The way to the block last read (forgotten when the data changes).
    finger: ctz::Finger,
}

impl FileState {
    /// Lists (head block, index) of the blocks this file holds that the
    /// filesystem's traversal may not reach.
    pub(crate) fn roots(&self) -> Vec<(u32, u32)> {
        let mut r = self.base_roots();
        if let Some(w) = &self.w {
            r.extend(w.roots());
        }
        r
    }

    fn base_roots(&self) -> Vec<(u32, u32)> {
        if self.size > 0 {
            vec![(self.head, ctz::head_index(&self.cfg, self.size))]
        } else {
            Vec::new()
        }
    }

    pub fn size(&self) -> u64 {
        match &self.w {
            Some(w) => w.pos.max(self.size),
            None => self.size,
        }
    }
}

fn write_block(dev: &mut dyn BlockDevice, b: u32, buf: &[u8]) -> FsResult<()> {
    dev.erase(b as u64)?;
    dev.write(b as u64, 0, buf)
}

impl Lfs1 {
    /// Run `op` on open file `fid` (taken out of the table meanwhile, so
    /// allocations are told its blocks explicitly).
    fn with_file<T>(
        &mut self,
        fid: usize,
        op: impl FnOnce(&mut Lfs1, &mut FileState) -> FsResult<T>,
    ) -> FsResult<T> {
        let mut f = self
            .files
            .get_mut(fid)
            .and_then(|f| f.take())
            .ok_or(FsError::EBADF)?;
        let r = op(self, &mut f);
        self.files[fid] = Some(f);
        r
    }

    /// Open `path` as `o` asks; the handle number.
    pub fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        o: &OpenOptions,
    ) -> FsResult<usize> {
        let cfg = self.cfg;
        let (head, name) = match self.parent(dev, path) {
            Err(FsError::EINVAL) => return Err(FsError::EISDIR),
            r => r?,
        };
        let write = o.write || o.append;
        let mut dirty = false;
        let (fhead, size) = match self.find(dev, head, name)? {
            Some((m, i)) => {
                let e = &m.entries[i];
                if o.create_new {
                    return Err(FsError::EEXIST);
                }
                if e.kind() == T_DIR {
                    return Err(FsError::EISDIR);
                }
                let (h, s) = e.ctz().ok_or(FsError::EISDIR)?;
                if o.truncate && write {
                    dirty = s > 0;
                    (u32::MAX, 0)
                } else {
                    (h, s)
                }
            }
            None if o.create || o.create_new => {
                self.check_name(name)?;
                self.begin(dev)?;
                self.append_entry(dev, head, Entry::file(name, u32::MAX, 0))?;
                dev.sync()?;
                (u32::MAX, 0)
            }
            None => return Err(FsError::ENOENT),
        };
        let f = FileState {
            cfg,
            dir: head,
            name: name.to_vec(),
            readable: o.read,
            writable: write,
            append: o.append,
            pos: 0,
            head: fhead,
            size,
            w: None,
            dirty,
            finger: ctz::Finger::default(),
        };
        match self.files.iter().position(|s| s.is_none()) {
            Some(i) => {
                self.files[i] = Some(f);
                Ok(i)
            }
            None => {
                self.files.push(Some(f));
                Ok(self.files.len() - 1)
            }
        }
    }

    /// Forget open file `fid` (without syncing it).
    pub fn close(&mut self, fid: usize) {
        if let Some(s) = self.files.get_mut(fid) {
            *s = None;
        }
    }

    fn file_ref(&self, fid: usize) -> FsResult<&FileState> {
        self.files
            .get(fid)
            .and_then(|f| f.as_ref())
            .ok_or(FsError::EBADF)
    }

    pub fn file_size(&self, fid: usize) -> FsResult<u64> {
        Ok(self.file_ref(fid)?.size())
    }

    pub fn file_tell(&self, fid: usize) -> FsResult<u64> {
        Ok(self.file_ref(fid)?.pos)
    }

    /// Move to `pos` (past the end is allowed: a write there fills the
    /// gap with zeros).
    pub fn file_seek(&mut self, fid: usize, pos: u64) -> FsResult<u64> {
        let f = self
            .files
            .get_mut(fid)
            .and_then(|f| f.as_mut())
            .ok_or(FsError::EBADF)?;
        f.pos = pos;
        Ok(pos)
    }

    pub fn file_read(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        buf: &mut [u8],
    ) -> FsResult<usize> {
        self.with_file(fid, |lfs, f| {
            if !f.readable {
                return Err(FsError::EBADF);
            }
            lfs.flush_writer(dev, f)?;
            let mut n = 0;
            while n < buf.len() {
                let k = ctz::read(
                    dev,
                    &lfs.cfg,
                    (f.head, f.size),
                    f.pos,
                    &mut buf[n..],
                    &mut f.finger,
                )
                .map_err(v1err)?;
                if k == 0 {
                    break;
                }
                n += k;
                f.pos += k as u64;
            }
            Ok(n)
        })
    }

    pub fn file_write(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        data: &[u8],
    ) -> FsResult<usize> {
        self.file_ref(fid)?;
        self.begin(dev)?;
        self.with_file(fid, |lfs, f| {
            if !f.writable {
                return Err(FsError::EBADF);
            }
            if f.append {
                f.pos = f.size();
            }
            lfs.write_at(dev, f, data)?;
            Ok(data.len())
        })
    }

    /// Write `data` at the file's position.
    fn write_at(
        &mut self,
        dev: &mut dyn BlockDevice,
        f: &mut FileState,
        data: &[u8],
    ) -> FsResult<()> {
        if data.is_empty() {
            return Ok(());
        }
        let end = f
            .pos
            .checked_add(data.len() as u64)
            .ok_or(FsError::EINVAL)?;
        if end > self.cfg.file_max as u64 {
            return Err(FsError(27));
        }
        f.dirty = true;
        f.finger = ctz::Finger::default();
        if f.w.as_ref().is_some_and(|w| w.pos != f.pos) {
            self.flush_writer(dev, f)?;
        }
        if f.w.is_none() {
            let size = f.size;
            f.w = Some(self.start_writer(dev, f, f.pos.min(size))?);
            if f.pos > size {
                let zeros = vec![0u8; self.cfg.bs()];
                let mut left = f.pos - size;
                while left > 0 {
                    let k = left.min(zeros.len() as u64) as usize;
                    self.append(dev, f, &zeros[..k])?;
                    left -= k as u64;
                }
            }
        }
        self.append(dev, f, data)?;
        f.pos = end;
        Ok(())
    }

    /// A writer of `f`'s skip-list from `pos` (at most its size) on.
    fn start_writer(
        &mut self,
        dev: &mut dyn BlockDevice,
        f: &FileState,
        pos: u64,
    ) -> FsResult<Writer> {
        let cfg = self.cfg;
        if f.size == 0 || pos == 0 {
            return Ok(Writer {
                pos: 0,
                n: 0,
                prev: None,
                cur: None,
            });
        }
        let hi = ctz::head_index(&cfg, f.size);
        let (n, off) = ctz::index(cfg.bs(), pos);
        if off == 0 {
            let prev = ctz::find(dev, &cfg, f.head, hi, n - 1).map_err(v1err)?;
            return Ok(Writer {
                pos,
                n,
                prev: Some(prev),
                cur: None,
            });
        }
        // Mid-block: the new block starts as a copy of the old one's
        // pointers (the blocks before are shared) and data before `pos`.
        let old = ctz::find(dev, &cfg, f.head, hi, n).map_err(v1err)?;
        let mut buf = vec![0u8; ctz::ptr_bytes(n) + off];
        dev.read(old as u64, 0, &mut buf)?;
        let b = self.alloc_block(dev, &f.roots())?;
        Ok(Writer {
            pos,
            n,
            prev: None,
            cur: Some((b, buf)),
        })
    }

    /// Add `data` to `f`'s writer.
    fn append(
        &mut self,
        dev: &mut dyn BlockDevice,
        f: &mut FileState,
        mut data: &[u8],
    ) -> FsResult<()> {
        let bs = self.cfg.bs();
        while !data.is_empty() {
            // A device error in an earlier write can have lost the writer: the
            // file then fails with EIO rather than going on from bad state.
            let Some(mut w) = f.w.take() else {
                return Err(FsError::EIO);
            };
            if let Some((b, buf)) = w.cur.take_if(|(_, buf)| buf.len() == bs) {
                if let Err(e) = write_block(dev, b, &buf) {
                    w.cur = Some((b, buf));
                    f.w = Some(w);
                    return Err(e);
                }
                w.prev = Some(b);
                w.n += 1;
            }
            if w.cur.is_none() {
                let ptrs = match w.prev {
                    Some(p) if w.n > 0 => ctz::pointers(dev, &self.cfg, p, w.n).map_err(v1err),
                    _ => Ok(Vec::new()),
                };
                let mut roots = f.roots();
                roots.extend(w.roots());
                let b = ptrs.and_then(|p| Ok((self.alloc_block(dev, &roots)?, p)));
                match b {
                    Ok((b, p)) => w.cur = Some((b, p)),
                    Err(e) => {
                        f.w = Some(w);
                        return Err(e);
                    }
                }
            }
            // Set just above when it was empty.
            let buf = &mut w.cur.as_mut().expect("started above").1;
            let k = (bs - buf.len()).min(data.len());
            buf.extend_from_slice(&data[..k]);
            w.pos += k as u64;
            data = &data[k..];
            f.w = Some(w);
        }
        Ok(())
    }

    /// Finish writing: copy the old data after the writer's position, write
    /// the block in memory; the new list becomes the file's data.
    fn flush_writer(&mut self, dev: &mut dyn BlockDevice, f: &mut FileState) -> FsResult<()> {
        let Some(wpos) = f.w.as_ref().map(|w| w.pos) else {
            return Ok(());
        };
        f.finger = ctz::Finger::default();
        let mut at = wpos;
        let mut buf = vec![0u8; self.cfg.bs()];
        let mut finger = ctz::Finger::default();
        while at < f.size {
            let k = ctz::read(dev, &self.cfg, (f.head, f.size), at, &mut buf, &mut finger)
                .map_err(v1err)?;
            self.append(dev, f, &buf[..k])?;
            at += k as u64;
        }
        // A device error in an earlier write can have lost the writer: the
        // file then fails with EIO rather than going on from bad state.
        let Some(mut w) = f.w.take() else {
            return Err(FsError::EIO);
        };
        let head = match w.cur.take() {
            Some((b, buf)) => {
                if let Err(e) = write_block(dev, b, &buf) {
                    w.cur = Some((b, buf));
                    f.w = Some(w);
                    return Err(e);
                }
                b
            }
            None => w.prev.unwrap_or(u32::MAX),
        };
        f.size = w.pos.max(f.size);
        f.head = head;
        Ok(())
    }

    /// Cut or extend the file to `size` bytes.
    pub fn file_truncate(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        size: u64,
    ) -> FsResult<()> {
        self.file_ref(fid)?;
        self.begin(dev)?;
        self.with_file(fid, |lfs, f| {
            if !f.writable {
                return Err(FsError::EBADF);
            }
            lfs.flush_writer(dev, f)?;
            f.finger = ctz::Finger::default();
            let cur = f.size();
            if size < cur {
                if size == 0 {
                    f.head = u32::MAX;
                } else {
                    let cfg = lfs.cfg;
                    let hi = ctz::head_index(&cfg, cur);
                    f.head = ctz::find(dev, &cfg, f.head, hi, ctz::head_index(&cfg, size))
                        .map_err(v1err)?;
                }
                f.size = size;
                f.dirty = true;
            } else if size > cur {
                let pos = f.pos;
                f.pos = cur;
                let zeros = vec![0u8; (size - cur).min(1 << 16) as usize];
                let mut left = size - cur;
                while left > 0 {
                    let k = left.min(zeros.len() as u64) as usize;
                    lfs.write_at(dev, f, &zeros[..k])?;
                    left -= k as u64;
                }
                lfs.flush_writer(dev, f)?;
                f.pos = pos;
            }
            Ok(())
        })
    }

    /// Write what is pending and commit the file's entry.
    pub fn file_sync(&mut self, dev: &mut dyn BlockDevice, fid: usize) -> FsResult<()> {
        if !self.file_ref(fid)?.dirty && self.file_ref(fid)?.w.is_none() {
            return Ok(());
        }
        self.begin(dev)?;
        self.with_file(fid, |lfs, f| {
            lfs.flush_writer(dev, f)?;
            if !f.dirty {
                return Ok(());
            }
            let (mut m, i) = lfs
                .find(dev, f.dir, &f.name)?
                .filter(|(m, i)| m.entries[*i].ctz().is_some())
                .ok_or(FsError::ENOENT)?;
            let head = if f.size == 0 { u32::MAX } else { f.head };
            let mut data = head.to_le_bytes().to_vec();
            data.extend_from_slice(&(f.size as u32).to_le_bytes());
            m.entries[i].data = data;
            lfs.commit(dev, &mut m)?;
            f.dirty = false;
            dev.sync()
        })
    }
}
