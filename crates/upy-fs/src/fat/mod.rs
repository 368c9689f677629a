//! FAT filesystems on block devices, laid out as MicroPython's `VfsFat`
//! (FatFs R0.13c as MicroPython configures it) lays them out, so that
//! images move between upy and MicroPython boards and `statvfs` gives the
//! same figures.
//!
//! - `mkfs`: formatting (one FAT, 512 root entries, no partition table;
//!   FAT32 with a partition table when FAT12/16 cannot hold the volume).
//! - `volume`: finding a volume on a device (at sector 0 or through the
//!   partition table), its geometry, FAT entries and free space.
//!
//! A block of the device is a sector. Filesystems do not own their device:
//! every operation is handed it, so a device written in Python can be
//! driven by the VM.

pub mod cache;
pub mod dir;
pub mod file;
pub mod fs;
pub mod mkfs;
pub mod name;
pub mod table;
pub mod time;
pub mod vfs;
pub mod volume;

/// Most clusters a FAT12 volume has (FatFs counts a volume with exactly
/// this many as FAT12), and likewise FAT16 and FAT32.
pub const MAX_FAT12: u32 = 0xff5;
pub const MAX_FAT16: u32 = 0xfff5;
pub const MAX_FAT32: u32 = 0x0fff_fff5;

/// Size of a directory entry.
pub const DIR_ENTRY: usize = 32;

/// The FAT variant, from the cluster count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FatType {
    Fat12,
    Fat16,
    Fat32,
}

impl FatType {
    /// The variant a volume of `clusters` data clusters is.
    pub fn for_clusters(clusters: u32) -> Option<FatType> {
        match clusters {
            0 => None,
            c if c <= MAX_FAT12 => Some(FatType::Fat12),
            c if c <= MAX_FAT16 => Some(FatType::Fat16),
            c if c <= MAX_FAT32 => Some(FatType::Fat32),
            _ => None,
        }
    }
}

pub(crate) fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

pub(crate) fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

pub(crate) fn put16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_le_bytes());
}

pub(crate) fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// A FAT timestamp (local time, 2-second resolution) packed as FatFs's
/// `get_fattime` returns it: the volume serial number at format time and
/// the stamp of every file written.
pub fn fat_time(year: u32, month: u32, day: u32, hour: u32, min: u32, sec: u32) -> u32 {
    (year.saturating_sub(1980).min(127) << 25)
        | (month << 21)
        | (day << 16)
        | (hour << 11)
        | (min << 5)
        | (sec / 2)
}

#[cfg(test)]
pub(crate) mod testdev {
    //! A sparse device for tests of volumes far bigger than memory.
    use crate::block::BlockDevice;
    use crate::error::{FsError, FsResult};
    use std::collections::HashMap;

    pub struct Sparse {
        pub bs: usize,
        pub count: u64,
        pub blocks: HashMap<u64, Vec<u8>>,
        pub writes: usize,
    }

    impl Sparse {
        pub fn new(bs: usize, count: u64) -> Sparse {
            Sparse {
                bs,
                count,
                blocks: HashMap::new(),
                writes: 0,
            }
        }
    }

    impl BlockDevice for Sparse {
        fn block_size(&self) -> usize {
            self.bs
        }
        fn block_count(&self) -> u64 {
            self.count
        }
        fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()> {
            // Whole blocks only, as FAT uses the device.
            if offset != 0 || !buf.len().is_multiple_of(self.bs) {
                return Err(FsError::EINVAL);
            }
            for (i, chunk) in buf.chunks_mut(self.bs).enumerate() {
                let b = block + i as u64;
                if b >= self.count {
                    return Err(FsError::EIO);
                }
                match self.blocks.get(&b) {
                    Some(d) => chunk.copy_from_slice(d),
                    None => chunk.fill(0),
                }
            }
            Ok(())
        }
        fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()> {
            if offset != 0 || !buf.len().is_multiple_of(self.bs) {
                return Err(FsError::EINVAL);
            }
            for (i, chunk) in buf.chunks(self.bs).enumerate() {
                let b = block + i as u64;
                if b >= self.count {
                    return Err(FsError::EIO);
                }
                self.writes += 1;
                self.blocks.insert(b, chunk.to_vec());
            }
            Ok(())
        }
        fn erase(&mut self, block: u64) -> FsResult<()> {
            self.blocks.remove(&block);
            Ok(())
        }
    }
}
