//! Filesystem errors are errno values, as MicroPython's and CPython's
//! `OSError` carry them.

/// An errno value (Linux numbering, which MicroPython's `errno` uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FsError(pub i32);

pub type FsResult<T> = Result<T, FsError>;

impl FsError {
    pub const EPERM: FsError = FsError(1);
    pub const ENOENT: FsError = FsError(2);
    pub const EIO: FsError = FsError(5);
    pub const EBADF: FsError = FsError(9);
    pub const EAGAIN: FsError = FsError(11);
    pub const EBUSY: FsError = FsError(16);
    pub const ENOMEM: FsError = FsError(12);
    pub const EACCES: FsError = FsError(13);
    pub const EEXIST: FsError = FsError(17);
    pub const EXDEV: FsError = FsError(18);
    pub const ENODEV: FsError = FsError(19);
    pub const ENOTDIR: FsError = FsError(20);
    pub const EISDIR: FsError = FsError(21);
    pub const EINVAL: FsError = FsError(22);
    pub const ENOSPC: FsError = FsError(28);
    pub const ESPIPE: FsError = FsError(29);
    pub const EROFS: FsError = FsError(30);
    pub const ENAMETOOLONG: FsError = FsError(36);
    /// littlefs's LFS_ERR_CORRUPT (MicroPython's `VfsLfs2` raises it for
    /// an unformatted or damaged device).
    pub const EILSEQ: FsError = FsError(84);
    pub const ENOTEMPTY: FsError = FsError(39);
    pub const ELOOP: FsError = FsError(40);
    pub const EOPNOTSUPP: FsError = FsError(95);

    /// CPython's `strerror` text for the errno values filesystems raise.
    pub fn message(self) -> &'static str {
        match self.0 {
            1 => "Operation not permitted",
            2 => "No such file or directory",
            5 => "Input/output error",
            9 => "Bad file descriptor",
            11 => "Resource temporarily unavailable",
            12 => "Cannot allocate memory",
            13 => "Permission denied",
            16 => "Device or resource busy",
            17 => "File exists",
            18 => "Invalid cross-device link",
            19 => "No such device",
            20 => "Not a directory",
            21 => "Is a directory",
            22 => "Invalid argument",
            27 => "File too large",
            28 => "No space left on device",
            29 => "Illegal seek",
            30 => "Read-only file system",
            36 => "File name too long",
            39 => "Directory not empty",
            40 => "Too many levels of symbolic links",
            52 => "Invalid exchange",
            84 => "Invalid or incomplete multibyte or wide character",
            95 => "Operation not supported",
            _ => "Unknown error",
        }
    }
}

impl From<std::io::Error> for FsError {
    fn from(e: std::io::Error) -> Self {
        match e.raw_os_error() {
            Some(n) => FsError(n),
            None => match e.kind() {
                std::io::ErrorKind::NotFound => FsError::ENOENT,
                std::io::ErrorKind::PermissionDenied => FsError::EACCES,
                std::io::ErrorKind::AlreadyExists => FsError::EEXIST,
                std::io::ErrorKind::InvalidInput => FsError::EINVAL,
                std::io::ErrorKind::OutOfMemory => FsError::ENOMEM,
                _ => FsError::EIO,
            },
        }
    }
}
