//! A littlefs as a `FileSystem` the VFS mounts (MicroPython's `VfsLfs2`).
//! Open files share the mounted state with the filesystem (the allocator
//! must know their unsynced blocks), so both hold it through an `Rc`.
//!
//! Writes stay in memory (the block being filled) or in blocks not yet
//! committed until `flush`, as in MicroPython: closing a file must flush
//! it; a handle dropped without that forgets the changes.

use super::fs::{format, Lfs};
use super::Config;
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs};
use std::cell::{RefCell, RefMut};
use std::io::SeekFrom;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct LfsVfs {
    fs: Rc<RefCell<Lfs>>,
    /// Whether files get a modification time when synced.
    mtime: bool,
}

/// Nanoseconds since 1970 now.
fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// The mounted state, or EBUSY when an operation already has it (a block
/// device written in Python reaching the same filesystem again).
fn lock(fs: &Rc<RefCell<Lfs>>) -> FsResult<RefMut<'_, Lfs>> {
    fs.try_borrow_mut().map_err(|_| FsError::EBUSY)
}

impl LfsVfs {
    /// Mount the filesystem on `dev` with `VfsLfs2`'s arguments
    /// (`readsize`, `progsize`, `lookahead`, `mtime`): CORRUPT (errno 84)
    /// when the device holds none.
    pub fn new(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
        mtime: bool,
    ) -> FsResult<LfsVfs> {
        let cfg = Config::micropython(dev, read_size, prog_size, lookahead)?;
        Ok(LfsVfs {
            fs: Rc::new(RefCell::new(Lfs::mount(dev, &cfg)?)),
            mtime,
        })
    }

    /// Format `dev` (`VfsLfs2.mkfs`).
    pub fn mkfs(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
    ) -> FsResult<()> {
        let cfg = Config::micropython(dev, read_size, prog_size, lookahead)?;
        format(dev, &cfg)
    }
}

struct LfsHandle {
    fs: Rc<RefCell<Lfs>>,
    fid: usize,
    mtime: bool,
}

impl Drop for LfsHandle {
    fn drop(&mut self) {
        // Busy only if dropped from inside another operation; the slot is
        // then left for the next mount.
        if let Ok(mut fs) = self.fs.try_borrow_mut() {
            fs.close(self.fid);
        }
    }
}

impl FileHandle for LfsHandle {
    fn read(&mut self, dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize> {
        lock(&self.fs)?.file_read(dev, self.fid, buf)
    }
    fn write(&mut self, dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize> {
        lock(&self.fs)?.file_write(dev, self.fid, buf)
    }
    fn seek(&mut self, _dev: &mut dyn BlockDevice, pos: SeekFrom) -> FsResult<u64> {
        let mut fs = lock(&self.fs)?;
        let target = match pos {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::Current(d) => fs.file_tell(self.fid)?.checked_add_signed(d),
            SeekFrom::End(d) => fs.file_size(self.fid)?.checked_add_signed(d),
        };
        match target {
            Some(p) => fs.file_seek(self.fid, p),
            None => Err(FsError::EINVAL),
        }
    }
    fn flush(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        let t = self.mtime.then(now_ns);
        lock(&self.fs)?.file_sync(dev, self.fid, t)
    }
    fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        lock(&self.fs)?.file_truncate(dev, self.fid, size)
    }
}

impl FileSystem for LfsVfs {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let fid = lock(&self.fs)?.open(dev, path, opts)?;
        Ok(Box::new(LfsHandle {
            fs: self.fs.clone(),
            fid,
            mtime: self.mtime,
        }))
    }
    fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        lock(&self.fs)?.stat(dev, path)
    }
    fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        lock(&self.fs)?.listdir(dev, path)
    }
    fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        lock(&self.fs)?.mkdir(dev, path)
    }
    fn rmdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let mut fs = lock(&self.fs)?;
        if fs.stat(dev, path)?.mode & crate::fs::S_IFMT != crate::fs::S_IFDIR {
            return Err(FsError::ENOTDIR);
        }
        fs.remove(dev, path)
    }
    fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        lock(&self.fs)?.remove(dev, path)
    }
    fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        lock(&self.fs)?.rename(dev, from, to)
    }
    fn statvfs(&mut self, dev: &mut dyn BlockDevice, _path: &str) -> FsResult<StatVfs> {
        lock(&self.fs)?.statvfs(dev)
    }
    fn sync(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        dev.sync()
    }
}
