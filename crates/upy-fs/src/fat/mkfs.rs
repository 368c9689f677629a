//! Formatting, with the layout MicroPython's `VfsFat.mkfs` produces: it
//! asks FatFs for FAT12/16 with one FAT, 512 root directory entries and no
//! partition table (the volume starts at sector 0), and only when that
//! cannot hold the device, for FAT32 inside a partition starting at
//! sector 63. The cluster size, FAT size and the retries that adjust them
//! follow FatFs R0.13c's rules (described in each step below), so that
//! the figures `statvfs` reports match a MicroPython board's.

use super::{put16, put32, FatType, DIR_ENTRY, MAX_FAT12, MAX_FAT16, MAX_FAT32};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// Number of FATs MicroPython formats with.
const N_FATS: u32 = 1;
/// Root directory entries of a FAT12/16 volume.
const ROOT_ENTRIES: u32 = 512;
/// Where the FAT32 partition starts (the first track is left to the
/// partition table).
const FAT32_START: u64 = 63;

/// The layout chosen for a volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub fat_type: FatType,
    /// Sector size in bytes.
    pub ss: u32,
    /// First sector of the volume on the device.
    pub start: u64,
    /// Sectors in the volume.
    pub sectors: u32,
    pub sectors_per_cluster: u32,
    pub reserved: u32,
    /// Sectors in one FAT.
    pub fat_sectors: u32,
    /// Sectors of the fixed root directory (0 on FAT32).
    pub root_sectors: u32,
    pub clusters: u32,
}

/// The sector size of `dev`, checked: a power of two from 512 to 4096.
pub fn sector_size(dev: &dyn BlockDevice) -> FsResult<u32> {
    let ss = dev.block_size();
    if !(512..=4096).contains(&ss) || !ss.is_power_of_two() {
        return Err(FsError::EIO);
    }
    Ok(ss as u32)
}

/// The FAT12/16 layout for `n` sectors of `ss` bytes, or None when such a
/// volume is impossible (too small, or too many clusters even with the
/// larger cluster size FatFs tries).
pub fn plan_fat16(ss: u32, n: u64) -> Option<Layout> {
    if n < 22 {
        return None;
    }
    let n = u32::try_from(n).ok()?;
    // Sectors per cluster by volume size in units of 4096 sectors: one
    // doubling for each threshold of 1, 4, 16, 64, 256 and 512 units.
    let units = n / 4096;
    let mut spc = 1u32
        << [1, 4, 16, 64, 256, 512]
            .iter()
            .filter(|&&t| t <= units)
            .count();
    // Once a volume is found to be FAT12 it stays so in the retries.
    let mut fat12 = false;
    let mut retried = false;
    loop {
        let c0 = n / spc;
        let fat_bytes = if c0 > MAX_FAT12 && !fat12 {
            c0 * 2 + 4
        } else {
            fat12 = true;
            (c0 * 3).div_ceil(2) + 3
        };
        let fat_sectors = fat_bytes.div_ceil(ss);
        let root_sectors = ROOT_ENTRIES * DIR_ENTRY as u32 / ss;
        let data_start = 1 + fat_sectors * N_FATS + root_sectors;
        if n < data_start + 16 * spc {
            return None;
        }
        let clusters = (n - data_start) / spc;
        if !fat12 {
            // FAT16 needs more than 4085 and at most 65525 clusters; FatFs
            // retries once with clusters twice as big.
            if clusters > MAX_FAT16 || clusters <= MAX_FAT12 {
                if !retried && spc * 2 <= 128 {
                    spc *= 2;
                    retried = true;
                    continue;
                }
                return None;
            }
        } else if clusters > MAX_FAT12 {
            return None;
        }
        return Some(Layout {
            fat_type: if fat12 {
                FatType::Fat12
            } else {
                FatType::Fat16
            },
            ss,
            start: 0,
            sectors: n,
            sectors_per_cluster: spc,
            reserved: 1,
            fat_sectors,
            root_sectors,
            clusters,
        });
    }
}

/// The FAT32 layout (in a partition from sector 63) for a device of `n`
/// sectors, or None.
pub fn plan_fat32(ss: u32, n: u64) -> Option<Layout> {
    let v = u32::try_from(n.checked_sub(FAT32_START)?).ok()?;
    // Sectors per cluster by volume size in units of 128Ki sectors.
    let units = v / 0x20000;
    let mut spc = 1u32 << [1, 2, 4, 8, 16, 32].iter().filter(|&&t| t <= units).count();
    let reserved = 32;
    loop {
        let c0 = v / spc;
        let fat_sectors = (c0 * 4 + 8).div_ceil(ss);
        if c0 <= MAX_FAT16 || c0 > MAX_FAT32 {
            return None;
        }
        let data_start = reserved + fat_sectors * N_FATS;
        if v < data_start + 16 * spc {
            return None;
        }
        let clusters = (v - data_start) / spc;
        if clusters <= MAX_FAT16 {
            // Too few clusters: halve the cluster size while possible.
            if spc > 1 {
                spc /= 2;
                continue;
            }
            return None;
        }
        return Some(Layout {
            fat_type: FatType::Fat32,
            ss,
            start: FAT32_START,
            sectors: v,
            sectors_per_cluster: spc,
            reserved,
            fat_sectors,
            root_sectors: 0,
            clusters,
        });
    }
}

