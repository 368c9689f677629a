//! Finding a FAT volume on a device and reading its geometry, FAT entries
//! and free space, as FatFs does when MicroPython mounts a `VfsFat`.

use super::{le16, le32, FatType, DIR_ENTRY};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// A mounted volume's geometry (all sector numbers absolute on the
/// device).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Volume {
    pub fat_type: FatType,
    pub ss: u32,
    pub sectors_per_cluster: u32,
    /// Number of FAT entries: data clusters + 2.
    pub entries: u32,
    pub fat_start: u64,
    pub fat_sectors: u32,
    pub n_fats: u32,
    /// FAT12/16: first sector of the fixed root directory; FAT32: its
    /// first cluster.
    pub root: u64,
    pub root_entries: u32,
    pub data_start: u64,
    /// FAT32: the FSInfo sector (0 when none).
    pub fsinfo: u64,
}

/// Whether `s` (a sector) is a FAT boot sector.
fn is_boot_sector(s: &[u8]) -> bool {
    s.len() >= 512
        && le16(s, 510) == 0xaa55
        && matches!(s[0], 0xeb | 0xe9 | 0xe8)
        && (&s[54..57] == b"FAT" || &s[82..87] == b"FAT32")
}

impl Volume {
    /// Find the volume: a boot sector at sector 0, else the first FAT
    /// partition of the partition table there. ENODEV when there is none
    /// (an unformatted device), as MicroPython reports it.
    pub fn find(dev: &mut dyn BlockDevice) -> FsResult<Volume> {
        let ss = super::mkfs::sector_size(dev)?;
        let mut s = vec![0u8; ss as usize];
        dev.read(0, 0, &mut s)?;
        if is_boot_sector(&s) {
            return Volume::parse(&s, 0, dev);
        }
        if le16(&s, 510) != 0xaa55 {
            return Err(FsError::ENODEV);
        }
        let table = s.clone();
        for i in 0..4 {
            let start = le32(&table, 446 + 16 * i + 8) as u64;
            if start == 0 || start >= dev.block_count() {
                continue;
            }
            dev.read(start, 0, &mut s)?;
            if is_boot_sector(&s) {
                return Volume::parse(&s, start, dev);
            }
        }
        Err(FsError::ENODEV)
    }

    fn parse(b: &[u8], start: u64, dev: &mut dyn BlockDevice) -> FsResult<Volume> {
        let ss = le16(b, 11) as u32;
        if ss as usize != b.len() {
            return Err(FsError::ENODEV);
        }
        let spc = b[13] as u32;
        let reserved = le16(b, 14) as u32;
        let n_fats = b[16] as u32;
        let root_entries = le16(b, 17) as u32;
        let total = match le16(b, 19) as u32 {
            0 => le32(b, 32),
            n => n,
        };
        let fat_sectors = match le16(b, 22) as u32 {
            0 => le32(b, 36),
            n => n,
        };
        let per_sector = ss / DIR_ENTRY as u32;
        if spc == 0
            || !spc.is_power_of_two()
            || reserved == 0
            || !(1..=2).contains(&n_fats)
            || fat_sectors == 0
            || !root_entries.is_multiple_of(per_sector)
        {
            return Err(FsError::ENODEV);
        }
        let root_sectors = root_entries / per_sector;
        let system = reserved as u64 + fat_sectors as u64 * n_fats as u64 + root_sectors as u64;
        if (total as u64) < system {
            return Err(FsError::ENODEV);
        }
        let clusters = ((total as u64 - system) / spc as u64) as u32;
        let fat_type = FatType::for_clusters(clusters).ok_or(FsError::ENODEV)?;
        let fat32 = fat_type == FatType::Fat32;
        // The FAT must have room for every cluster's entry.
        let need = match fat_type {
            FatType::Fat12 => (clusters as u64 + 2) * 3 / 2 + 1,
            FatType::Fat16 => (clusters as u64 + 2) * 2,
            FatType::Fat32 => (clusters as u64 + 2) * 4,
        };
        if (fat32 && root_entries != 0)
            || (!fat32 && root_entries == 0)
            || (fat_sectors as u64 * ss as u64) < need
            || start + total as u64 > dev.block_count()
        {
            return Err(FsError::ENODEV);
        }
        let fat_start = start + reserved as u64;
        Ok(Volume {
            fat_type,
            ss,
            sectors_per_cluster: spc,
            entries: clusters + 2,
            fat_start,
            fat_sectors,
            n_fats,
            root: if fat32 {
                le32(b, 44) as u64
            } else {
                fat_start + fat_sectors as u64 * n_fats as u64
            },
            root_entries,
            data_start: start + system,
            fsinfo: if fat32 { start + le16(b, 48) as u64 } else { 0 },
        })
    }

