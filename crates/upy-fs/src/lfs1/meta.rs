//! Metadata pairs of littlefs v1: two blocks, the valid one with the
//! newest revision holding a 16-byte header (revision, size with the
//! "directory continues" bit, tail pair), entries, and a CRC-32 of all of
//! that. A commit rewrites the other block whole with the next revision.

use super::{le32, Config, CORRUPT, MOVED, NULL_PAIR, T_DIR, T_FILE};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};
use crate::lfs::crc::crc32;

/// Bytes of the header and the CRC.
pub const OVERHEAD: usize = 16 + 4;

/// One entry: type, type-specific data, attributes, name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub ty: u8,
    pub data: Vec<u8>,
    pub attrs: Vec<u8>,
    pub name: Vec<u8>,
}

impl Entry {
    pub fn file(name: &[u8], head: u32, size: u32) -> Entry {
        let mut data = head.to_le_bytes().to_vec();
        data.extend_from_slice(&size.to_le_bytes());
        Entry {
            ty: T_FILE,
            data,
            attrs: Vec::new(),
            name: name.to_vec(),
        }
    }

    pub fn dir(name: &[u8], pair: [u32; 2]) -> Entry {
        Entry {
            ty: T_DIR,
            data: pair_bytes(pair),
            attrs: Vec::new(),
            name: name.to_vec(),
        }
    }

    pub fn disk_len(&self) -> usize {
        4 + self.data.len() + self.attrs.len() + self.name.len()
    }

    pub fn moved(&self) -> bool {
        self.ty & MOVED != 0
    }

    /// The type without the moved bit.
    pub fn kind(&self) -> u8 {
        self.ty & !MOVED
    }

    /// The pair a directory entry points to.
    pub fn dir_pair(&self) -> Option<[u32; 2]> {
        (self.kind() == T_DIR && self.data.len() >= 8)
            .then(|| [le32(&self.data, 0), le32(&self.data, 4)])
    }

    /// Head block and size of a file entry.
    pub fn ctz(&self) -> Option<(u32, u64)> {
        (self.kind() == T_FILE && self.data.len() >= 8)
            .then(|| (le32(&self.data, 0), le32(&self.data, 4) as u64))
    }
}

pub fn pair_bytes(p: [u32; 2]) -> Vec<u8> {
    p.iter().flat_map(|b| b.to_le_bytes()).collect()
}

/// Whether two pointers name the same pair (in either order).
pub fn same_pair(a: [u32; 2], b: [u32; 2]) -> bool {
    a == b || a == [b[1], b[0]]
}

/// A fetched metadata pair; `pair[0]` is the block holding it.
#[derive(Debug, Clone)]
pub struct Mdir {
    pub pair: [u32; 2],
    pub rev: u32,
    /// The directory continues in the tail pair.
    pub cont: bool,
    pub tail: [u32; 2],
    pub entries: Vec<Entry>,
}

impl Mdir {
    /// Bytes the pair takes when committed.
    pub fn size(&self) -> usize {
        OVERHEAD + self.entries.iter().map(Entry::disk_len).sum::<usize>()
    }

    pub fn has_tail(&self) -> bool {
        self.tail != NULL_PAIR
    }

    /// A new pair (written by the first commit) on blocks `pair`.
    pub fn new(pair: [u32; 2]) -> Mdir {
        Mdir {
            pair,
            rev: 0,
            cont: false,
            tail: NULL_PAIR,
            entries: Vec::new(),
        }
    }
}

/// Parse block `b`'s contents; None when it holds no valid metadata.
fn parse(buf: &[u8]) -> Option<(u32, bool, [u32; 2], Vec<Entry>)> {
    let rev = le32(buf, 0);
    let raw = le32(buf, 4);
    let size = (raw & 0x7fff_ffff) as usize;
    if size < OVERHEAD || size > buf.len() {
        return None;
    }
    if crc32(0xffff_ffff, &buf[..size - 4]) != le32(buf, size - 4) {
        return None;
    }
    let tail = [le32(buf, 8), le32(buf, 12)];
    let mut entries = Vec::new();
    let mut at = 16;
    let end = size - 4;
    while at < end {
        if at + 4 > end {
            return None;
        }
        let (ty, el, al, nl) = (
            buf[at],
            buf[at + 1] as usize,
            buf[at + 2] as usize,
            buf[at + 3] as usize,
        );
        let next = at + 4 + el + al + nl;
        if next > end {
            return None;
        }
        let d = at + 4;
        entries.push(Entry {
            ty,
            data: buf[d..d + el].to_vec(),
            attrs: buf[d + el..d + el + al].to_vec(),
            name: buf[d + el + al..next].to_vec(),
        });
        at = next;
    }
    Some((rev, raw & 0x8000_0000 != 0, tail, entries))
}

