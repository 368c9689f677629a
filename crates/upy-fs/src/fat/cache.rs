//! A small sector cache for the length of one operation, so that the FAT
//! and directory sectors an operation touches again and again (a FAT
//! sector holds the entries of hundreds of clusters) cost the device one
//! read and at most one write each, as FatFs's sector window does. It is
//! dropped when the operation ends: nothing is kept across operations, so
//! a device changed behind the filesystem's back (a Python block device
//! written directly, a reformat) is never served stale.
//!
//! Single-sector reads are cached; single-sector writes update a cached
//! copy and are written back when it is evicted or at `flush`, or go
//! straight to the device when the sector is not cached (whole data
//! sectors: caching them would only evict the FAT). Multi-sector
//! transfers go to the device and are kept coherent with the cached
//! copies.

use crate::block::BlockDevice;
use crate::error::FsResult;

/// Sectors kept: a FAT sector, a directory sector and the file's partial
/// sectors fit with room to spare.
const SLOTS: usize = 8;

struct Slot {
    lba: u64,
    data: Vec<u8>,
    dirty: bool,
    /// Last use, for eviction (least recently used first).
    used: u64,
}

/// `dev` seen through the cache.
pub struct Cached<'a> {
    dev: &'a mut dyn BlockDevice,
    ss: usize,
    slots: Vec<Slot>,
    clock: u64,
}

impl<'a> Cached<'a> {
    pub fn new(dev: &'a mut dyn BlockDevice) -> Cached<'a> {
        let ss = dev.block_size();
        Cached {
            dev,
            ss,
            slots: Vec::with_capacity(SLOTS),
            clock: 0,
        }
    }

    fn find(&mut self, lba: u64) -> Option<usize> {
        self.clock += 1;
        let i = self.slots.iter().position(|s| s.lba == lba)?;
        self.slots[i].used = self.clock;
        Some(i)
    }

    /// A slot for sector `lba`, read from the device.
    fn load(&mut self, lba: u64) -> FsResult<usize> {
        if let Some(i) = self.find(lba) {
            return Ok(i);
        }
        let i = if self.slots.len() < SLOTS {
            self.slots.push(Slot {
                lba: u64::MAX,
                data: vec![0; self.ss],
                dirty: false,
                used: 0,
            });
            self.slots.len() - 1
        } else {
            let i = (0..self.slots.len())
                .min_by_key(|&i| self.slots[i].used)
                .unwrap_or(0);
            self.write_back(i)?;
            i
        };
        let s = &mut self.slots[i];
        // Marked unused until the read succeeds.
        s.lba = u64::MAX;
        self.dev.read(lba, 0, &mut s.data)?;
        s.lba = lba;
        s.used = self.clock;
        Ok(i)
    }

    fn write_back(&mut self, i: usize) -> FsResult<()> {
        let s = &mut self.slots[i];
        if s.dirty {
            self.dev.write(s.lba, 0, &s.data)?;
            s.dirty = false;
        }
        Ok(())
    }

    /// Write every changed sector to the device (in sector order).
    pub fn flush(&mut self) -> FsResult<()> {
        let mut order: Vec<usize> = (0..self.slots.len()).collect();
        order.sort_by_key(|&i| self.slots[i].lba);
        for i in order {
            self.write_back(i)?;
        }
        Ok(())
    }

    /// The cached sectors among the `n` from `lba`, with their index in
    /// that range.
    fn overlapping(&self, lba: u64, n: usize) -> Vec<(usize, usize)> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.lba >= lba && s.lba - lba < n as u64)
            .map(|(i, s)| (i, (s.lba - lba) as usize))
            .collect()
    }
}

/// Run `op` on `dev` through a cache, flushed when it ends (also after an
/// error, so that what was done reaches the device; the first error is
/// the one reported).
pub fn cached<R>(
    dev: &mut dyn BlockDevice,
    op: impl FnOnce(&mut dyn BlockDevice) -> FsResult<R>,
) -> FsResult<R> {
    let mut c = Cached::new(dev);
    let r = op(&mut c);
    let f = c.flush();
    let v = r?;
    f?;
    Ok(v)
}