    /// Bytes per cluster.
    pub fn cluster_bytes(&self) -> u32 {
        self.ss * self.sectors_per_cluster
    }

    /// The FAT entry of `cluster` (from the first FAT).
    pub fn entry(&self, dev: &mut dyn BlockDevice, cluster: u32) -> FsResult<u32> {
        if cluster < 2 || cluster >= self.entries {
            return Err(FsError::EIO);
        }
        let (at, width) = match self.fat_type {
            FatType::Fat12 => (cluster as u64 + cluster as u64 / 2, 2),
            FatType::Fat16 => (cluster as u64 * 2, 2),
            FatType::Fat32 => (cluster as u64 * 4, 4),
        };
        let mut raw = [0u8; 4];
        self.read_fat_bytes(dev, at, &mut raw[..width])?;
        Ok(match self.fat_type {
            FatType::Fat12 => {
                let v = le16(&raw, 0) as u32;
                if cluster & 1 == 1 {
                    v >> 4
                } else {
                    v & 0xfff
                }
            }
            FatType::Fat16 => le16(&raw, 0) as u32,
            FatType::Fat32 => le32(&raw, 0) & 0x0fff_ffff,
        })
    }

    /// Bytes of the FAT from byte `at` (a FAT12 entry may straddle two
    /// sectors).
    fn read_fat_bytes(&self, dev: &mut dyn BlockDevice, at: u64, out: &mut [u8]) -> FsResult<()> {
        let ss = self.ss as u64;
        let mut sector = vec![0u8; self.ss as usize];
        let mut loaded = u64::MAX;
        for (i, o) in out.iter_mut().enumerate() {
            let pos = at + i as u64;
            if pos / ss != loaded {
                loaded = pos / ss;
                dev.read(self.fat_start + loaded, 0, &mut sector)?;
            }
            *o = sector[(pos % ss) as usize];
        }
        Ok(())
    }

    /// Free clusters: FAT32's FSInfo count when it is plausible, else a
    /// scan of the FAT.
    pub fn free_clusters(&self, dev: &mut dyn BlockDevice) -> FsResult<u32> {
        if self.fsinfo != 0 {
            let mut s = vec![0u8; self.ss as usize];
            dev.read(self.fsinfo, 0, &mut s)?;
            let free = le32(&s, 488);
            if le32(&s, 0) == 0x4161_5252
                && le32(&s, 484) == 0x6141_7272
                && free <= self.entries - 2
            {
                return Ok(free);
            }
        }
        self.scan_free(dev)
    }

