//! Directories: reading their 32-byte entries (short entries with the
//! long-name entries before them), finding a name, and taking free slots
//! as FatFs does (the first run of free or deleted entries that is long
//! enough, growing a subdirectory by a cluster when none is).

use super::name;
use super::volume::Volume;
use super::{le16, le32, FatType, DIR_ENTRY};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

pub const ATTR_READ_ONLY: u8 = 0x01;
pub const ATTR_VOLUME: u8 = 0x08;
pub const ATTR_DIR: u8 = 0x10;
pub const ATTR_ARCHIVE: u8 = 0x20;
pub const ATTR_LFN: u8 = 0x0f;
/// First byte of a deleted entry.
pub const DELETED: u8 = 0xe5;

/// Byte offsets of the 13 UTF-16 units in a long-name entry.
const LFN_UNITS: [usize; 13] = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];

/// A directory's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// The fixed root area of FAT12/16.
    FixedRoot,
    /// A cluster chain (subdirectories, and FAT32's root).
    Chain(u32),
}

impl Dir {
    /// The root directory of `vol`.
    pub fn root(vol: &Volume) -> Dir {
        if vol.fat_type == FatType::Fat32 {
            Dir::Chain(vol.root as u32)
        } else {
            Dir::FixedRoot
        }
    }
}

/// Where an entry is: the sector and the entry's index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub sector: u64,
    pub index: usize,
}

/// A file or directory as its directory lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The name as bytes (the long name when there is one).
    pub name: Vec<u8>,
    /// The short entry's 32 bytes.
    pub raw: [u8; 32],
    /// The long-name slots then the short entry's slot.
    pub slots: Vec<Slot>,
}

impl Entry {
    pub fn attr(&self) -> u8 {
        self.raw[11]
    }
    pub fn is_dir(&self) -> bool {
        self.attr() & ATTR_DIR != 0
    }
    pub fn cluster(&self) -> u32 {
        (le16(&self.raw, 20) as u32) << 16 | le16(&self.raw, 26) as u32
    }
    pub fn size(&self) -> u32 {
        le32(&self.raw, 28)
    }
    /// Last modification: (time, date) as FAT packs them.
    pub fn modified(&self) -> (u16, u16) {
        (le16(&self.raw, 22), le16(&self.raw, 24))
    }
    /// The short entry's slot.
    pub fn slot(&self) -> Slot {
        *self.slots.last().expect("an entry has its short slot")
    }
}

/// The sectors of a directory, in order.
pub fn sectors(vol: &Volume, dev: &mut dyn BlockDevice, dir: Dir) -> FsResult<Vec<u64>> {
    match dir {
        Dir::FixedRoot => {
            let n = vol.root_entries as u64 * DIR_ENTRY as u64 / vol.ss as u64;
            Ok((vol.root..vol.root + n).collect())
        }
        Dir::Chain(first) => {
            let mut out = Vec::new();
            let mut c = first;
            let mut seen = 0u32;
            loop {
                let s = vol.cluster_sector(c);
                out.extend(s..s + vol.sectors_per_cluster as u64);
                seen += 1;
                if seen > vol.entries {
                    // A chain longer than the volume loops: corrupt.
                    return Err(FsError::EIO);
                }
                match vol.next_cluster(dev, c)? {
                    Some(n) => c = n,
                    None => return Ok(out),
                }
            }
        }
    }
}

/// Every slot of a directory with its 32 bytes, up to the end marker.
fn slots(vol: &Volume, dev: &mut dyn BlockDevice, dir: Dir) -> FsResult<Vec<(Slot, [u8; 32])>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; vol.ss as usize];
    for sector in sectors(vol, dev, dir)? {
        dev.read(sector, 0, &mut buf)?;
        for (index, e) in buf.chunks(DIR_ENTRY).enumerate() {
            if e[0] == 0 {
                return Ok(out);
            }
            let mut raw = [0u8; 32];
            raw.copy_from_slice(e);
            out.push((Slot { sector, index }, raw));
        }
    }
    Ok(out)
}

/// The entries of a directory in their on-disk order (without "." and
/// "..", deleted entries and the volume label).
pub fn list(vol: &Volume, dev: &mut dyn BlockDevice, dir: Dir) -> FsResult<Vec<Entry>> {
    let mut out = Vec::new();
    // The long name being gathered: its units by position, the checksum
    // its entries carry, its slots, and the ordinal expected next.
    let mut long: Vec<u16> = Vec::new();
    let mut long_slots: Vec<Slot> = Vec::new();
    let mut sum = 0u8;
    let mut expect = 0u8;
    for (slot, raw) in slots(vol, dev, dir)? {
        if raw[0] == DELETED {
            expect = 0;
            continue;
        }
        if raw[11] & 0x3f == ATTR_LFN {
            let ord = raw[0];
            if ord & 0x40 != 0 {
                let n = (ord & 0x1f) as usize;
                long = vec![0xffff; n * 13];
                long_slots.clear();
                sum = raw[13];
                expect = ord & 0x1f;
            }
            if expect == 0 || ord & 0x1f != expect || raw[13] != sum {
                expect = 0;
                continue;
            }
            let at = (expect as usize - 1) * 13;
            for (k, &off) in LFN_UNITS.iter().enumerate() {
                long[at + k] = le16(&raw, off);
            }
            long_slots.push(slot);
            expect -= 1;
            continue;
        }
        let attr = raw[11];
        if attr & ATTR_VOLUME != 0 || raw[0] == b'.' {
            expect = 0;
            continue;
        }
        let mut short = [0u8; 11];
        short.copy_from_slice(&raw[..11]);
        let has_long = expect == 0 && !long_slots.is_empty() && name::checksum(&short) == sum;
        let (nm, mut all) = if has_long {
            let end = long
                .iter()
                .position(|&u| u == 0 || u == 0xffff)
                .unwrap_or(long.len());
            (
                name::from_utf16(&long[..end]),
                std::mem::take(&mut long_slots),
            )
        } else {
            (name::short_display(&short, raw[12]), Vec::new())
        };
        long_slots.clear();
        expect = 0;
        all.push(slot);
        out.push(Entry {
            name: nm,
            raw,
            slots: all,
        });
    }
    Ok(out)
}

