//! The host filesystem (`vfs.VfsPosix`), optionally rooted at a host
//! directory. Rooted, it is a sandbox: paths are normalised before they
//! reach it (no '..' survives), and every path is resolved beneath a
//! handle of the root, link by link, so that no symbolic link, not even
//! one swapped in while a path is being resolved, leads outside: by the
//! kernel (openat2 with RESOLVE_BENEATH) where it can, else (and for
//! absolute links) by a walk of `openat`/`fstatat` calls that follows
//! links itself. Links inside the root work, absolute ones too when they
//! name a host path inside the root; any other is EACCES.

use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs, S_IFDIR, S_IFREG};
use nix::errno::Errno;
use nix::fcntl::{open, openat, openat2, readlinkat, AtFlags, OFlag, OpenHow, ResolveFlag};
use nix::libc;
use nix::sys::stat::{fstat, fstatat, mkdirat, Mode};
use nix::unistd::{fchdir, unlinkat, UnlinkatFlags};
use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

pub struct PosixFs {
    /// The host directory that is this filesystem's '/', or None for the
    /// whole host filesystem.
    root: Option<Root>,
}

/// A sandbox root: every path is resolved from a handle of the directory,
/// one component at a time, never by its name, so that a symbolic link
/// swapped in while a path is resolved cannot lead outside.
struct Root {
    /// Canonical host path (only to show the current directory).
    path: PathBuf,
    /// The directory, opened once (O_PATH).
    fd: OwnedFd,
    /// Whether the kernel resolves for us (openat2 with RESOLVE_BENEATH,
    /// Linux 5.6); else paths are walked here (`walk`).
    openat2: bool,
}

/// Symbolic links followed in one resolution before ELOOP (the kernel's
/// limit).
const MAX_LINKS: usize = 40;
/// Attempts of a resolution that a concurrent rename made retry (the
/// kernel's EAGAIN, or a component that changed under the walk).
const RETRIES: usize = 64;

impl PosixFs {
    /// The host filesystem, rooted at `root` if given (which must be an
    /// existing directory).
    pub fn new(root: Option<&Path>) -> FsResult<PosixFs> {
        let root = match root {
            None => None,
            Some(r) => Some(Root::open(r, true)?),
        };
        Ok(PosixFs { root })
    }

    /// A rooted filesystem that never uses openat2, to test the walk the
    /// kernels without it get.
    #[doc(hidden)]
    pub fn new_walking(root: &Path) -> FsResult<PosixFs> {
        Ok(PosixFs {
            root: Some(Root::open(root, false)?),
        })
    }

    /// The process's current directory as a path of this filesystem. When
    /// it lies outside the root (the process changed directory elsewhere)
    /// the root stands in for it, so that relative paths stay inside.
    fn cwd(&self) -> FsResult<String> {
        let cwd = std::env::current_dir()?;
        let Some(root) = &self.root else {
            return cwd.to_str().map(str::to_string).ok_or(FsError::EINVAL);
        };
        match cwd.strip_prefix(&root.path) {
            Ok(rest) => match rest.to_str() {
                Some(r) => Ok(format!("/{}", r)),
                None => Ok("/".to_string()),
            },
            Err(_) => Ok("/".to_string()),
        }
    }

    /// The host path for a path of the unrooted filesystem.
    fn host(path: &str) -> FsResult<PathBuf> {
        if path.contains('\0') {
            return Err(FsError::EINVAL);
        }
        Ok(PathBuf::from(path))
    }
}

/// The components of a filesystem path (see `fs` for its form). The VFS
/// normalises paths; one that is not (a '..' left) is refused rather than
/// trusted.
fn components(path: &str) -> FsResult<Vec<&str>> {
    if path.contains('\0') {
        return Err(FsError::EINVAL);
    }
    let parts: Vec<&str> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    if parts.contains(&"..") {
        return Err(FsError::EACCES);
    }
    Ok(parts)
}

/// A leaving of the root: the kernel says EXDEV, the sandbox EACCES.
fn errno(e: Errno) -> FsError {
    match e {
        Errno::EXDEV => FsError::EACCES,
        e => FsError(e as i32),
    }
}

impl Root {
    fn open(dir: &Path, try_openat2: bool) -> FsResult<Root> {
        let path = std::fs::canonicalize(dir)?;
        let fd = open(
            &path,
            OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| match e {
            Errno::ENOTDIR => FsError::ENOTDIR,
            e => FsError(e as i32),
        })?;
        let mut root = Root {
            path,
            fd,
            openat2: false,
        };
        // Seccomp filters or old kernels refuse the call itself.
        root.openat2 = try_openat2 && root.openat2(".", OFlag::O_PATH, Mode::empty()).is_ok();
        Ok(root)
    }