    fn scan_free(&self, dev: &mut dyn BlockDevice) -> FsResult<u32> {
        // A few sectors at a time, whole entries in each piece: 3 sectors
        // hold a whole number of FAT12 entries (1024 of 512-byte
        // sectors), any sector whole FAT16 and FAT32 entries.
        const SECTORS: usize = 48;
        let ss = self.ss as usize;
        let width2 = match self.fat_type {
            FatType::Fat12 => 3,
            FatType::Fat16 => 4,
            FatType::Fat32 => 8,
        };
        let per_piece = SECTORS * ss * 2 / width2;
        let bytes = (self.entries as usize * width2).div_ceil(2);
        let sectors = bytes.div_ceil(ss);
        let mut piece = vec![0u8; SECTORS * ss];
        let mut free = 0;
        for (p, first) in (0..sectors).step_by(SECTORS).enumerate() {
            let n = SECTORS.min(sectors - first);
            dev.read(self.fat_start + first as u64, 0, &mut piece[..n * ss])?;
            let base = p * per_piece;
            let end = (base + per_piece).min(self.entries as usize);
            for c in base.max(2)..end {
                let k = c - base;
                let v = match self.fat_type {
                    FatType::Fat12 => {
                        let w = le16(&piece, k + k / 2) as u32;
                        if c & 1 == 1 {
                            w >> 4
                        } else {
                            w & 0xfff
                        }
                    }
                    FatType::Fat16 => le16(&piece, k * 2) as u32,
                    FatType::Fat32 => le32(&piece, k * 4) & 0x0fff_ffff,
                };
                if v == 0 {
                    free += 1;
                }
            }
        }
        Ok(free)
    }
}

#[cfg(test)]
mod tests {
    use super::super::mkfs::mkfs;
    use super::super::testdev::Sparse;
    use super::*;

    #[test]
    fn formatted_volumes_mount_with_their_figures() {
        let mut d = crate::block::RamBlockDev::new(512, 50).unwrap();
        assert_eq!(Volume::find(&mut d).err(), Some(FsError::ENODEV));
        mkfs(&mut d, 1).unwrap();
        let v = Volume::find(&mut d).unwrap();
        assert_eq!(
            (v.fat_type, v.entries - 2, v.cluster_bytes()),
            (FatType::Fat12, 16, 512)
        );
        assert_eq!(v.free_clusters(&mut d).unwrap(), 16);
        assert_eq!((v.fat_start, v.root, v.data_start), (1, 2, 34));
        assert_eq!(v.entry(&mut d, 2).unwrap(), 0);
        assert_eq!(v.entry(&mut d, 18).err(), Some(FsError::EIO));
    }

    #[test]
    fn a_large_device_gets_fat32_in_a_partition() {
        // 4 GiB of 512-byte sectors, as MicroPython's vfs_fat_ramdisklarge.
        let mut d = Sparse::new(512, 8388608);
        mkfs(&mut d, 1).unwrap();
        let v = Volume::find(&mut d).unwrap();
        assert_eq!(v.fat_type, FatType::Fat32);
        assert_eq!((v.entries - 2, v.cluster_bytes()), (131054, 32768));
        // The root directory holds one cluster.
        assert_eq!(v.free_clusters(&mut d).unwrap(), 131053);
        assert_eq!(v.entry(&mut d, 2).unwrap(), 0x0fff_ffff);
        assert!(d.writes < 1200, "{} writes", d.writes);
    }

    #[test]
    fn fat12_entries_straddle_sectors() {
        let mut d = crate::block::RamBlockDev::new(512, 4000).unwrap();
        mkfs(&mut d, 1).unwrap();
        let v = Volume::find(&mut d).unwrap();
        assert_eq!(v.fat_type, FatType::Fat12);
        // Entry 341 covers bytes 511 and 512 of the FAT.
        let mut s = [0u8; 512];
        d.read(v.fat_start, 0, &mut s).unwrap();
        s[511] = 0xab;
        d.write(v.fat_start, 0, &s).unwrap();
        d.read(v.fat_start + 1, 0, &mut s).unwrap();
        s[0] = 0xcd;
        d.write(v.fat_start + 1, 0, &s).unwrap();
        assert_eq!(v.entry(&mut d, 341).unwrap(), 0xcda);
        // Byte 511 also holds the high bits of entry 340.
        assert_eq!(v.entry(&mut d, 340).unwrap(), 0xb00);
        assert_eq!(v.free_clusters(&mut d).unwrap(), v.entries - 2 - 2);
    }
}