/// The entry named `name` in `dir` (case-insensitive), if any.
pub fn find(
    vol: &Volume,
    dev: &mut dyn BlockDevice,
    dir: Dir,
    nm: &[u8],
) -> FsResult<Option<Entry>> {
    Ok(list(vol, dev, dir)?.into_iter().find(|e| {
        name::same_name(&e.name, nm) || {
            let mut short = [0u8; 11];
            short.copy_from_slice(&e.raw[..11]);
            name::same_name(&name::short_display(&short, 0), nm)
        }
    }))
}

/// Overwrite one slot.
pub fn write_slot(
    vol: &Volume,
    dev: &mut dyn BlockDevice,
    slot: Slot,
    data: &[u8; 32],
) -> FsResult<()> {
    let mut buf = vec![0u8; vol.ss as usize];
    dev.read(slot.sector, 0, &mut buf)?;
    buf[slot.index * DIR_ENTRY..(slot.index + 1) * DIR_ENTRY].copy_from_slice(data);
    dev.write(slot.sector, 0, &buf)
}

/// Mark an entry's slots deleted.
pub fn delete(vol: &Volume, dev: &mut dyn BlockDevice, e: &Entry) -> FsResult<()> {
    let mut buf = vec![0u8; vol.ss as usize];
    for s in &e.slots {
        dev.read(s.sector, 0, &mut buf)?;
        buf[s.index * DIR_ENTRY] = DELETED;
        dev.write(s.sector, 0, &buf)?;
    }
    Ok(())
}

/// `n` consecutive free slots of `dir`: the first run of free or deleted
/// entries long enough, growing a cluster-chain directory by a zeroed
/// cluster when it is full. A full fixed root directory, or a full
/// volume, refuses with EACCES (FatFs's "denied").
pub fn alloc_slots(
    vol: &Volume,
    dev: &mut dyn BlockDevice,
    dir: Dir,
    n: usize,
) -> FsResult<Vec<Slot>> {
    let per = vol.ss as usize / DIR_ENTRY;
    let mut run: Vec<Slot> = Vec::new();
    let mut buf = vec![0u8; vol.ss as usize];
    let secs = sectors(vol, dev, dir)?;
    for &sector in &secs {
        dev.read(sector, 0, &mut buf)?;
        for index in 0..per {
            let b = buf[index * DIR_ENTRY];
            if b == 0 || b == DELETED {
                run.push(Slot { sector, index });
                if run.len() == n {
                    return Ok(run);
                }
            } else {
                run.clear();
            }
        }
    }
    let Dir::Chain(first) = dir else {
        return Err(FsError::EACCES);
    };
    // Grow the directory until the run is long enough.
    let mut last = first;
    while let Some(c) = vol.next_cluster(dev, last)? {
        last = c;
    }
    while run.len() < n {
        let c = match vol.alloc_cluster(dev, Some(last)) {
            Ok(c) => c,
            Err(FsError::ENOSPC) => return Err(FsError::EACCES),
            Err(e) => return Err(e),
        };
        let zero = vec![0u8; vol.ss as usize];
        let s0 = vol.cluster_sector(c);
        for s in s0..s0 + vol.sectors_per_cluster as u64 {
            dev.write(s, 0, &zero)?;
            for index in 0..per {
                if run.len() < n {
                    run.push(Slot { sector: s, index });
                }
            }
        }
        last = c;
    }
    Ok(run)
}

/// The 32-byte long-name entries for `long` (units) whose short entry is
/// `short`, in on-disk order (highest ordinal first).
pub fn long_entries(long: &[u16], short: &[u8; 11]) -> Vec<[u8; 32]> {
    let sum = name::checksum(short);
    let n = long.len().div_ceil(13);
    let mut out = Vec::with_capacity(n);
    for ord in (1..=n).rev() {
        let mut e = [0u8; 32];
        e[0] = ord as u8 | if ord == n { 0x40 } else { 0 };
        e[11] = ATTR_LFN;
        e[13] = sum;
        for (k, &off) in LFN_UNITS.iter().enumerate() {
            let i = (ord - 1) * 13 + k;
            // The name, a terminating 0 if there is room, then padding.
            let u = match i.cmp(&long.len()) {
                std::cmp::Ordering::Less => long[i],
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 0xffff,
            };
            e[off..off + 2].copy_from_slice(&u.to_le_bytes());
        }
        out.push(e);
    }
    out
}