    fn openat2(&self, rel: &str, flags: OFlag, mode: Mode) -> Result<OwnedFd, Errno> {
        // openat2 refuses a mode that nothing would be created with.
        let mode = if flags.contains(OFlag::O_CREAT) {
            mode
        } else {
            Mode::empty()
        };
        let how = OpenHow::new()
            .flags(flags | OFlag::O_CLOEXEC)
            .mode(mode)
            .resolve(ResolveFlag::RESOLVE_BENEATH | ResolveFlag::RESOLVE_NO_MAGICLINKS);
        for _ in 0..RETRIES {
            match openat2(&self.fd, rel, how) {
                // A rename somewhere during a '..': the kernel asks to retry.
                Err(Errno::EAGAIN) | Err(Errno::EINTR) => {}
                r => return r,
            }
        }
        Err(Errno::EAGAIN)
    }

    /// Open the path made of `parts` (following symbolic links, the last
    /// one's too) with `flags`, without leaving the root.
    fn open_beneath(&self, parts: &[&str], flags: OFlag, mode: Mode) -> FsResult<OwnedFd> {
        if self.openat2 {
            let rel = if parts.is_empty() {
                ".".to_string()
            } else {
                parts.join("/")
            };
            match self.openat2(&rel, flags, mode) {
                // An absolute link (perhaps to a host path inside the
                // root, which the walk follows) or a way out (which the
                // walk refuses too).
                Err(Errno::EXDEV) => {}
                r => return r.map_err(errno),
            }
        }
        for _ in 0..RETRIES {
            let (dir, name) = match self.walk(parts) {
                Err(FsError::EAGAIN) => continue,
                r => r?,
            };
            let name = name.as_deref().unwrap_or(OsStr::new("."));
            // The walk found `name` not to be a link; O_NOFOLLOW catches a
            // link put there since (O_PATH opens a link itself: checked).
            match openat(
                &dir,
                name,
                flags | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                mode,
            ) {
                Err(Errno::ELOOP) => continue,
                Err(e) => return Err(errno(e)),
                Ok(fd) => {
                    if flags.contains(OFlag::O_PATH)
                        && fstat(&fd).map_err(errno)?.st_mode & libc::S_IFMT == libc::S_IFLNK
                    {
                        continue;
                    }
                    return Ok(fd);
                }
            }
        }
        Err(FsError::EAGAIN)
    }

    /// The directory holding the last of `parts` (resolved as
    /// `open_beneath` does), and that last name.
    fn parent(&self, parts: &[&str]) -> FsResult<(OwnedFd, String)> {
        let (last, up) = parts.split_last().ok_or(FsError::EINVAL)?;
        let dir = self.open_beneath(up, OFlag::O_PATH | OFlag::O_DIRECTORY, Mode::empty())?;
        Ok((dir, last.to_string()))
    }

