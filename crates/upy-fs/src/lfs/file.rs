//! Open files. A file's data is inline in its directory entry while it
//! fits (`Config::inline_max`), else a CTZ skip-list. Writing builds a new
//! list copy-on-write: the blocks before the write position are shared
//! with the old list, the block being filled is kept in memory, and when
//! writing stops (a read, a seek elsewhere, a sync) the rest of the old
//! data is copied after it. Sync commits the entry's struct (and mtime).

use super::ctz;
use super::dir;
use super::fs::{entry_size, Lfs, MTIME_ATTR};
use super::mdir::Op;
use super::tag;
use super::{le32, Config};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::OpenOptions;

/// A file's data as last flushed.
#[derive(Debug, Clone)]
enum Data {
    Inline(Vec<u8>),
    /// A skip-list; `head` is meaningless when `size` is 0.
    Ctz {
        head: u32,
        size: u64,
    },
}

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

/// An open file.
#[derive(Debug, Clone)]
pub struct FileState {
    cfg: Config,
    /// The first pair of the directory holding it, and its name there (its
    /// id moves as the directory changes, so it is looked up to commit).
    dir: [u32; 2],
    name: Vec<u8>,
    readable: bool,
    writable: bool,
    append: bool,
    pos: u64,
    data: Data,
    w: Option<Writer>,
    /// Changed since the last commit.
    dirty: bool,
    /// The way to the block last read (forgotten when the data changes).
    finger: ctz::Finger,
}

impl Writer {
    /// Lists (head block, index) of blocks it has allocated.
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
        match self.data {
            Data::Ctz { head, size } if size > 0 => {
                vec![(head, ctz::head_index(&self.cfg, size))]
            }
            _ => Vec::new(),
        }
    }

    fn base_size(&self) -> u64 {
        match &self.data {
            Data::Inline(v) => v.len() as u64,
            Data::Ctz { size, .. } => *size,
        }
    }

    pub fn size(&self) -> u64 {
        match &self.w {
            Some(w) => w.pos.max(self.base_size()),
            None => self.base_size(),
        }
    }

    pub fn tell(&self) -> u64 {
        self.pos
    }
}

fn write_block(dev: &mut dyn BlockDevice, b: u32, buf: &[u8]) -> FsResult<()> {
    dev.erase(b as u64)?;
    dev.write(b as u64, 0, buf)
}

impl Lfs {
    fn file(&mut self, fid: usize) -> FsResult<FileState> {
        self.files
            .get_mut(fid)
            .and_then(|f| f.take())
            .ok_or(FsError::EBADF)
    }

