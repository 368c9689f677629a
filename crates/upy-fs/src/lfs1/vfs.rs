//! littlefs v1 as a `FileSystem` the VFS mounts (MicroPython's
//! `VfsLfs1`): the shared `Mounted` layer of `lfs` over v1's state.

use super::fs::{format, Lfs1};
use super::micropython_config;
use crate::block::BlockDevice;
use crate::error::FsResult;
use crate::lfs::mounted::{delegate_littlefs, Mounted};

pub type LfsVfs1 = Mounted<Lfs1>;

// v1 stores no modification times.
delegate_littlefs!(Lfs1, |lfs, dev, fid, _mtime| lfs.file_sync(dev, fid));

impl Mounted<Lfs1> {
    /// Mount the filesystem on `dev` with `VfsLfs1`'s arguments
    /// (`readsize`, `progsize`, `lookahead` in blocks; v1 cannot store
    /// `mtime`): CORRUPT (errno 52) when the device holds none.
    pub fn mount_v1(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
    ) -> FsResult<LfsVfs1> {
        let cfg = micropython_config(dev, read_size, prog_size, lookahead)?;
        Ok(Mounted::new(Lfs1::mount(dev, &cfg)?, false))
    }

    /// Format `dev` (`VfsLfs1.mkfs`).
    pub fn mkfs_v1(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
    ) -> FsResult<()> {
        let cfg = micropython_config(dev, read_size, prog_size, lookahead)?;
        format(dev, &cfg)
    }
}