/// Format `dev` as MicroPython does; `serial` is the volume serial number
/// (FatFs uses the current FAT timestamp). EIO when the device cannot
/// hold a FAT volume.
pub fn mkfs(dev: &mut dyn BlockDevice, serial: u32) -> FsResult<Layout> {
    let ss = sector_size(dev)?;
    let n = dev.block_count();
    let layout = plan_fat16(ss, n)
        .or_else(|| plan_fat32(ss, n))
        .ok_or(FsError::EIO)?;
    write_layout(dev, &layout, serial)?;
    dev.sync()?;
    Ok(layout)
}

/// The boot sector of a volume.
fn boot_sector(l: &Layout, serial: u32) -> Vec<u8> {
    let mut b = vec![0u8; l.ss as usize];
    b[0..3].copy_from_slice(&[0xeb, 0xfe, 0x90]);
    b[3..11].copy_from_slice(b"MSDOS5.0");
    put16(&mut b, 11, l.ss as u16);
    b[13] = l.sectors_per_cluster as u8;
    put16(&mut b, 14, l.reserved as u16);
    b[16] = N_FATS as u8;
    let fat32 = l.fat_type == FatType::Fat32;
    put16(&mut b, 17, if fat32 { 0 } else { ROOT_ENTRIES as u16 });
    if l.sectors < 0x10000 {
        put16(&mut b, 19, l.sectors as u16);
    } else {
        put32(&mut b, 32, l.sectors);
    }
    b[21] = 0xf8;
    put16(&mut b, 24, 63);
    put16(&mut b, 26, 255);
    put32(&mut b, 28, l.start as u32);
    // The extended fields sit after the FAT32-only ones on FAT32.
    let ext = if fat32 {
        put32(&mut b, 36, l.fat_sectors);
        put32(&mut b, 44, 2);
        put16(&mut b, 48, 1);
        put16(&mut b, 50, 6);
        64
    } else {
        put16(&mut b, 22, l.fat_sectors as u16);
        36
    };
    b[ext] = 0x80;
    b[ext + 2] = 0x29;
    put32(&mut b, ext + 3, serial);
    b[ext + 7..ext + 18].copy_from_slice(b"NO NAME    ");
    b[ext + 18..ext + 26].copy_from_slice(if fat32 { b"FAT32   " } else { b"FAT     " });
    b[510] = 0x55;
    b[511] = 0xaa;
    b
}

fn write_sector(dev: &mut dyn BlockDevice, lba: u64, data: &[u8]) -> FsResult<()> {
    dev.write(lba, 0, data)
}

fn write_layout(dev: &mut dyn BlockDevice, l: &Layout, serial: u32) -> FsResult<()> {
    let ss = l.ss as usize;
    let zero = vec![0u8; ss];
    let boot = boot_sector(l, serial);
    write_sector(dev, l.start, &boot)?;
    if l.fat_type == FatType::Fat32 {
        // A backup boot sector, and the free-space hints (FSInfo) with
        // their backup.
        write_sector(dev, l.start + 6, &boot)?;
        let mut info = vec![0u8; ss];
        put32(&mut info, 0, 0x4161_5252);
        put32(&mut info, 484, 0x6141_7272);
        put32(&mut info, 488, l.clusters - 1);
        put32(&mut info, 492, 2);
        info[510] = 0x55;
        info[511] = 0xaa;
        write_sector(dev, l.start + 1, &info)?;
        write_sector(dev, l.start + 7, &info)?;
    }
    // The FAT: the media byte and end-of-chain marks for the reserved
    // entries (and the FAT32 root directory's cluster), the rest free.
    let fat_start = l.start + l.reserved as u64;
    let mut first = vec![0u8; ss];
    match l.fat_type {
        FatType::Fat12 => first[..3].copy_from_slice(&[0xf8, 0xff, 0xff]),
        FatType::Fat16 => first[..4].copy_from_slice(&[0xf8, 0xff, 0xff, 0xff]),
        FatType::Fat32 => {
            put32(&mut first, 0, 0x0fff_fff8);
            put32(&mut first, 4, 0xffff_ffff);
            put32(&mut first, 8, 0x0fff_ffff);
        }
    }
    for i in 0..(l.fat_sectors * N_FATS) as u64 {
        write_sector(
            dev,
            fat_start + i,
            if i % l.fat_sectors as u64 == 0 {
                &first
            } else {
                &zero
            },
        )?;
    }
    // An empty root directory: the fixed area, or FAT32's first cluster.
    let root_start = fat_start + (l.fat_sectors * N_FATS) as u64;
    let root_len = if l.fat_type == FatType::Fat32 {
        l.sectors_per_cluster
    } else {
        l.root_sectors
    };
    for i in 0..root_len as u64 {
        write_sector(dev, root_start + i, &zero)?;
    }
    if l.start != 0 {
        write_sector(dev, 0, &partition_table(l))?;
    }
    Ok(())
}

