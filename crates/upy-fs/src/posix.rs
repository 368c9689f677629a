//! The host filesystem (`vfs.VfsPosix`), optionally rooted at a host
//! directory. Rooted, it is a sandbox: paths are normalised before they
//! reach it (no '..' survives), and every path is checked so that
//! symbolic links cannot lead outside the root either.

use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs, S_IFDIR, S_IFREG};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirEntryExt, MetadataExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

pub struct PosixFs {
    /// Canonical host directory that is this filesystem's '/', or None
    /// for the whole host filesystem.
    root: Option<PathBuf>,
}

impl PosixFs {
    /// The host filesystem, rooted at `root` if given (which must be an
    /// existing directory).
    pub fn new(root: Option<&Path>) -> FsResult<PosixFs> {
        let root = match root {
            None => None,
            Some(r) => {
                let c = std::fs::canonicalize(r)?;
                if !c.is_dir() {
                    return Err(FsError::ENOTDIR);
                }
                Some(c)
            }
        };
        Ok(PosixFs { root })
    }

    /// The process's current directory as a path of this filesystem. When
    /// it lies outside the root (the process changed directory elsewhere)
    /// the root stands in for it, so that relative paths stay inside.
    fn cwd(&self) -> FsResult<String> {
        let cwd = std::env::current_dir()?;
        let Some(root) = &self.root else {
            return cwd.to_str().map(str::to_string).ok_or(FsError::EINVAL);
        };
        match cwd.strip_prefix(root) {
            Ok(rest) => match rest.to_str() {
                Some(r) => Ok(format!("/{}", r)),
                None => Ok("/".to_string()),
            },
            Err(_) => Ok("/".to_string()),
        }
    }

    /// The host path for a filesystem path (see `fs` for their form).
    fn host(&self, path: &str) -> FsResult<PathBuf> {
        if path.contains('\0') {
            return Err(FsError::EINVAL);
        }
        let Some(root) = &self.root else {
            return Ok(PathBuf::from(path));
        };
        // The VFS normalises paths; refuse any that is not, rather than
        // trust it.
        let rel = path.trim_start_matches('/');
        if rel.split('/').any(|c| c == "..") {
            return Err(FsError::EACCES);
        }
        let host = if rel.is_empty() {
            root.clone()
        } else {
            root.join(rel)
        };
        check_inside(root, &host)?;
        Ok(host)
    }
}

/// Refuse a host path whose existing part leads outside `root` through
/// symbolic links.
fn check_inside(root: &Path, host: &Path) -> FsResult<()> {
    // The longest prefix of `host` that exists as a directory entry.
    let mut existing = Some(host);
    while let Some(p) = existing {
        if p.symlink_metadata().is_ok() {
            break;
        }
        existing = p.parent();
    }
    let Some(p) = existing else { return Ok(()) };
    match std::fs::canonicalize(p) {
        Ok(c) if c.starts_with(root) => Ok(()),
        Ok(_) => Err(FsError::EACCES),
        // A dangling link: where it points is unknown, so refuse it.
        Err(_) => Err(FsError::EACCES),
    }
}

struct PosixFile(File);

impl FileHandle for PosixFile {
    fn read(&mut self, _dev: &mut dyn BlockDevice, buf: &mut [u8]) -> FsResult<usize> {
        // No short reads before the end of the file.
        let mut n = 0;
        while n < buf.len() {
            match self.0.read(&mut buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(n)
    }

    fn write(&mut self, _dev: &mut dyn BlockDevice, buf: &[u8]) -> FsResult<usize> {
        self.0.write_all(buf)?;
        Ok(buf.len())
    }

    fn seek(&mut self, _dev: &mut dyn BlockDevice, pos: SeekFrom) -> FsResult<u64> {
        Ok(self.0.seek(pos)?)
    }

    fn flush(&mut self, _dev: &mut dyn BlockDevice) -> FsResult<()> {
        Ok(self.0.flush()?)
    }

    fn fileno(&self) -> Option<i32> {
        Some(self.0.as_raw_fd())
    }

    fn truncate(&mut self, _dev: &mut dyn BlockDevice, size: u64) -> FsResult<()> {
        Ok(self.0.set_len(size)?)
    }
}

fn stat_of(m: &std::fs::Metadata) -> Stat {
    Stat {
        mode: m.mode(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
        size: m.size(),
        atime: m.atime(),
        mtime: m.mtime(),
        ctime: m.ctime(),
    }
}

impl FileSystem for PosixFs {
    fn open(
        &mut self,
        _dev: &mut dyn BlockDevice,
        path: &str,
        o: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let host = self.host(path)?;
        let f = std::fs::OpenOptions::new()
            .read(o.read)
            .write(o.write && !o.append)
            .append(o.append)
            .create(o.create && !o.create_new)
            .truncate(o.truncate)
            .create_new(o.create_new)
            .open(&host)?;
        if f.metadata()?.is_dir() {
            return Err(FsError::EISDIR);
        }
        Ok(Box::new(PosixFile(f)))
    }

    fn stat(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        let host = self.host(path)?;
        Ok(stat_of(&std::fs::metadata(host)?))
    }

    fn listdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        use std::os::unix::ffi::OsStrExt;
        let host = self.host(path)?;
        let mut out = Vec::new();
        for e in std::fs::read_dir(host)? {
            let e = e?;
            let ft = e.file_type()?;
            let (kind, size) = if ft.is_dir() {
                (S_IFDIR, 0)
            } else if ft.is_file() {
                (S_IFREG, e.metadata().map(|m| m.len() as i64).unwrap_or(-1))
            } else {
                (0, 0)
            };
            out.push(DirEntry {
                name: e.file_name().as_bytes().to_vec(),
                kind,
                ino: e.ino(),
                size,
            });
        }
        Ok(out)
    }

    fn mkdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let host = self.host(path)?;
        Ok(std::fs::create_dir(host)?)
    }

    fn rmdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        if self.root.is_some() && path == "/" {
            return Err(FsError::EBUSY);
        }
        let host = self.host(path)?;
        Ok(std::fs::remove_dir(host)?)
    }

