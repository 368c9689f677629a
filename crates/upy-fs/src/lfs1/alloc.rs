//! The traversal v1's block allocation uses (the allocator itself is
//! v2's, `lfs::alloc::Allocator`, with a window of `lookahead` blocks):
//! metadata pairs on the list threading them from the superblock, and the
//! files' skip-lists.

use super::meta::fetch;
use super::{Config, CORRUPT, NULL_PAIR, SUPER};
use crate::block::BlockDevice;
use crate::error::FsResult;
use crate::lfs::ctz;

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
