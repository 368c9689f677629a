//! A FAT volume as a `FileSystem` the VFS mounts (MicroPython's `VfsFat`).
//! An unformatted device still makes one: its operations say ENODEV until
//! a volume is found (each operation looks again, so formatting the
//! device later is seen).

use super::file::FatFile;
use super::fs::FatFs;
use super::time;
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs};
use std::io::SeekFrom;

pub struct FatVfs {
    fs: Option<FatFs>,
}

impl FatVfs {
    /// Look for a volume on `dev` (none found is not an error yet).
    pub fn new(dev: &mut dyn BlockDevice) -> FsResult<FatVfs> {
        match FatFs::mount(dev) {
            Ok(fs) => Ok(FatVfs { fs: Some(fs) }),
            Err(FsError::ENODEV) => Ok(FatVfs { fs: None }),
            Err(e) => Err(e),
        }
    }

    /// Whether a volume was found.
    pub fn has_volume(&self) -> bool {
        self.fs.is_some()
    }

    fn fs(&mut self, dev: &mut dyn BlockDevice) -> FsResult<&FatFs> {
        if self.fs.is_none() {
            self.fs = Some(FatFs::mount(dev)?);
        }
        Ok(self.fs.as_ref().expect("mounted just above"))
    }
}

struct FatHandle(FatFile);

impl FileHandle for FatHandle {
    fn read(&mut self, dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize> {
        self.0.read(dev, buf)
    }
    fn write(&mut self, dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize> {
        // The directory entry follows every write: a file object dropped
        // without being closed loses nothing (there is no finaliser to
        // close it).
        let r = self.0.write(dev, buf);
        let s = self.0.sync(dev, time::now());
        let n = r?;
        s.map(|_| n)
    }
    fn seek(&mut self, _dev: &mut dyn BlockDevice, pos: SeekFrom) -> FsResult<u64> {
        let target = match pos {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::Current(d) => self.0.tell().checked_add_signed(d),
            SeekFrom::End(d) => self.0.size().checked_add_signed(d),
        };
        match target {
            Some(p) => Ok(self.0.seek(p)),
            None => Err(FsError::EINVAL),
        }
    }
    fn flush(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        self.0.sync(dev, time::now())
    }
    fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        self.0.truncate(dev, size)?;
        self.0.sync(dev, time::now())
    }
}

impl FileSystem for FatVfs {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let f = self.fs(dev)?.open(dev, path, opts, time::now())?;
        Ok(Box::new(FatHandle(f)))
    }
    fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        self.fs(dev)?.stat(dev, path)
    }
    fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        self.fs(dev)?.listdir(dev, path)
    }
    fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        self.fs(dev)?.mkdir(dev, path, time::now())
    }
    fn rmdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        self.fs(dev)?.rmdir(dev, path)
    }
    fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        self.fs(dev)?.remove(dev, path)
    }
    fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        self.fs(dev)?.rename(dev, from, to)
    }
    fn statvfs(&mut self, dev: &mut dyn BlockDevice, _path: &str) -> FsResult<StatVfs> {
        self.fs(dev)?.statvfs(dev)
    }
    fn sync(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        dev.sync()
    }
}