    /// Resolve `parts` from the root one component at a time, following
    /// symbolic links here (a '..' pops the directories walked; a '..' at
    /// the root, or an absolute link to a host path outside the root, is
    /// EACCES; one inside goes back to the root's handle), each directory
    /// entered by a handle opened without following links: the directory
    /// that holds the last component and its name (None when the path
    /// ends at a directory, through '..' or a link to one). The last
    /// component is not a link when the walk ends (it may not exist).
    /// EAGAIN: a directory was replaced while walked; walk again.
    fn walk(&self, parts: &[&str]) -> FsResult<(OwnedFd, Option<OsString>)> {
        use std::os::unix::ffi::OsStrExt;
        let mut todo: VecDeque<OsString> = parts.iter().map(OsString::from).collect();
        let mut stack: Vec<OwnedFd> = Vec::new();
        let mut links = 0;
        while let Some(c) = todo.pop_front() {
            let top = stack.last().unwrap_or(&self.fd);
            match c.as_bytes() {
                b"" | b"." => continue,
                b".." => {
                    if stack.pop().is_none() {
                        return Err(FsError::EACCES);
                    }
                    continue;
                }
                _ => {}
            }
            let st = match fstatat(top, c.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW) {
                Err(Errno::ENOENT) if todo.is_empty() => {
                    return Ok((dup(top)?, Some(c)));
                }
                r => r.map_err(errno)?,
            };
            match st.st_mode & libc::S_IFMT {
                libc::S_IFLNK => {
                    links += 1;
                    if links > MAX_LINKS {
                        return Err(FsError::ELOOP);
                    }
                    let target = readlinkat(top, c.as_os_str()).map_err(errno)?;
                    let mut t = target.as_bytes();
                    if t.first() == Some(&b'/') {
                        // Absolute: only a host path inside the root,
                        // walked from the root's handle.
                        t = Path::new(&target)
                            .strip_prefix(&self.path)
                            .map_err(|_| FsError::EACCES)?
                            .as_os_str()
                            .as_bytes();
                        stack.clear();
                    }
                    for part in t.split(|&b| b == b'/').rev() {
                        todo.push_front(OsStr::from_bytes(part).to_os_string());
                    }
                }
                _ if todo.is_empty() => return Ok((dup(top)?, Some(c))),
                libc::S_IFDIR => {
                    let fd = openat(
                        top,
                        c.as_os_str(),
                        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                        Mode::empty(),
                    )
                    // Replaced by a link since the fstatat: the caller
                    // walks again.
                    .map_err(|e| {
                        if e == Errno::ENOTDIR {
                            Errno::ELOOP
                        } else {
                            e
                        }
                    });
                    match fd {
                        Ok(fd) => stack.push(fd),
                        Err(Errno::ELOOP) => return Err(FsError::EAGAIN),
                        Err(e) => return Err(errno(e)),
                    }
                }
                _ => return Err(FsError::ENOTDIR),
            }
        }
        let top = stack.pop();
        Ok((
            match top {
                Some(fd) => fd,
                None => dup(&self.fd)?,
            },
            None,
        ))
    }
}

fn dup(fd: &OwnedFd) -> FsResult<OwnedFd> {
    Ok(fd.try_clone()?)
}

