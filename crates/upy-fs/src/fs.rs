//! The interface between the VFS and a filesystem.
//!
//! Paths given to a filesystem are relative to its mount point and
//! absolute within it: they start with '/', are normalised (no '.', '..'
//! or repeated slashes) and '/' is the filesystem's root.
//!
//! A filesystem does not own its block device: every operation is handed
//! it (`dev`), so that a device written in Python can be driven through
//! the VM. Filesystems without one (the host's) get `NoDevice`.

use crate::block::BlockDevice;
use crate::error::FsResult;
use std::io::SeekFrom;

/// How to open a file (the combinations `open()` modes give).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenOptions {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    /// Fail with EEXIST if the file exists (mode 'x').
    pub create_new: bool,
}

/// An open file. Blocking: `read` returns fewer bytes than asked only at
/// the end of the file, `write` writes everything or fails.
pub trait FileHandle {
    fn read(&mut self, dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize>;
    fn write(&mut self, dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize>;
    fn seek(&mut self, dev: &mut dyn BlockDevice, pos: SeekFrom) -> FsResult<u64>;
    /// Write what is pending (data, and the file's size and time in its
    /// directory).
    fn flush(&mut self, dev: &mut dyn BlockDevice) -> FsResult<()>;
    /// The host file descriptor, for files that have one.
    fn fileno(&self) -> Option<i32> {
        None
    }
    /// The host file descriptor, borrowed for a wait or a read on it.
    fn as_fd(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        None
    }
    /// Cut or extend the file to `size` bytes.
    fn truncate(&mut self, dev: &mut dyn BlockDevice, size: u64) -> FsResult<()>;
}

/// `os.stat` fields, in CPython's order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
}

/// Mode bits of directories and regular files (what `ilistdir` reports
/// as an entry's type).
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;
pub const S_IFMT: u32 = 0o170000;

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    /// The name as the filesystem stores it (UTF-8 on every filesystem
    /// upy creates; host names may be any bytes).
    pub name: Vec<u8>,
    /// `S_IFDIR` or `S_IFREG` (0 when neither).
    pub kind: u32,
    pub ino: u64,
    /// Size in bytes (0 for directories and special files); -1 for an
    /// entry without a size field (the VFS's mount-point entries, which
    /// MicroPython lists as 3-tuples).
    pub size: i64,
}

/// `os.statvfs` fields, in the order the os seed lists them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatVfs {
    pub bsize: u64,
    pub frsize: u64,
    pub blocks: u64,
    pub bfree: u64,
    pub bavail: u64,
    pub files: u64,
    pub ffree: u64,
    pub favail: u64,
    pub flag: u64,
    pub namemax: u64,
}

impl StatVfs {
    /// The fields in `os.statvfs`'s order.
    pub fn fields(&self) -> [u64; 10] {
        [
            self.bsize,
            self.frsize,
            self.blocks,
            self.bfree,
            self.bavail,
            self.files,
            self.ffree,
            self.favail,
            self.flag,
            self.namemax,
        ]
    }
}

/// A mountable filesystem.
pub trait FileSystem {
    fn open(
        &mut self,
        dev: &mut dyn BlockDevice,
        path: &str,
        opts: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>>;
    fn stat(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat>;
    fn listdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>>;
    fn mkdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()>;
    fn rmdir(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()>;
    fn remove(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<()>;
    fn rename(&mut self, dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()>;
    fn statvfs(&mut self, dev: &mut dyn BlockDevice, path: &str) -> FsResult<StatVfs>;
    /// Write everything to the storage.
    fn sync(&mut self, _dev: &mut dyn BlockDevice) -> FsResult<()> {
        Ok(())
    }
    /// The current directory (absolute within the filesystem) of a
    /// filesystem that keeps its own: the host filesystem shares the
    /// process's, as MicroPython's unix port. None: the VFS keeps it.
    fn getcwd(&self) -> Option<FsResult<String>> {
        None
    }
    /// Make `path` (an existing directory) the current directory of a
    /// filesystem that keeps its own; None: the VFS keeps it.
    fn chdir(&mut self, _path: &str) -> Option<FsResult<()>> {
        None
    }
}
