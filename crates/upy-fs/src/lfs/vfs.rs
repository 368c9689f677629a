//! littlefs v2 as a `FileSystem` the VFS mounts (MicroPython's
//! `VfsLfs2`): the shared `Mounted` layer over v2's state.

use super::fs::{format, Lfs};
use super::mounted::{delegate_littlefs, Mounted};
use super::Config;
use crate::block::BlockDevice;
use crate::error::FsResult;

pub type LfsVfs = Mounted<Lfs>;

delegate_littlefs!(Lfs, |lfs, dev, fid, mtime| lfs.file_sync(dev, fid, mtime));

impl Mounted<Lfs> {
    /// Mount the filesystem on `dev` with `VfsLfs2`'s arguments
    /// (`readsize`, `progsize`, `lookahead`, `mtime`): CORRUPT (errno 84)
    /// when the device holds none.
    pub fn mount_v2(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
        mtime: bool,
    ) -> FsResult<LfsVfs> {
        let cfg = Config::micropython(dev, read_size, prog_size, lookahead)?;
        Ok(Mounted::new(Lfs::mount(dev, &cfg)?, mtime))
    }

    /// Format `dev` (`VfsLfs2.mkfs`).
    pub fn mkfs_v2(
        dev: &mut dyn BlockDevice,
        read_size: u32,
        prog_size: u32,
        lookahead: u32,
    ) -> FsResult<()> {
        let cfg = Config::micropython(dev, read_size, prog_size, lookahead)?;
        format(dev, &cfg)
    }
}
