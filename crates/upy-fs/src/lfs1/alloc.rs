//! Block allocation and traversal. As in v2, free blocks are those no
//! traversal reaches (metadata pairs on the list threading them from the
//! superblock, and the files' skip-lists, plus the open files' unsynced
//! blocks), found a window of `lookahead` blocks at a time; after an
//! acknowledgement the allocator may come round the device only once
//! before saying ENOSPC.

use super::meta::fetch;
use super::{Config, CORRUPT, NULL_PAIR, SUPER};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::lfs::ctz;

/// Marks the blocks of what is not yet on disk (open files).
pub type Roots<'a> = dyn FnMut(&mut dyn BlockDevice, &mut dyn FnMut(u32)) -> FsResult<()> + 'a;

#[derive(Debug, Clone)]
pub struct Allocator {
    off: u32,
    size: u32,
    next: u32,
    ckpoint: u32,
    map: Vec<bool>,
}

impl Allocator {
    pub fn new(cfg: &Config) -> Allocator {
        Allocator {
            off: 0,
            size: 0,
            next: 0,
            ckpoint: cfg.block_count,
            map: Vec::new(),
        }
    }

    /// Everything allocated so far is reachable.
    pub fn ack(&mut self, cfg: &Config) {
        self.ckpoint = cfg.block_count;
    }

    /// A free block.
    pub fn alloc(
        &mut self,
        dev: &mut dyn BlockDevice,
        cfg: &Config,
        roots: &mut Roots,
    ) -> FsResult<u32> {
        let count = cfg.block_count;
        loop {
            while self.next < self.size {
                if self.ckpoint == 0 {
                    return Err(FsError::ENOSPC);
                }
                let i = self.next as usize;
                self.next += 1;
                self.ckpoint -= 1;
                if !self.map[i] {
                    self.map[i] = true;
                    return Ok((self.off + i as u32) % count);
                }
            }
            if self.ckpoint == 0 {
                return Err(FsError::ENOSPC);
            }
            self.off = (self.off + self.size) % count;
            self.size = cfg.lookahead.clamp(1, count);
            self.next = 0;
            let mut map = vec![false; self.size as usize];
            let (off, size) = (self.off, self.size);
            let mut mark = |b: u32| {
                let rel = (b % count + count - off) % count;
                if rel < size {
                    map[rel as usize] = true;
                }
            };
            traverse(dev, cfg, &mut mark)?;
            roots(dev, &mut mark)?;
            self.map = map;
        }
    }
}

/// Call `f` with every block in use: both blocks of each metadata pair on
/// the list threading them from the superblock, and each block of each
/// file's skip-list.
pub fn traverse(dev: &mut dyn BlockDevice, cfg: &Config, f: &mut dyn FnMut(u32)) -> FsResult<()> {
    let mut pair = SUPER;
    for _ in 0..=cfg.block_count {
        f(pair[0]);
        f(pair[1]);
        let m = fetch(dev, cfg, pair)?;
        for e in &m.entries {
            if let Some((head, size)) = e.ctz() {
                if size > 0 {
                    ctz::walk(dev, cfg, head, ctz::head_index(cfg, size), f)?;
                }
            }
        }
        if m.tail == NULL_PAIR {
            return Ok(());
        }
        pair = m.tail;
    }
    // The list loops.
    Err(CORRUPT)
}
