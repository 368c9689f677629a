//! A FAT volume as a `FileSystem` the VFS mounts (MicroPython's `VfsFat`).
//! An unformatted device still makes one: its operations say ENODEV until
//! a volume is found (each operation looks again, so formatting the
//! device later is seen).

use super::cache::cached;
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

// Every operation runs through a sector cache of its own (see `cache`).
impl FileHandle for FatHandle {
    fn read(&mut self, dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize> {
        cached(dev, |d| self.0.read(d, buf))
    }
    fn write(&mut self, dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize> {
        // The directory entry follows every write: a file object dropped
        // without being closed loses nothing (there is no finaliser to
        // close it).
        cached(dev, |d| {
            let r = self.0.write(d, buf);
            let s = self.0.sync(d, time::now());
            let n = r?;
            s.map(|_| n)
        })
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
        cached(dev, |d| self.0.sync(d, time::now()))
    }
    fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        cached(dev, |d| {
            self.0.truncate(d, size)?;
            self.0.sync(d, time::now())
        })
    }
}

impl FileSystem for FatVfs {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let f = cached(dev, |d| self.fs(d)?.open(d, path, opts, time::now()))?;
        Ok(Box::new(FatHandle(f)))
    }
    fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        cached(dev, |d| self.fs(d)?.stat(d, path))
    }
    fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        cached(dev, |d| self.fs(d)?.listdir(d, path))
    }
    fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        cached(dev, |d| self.fs(d)?.mkdir(d, path, time::now()))
    }
    fn rmdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        cached(dev, |d| self.fs(d)?.rmdir(d, path))
    }
    fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        cached(dev, |d| self.fs(d)?.remove(d, path))
    }
    fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        cached(dev, |d| self.fs(d)?.rename(d, from, to))
    }
    fn statvfs(&mut self, dev: &mut dyn BlockDevice, _path: &str) -> FsResult<StatVfs> {
        cached(dev, |d| self.fs(d)?.statvfs(d))
    }
    fn sync(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()> {
        dev.sync()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::RamBlockDev;

    /// Counts the calls reaching the device.
    struct Counting {
        dev: RamBlockDev,
        reads: usize,
        writes: usize,
    }

    impl BlockDevice for Counting {
        fn block_size(&self) -> usize {
            self.dev.block_size()
        }
        fn block_count(&self) -> u64 {
            self.dev.block_count()
        }
        fn read(&mut self, b: u64, o: usize, buf: &mut [u8]) -> FsResult<()> {
            self.reads += 1;
            self.dev.read(b, o, buf)
        }
        fn write(&mut self, b: u64, o: usize, buf: &[u8]) -> FsResult<()> {
            self.writes += 1;
            self.dev.write(b, o, buf)
        }
        fn erase(&mut self, b: u64) -> FsResult<()> {
            self.dev.erase(b)
        }
    }

    #[test]
    fn sequential_io_costs_a_few_device_calls_per_chunk() {
        // Issue 9: a 60 KB file cost 7,616 reads (a scan of the FAT from
        // its start for every cluster, and no sector kept between the
        // reads of one operation).
        for blocks in [1200u64, 70_000] {
            let mut d = Counting {
                dev: RamBlockDev::new(512, blocks).unwrap(),
                reads: 0,
                writes: 0,
            };
            super::super::mkfs::mkfs(&mut d, 1).unwrap();
            let mut fs = FatVfs::new(&mut d).unwrap();
            let w = OpenOptions {
                write: true,
                create: true,
                truncate: true,
                ..Default::default()
            };
            let chunk: Vec<u8> = (0..4096u32).map(|i| (i * 7) as u8).collect();
            let chunks = 120;
            (d.reads, d.writes) = (0, 0);
            let mut f = fs.open(&mut d, "/big", &w).unwrap();
            for _ in 0..chunks {
                f.write(&mut d, &chunk).unwrap();
            }
            f.flush(&mut d).unwrap();
            assert!(d.reads <= 2 * chunks + 8, "{} reads", d.reads);
            assert!(d.writes <= 4 * chunks + 8, "{} writes", d.writes);
            let r = OpenOptions {
                read: true,
                ..Default::default()
            };
            (d.reads, d.writes) = (0, 0);
            let mut f = fs.open(&mut d, "/big", &r).unwrap();
            let mut buf = vec![0u8; 4096];
            for _ in 0..chunks {
                assert_eq!(f.read(&mut d, &mut buf).unwrap(), 4096);
                assert_eq!(buf, chunk);
            }
            assert_eq!(f.read(&mut d, &mut buf).unwrap(), 0);
            assert!(d.reads <= 2 * chunks + 8, "{} reads", d.reads);
            assert_eq!(d.writes, 0);
            // Seeking back and reading a part across clusters.
            f.seek(&mut d, SeekFrom::Start(4096 * 7 + 100)).unwrap();
            let mut part = vec![0u8; 3000];
            assert_eq!(f.read(&mut d, &mut part).unwrap(), 3000);
            assert_eq!(&part[..100], &chunk[100..200]);
        }
    }
}
