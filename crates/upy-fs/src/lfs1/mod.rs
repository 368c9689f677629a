//! littlefs v1 (on-disk version 1.1, as littlefs v1.7 writes it)
//! filesystems on block devices, laid out as MicroPython's `VfsLfs1` lays
//! them out, written from littlefs v1's format documentation (SPEC.md,
//! DESIGN.md of littlefs v1).
//!
//! v1 differs from v2 (`crate::lfs`): a metadata pair is rewritten whole
//! on every commit (no log), holds fixed-layout entries (type, lengths,
//! data, attributes, name), and the superblock lives in its own pair at
//! blocks 0/1 whose tail starts the list threading every pair. Files are
//! always CTZ skip-lists (no inline files); there are no attributes.
//!
//! - `meta`: metadata pairs: entries, fetching, committing.
//! - `alloc`: the block allocator and the traversal of the filesystem.
//! - `fs`: formatting, mounting, directories and path operations;
//!   `file`: open files; `vfs`: the `FileSystem` the VFS mounts.
//!
//! The CRC (`crate::lfs::crc`) and the skip-lists (`crate::lfs::ctz`) are
//! the same as v2's and shared with it; so is `crate::lfs::Config`, whose
//! `lookahead` counts blocks (bits of the bitmap) here, as v1's does.
//!
//! Not done: wear levelling and bad-block handling; attributes other
//! files carry are kept but never written.

pub mod alloc;
pub mod file;
pub mod fs;
pub mod meta;
pub mod vfs;

#[cfg(test)]
mod tests;

use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
pub use crate::lfs::Config;

/// littlefs v1's LFS_ERR_CORRUPT, as MicroPython's `VfsLfs1` reports it
/// (errno 52).
pub const CORRUPT: FsError = FsError(52);

/// The on-disk version written by `format` (1.1).
pub const DISK_VERSION: u32 = 0x0001_0001;

/// A pointer to a metadata pair that points nowhere.
pub const NULL_PAIR: [u32; 2] = [u32::MAX, u32::MAX];

/// The superblock's pair.
pub const SUPER: [u32; 2] = [0, 1];

/// Entry types (the high bit marks an entry being moved).
pub const T_FILE: u8 = 0x11;
pub const T_DIR: u8 = 0x22;
pub const T_SUPER: u8 = 0x2e;
pub const MOVED: u8 = 0x80;

/// MicroPython's configuration for `dev` (`readsize`, `progsize` and
/// `lookahead`, in blocks, are `VfsLfs1`'s constructor arguments: 32, 32,
/// 32).
pub fn micropython_config(
    dev: &dyn BlockDevice,
    read_size: u32,
    prog_size: u32,
    lookahead: u32,
) -> FsResult<Config> {
    let block_size = u32::try_from(dev.block_size()).map_err(|_| FsError::EINVAL)?;
    let block_count = u32::try_from(dev.block_count()).map_err(|_| FsError::EINVAL)?;
    let c = Config {
        read_size,
        prog_size,
        block_size,
        block_count,
        lookahead,
        block_cycles: -1,
        cache_size: block_size,
        name_max: 255,
        file_max: 2_147_483_647,
        attr_max: 0,
    };
    c.check()?;
    // v1 keeps the lookahead bitmap in 32-bit words.
    if !lookahead.is_multiple_of(32) {
        return Err(FsError::EINVAL);
    }
    Ok(c)
}

pub(crate) use crate::lfs::le32;
