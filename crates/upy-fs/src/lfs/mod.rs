//! littlefs v2 (on-disk version 2.1) filesystems on block devices, laid out
//! as MicroPython's `VfsLfs2` lays them out, written from littlefs's format
//! documentation (SPEC.md, DESIGN.md), so that images move between upy,
//! MicroPython boards and the C library.
//!
//! - `crc`, `tag`: the CRC-32 and the 32-bit tags of metadata logs.
//! - `mdir`: metadata pairs: reading their logs, appending commits,
//!   compacting and splitting them.
//! - `ctz`: files stored as CTZ skip-lists of blocks.
//! - `alloc`: the block allocator (a lookahead window over a traversal of
//!   the filesystem) and the traversal itself.
//! - `dir`: directories as chains of metadata pairs; path lookup.
//! - `fs`: formatting, mounting, path operations; `file`: open files;
//!   `mounted`: the `FileSystem` layer shared with v1; `vfs`: v2's.
//!
//! Not done: wear levelling of metadata pairs (`block_cycles` is stored
//! but pairs are never relocated), bad-block handling, and finishing a
//! move or orphan left by a power loss in the C library (the global state
//! is preserved, never acted on).

pub mod alloc;
pub mod crc;
pub mod ctz;
pub mod dir;
pub mod file;
pub mod fs;
pub mod mdir;
pub mod mounted;
pub mod tag;
pub mod vfs;

#[cfg(test)]
mod tests;

use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// littlefs's LFS_ERR_CORRUPT.
pub const CORRUPT: FsError = FsError::EILSEQ;

/// The on-disk version written by `format` (2.1).
pub const DISK_VERSION: u32 = 0x0002_0001;

/// A pointer to a metadata pair that points nowhere.
pub const NULL_PAIR: [u32; 2] = [u32::MAX, u32::MAX];

/// Geometry and limits, as MicroPython's `VfsLfs2` configures littlefs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub read_size: u32,
    pub prog_size: u32,
    pub block_size: u32,
    pub block_count: u32,
    /// Bytes of lookahead bitmap (8 blocks each).
    pub lookahead: u32,
    pub block_cycles: i32,
    pub cache_size: u32,
    pub name_max: u32,
    pub file_max: u32,
    pub attr_max: u32,
}

impl Config {
    /// MicroPython's configuration for `dev` (`readsize`, `progsize` and
    /// `lookahead` are `VfsLfs2`'s constructor arguments: 32, 32, 32).
    pub fn micropython(
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
            block_cycles: 100,
            cache_size: block_size.min(4 * read_size.max(prog_size)),
            name_max: 255,
            file_max: 2_147_483_647,
            attr_max: 1022,
        };
        c.check()?;
        Ok(c)
    }

    /// EINVAL for geometry littlefs cannot use.
    pub fn check(&self) -> FsResult<()> {
        let ok = self.read_size > 0
            && self.prog_size > 0
            // MicroPython mounts images with 64-byte blocks (the C
            // library's stricter check is an assertion it compiles out).
            && self.block_size >= 64
            && self.block_size.is_multiple_of(self.prog_size)
            && self.prog_size <= 512
            && self.block_count >= 2
            && self.lookahead > 0;
        if ok {
            Ok(())
        } else {
            Err(FsError::EINVAL)
        }
    }

    /// Largest file kept inline in its directory's metadata.
    pub fn inline_max(&self) -> usize {
        self.cache_size.min(self.attr_max).min(self.block_size / 8) as usize
    }

    /// `statvfs` figures when `used` blocks are in use.
    pub fn statvfs(&self, used: u64) -> crate::fs::StatVfs {
        let bs = self.block_size as u64;
        let free = (self.block_count as u64).saturating_sub(used);
        crate::fs::StatVfs {
            bsize: bs,
            frsize: bs,
            blocks: self.block_count as u64,
            bfree: free,
            bavail: free,
            namemax: self.name_max as u64,
            ..Default::default()
        }
    }

    pub fn bs(&self) -> usize {
        self.block_size as usize
    }
}

pub(crate) fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Read a whole block.
pub(crate) fn read_block(dev: &mut dyn BlockDevice, cfg: &Config, b: u32) -> FsResult<Vec<u8>> {
    if b >= cfg.block_count {
        return Err(CORRUPT);
    }
    let mut buf = vec![0u8; cfg.bs()];
    dev.read(b as u64, 0, &mut buf)?;
    Ok(buf)
}