/// Read the pair `pair`: CORRUPT when neither block is valid.
pub fn fetch(dev: &mut dyn BlockDevice, cfg: &Config, pair: [u32; 2]) -> FsResult<Mdir> {
    let mut best: Option<Mdir> = None;
    for i in 0..2 {
        let b = pair[i];
        if b >= cfg.block_count {
            return Err(CORRUPT);
        }
        let mut buf = vec![0u8; cfg.bs()];
        dev.read(b as u64, 0, &mut buf)?;
        if let Some((rev, cont, tail, entries)) = parse(&buf) {
            // Revisions compare as sequence numbers (they wrap).
            if best
                .as_ref()
                .is_some_and(|m| (rev.wrapping_sub(m.rev) as i32) <= 0)
            {
                continue;
            }
            best = Some(Mdir {
                pair: [b, pair[1 - i]],
                rev,
                cont,
                tail,
                entries,
            });
        }
    }
    best.ok_or(CORRUPT)
}

/// Write `m` to its other block with the next revision; `m.pair[0]` is
/// then that block. ENOSPC when the entries do not fit a block.
pub fn commit(dev: &mut dyn BlockDevice, cfg: &Config, m: &mut Mdir) -> FsResult<()> {
    let size = m.size();
    if size > cfg.bs() {
        return Err(FsError::ENOSPC);
    }
    let rev = m.rev.wrapping_add(1);
    let mut buf = Vec::with_capacity(size);
    buf.extend_from_slice(&rev.to_le_bytes());
    let raw = size as u32 | if m.cont { 0x8000_0000 } else { 0 };
    buf.extend_from_slice(&raw.to_le_bytes());
    buf.extend_from_slice(&pair_bytes(m.tail));
    for e in &m.entries {
        buf.extend_from_slice(&[
            e.ty,
            e.data.len() as u8,
            e.attrs.len() as u8,
            e.name.len() as u8,
        ]);
        buf.extend_from_slice(&e.data);
        buf.extend_from_slice(&e.attrs);
        buf.extend_from_slice(&e.name);
    }
    let crc = crc32(0xffff_ffff, &buf);
    buf.extend_from_slice(&crc.to_le_bytes());
    let target = m.pair[1];
    dev.erase(target as u64)?;
    dev.write(target as u64, 0, &buf)?;
    m.pair = [target, m.pair[0]];
    m.rev = rev;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The directory example of littlefs v1's SPEC.md.
    #[test]
    fn spec_example_directory() {
        let dump = [
            "0a 00 00 00 9a 00 00 00 25 00 00 00 24 00 00 00",
            "22 08 00 03 05 00 00 00 04 00 00 00 74 65 61 22",
            "08 00 06 07 00 00 00 06 00 00 00 63 6f 66 66 65",
            "65 22 08 00 04 09 00 00 00 08 00 00 00 73 6f 64",
            "61 22 08 00 05 1d 00 00 00 1c 00 00 00 6d 69 6c",
            "6b 31 22 08 00 05 1f 00 00 00 1e 00 00 00 6d 69",
            "6c 6b 32 22 08 00 05 21 00 00 00 20 00 00 00 6d",
            "69 6c 6b 33 22 08 00 05 23 00 00 00 22 00 00 00",
            "6d 69 6c 6b 34 22 08 00 05 25 00 00 00 24 00 00",
            "00 6d 69 6c 6b 35 06 31 6e c8",
        ];
        let digits: Vec<u8> = dump
            .concat()
            .bytes()
            .filter(u8::is_ascii_hexdigit)
            .collect();
        let mut img: Vec<u8> = digits
            .chunks(2)
            .map(|c| u8::from_str_radix(std::str::from_utf8(c).unwrap(), 16).unwrap())
            .collect();
        assert_eq!(img.len(), 154);
        img.resize(256, 0xff);
        let (rev, cont, tail, entries) = parse(&img).expect("valid");
        assert_eq!((rev, cont, tail), (10, false, [37, 36]));
        let names: Vec<&[u8]> = entries.iter().map(|e| &e.name[..]).collect();
        assert_eq!(names[..3], [&b"tea"[..], b"coffee", b"soda"]);
        assert_eq!(entries[0].dir_pair(), Some([5, 4]));
        assert_eq!(entries.len(), 8);
        // Our commit writes the same bytes.
        let mut m = Mdir {
            pair: [0, 1],
            rev: 9,
            cont: false,
            tail: [37, 36],
            entries,
        };
        let mut dev = crate::block::RamBlockDev::new(256, 2).unwrap();
        let cfg = crate::lfs::Config {
            read_size: 32,
            prog_size: 32,
            block_size: 256,
            block_count: 2,
            lookahead: 32,
            block_cycles: -1,
            cache_size: 256,
            name_max: 255,
            file_max: i32::MAX as u32,
            attr_max: 0,
        };
        commit(&mut dev, &cfg, &mut m).unwrap();
        let mut out = vec![0u8; 256];
        dev.read(1, 0, &mut out).unwrap();
        assert_eq!(out, img);
    }
}