    /// Run `op` on open file `fid` (taken out of the table meanwhile, so
    /// allocations are told its blocks explicitly).
    fn with_file<T>(
        &mut self,
        fid: usize,
        op: impl FnOnce(&mut Lfs, &mut FileState) -> FsResult<T>,
    ) -> FsResult<T> {
        let mut f = self.file(fid)?;
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
        self.ack();
        let cfg = self.cfg;
        let (head, name) = match dir::parent(dev, &cfg, path) {
            Err(FsError::EINVAL) => return Err(FsError::EISDIR),
            r => r?,
        };
        let write = o.write || o.append;
        let mut dirty = false;
        let data = match dir::find(dev, &cfg, head, name)? {
            Some((m, id)) => {
                let e = &m.st.entries[id as usize];
                if o.create_new {
                    return Err(FsError::EEXIST);
                }
                if e.ty == tag::DIR {
                    return Err(FsError::EISDIR);
                }
                match &e.st {
                    _ if o.truncate && write => {
                        dirty = entry_size(e) > 0 || o.truncate;
                        Data::Inline(Vec::new())
                    }
                    Some((tag::CTZSTRUCT, d)) if d.len() >= 8 => Data::Ctz {
                        head: le32(d, 0),
                        size: le32(d, 4) as u64,
                    },
                    Some((tag::INLINESTRUCT, d)) => Data::Inline(d.clone()),
                    _ => Data::Inline(Vec::new()),
                }
            }
            None if o.create || o.create_new => {
                if name.len() > cfg.name_max as usize {
                    return Err(FsError::ENAMETOOLONG);
                }
                let (mut m, id) = dir::insert_point(dev, &cfg, head, name)?;
                let ops = [
                    Op::Create(id),
                    Op::Name(id, tag::REG, name.to_vec()),
                    Op::Struct(id, tag::INLINESTRUCT, Vec::new()),
                ];
                self.commit(dev, &mut m, &ops, &[])?;
                dirty = true;
                Data::Inline(Vec::new())
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
            data,
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

    pub fn file_size(&self, fid: usize) -> FsResult<u64> {
        self.files
            .get(fid)
            .and_then(|f| f.as_ref())
            .map(|f| f.size())
            .ok_or(FsError::EBADF)
    }

    pub fn file_tell(&self, fid: usize) -> FsResult<u64> {
        self.files
            .get(fid)
            .and_then(|f| f.as_ref())
            .map(|f| f.pos)
            .ok_or(FsError::EBADF)
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
                let k = match &f.data {
                    Data::Inline(v) => {
                        let at = (f.pos as usize).min(v.len());
                        let k = (v.len() - at).min(buf.len() - n);
                        buf[n..n + k].copy_from_slice(&v[at..at + k]);
                        k
                    }
                    Data::Ctz { head, size } => ctz::read(
                        dev,
                        &lfs.cfg,
                        (*head, *size),
                        f.pos,
                        &mut buf[n..],
                        &mut f.finger,
                    )?,
                };
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
        self.ack();
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
        if let Data::Inline(v) = &f.data {
            let pos = f.pos;
            if end <= self.cfg.inline_max() as u64 {
                let mut v = v.clone();
                let at = pos as usize;
                if v.len() < at {
                    v.resize(at, 0);
                }
                let k = data.len().min(v.len() - at);
                v[at..at + k].copy_from_slice(&data[..k]);
                v.extend_from_slice(&data[k..]);
                f.data = Data::Inline(v);
                f.pos = end;
                return Ok(());
            }
            // Too big to stay inline: becomes a skip-list of the data
            // before the position, zeros up to it (a block at a time, so
            // a write far past the end needs no memory of that size), and
            // the new data. Should that fail, the file stays the inline
            // file it was, not a list holding part of the data.
            let old = v.clone();
            let kept = &old[..(pos as usize).min(old.len())];
            f.data = Data::Ctz { head: 0, size: 0 };
            f.w = Some(self.start_writer(dev, f, 0)?);
            let mut r = self.append(dev, f, kept);
            let mut gap = pos.saturating_sub(old.len() as u64);
            let zeros = vec![0u8; self.cfg.bs().min(gap as usize)];
            while r.is_ok() && gap > 0 {
                let k = gap.min(zeros.len() as u64) as usize;
                r = self.append(dev, f, &zeros[..k]);
                gap -= k as u64;
            }
            let r = r
                .and_then(|()| self.append(dev, f, data))
                .and_then(|()| self.flush_writer(dev, f));
            match r {
                Ok(()) => f.pos = end,
                Err(_) => {
                    f.data = Data::Inline(old);
                    f.w = None;
                }
            }
            return r;
        }
        if f.w.as_ref().is_some_and(|w| w.pos != f.pos) {
            self.flush_writer(dev, f)?;
        }
        if f.w.is_none() {
            let size = f.base_size();
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
        let (head, size) = match f.data {
            Data::Ctz { head, size } if size > 0 && pos > 0 => (head, size),
            _ => {
                return Ok(Writer {
                    pos: 0,
                    n: 0,
                    prev: None,
                    cur: None,
                })
            }
        };
        let hi = ctz::head_index(&cfg, size);
        let (n, off) = ctz::index(cfg.bs(), pos);
        if off == 0 {
            let prev = ctz::find(dev, &cfg, head, hi, n - 1)?;
            return Ok(Writer {
                pos,
                n,
                prev: Some(prev),
                cur: None,
            });
        }
        // Mid-block: the new block starts as a copy of the old one's
        // pointers (the blocks before are shared) and data before `pos`.
        let old = ctz::find(dev, &cfg, head, hi, n)?;
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
            // On every error below the writer goes back as it was (a full
            // block still to write, or the next block still to start), so
            // a later write or flush resumes from a consistent state.
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
                    Some(p) if w.n > 0 => ctz::pointers(dev, &self.cfg, p, w.n),
                    _ => Ok(Vec::new()),
                };
                let mut roots = f.roots();
                roots.extend(w.roots());
                match ptrs.and_then(|p| Ok((self.alloc_block(dev, &roots)?, p))) {
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
        if let Data::Ctz { head, size } = f.data {
            let mut at = wpos;
            let mut buf = vec![0u8; self.cfg.bs()];
            let mut finger = ctz::Finger::default();
            while at < size {
                let k = ctz::read(dev, &self.cfg, (head, size), at, &mut buf, &mut finger)?;
                self.append(dev, f, &buf[..k])?;
                at += k as u64;
            }
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
            None => w.prev.unwrap_or(0),
        };
        let size = w.pos.max(f.base_size());
        f.data = Data::Ctz { head, size };
        Ok(())
    }

    /// Cut or extend the file to `size` bytes.
    pub fn file_truncate(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        size: u64,
    ) -> FsResult<()> {
        self.ack();
        self.with_file(fid, |lfs, f| {
            if !f.writable {
                return Err(FsError::EBADF);
            }
            lfs.flush_writer(dev, f)?;
            let cur = f.size();
            f.finger = ctz::Finger::default();
            if size < cur {
                // The new data is worked out before it replaces the old,
                // so a corrupt list leaves the file as it was.
                f.data = match &f.data {
                    Data::Inline(v) => Data::Inline(v[..size as usize].to_vec()),
                    Data::Ctz { .. } if size == 0 => Data::Inline(Vec::new()),
                    Data::Ctz { head, size: old } => {
                        let cfg = lfs.cfg;
                        let hi = ctz::head_index(&cfg, *old);
                        let head = ctz::find(dev, &cfg, *head, hi, ctz::head_index(&cfg, size))?;
                        Data::Ctz { head, size }
                    }
                };
                f.dirty = true;
            } else if size > cur {
                let pos = f.pos;
                f.pos = cur;
                let zeros = vec![0u8; (size - cur).min(1 << 16) as usize];
                let mut left = size - cur;
                let mut r = Ok(());
                while r.is_ok() && left > 0 {
                    let k = left.min(zeros.len() as u64) as usize;
                    r = lfs.write_at(dev, f, &zeros[..k]);
                    left -= k as u64;
                }
                f.pos = pos;
                r?;
                lfs.flush_writer(dev, f)?;
            }
            Ok(())
        })
    }

    /// Write what is pending and commit the file's entry (with `mtime_ns`
    /// as its modification time, when given).
    pub fn file_sync(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        mtime_ns: Option<u64>,
    ) -> FsResult<()> {
        self.ack();
        self.with_file(fid, |lfs, f| {
            lfs.flush_writer(dev, f)?;
            if !f.dirty {
                return Ok(());
            }
            let cfg = lfs.cfg;
            let (mut m, id) = dir::find(dev, &cfg, f.dir, &f.name)?.ok_or(FsError::ENOENT)?;
            let mut ops = vec![match &f.data {
                Data::Inline(v) => Op::Struct(id, tag::INLINESTRUCT, v.clone()),
                Data::Ctz { size: 0, .. } => Op::Struct(id, tag::INLINESTRUCT, Vec::new()),
                Data::Ctz { head, size } => {
                    let mut d = head.to_le_bytes().to_vec();
                    d.extend_from_slice(&(*size as u32).to_le_bytes());
                    Op::Struct(id, tag::CTZSTRUCT, d)
                }
            }];
            if let Some(t) = mtime_ns {
                ops.push(Op::Attr(id, MTIME_ATTR, Some(t.to_le_bytes().to_vec())));
            }
            lfs.commit(dev, &mut m, &ops, &f.roots())?;
            f.dirty = false;
            dev.sync()
        })
    }
}
