//! The file allocation table: following, extending and freeing cluster
//! chains, and FAT32's free-space hints (FSInfo), kept current as FatFs
//! keeps them so that `statvfs` stays right.

use super::volume::Volume;
use super::{put32, FatType};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// Entries at or above this value end a chain.
pub fn is_end(v: u32, t: FatType) -> bool {
    v >= match t {
        FatType::Fat12 => 0xff8,
        FatType::Fat16 => 0xfff8,
        FatType::Fat32 => 0x0fff_fff8,
    }
}

/// The value that ends a chain.
pub fn end_mark(t: FatType) -> u32 {
    match t {
        FatType::Fat12 => 0xfff,
        FatType::Fat16 => 0xffff,
        FatType::Fat32 => 0x0fff_ffff,
    }
}

impl Volume {
    /// The cluster after `c` in its chain, or None at the end. A chain
    /// that leads to a free or out-of-range cluster is corrupt: EIO.
    pub fn next_cluster(&self, dev: &mut dyn BlockDevice, c: u32) -> FsResult<Option<u32>> {
        let v = self.entry(dev, c)?;
        if is_end(v, self.fat_type) {
            return Ok(None);
        }
        if v < 2 || v >= self.entries {
            return Err(FsError::EIO);
        }
        Ok(Some(v))
    }

    /// Set the FAT entry of `cluster` in every FAT.
    pub fn set_entry(&self, dev: &mut dyn BlockDevice, cluster: u32, value: u32) -> FsResult<()> {
        if cluster < 2 || cluster >= self.entries {
            return Err(FsError::EIO);
        }
        let ss = self.ss as u64;
        let (at, width) = match self.fat_type {
            FatType::Fat12 => (cluster as u64 + cluster as u64 / 2, 2),
            FatType::Fat16 => (cluster as u64 * 2, 2),
            FatType::Fat32 => (cluster as u64 * 4, 4),
        };
        for f in 0..self.n_fats as u64 {
            let base = self.fat_start + f * self.fat_sectors as u64;
            let mut sector = vec![0u8; self.ss as usize];
            let mut loaded = u64::MAX;
            // Read-modify-write byte by byte (a FAT12 entry may straddle
            // two sectors); the bytes are first gathered to merge bits.
            let mut raw = [0u8; 4];
            for (i, r) in raw.iter_mut().enumerate().take(width) {
                let pos = at + i as u64;
                if pos / ss != loaded {
                    loaded = pos / ss;
                    dev.read(base + loaded, 0, &mut sector)?;
                }
                *r = sector[(pos % ss) as usize];
            }
            let new: [u8; 4] = match self.fat_type {
                FatType::Fat12 => {
                    let old = u16::from_le_bytes([raw[0], raw[1]]);
                    let v = (value & 0xfff) as u16;
                    let w = if cluster & 1 == 1 {
                        (old & 0x000f) | (v << 4)
                    } else {
                        (old & 0xf000) | v
                    };
                    let b = w.to_le_bytes();
                    [b[0], b[1], 0, 0]
                }
                FatType::Fat16 => {
                    let b = (value as u16).to_le_bytes();
                    [b[0], b[1], 0, 0]
                }
                FatType::Fat32 => {
                    let old = u32::from_le_bytes(raw);
                    ((old & 0xf000_0000) | (value & 0x0fff_ffff)).to_le_bytes()
                }
            };
            loaded = u64::MAX;
            for (i, b) in new.iter().enumerate().take(width) {
                let pos = at + i as u64;
                if pos / ss != loaded {
                    if loaded != u64::MAX {
                        dev.write(base + loaded, 0, &sector)?;
                    }
                    loaded = pos / ss;
                    dev.read(base + loaded, 0, &mut sector)?;
                }
                sector[(pos % ss) as usize] = *b;
            }
            dev.write(base + loaded, 0, &sector)?;
        }
        Ok(())
    }

    /// Take a free cluster, mark it as a chain's end and link it after
    /// `prev`. ENOSPC when the volume is full. As FatFs, a chain grows
    /// into the cluster right after its last when that is free, else the
    /// search goes on from there, so that a file written from start to
    /// end costs one look per cluster rather than a scan from the start
    /// of the FAT for each; a new chain starts at FAT32's next-free hint
    /// (else at the start).
    pub fn alloc_cluster(&self, dev: &mut dyn BlockDevice, prev: Option<u32>) -> FsResult<u32> {
        let n = self.entries;
        let hint = match prev {
            Some(p) => p.saturating_add(1),
            None => self.fsinfo_hint(dev)?.unwrap_or(2),
        };
        let start = if (2..n).contains(&hint) { hint } else { 2 };
        let mut c = start;
        loop {
            if self.entry(dev, c)? == 0 {
                break;
            }
            c = if c + 1 >= n { 2 } else { c + 1 };
            if c == start {
                return Err(FsError::ENOSPC);
            }
        }
        self.set_entry(dev, c, end_mark(self.fat_type))?;
        if let Some(p) = prev {
            self.set_entry(dev, p, c)?;
        }
        self.adjust_fsinfo(dev, -1, Some(c))?;
        Ok(c)
    }