/// A partition table with one FAT32 (LBA) partition holding the volume.
fn partition_table(l: &Layout) -> Vec<u8> {
    let mut b = vec![0u8; l.ss as usize];
    let e = 446;
    let end = l.start + l.sectors as u64;
    // Cylinders of 255 heads of 63 sectors; past 1023 the CHS end is
    // meaningless, as on any large disk.
    let cyl = end / (63 * 255);
    b[e] = 0;
    b[e + 1] = 1;
    b[e + 2] = 1;
    b[e + 3] = 0;
    b[e + 4] = 0x0c;
    b[e + 5] = 254;
    b[e + 6] = (((cyl >> 2) & 0xc0) as u8) | 63;
    b[e + 7] = cyl as u8;
    put32(&mut b, e + 8, l.start as u32);
    put32(&mut b, e + 12, l.sectors);
    b[510] = 0x55;
    b[511] = 0xaa;
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_volumes_are_fat12_with_one_fat() {
        // 50 sectors of 512 bytes is the smallest: 1 boot + 1 FAT + 32
        // root directory sectors leave 16 clusters.
        let l = plan_fat16(512, 50).unwrap();
        assert_eq!(
            (l.fat_type, l.fat_sectors, l.root_sectors, l.clusters),
            (FatType::Fat12, 1, 32, 16)
        );
        assert!(plan_fat16(512, 49).is_none());
        // The same minimum in other sector sizes (root directory of 16,
        // 8, 4 sectors).
        for (ss, n) in [(1024, 34), (2048, 26), (4096, 22)] {
            assert_eq!(plan_fat16(ss, n).unwrap().clusters, 16, "{}", ss);
            assert!(plan_fat16(ss, n - 1).is_none());
        }
        let l = plan_fat16(4096, 30).unwrap();
        assert_eq!((l.fat_type, l.clusters), (FatType::Fat12, 24));
    }

    #[test]
    fn cluster_size_grows_with_the_volume() {
        // 16 MiB: 32768 sectors, two per cluster, FAT16.
        let l = plan_fat16(512, 32768).unwrap();
        assert_eq!((l.fat_type, l.sectors_per_cluster), (FatType::Fat16, 4));
        let l = plan_fat16(512, 4000).unwrap();
        assert_eq!((l.fat_type, l.sectors_per_cluster), (FatType::Fat12, 1));
        // 4 GiB does not fit FAT16 even with 64 KiB clusters: FAT32 with
        // 32 KiB clusters after the first track.
        assert!(plan_fat16(512, 8388608).is_none());
        let l = plan_fat32(512, 8388608).unwrap();
        assert_eq!(
            (l.sectors_per_cluster, l.fat_sectors, l.clusters, l.start),
            (64, 1025, 131054, 63)
        );
    }

    #[test]
    fn mkfs_writes_a_volume_fatfs_recognises() {
        let mut d = crate::block::RamBlockDev::new(512, 50).unwrap();
        mkfs(&mut d, 0x1234_5678).unwrap();
        let mut s = [0u8; 512];
        d.read(0, 0, &mut s).unwrap();
        assert_eq!(&s[3..11], b"MSDOS5.0");
        assert_eq!(&s[54..62], b"FAT     ");
        assert_eq!(super::super::le32(&s, 39), 0x1234_5678);
        assert_eq!(&s[510..], &[0x55, 0xaa]);
        d.read(1, 0, &mut s).unwrap();
        assert_eq!(&s[..4], &[0xf8, 0xff, 0xff, 0]);
        let mut tiny = crate::block::RamBlockDev::new(512, 21).unwrap();
        assert_eq!(mkfs(&mut tiny, 0).err(), Some(FsError::EIO));
        let mut odd = crate::block::RamBlockDev::new(300, 100).unwrap();
        assert_eq!(mkfs(&mut odd, 0).err(), Some(FsError::EIO));
    }
}
