//! CTZ skip-lists: a file's blocks in order, each block n > 0 starting
//! with ctz(n)+1 pointers (to blocks n-1, n-2, n-4, ... n-2^ctz(n)),
//! the file's data after them; the list is known by its last block (the
//! head) and the file's size (DESIGN.md, "CTZ skip-lists").

use super::{le32, Config, CORRUPT};
use crate::block::BlockDevice;
use crate::error::FsResult;

/// Bytes of pointers at the start of block `n`.
pub fn ptr_bytes(n: u32) -> usize {
    if n == 0 {
        0
    } else {
        4 * (n.trailing_zeros() as usize + 1)
    }
}

/// File offset of the first data byte of block `n`: the data of blocks
/// 0..n, whose pointers number sum(ctz(i)+1 for i in 1..n) =
/// 2(n-1) - popcount(n-1).
pub fn start(bs: usize, n: u32) -> u64 {
    if n == 0 {
        return 0;
    }
    let m = (n - 1) as u64;
    n as u64 * bs as u64 - 4 * (2 * m - m.count_ones() as u64)
}

/// Block index and offset within the block's data of file offset `pos`.
pub fn index(bs: usize, pos: u64) -> (u32, usize) {
    // Every block holds at most bs bytes, so n >= pos / bs; it is only
    // a few more.
    let mut n = (pos / bs as u64) as u32;
    while start(bs, n + 1) <= pos {
        n += 1;
    }
    (n, (pos - start(bs, n)) as usize)
}

fn read_ptr(dev: &mut dyn BlockDevice, cfg: &Config, block: u32, x: u32) -> FsResult<u32> {
    if block >= cfg.block_count {
        return Err(CORRUPT);
    }
    let mut b = [0u8; 4];
    dev.read(block as u64, 4 * x as usize, &mut b)?;
    let p = le32(&b, 0);
    if p >= cfg.block_count {
        return Err(CORRUPT);
    }
    Ok(p)
}

/// The block at index `target` of the list whose block `index` is `head`.
pub fn find(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    mut head: u32,
    mut index: u32,
    target: u32,
) -> FsResult<u32> {
    while index > target {
        // The longest jump that does not pass the target.
        let skip = index
            .trailing_zeros()
            .min(31 - (index - target).leading_zeros());
        head = read_ptr(dev, cfg, head, skip)?;
        index -= 1 << skip;
    }
    Ok(head)
}

/// The head's index of a file of `size` bytes (> 0).
pub fn head_index(cfg: &Config, size: u64) -> u32 {
    index(cfg.bs(), size - 1).0
}

/// Call `f` with every block of the list whose block `index` is `head`.
pub fn walk(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    mut head: u32,
    mut index: u32,
    f: &mut dyn FnMut(u32),
) -> FsResult<()> {
    // A list has at most one block per block of the device: a larger
    // index (a corrupt size) would take that many reads to disprove.
    if head >= cfg.block_count || index >= cfg.block_count {
        return Err(CORRUPT);
    }
    loop {
        f(head);
        if index == 0 {
            return Ok(());
        }
        head = read_ptr(dev, cfg, head, 0)?;
        index -= 1;
    }
}

/// The pointers block `n` (> 0) of a list starts with, given block n-1.
pub fn pointers(dev: &mut dyn BlockDevice, cfg: &Config, prev: u32, n: u32) -> FsResult<Vec<u8>> {
    let mut ptrs = vec![prev];
    // Block n-2^x is pointer x-1 of block n-2^(x-1).
    for x in 1..=n.trailing_zeros() {
        let p = read_ptr(dev, cfg, ptrs[x as usize - 1], x - 1)?;
        ptrs.push(p);
    }
    Ok(ptrs.iter().flat_map(|p| p.to_le_bytes()).collect())
}

/// The blocks the last search of a list went through, (index, block)
/// from its head down, so that the next search for a later block starts
/// from the nearest of them at or above it instead of from the head: a
/// file read from start to end then costs a few pointer reads per block,
/// not a search from the head for each.
#[derive(Debug, Clone, Default)]
pub struct Finger {
    /// The list searched: its head block and the head's index.
    list: Option<(u32, u32)>,
    path: Vec<(u32, u32)>,
}

impl Finger {
    /// The block at index `target` of the list whose block `index` is
    /// `head` (as `find`), starting from the path of the last search.
    pub fn find(
        &mut self,
        dev: &mut dyn BlockDevice,
        cfg: &Config,
        head: u32,
        index: u32,
        target: u32,
    ) -> FsResult<u32> {
        // A path longer than any search makes (two steps per bit of the
        // index at most) would be a bug: start again.
        if self.list != Some((head, index)) || self.path.len() > 64 {
            self.list = Some((head, index));
            self.path.clear();
            self.path.push((index, head));
        }
        while self.path.len() > 1 && self.path.last().is_some_and(|&(i, _)| i < target) {
            self.path.pop();
        }
        let (mut i, mut b) = self.path[self.path.len() - 1];
        if i < target {
            return Err(CORRUPT);
        }
        while i > target {
            let skip = i.trailing_zeros().min(31 - (i - target).leading_zeros());
            b = match read_ptr(dev, cfg, b, skip) {
                Ok(b) => b,
                Err(e) => {
                    self.list = None;
                    return Err(e);
                }
            };
            i -= 1 << skip;
            self.path.push((i, b));
        }
        Ok(b)
    }
}

/// Read from file offset `pos` of the list (`head`, `size`) into `buf`,
/// up to the end of the block that holds `pos`; the count read. `finger`
/// remembers the way to the block for the next read.
pub fn read(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    (head, size): (u32, u64),
    pos: u64,
    buf: &mut [u8],
    finger: &mut Finger,
) -> FsResult<usize> {
    if pos >= size || buf.is_empty() {
        return Ok(0);
    }
    let bs = cfg.bs();
    let (n, off) = index(bs, pos);
    let block = finger.find(dev, cfg, head, head_index(cfg, size), n)?;
    let data = ptr_bytes(n);
    let len = (bs - data - off).min(buf.len()).min((size - pos) as usize);
    dev.read(block as u64, data + off, &mut buf[..len])?;
    Ok(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_the_pointer_counts() {
        let bs = 1024;
        let mut at = 0u64;
        for n in 0..200u32 {
            assert_eq!(start(bs, n), at, "block {n}");
            assert_eq!(index(bs, at), (n, 0));
            let cap = (bs - ptr_bytes(n)) as u64;
            assert_eq!(index(bs, at + cap - 1), (n, cap as usize - 1));
            at += cap;
        }
        // A 16384-byte file takes 17 blocks of 1024 bytes.
        assert_eq!(index(bs, 16383).0, 16);
    }
}