    /// Free the chain from `c` on.
    pub fn free_chain(&self, dev: &mut dyn BlockDevice, mut c: u32) -> FsResult<()> {
        let mut freed = 0i64;
        while (2..self.entries).contains(&c) {
            let next = self.entry(dev, c)?;
            self.set_entry(dev, c, 0)?;
            freed += 1;
            if is_end(next, self.fat_type) || next < 2 {
                break;
            }
            c = next;
        }
        self.adjust_fsinfo(dev, freed, None)
    }

    /// FAT32's next-free hint, when the FSInfo sector is valid.
    fn fsinfo_hint(&self, dev: &mut dyn BlockDevice) -> FsResult<Option<u32>> {
        if self.fsinfo == 0 {
            return Ok(None);
        }
        let mut s = vec![0u8; self.ss as usize];
        dev.read(self.fsinfo, 0, &mut s)?;
        if super::le32(&s, 0) != 0x4161_5252 {
            return Ok(None);
        }
        Ok(Some(super::le32(&s, 492)))
    }

    /// Keep FAT32's FSInfo free count (and next-free hint) current.
    fn adjust_fsinfo(
        &self,
        dev: &mut dyn BlockDevice,
        delta: i64,
        last: Option<u32>,
    ) -> FsResult<()> {
        if self.fsinfo == 0 {
            return Ok(());
        }
        let mut s = vec![0u8; self.ss as usize];
        dev.read(self.fsinfo, 0, &mut s)?;
        if super::le32(&s, 0) != 0x4161_5252 || super::le32(&s, 484) != 0x6141_7272 {
            return Ok(());
        }
        let free = super::le32(&s, 488);
        if free <= self.entries - 2 {
            let new = (free as i64 + delta).clamp(0, (self.entries - 2) as i64);
            put32(&mut s, 488, new as u32);
        }
        if let Some(c) = last {
            put32(&mut s, 492, c);
        }
        dev.write(self.fsinfo, 0, &s)
    }

    /// First sector of cluster `c`.
    pub fn cluster_sector(&self, c: u32) -> u64 {
        self.data_start + (c as u64 - 2) * self.sectors_per_cluster as u64
    }
}

#[cfg(test)]
mod tests {
    use super::super::mkfs::mkfs;
    use super::*;

    #[test]
    fn chains_grow_and_free_on_every_fat_type() {
        for n in [50u64, 40000, 200000] {
            let mut d = crate::block::RamBlockDev::new(512, n).unwrap();
            mkfs(&mut d, 1).unwrap();
            let v = Volume::find(&mut d).unwrap();
            let free = v.free_clusters(&mut d).unwrap();
            let a = v.alloc_cluster(&mut d, None).unwrap();
            let b = v.alloc_cluster(&mut d, Some(a)).unwrap();
            let c = v.alloc_cluster(&mut d, Some(b)).unwrap();
            assert_eq!(
                v.next_cluster(&mut d, a).unwrap(),
                Some(b),
                "{:?}",
                v.fat_type
            );
            assert_eq!(v.next_cluster(&mut d, b).unwrap(), Some(c));
            assert_eq!(v.next_cluster(&mut d, c).unwrap(), None);
            assert_eq!(v.free_clusters(&mut d).unwrap(), free - 3);
            v.free_chain(&mut d, a).unwrap();
            assert_eq!(v.free_clusters(&mut d).unwrap(), free);
        }
    }

    #[test]
    fn a_full_volume_says_enospc() {
        let mut d = crate::block::RamBlockDev::new(512, 50).unwrap();
        mkfs(&mut d, 1).unwrap();
        let v = Volume::find(&mut d).unwrap();
        let mut prev = None;
        for _ in 0..16 {
            prev = Some(v.alloc_cluster(&mut d, prev).unwrap());
        }
        assert_eq!(v.alloc_cluster(&mut d, prev).err(), Some(FsError::ENOSPC));
        assert_eq!(v.free_clusters(&mut d).unwrap(), 0);
    }
}