/// The open(2) flags of `o`, with std's checks of the combinations.
fn open_flags(o: &OpenOptions) -> FsResult<OFlag> {
    let write = o.write || o.append;
    let mut f = match (o.read, write) {
        (true, false) => OFlag::O_RDONLY,
        (false, true) => OFlag::O_WRONLY,
        (true, true) => OFlag::O_RDWR,
        (false, false) => return Err(FsError::EINVAL),
    };
    if (o.truncate || o.create || o.create_new) && !write {
        return Err(FsError::EINVAL);
    }
    if o.append {
        f |= OFlag::O_APPEND;
    }
    if o.create_new {
        f |= OFlag::O_CREAT | OFlag::O_EXCL;
    } else if o.create {
        f |= OFlag::O_CREAT;
    }
    if o.truncate {
        f |= OFlag::O_TRUNC;
    }
    Ok(f)
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

    fn as_fd(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        Some(std::os::fd::AsFd::as_fd(&self.0))
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

/// A directory's entries (not '.' and '..'), read from its handle; a
/// link is neither a directory nor a file (its target is not looked at).
fn list_fd(fd: OwnedFd) -> FsResult<Vec<DirEntry>> {
    use nix::dir::{Dir, Type};
    use std::os::unix::ffi::OsStrExt;
    let mut dir = Dir::from_fd(fd).map_err(errno)?;
    let dfd = dir.as_fd().try_clone_to_owned()?;
    let mut out = Vec::new();
    for e in dir.iter() {
        let e = e.map_err(errno)?;
        let name = e.file_name().to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        let st = || fstatat(&dfd, OsStr::from_bytes(name), AtFlags::AT_SYMLINK_NOFOLLOW);
        let ty = match e.file_type() {
            Some(t) => Some(t),
            // Filesystems that do not say: ask.
            None => st().ok().map(|s| match s.st_mode & libc::S_IFMT {
                libc::S_IFDIR => Type::Directory,
                libc::S_IFREG => Type::File,
                _ => Type::Symlink,
            }),
        };
        let (kind, size) = match ty {
            Some(Type::Directory) => (S_IFDIR, 0),
            Some(Type::File) => (S_IFREG, st().map(|s| s.st_size).unwrap_or(-1)),
            _ => (0, 0),
        };
        out.push(DirEntry {
            name: name.to_vec(),
            kind,
            ino: e.ino(),
            size,
        });
    }
    Ok(out)
}

fn statvfs_of(s: nix::sys::statvfs::Statvfs) -> StatVfs {
    StatVfs {
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
    }
}

impl FileSystem for PosixFs {
    fn open(
        &mut self,
        _dev: &mut dyn BlockDevice,
        path: &str,
        o: &OpenOptions,
    ) -> FsResult<Box<dyn FileHandle>> {
        let f = match &self.root {
            Some(root) => {
                let flags = open_flags(o)?;
                let fd =
                    root.open_beneath(&components(path)?, flags, Mode::from_bits_truncate(0o666))?;
                File::from(fd)
            }
            None => std::fs::OpenOptions::new()
                .read(o.read)
                .write(o.write && !o.append)
                .append(o.append)
                .create(o.create && !o.create_new)
                .truncate(o.truncate)
                .create_new(o.create_new)
                .open(Self::host(path)?)?,
        };
        if f.metadata()?.is_dir() {
            return Err(FsError::EISDIR);
        }
        Ok(Box::new(PosixFile(f)))
    }

    fn stat(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<Stat> {
        let m = match &self.root {
            Some(root) => {
                let fd = root.open_beneath(&components(path)?, OFlag::O_PATH, Mode::empty())?;
                File::from(fd).metadata()?
            }
            None => std::fs::metadata(Self::host(path)?)?,
        };
        Ok(stat_of(&m))
    }

    fn listdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<Vec<DirEntry>> {
        let flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC;
        let fd = match &self.root {
            Some(root) => root.open_beneath(&components(path)?, flags, Mode::empty())?,
            None => open(&Self::host(path)?, flags, Mode::empty()).map_err(errno)?,
        };
        list_fd(fd)
    }

    fn mkdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let Some(root) = &self.root else {
            return Ok(std::fs::create_dir(Self::host(path)?)?);
        };
        let parts = components(path)?;
        if parts.is_empty() {
            return Err(FsError::EEXIST);
        }
        let (dir, name) = root.parent(&parts)?;
        mkdirat(&dir, name.as_str(), Mode::from_bits_truncate(0o777)).map_err(errno)
    }

    fn rmdir(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let Some(root) = &self.root else {
            return Ok(std::fs::remove_dir(Self::host(path)?)?);
        };
        let parts = components(path)?;
        if parts.is_empty() {
            return Err(FsError::EBUSY);
        }
        let (dir, name) = root.parent(&parts)?;
        unlinkat(&dir, name.as_str(), UnlinkatFlags::RemoveDir).map_err(errno)
    }

    fn remove(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<()> {
        let Some(root) = &self.root else {
            let host = Self::host(path)?;
            if std::fs::symlink_metadata(&host)?.is_dir() {
                return Err(FsError::EISDIR);
            }
            return Ok(std::fs::remove_file(host)?);
        };
        let parts = components(path)?;
        if parts.is_empty() {
            return Err(FsError::EISDIR);
        }
        // A link is removed itself, inside the root, wherever it points.
        let (dir, name) = root.parent(&parts)?;
        unlinkat(&dir, name.as_str(), UnlinkatFlags::NoRemoveDir).map_err(|e| match e {
            // Linux says EISDIR for a directory; POSIX allows EPERM.
            Errno::EPERM => FsError::EISDIR,
            e => errno(e),
        })
    }

    fn rename(&mut self, _dev: &mut dyn BlockDevice, from: &str, to: &str) -> FsResult<()> {
        let Some(root) = &self.root else {
            return Ok(std::fs::rename(Self::host(from)?, Self::host(to)?)?);
        };
        let (a, b) = (components(from)?, components(to)?);
        if a.is_empty() || b.is_empty() {
            return Err(FsError::EBUSY);
        }
        let (da, na) = root.parent(&a)?;
        let (db, nb) = root.parent(&b)?;
        nix::fcntl::renameat(&da, na.as_str(), &db, nb.as_str()).map_err(errno)
    }

    fn statvfs(&mut self, _dev: &mut dyn BlockDevice, path: &str) -> FsResult<StatVfs> {
        let s = match &self.root {
            Some(root) => {
                let fd = root.open_beneath(&components(path)?, OFlag::O_PATH, Mode::empty())?;
                nix::sys::statvfs::fstatvfs(&fd)
            }
            None => nix::sys::statvfs::statvfs(&Self::host(path)?),
        };
        Ok(statvfs_of(s.map_err(errno)?))
    }

    fn sync(&mut self, _dev: &mut dyn BlockDevice) -> FsResult<()> {
        nix::unistd::sync();
        Ok(())
    }

    fn getcwd(&self) -> Option<FsResult<String>> {
        Some(self.cwd())
    }

    fn chdir(&mut self, path: &str) -> Option<FsResult<()>> {
        Some(match &self.root {
            Some(root) => components(path).and_then(|parts| {
                let fd =
                    root.open_beneath(&parts, OFlag::O_PATH | OFlag::O_DIRECTORY, Mode::empty())?;
                fchdir(&fd).map_err(errno)
            }),
            None => Self::host(path).and_then(|h| Ok(std::env::set_current_dir(h)?)),
        })
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

    /// Both ways of resolving: the kernel's (where it has openat2) and
    /// the walk.
    fn both(root: &Path) -> Vec<PosixFs> {
        vec![
            PosixFs::new(Some(root)).unwrap(),
            PosixFs::new_walking(root).unwrap(),
        ]
    }

    const READ: OpenOptions = OpenOptions {
        read: true,
        write: false,
        append: false,
        create: false,
        truncate: false,
        create_new: false,
    };

    #[test]
    fn sandbox_cannot_be_left() {
        let (base, root) = sandbox();
        for mut fs in both(&root) {
            let nd = &mut crate::block::NoDevice;
            let read = READ;
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
            assert_eq!(fs.statvfs(nd, "/sub/out_dir").err(), Some(FsError::EACCES));
            assert_eq!(fs.mkdir(nd, "/sub/out_dir/d").err(), Some(FsError::EACCES));
            assert_eq!(
                fs.rmdir(nd, "/sub/out_dir/root").err(),
                Some(FsError::EACCES)
            );
            assert_eq!(
                fs.remove(nd, "/sub/out_dir/secret").err(),
                Some(FsError::EACCES)
            );
            assert_eq!(fs.chdir("/sub/out_dir"), Some(Err(FsError::EACCES)));
            assert_eq!(
                fs.rename(nd, "/inside", "/sub/out_dir/stolen").err(),
                Some(FsError::EACCES)
            );
            assert_eq!(
                fs.rename(nd, "/sub/out_dir/secret", "/stolen").err(),
                Some(FsError::EACCES)
            );
            assert!(!base.join("stolen").exists() && !base.join("new").exists());
            assert!(!base.join("nowhere").exists() && !base.join("d").exists());
            assert!(base.join("secret").exists() && !root.join("stolen").exists());
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn links_inside_the_root_work() {
        let base = std::env::temp_dir().join(format!("upy-fs-links-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("root");
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join("top.txt"), b"top").unwrap();
        let link = |t: &str, at: &str| std::os::unix::fs::symlink(t, root.join(at)).unwrap();
        link("../../top.txt", "a/b/up");
        link("../..", "a/b/home");
        link("..", "a/parent");
        link(".", "a/b/here");
        link("loop", "loop");
        link("../../..", "a/b/out");
        link("new.txt", "a/dangling");
        for mut fs in both(&root) {
            let nd = &mut crate::block::NoDevice;
            let mut buf = [0u8; 8];
            let mut f = fs.open(nd, "/a/b/up", &READ).unwrap();
            assert_eq!(f.read(nd, &mut buf).unwrap(), 3);
            assert!(fs.open(nd, "/a/b/here/here/up", &READ).is_ok());
            assert!(fs.open(nd, "/a/b/home/a/parent/top.txt", &READ).is_ok());
            let names = |fs: &mut PosixFs, p: &str| {
                let mut v: Vec<_> = fs
                    .listdir(&mut crate::block::NoDevice, p)
                    .unwrap()
                    .into_iter()
                    .map(|e| (String::from_utf8(e.name).unwrap(), e.kind))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(names(&mut fs, "/a/b/home"), names(&mut fs, "/"));
            assert_eq!(
                names(&mut fs, "/a/parent"),
                [
                    ("a".to_string(), S_IFDIR),
                    ("loop".into(), 0),
                    ("top.txt".into(), S_IFREG)
                ]
            );
            assert_eq!(fs.stat(nd, "/a/b/home").unwrap().mode & 0o170000, S_IFDIR);
            assert_eq!(fs.stat(nd, "/a/b/up").unwrap().size, 3);
            assert_eq!(fs.open(nd, "/loop", &READ).err(), Some(FsError::ELOOP));
            assert_eq!(fs.stat(nd, "/a/b/out").err(), Some(FsError::EACCES));
            assert_eq!(fs.stat(nd, "/a/b/out/x").err(), Some(FsError::EACCES));
            assert_eq!(fs.stat(nd, "/top.txt/x").err(), Some(FsError::ENOTDIR));
            assert_eq!(fs.stat(nd, "/nothing/x").err(), Some(FsError::ENOENT));
            // Creating through a dangling link inside creates its target.
            let create = OpenOptions {
                write: true,
                create: true,
                ..Default::default()
            };
            fs.open(nd, "/a/dangling", &create).unwrap();
            assert!(root.join("a/new.txt").exists());
            fs.remove(nd, "/a/new.txt").unwrap();
            // Directory operations through links, and their errors.
            fs.mkdir(nd, "/a/b/home/made").unwrap();
            assert!(root.join("made").is_dir());
            assert_eq!(fs.mkdir(nd, "/made"), Err(FsError::EEXIST));
            assert_eq!(fs.mkdir(nd, "/"), Err(FsError::EEXIST));
            fs.rename(nd, "/a/parent/made", "/a/b/here/moved").unwrap();
            assert!(root.join("a/b/moved").is_dir());
            assert_eq!(fs.remove(nd, "/a/b/moved"), Err(FsError::EISDIR));
            fs.rmdir(nd, "/a/b/home/a/b/moved").unwrap();
            assert_eq!(fs.rmdir(nd, "/"), Err(FsError::EBUSY));
            assert_eq!(fs.open(nd, "/a", &READ).err(), Some(FsError::EISDIR));
            assert_eq!(fs.statvfs(nd, "/a/b/home").unwrap().namemax, 255);
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn a_link_swapped_during_resolution_never_leads_outside() {
        // Issue 9: "race" flips between a directory inside the root and
        // "../outside" while paths through it are resolved; the files in
        // both have different contents and sizes.
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::Arc;
        for walking in [false, true] {
            let base = std::env::temp_dir().join(format!(
                "upy-fs-race-{}-{}",
                std::process::id(),
                walking
            ));
            let _ = std::fs::remove_dir_all(&base);
            let root = base.join("root");
            std::fs::create_dir_all(root.join("inner")).unwrap();
            std::fs::create_dir_all(base.join("outside")).unwrap();
            std::fs::write(root.join("inner/secret.txt"), b"in").unwrap();
            std::fs::write(base.join("outside/secret.txt"), b"OUTSIDE").unwrap();
            std::fs::write(base.join("outside/only_outside"), b"").unwrap();
            std::os::unix::fs::symlink("inner", root.join("race")).unwrap();
            let stop = Arc::new(AtomicBool::new(false));
            let flipper = {
                let (stop, root) = (stop.clone(), root.clone());
                std::thread::spawn(move || {
                    let mut flips = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        for (target, tmp) in [("../outside", "t1"), ("inner", "t2")] {
                            let _ = std::fs::remove_file(root.join(tmp));
                            std::os::unix::fs::symlink(target, root.join(tmp)).unwrap();
                            std::fs::rename(root.join(tmp), root.join("race")).unwrap();
                        }
                        flips += 1;
                    }
                    flips
                })
            };
            let mut fs = if walking {
                PosixFs::new_walking(&root).unwrap()
            } else {
                PosixFs::new(Some(&root)).unwrap()
            };
            let nd = &mut crate::block::NoDevice;
            let (mut inside, mut refused) = (0, 0);
            for i in 0..20_000 {
                match i % 4 {
                    0 | 1 => match fs.open(nd, "/race/secret.txt", &READ) {
                        Ok(mut f) => {
                            let mut buf = [0u8; 16];
                            let n = f.read(nd, &mut buf).unwrap();
                            assert_eq!(&buf[..n], b"in", "read outside the root");
                            inside += 1;
                        }
                        Err(e) => {
                            assert_eq!(e, FsError::EACCES);
                            refused += 1;
                        }
                    },
                    2 => {
                        if let Ok(s) = fs.stat(nd, "/race/secret.txt") {
                            assert_eq!(s.size, 2, "stat outside the root");
                        }
                    }
                    _ => {
                        if let Ok(l) = fs.listdir(nd, "/race") {
                            assert!(
                                l.iter().all(|e| e.name != b"only_outside"),
                                "listed outside the root"
                            );
                        }
                    }
                }
            }
            stop.store(true, Ordering::Relaxed);
            let flips = flipper.join().unwrap();
            assert!(flips > 0 && inside + refused == 10_000);
            let _ = std::fs::remove_dir_all(&base);
        }
    }
}