    fn remove(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let host = self.host(path)?;
        if std::fs::symlink_metadata(&host)?.is_dir() {
            return Err(FsError::EISDIR);
        }
        Ok(std::fs::remove_file(host)?)
    }

    fn rename(&mut self, _dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        let (a, b) = (self.host(from)?, self.host(to)?);
        Ok(std::fs::rename(a, b)?)
    }

    fn statvfs(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<StatVfs> {
        let host = self.host(path)?;
        let s = nix::sys::statvfs::statvfs(&host).map_err(|e| FsError(e as i32))?;
        Ok(StatVfs {
            bsize: s.block_size(),
            frsize: s.fragment_size(),
            blocks: s.blocks(),
            bfree: s.blocks_free(),
            bavail: s.blocks_available(),
            files: s.files(),
            ffree: s.files_free(),
            favail: s.files_available(),
            flag: s.flags().bits(),
            namemax: s.name_max(),
        })
    }

    fn sync(&mut self, _dev: &mut dyn BlockDevice) -> FsResult<()> {
        nix::unistd::sync();
        Ok(())
    }

    fn getcwd(&self) -> Option<FsResult<String>> {
        Some(self.cwd())
    }

    fn chdir(&mut self, path: &str) -> Option<FsResult<()>> {
        Some(
            self.host(path)
                .and_then(|h| Ok(std::env::set_current_dir(h)?)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sandbox() -> (PathBuf, PathBuf) {
        let base = std::env::temp_dir().join(format!("upy-fs-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("root");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(base.join("secret"), b"outside").unwrap();
        std::fs::write(root.join("inside"), b"in").unwrap();
        std::os::unix::fs::symlink(base.join("secret"), root.join("out_link")).unwrap();
        std::os::unix::fs::symlink(&base, root.join("sub/out_dir")).unwrap();
        std::os::unix::fs::symlink(root.join("inside"), root.join("in_link")).unwrap();
        std::os::unix::fs::symlink(base.join("nowhere"), root.join("dangling")).unwrap();
        (base, root)
    }

    #[test]
    fn sandbox_cannot_be_left() {
        let (base, root) = sandbox();
        let mut fs = PosixFs::new(Some(&root)).unwrap();
        let nd = &mut crate::block::NoDevice;
        let read = OpenOptions {
            read: true,
            ..Default::default()
        };
        let create = OpenOptions {
            write: true,
            create: true,
            truncate: true,
            ..Default::default()
        };
        assert!(fs.open(nd, "/inside", &read).is_ok());
        assert!(fs.open(nd, "/in_link", &read).is_ok());
        assert_eq!(fs.open(nd, "/out_link", &read).err(), Some(FsError::EACCES));
        assert_eq!(
            fs.open(nd, "/sub/out_dir/secret", &read).err(),
            Some(FsError::EACCES)
        );
        assert_eq!(
            fs.open(nd, "/sub/out_dir/new", &create).err(),
            Some(FsError::EACCES)
        );
        assert_eq!(
            fs.open(nd, "/dangling", &create).err(),
            Some(FsError::EACCES)
        );
        assert_eq!(
            fs.open(nd, "/../secret", &read).err(),
            Some(FsError::EACCES)
        );
        assert_eq!(fs.open(nd, "/a\0b", &read).err(), Some(FsError::EINVAL));
        assert_eq!(fs.stat(nd, "/sub/out_dir").err(), Some(FsError::EACCES));
        assert_eq!(fs.listdir(nd, "/sub/out_dir").err(), Some(FsError::EACCES));
        assert_eq!(
            fs.rename(nd, "/inside", "/sub/out_dir/stolen").err(),
            Some(FsError::EACCES)
        );
        assert!(!base.join("stolen").exists() && !base.join("new").exists());
        assert!(!base.join("nowhere").exists());
        let _ = std::fs::remove_dir_all(&base);
    }
}
