//! A littlefs v1 as a `FileSystem` the VFS mounts (MicroPython's
//! `VfsLfs1`). Open files share the mounted state with the filesystem
//! (the allocator must know their unsynced blocks), so both hold it
//! through an `Rc`. Closing a file must flush it; a handle dropped
//! without that forgets the changes.

use super::fs::{format, Lfs1};
use super::micropython_config;
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs};
use std::cell::{RefCell, RefMut};
use std::io::SeekFrom;
use std::rc::Rc;

pub struct LfsVfs1 {
    fs: Rc<RefCell<Lfs1>>,
}

/// The mounted state, or EBUSY when an operation already has it (a block
/// device written in Python reaching the same filesystem again).
fn lock(fs: &Rc<RefCell<Lfs1>>) -> FsResult<RefMut<'_, Lfs1>> {
    fs.try_borrow_mut().map_err(|_| FsError::EBUSY)
}

impl LfsVfs1 {
    /// Mount the filesystem on `dev` with `VfsLfs1`'s arguments
    /// (`readsize`, `progsize`, `lookahead` in blocks, `mtime`, which v1
    /// cannot store): CORRUPT (errno 52) when the device holds none.
    pub fn new(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
        _mtime_ignored: bool,
    ) -> FsResult<LfsVfs1> {
        let cfg = micropython_config(dev, read_size, prog_size, lookahead)?;
        Ok(LfsVfs1 {
            fs: Rc::new(RefCell::new(Lfs1::mount(dev, &cfg)?)),
        })
    }

    /// Format `dev` (`VfsLfs1.mkfs`).
    pub fn mkfs(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
    ) -> FsResult<()> {
        let cfg = micropython_config(dev, read_size, prog_size, lookahead)?;
        format(dev, &cfg)
    }
}

struct Lfs1Handle {
    fs: Rc<RefCell<Lfs1>>,
    fid: usize,
}

impl Drop for Lfs1Handle {
    fn drop(&mut self) {
        if let Ok(mut fs) = self.fs.try_borrow_mut() {
            fs.close(self.fid);
        }
    }
}

impl FileHandle for Lfs1Handle {
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
        lock(&self.fs)?.file_sync(dev, self.fid)
    }
    fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        lock(&self.fs)?.file_truncate(dev, self.fid, size)
    }
}

impl FileSystem for LfsVfs1 {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let fid = lock(&self.fs)?.open(dev, path, opts)?;
        Ok(Box::new(Lfs1Handle {
            fs: self.fs.clone(),
            fid,
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
