//! A mounted littlefs (v1 or v2) as a `FileSystem` the VFS mounts, and
//! its open files as `FileHandle`s. Open files share the mounted state
//! with the filesystem (the allocator must know their unsynced blocks), so
//! both hold it through an `Rc`; an operation that finds it already taken
//! (a block device written in Python reaching the same filesystem again)
//! fails with EBUSY instead of panicking.
//!
//! Writes stay in memory (the block being filled) or in blocks not yet
//! committed until `flush`, as in MicroPython: closing a file must flush
//! it; a handle dropped without that forgets the changes.

use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs, S_IFDIR, S_IFMT};
use std::cell::{RefCell, RefMut};
use std::io::SeekFrom;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

/// What a littlefs version's mounted state offers (files by id).
pub trait Littlefs: 'static {
    fn open(&mut self, dev: &mut dyn BlockDevice, path: &str, o: &OpenOptions) -> FsResult<usize>;
    fn close(&mut self, fid: usize);
    fn file_size(&self, fid: usize) -> FsResult<u64>;
    fn file_tell(&self, fid: usize) -> FsResult<u64>;
    fn file_seek(&mut self, fid: usize, pos: u64) -> FsResult<u64>;
    fn file_read(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        buf: &mut [u8],
    ) -> FsResult<usize>;
    fn file_write(&mut self, dev: &mut dyn BlockDevice, fid: usize, data: &[u8])
        -> FsResult<usize>;
    fn file_truncate(&mut self, dev: &mut dyn BlockDevice, fid: usize, size: u64) -> FsResult<()>;
    /// Commit the file; `mtime_ns` is its new modification time, for the
    /// versions that store one.
    fn file_sync(
        &mut self,
        dev: &mut dyn BlockDevice,
        fid: usize,
        mtime_ns: Option<u64>,
    ) -> FsResult<()>;
    fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat>;
    fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>>;
    fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()>;
    /// Remove a file or an empty directory.
    fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()>;
    fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()>;
    fn statvfs(&mut self, dev: &mut dyn BlockDevice) -> FsResult<StatVfs>;
}

/// A mounted littlefs of version `T`.
pub struct Mounted<T: Littlefs> {
    pub(crate) fs: Rc<RefCell<T>>,
    /// Whether files get a modification time when synced.
    pub(crate) mtime: bool,
}

impl<T: Littlefs> Mounted<T> {
    pub(crate) fn new(fs: T, mtime: bool) -> Mounted<T> {
        Mounted {
            fs: Rc::new(RefCell::new(fs)),
            mtime,
        }
    }
}

fn lock<T: Littlefs>(fs: &Rc<RefCell<T>>) -> FsResult<RefMut<'_, T>> {
    fs.try_borrow_mut().map_err(|_| FsError::EBUSY)
}

/// Nanoseconds since 1970 now.
fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

struct Handle<T: Littlefs> {
    fs: Rc<RefCell<T>>,
    fid: usize,
    mtime: bool,
}

impl<T: Littlefs> Drop for Handle<T> {
    fn drop(&mut self) {
        // Busy only if dropped from inside another operation; the slot is
        // then left for the next mount.
        if let Ok(mut fs) = self.fs.try_borrow_mut() {
            fs.close(self.fid);
        }
    }
}

impl<T: Littlefs> FileHandle for Handle<T> {
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

impl<T: Littlefs> FileSystem for Mounted<T> {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let fid = lock(&self.fs)?.open(dev, path, opts)?;
        Ok(Box::new(Handle {
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
        if fs.stat(dev, path)?.mode & S_IFMT != S_IFDIR {
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

/// Implement `Littlefs` for a version's state type by calling its own
/// methods of the same names (`$sync` adapts `file_sync`).
macro_rules! delegate_littlefs {
    ($t:ty, |$s:ident, $dev:ident, $fid:ident, $mt:ident| $sync:expr) => {
        impl $crate::lfs::mounted::Littlefs for $t {
            fn open(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                path: &str,
                o: &$crate::fs::OpenOptions,
            ) -> $crate::error::FsResult<usize> {
                <$t>::open(self, dev, path, o)
            }
            fn close(&mut self, fid: usize) {
                <$t>::close(self, fid)
            }
            fn file_size(&self, fid: usize) -> $crate::error::FsResult<u64> {
                <$t>::file_size(self, fid)
            }
            fn file_tell(&self, fid: usize) -> $crate::error::FsResult<u64> {
                <$t>::file_tell(self, fid)
            }
            fn file_seek(&mut self, fid: usize, pos: u64) -> $crate::error::FsResult<u64> {
                <$t>::file_seek(self, fid, pos)
            }
            fn file_read(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                fid: usize,
                buf: &mut [u8],
            ) -> $crate::error::FsResult<usize> {
                <$t>::file_read(self, dev, fid, buf)
            }
            fn file_write(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                fid: usize,
                data: &[u8],
            ) -> $crate::error::FsResult<usize> {
                <$t>::file_write(self, dev, fid, data)
            }
            fn file_truncate(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                fid: usize,
                size: u64,
            ) -> $crate::error::FsResult<()> {
                <$t>::file_truncate(self, dev, fid, size)
            }
            fn file_sync(
                &mut self,
                $dev: &mut dyn $crate::block::BlockDevice,
                $fid: usize,
                $mt: Option<u64>,
            ) -> $crate::error::FsResult<()> {
                let $s = self;
                $sync
            }
            fn stat(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                path: &str,
            ) -> $crate::error::FsResult<$crate::fs::Stat> {
                <$t>::stat(self, dev, path)
            }
            fn listdir(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                path: &str,
            ) -> $crate::error::FsResult<Vec<$crate::fs::DirEntry>> {
                <$t>::listdir(self, dev, path)
            }
            fn mkdir(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                path: &str,
            ) -> $crate::error::FsResult<()> {
                <$t>::mkdir(self, dev, path)
            }
            fn remove(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                path: &str,
            ) -> $crate::error::FsResult<()> {
                <$t>::remove(self, dev, path)
            }
            fn rename(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
                from: &str,
                to: &str,
            ) -> $crate::error::FsResult<()> {
                <$t>::rename(self, dev, from, to)
            }
            fn statvfs(
                &mut self,
                dev: &mut dyn $crate::block::BlockDevice,
            ) -> $crate::error::FsResult<$crate::fs::StatVfs> {
                <$t>::statvfs(self, dev)
            }
        }
    };
}
pub(crate) use delegate_littlefs;