impl BlockDevice for Cached<'_> {
    fn block_size(&self) -> usize {
        self.dev.block_size()
    }

    fn block_count(&self) -> u64 {
        self.dev.block_count()
    }

    fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()> {
        if offset == 0 && buf.len() == self.ss {
            let i = self.load(block)?;
            buf.copy_from_slice(&self.slots[i].data);
            return Ok(());
        }
        self.dev.read(block, offset, buf)?;
        if offset == 0 && buf.len().is_multiple_of(self.ss) {
            // Changes not yet written win over the device's copy.
            for (i, k) in self.overlapping(block, buf.len() / self.ss) {
                if self.slots[i].dirty {
                    buf[k * self.ss..(k + 1) * self.ss].copy_from_slice(&self.slots[i].data);
                }
            }
        }
        Ok(())
    }

    fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()> {
        if offset == 0 && buf.len() == self.ss {
            if let Some(i) = self.find(block) {
                let s = &mut self.slots[i];
                s.data.copy_from_slice(buf);
                s.dirty = true;
                return Ok(());
            }
            return self.dev.write(block, 0, buf);
        }
        if offset != 0 || !buf.len().is_multiple_of(self.ss) {
            // Not in whole sectors (FAT never writes so): keep no copy.
            self.flush()?;
            self.slots.clear();
            return self.dev.write(block, offset, buf);
        }
        self.dev.write(block, 0, buf)?;
        for (i, k) in self.overlapping(block, buf.len() / self.ss) {
            let s = &mut self.slots[i];
            s.data.copy_from_slice(&buf[k * self.ss..(k + 1) * self.ss]);
            s.dirty = false;
        }
        Ok(())
    }

    fn erase(&mut self, block: u64) -> FsResult<()> {
        self.dev.erase(block)?;
        self.slots.retain(|s| s.lba != block);
        Ok(())
    }

    fn sync(&mut self) -> FsResult<()> {
        self.flush()?;
        self.dev.sync()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::RamBlockDev;

    /// Counts the device calls under the cache.
    struct Counting {
        dev: RamBlockDev,
        reads: usize,
        writes: usize,
    }

    impl BlockDevice for Counting {
        fn block_size(&self) -> usize {
            self.dev.block_size()
        }
        fn block_count(&self) -> u64 {
            self.dev.block_count()
        }
        fn read(&mut self, b: u64, o: usize, buf: &mut [u8]) -> FsResult<()> {
            self.reads += 1;
            self.dev.read(b, o, buf)
        }
        fn write(&mut self, b: u64, o: usize, buf: &[u8]) -> FsResult<()> {
            self.writes += 1;
            self.dev.write(b, o, buf)
        }
        fn erase(&mut self, b: u64) -> FsResult<()> {
            self.dev.erase(b)
        }
    }

    #[test]
    fn cached_sectors_stay_coherent_with_multi_sector_transfers() {
        let mut d = Counting {
            dev: RamBlockDev::new(512, 64).unwrap(),
            reads: 0,
            writes: 0,
        };
        let mut s = [0u8; 512];
        cached(&mut d, |c| {
            for _ in 0..10 {
                c.read(3, 0, &mut s)?;
                s[0] = 7;
                c.write(3, 0, &s)?;
            }
            // A read of several sectors sees the change not yet written.
            let mut big = [0u8; 2048];
            c.read(2, 0, &mut big)?;
            assert_eq!(big[512], 7);
            // A write of several sectors replaces the cached copy.
            c.write(2, 0, &[9u8; 2048])?;
            c.read(3, 0, &mut s)?;
            assert_eq!(s[0], 9);
            // More sectors than slots: the oldest go back to the device.
            for b in 10..30 {
                c.read(b, 0, &mut s)?;
                s[1] = b as u8;
                c.write(b, 0, &s)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!((d.reads, d.writes), (1 + 1 + 20, 1 + 20));
        for b in 10..30 {
            d.dev.read(b, 0, &mut s).unwrap();
            assert_eq!(s[1], b as u8);
        }
        d.dev.read(3, 0, &mut s).unwrap();
        assert_eq!(s[0], 9);
    }
}
