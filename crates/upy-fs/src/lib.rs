//! Filesystems of upy, independent of the VM.
//!
//! - `error`: `FsError`, an errno value.
//! - `fs`: the `FileSystem` and `FileHandle` traits every native
//!   filesystem implements (the host filesystem here; FAT and littlefs
//!   later), and the records they return (`Stat`, `DirEntry`, `StatVfs`).
//! - `posix`: the host filesystem, optionally sandboxed in a root
//!   directory that no path can leave.
//! - `path`: joining and normalising VFS paths, and resolving a path to
//!   the mount that holds it.
//! - `block`: block devices; `fat`: FAT volumes on them, laid out as
//!   MicroPython's `VfsFat` lays them out; `lfs`: littlefs v2 volumes, as
//!   MicroPython's `VfsLfs2` lays them out; `lfs1`: littlefs v1 volumes,
//!   as MicroPython's `VfsLfs1` lays them out.
//!
//! - `fuzzing` (hidden): the harness of the fuzz targets in `fuzz/`.
//!
//! The VM-facing side (Python file objects, the `io`, `os` and `vfs`
//! modules, filesystems written in Python) lives in `upy-modules`.

pub mod block;
pub mod civil;
pub mod error;
pub mod fat;
pub mod fs;
#[doc(hidden)]
pub mod fuzzing;
pub mod lfs;
pub mod lfs1;
pub mod path;
pub mod posix;

pub use error::{FsError, FsResult};
pub use fs::{DirEntry, FileHandle, FileSystem, OpenOptions, Stat, StatVfs};
