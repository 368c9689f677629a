//! Block allocation. Free blocks are those no traversal of the filesystem
//! (and of the open files' unsynced blocks) reaches. As in littlefs, they
//! are found a window at a time: a bitmap of `lookahead * 8` blocks filled
//! by one traversal, handed out in order, the next window scanned when it
//! runs out. Blocks handed out but not yet reachable are safe as long as
//! the allocator does not come round the whole device again; it may do so
//! only once after each acknowledgement (the start of an operation, when
//! everything allocated is reachable), and says ENOSPC instead.

use super::ctz;
use super::le32;
use super::mdir::fetch;
use super::tag;
use super::{Config, CORRUPT};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// Marks the blocks of what is not yet on disk (open files).
pub type Roots<'a> = dyn FnMut(&mut dyn BlockDevice, &mut dyn FnMut(u32)) -> FsResult<()> + 'a;

/// A traversal marking every block a filesystem version's structures
/// reach.
pub type Traverse = fn(&mut dyn BlockDevice, &Config, &mut dyn FnMut(u32)) -> FsResult<()>;

/// The lookahead allocator, shared by littlefs v1 and v2 (which differ in
/// their traversal and in how `lookahead` counts: bytes of bitmap in v2,
/// blocks in v1).
#[derive(Debug, Clone)]
pub struct Allocator {
    /// Blocks per window.
    window: u32,
    traverse: Traverse,
    /// First block of the window.
    off: u32,
    /// Blocks in the window.
    size: u32,
    /// Next block of the window to look at.
    next: u32,
    /// Blocks that may still be looked at before an acknowledgement.
    ckpoint: u32,
    /// In use, by position in the window.
    map: Vec<bool>,
}

impl Allocator {
    pub fn new(cfg: &Config, window: u32, traverse: Traverse) -> Allocator {
        Allocator {
            window: window.clamp(1, cfg.block_count.max(1)),
            traverse,
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
                // `map` holds `size` flags (see below); a miss would be a
                // bug, taken as a block in use rather than a panic.
                if let Some(used @ false) = self.map.get_mut(i) {
                    *used = true;
                    return Ok(((self.off as u64 + i as u64) % count as u64) as u32);
                }
            }
            if self.ckpoint == 0 {
                return Err(FsError::ENOSPC);
            }
            let off = ((self.off as u64 + self.size as u64) % count as u64) as u32;
            let size = self.window.min(count);
            let mut map = vec![false; size as usize];
            let mut mark = |b: u32| {
                // Overflow-free (b may come from a corrupt image).
                let rel = (b % count + count - off) % count;
                if rel < size {
                    map[rel as usize] = true;
                }
            };
            let scanned = (self.traverse)(dev, cfg, &mut mark).and_then(|()| roots(dev, &mut mark));
            // The window moves only with a complete map: a traversal that
            // failed (a corrupt image, a device error) leaves an empty
            // window at the new offset, so the next call scans it again
            // rather than trusting a map of another window.
            self.off = off;
            self.next = 0;
            match scanned {
                Ok(()) => {
                    self.size = size;
                    self.map = map;
                }
                Err(e) => {
                    self.size = 0;
                    self.map = Vec::new();
                    return Err(e);
                }
            }
        }
    }
}

/// The directory pair a dirstruct points to.
pub fn dir_pair(d: &[u8]) -> Option<[u32; 2]> {
    (d.len() >= 8).then(|| [le32(d, 0), le32(d, 4)])
}

/// Call `f` with every block in use: both blocks of each metadata pair on
/// the list threading them (and again for each directory entry pointing
/// to a pair, as littlefs's own traversal does) and each block of each
/// file's skip-list.
pub fn traverse(dev: &mut dyn BlockDevice, cfg: &Config, f: &mut dyn FnMut(u32)) -> FsResult<()> {
    let mut pair = [0, 1];
    let mut steps = 0u32;
    loop {
        f(pair[0]);
        f(pair[1]);
        let m = fetch(dev, cfg, pair)?;
        for e in &m.st.entries {
            match &e.st {
                Some((tag::DIRSTRUCT, d)) => {
                    if let Some(p) = dir_pair(d) {
                        f(p[0]);
                        f(p[1]);
                    }
                }
                Some((tag::CTZSTRUCT, d)) if d.len() >= 8 => {
                    let (head, size) = (le32(d, 0), le32(d, 4) as u64);
                    if size > 0 {
                        ctz::walk(dev, cfg, head, ctz::head_index(cfg, size), f)?;
                    }
                }
                _ => {}
            }
        }
        match m.st.tail {
            Some(t) => pair = t.pair,
            None => return Ok(()),
        }
        steps += 1;
        if steps > cfg.block_count {
            // The list loops.
            return Err(CORRUPT);
        }
    }
}
