//! Metadata pairs: two blocks each holding a revision count and a log of
//! commits (tags and their data, closed by a CRC). The newer block's log
//! replayed gives the pair's state: its entries (files and directories,
//! by id), its tail pointer and its share of the global state.
//!
//! Writing appends a commit when the log has room and is known to be
//! erased after its end; otherwise the state is compacted into the other
//! block, and split over new pairs when it would fill more than half a
//! block (so that later commits still find room to append).

use super::crc::crc32;
use super::tag::{self, Tag};
use super::{le32, read_block, Config, CORRUPT, NULL_PAIR};
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// One id of a metadata pair: a file, a directory or the superblock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Type of the name tag (`tag::REG`, `tag::DIR`, `tag::SUPERBLOCK`).
    pub ty: u16,
    pub name: Vec<u8>,
    /// Struct tag type and data.
    pub st: Option<(u16, Vec<u8>)>,
    /// User attributes by type, sorted.
    pub attrs: Vec<(u8, Vec<u8>)>,
}

/// The pair after this one: in the same directory (hard) or only in the
/// list threading every pair of the filesystem (soft).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tail {
    pub hard: bool,
    pub pair: [u32; 2],
}

/// What a metadata pair holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub entries: Vec<Entry>,
    pub tail: Option<Tail>,
    /// This pair's delta of the global (move) state.
    pub gdelta: [u8; 12],
}

/// A change to a pair, as one tag of a commit. Ids are those of the state
/// the previous ops of the commit leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Insert an empty entry at this id, moving the following ones up.
    Create(u16),
    Delete(u16),
    Name(u16, u16, Vec<u8>),
    Struct(u16, u16, Vec<u8>),
    /// Set (or, with None, delete) a user attribute.
    Attr(u16, u8, Option<Vec<u8>>),
    Tail(Option<Tail>),
    /// XOR into the pair's global-state delta.
    GDelta([u8; 12]),
}

/// A fetched metadata pair.
#[derive(Debug, Clone)]
pub struct Mdir {
    /// The block holding the newest log first.
    pub pair: [u32; 2],
    pub rev: u32,
    /// End of the last valid commit.
    pub off: usize,
    /// Tag the next commit's first tag is XORed with.
    pub ptag: u32,
    /// Whether the block is known to be erased from `off` on.
    pub erased: bool,
    pub st: State,
}

fn pair_bytes(p: [u32; 2]) -> Vec<u8> {
    let mut v = p[0].to_le_bytes().to_vec();
    v.extend_from_slice(&p[1].to_le_bytes());
    v
}

impl Op {
    /// The op a tag of a log stands for (None for tags without meaning
    /// here).
    fn decode(t: Tag, d: &[u8]) -> Option<Op> {
        let id = t.id();
        match t.ty1() {
            0 => Some(Op::Name(id, t.ty(), d.to_vec())),
            2 if t.size() != tag::DELETED => Some(Op::Struct(id, t.ty(), d.to_vec())),
            3 => Some(Op::Attr(
                id,
                t.chunk(),
                (t.size() != tag::DELETED).then(|| d.to_vec()),
            )),
            4 if t.ty() == tag::CREATE => Some(Op::Create(id)),
            4 if t.ty() == tag::DELETE => Some(Op::Delete(id)),
            6 if d.len() == 8 => {
                let pair = [le32(d, 0), le32(d, 4)];
                Some(Op::Tail((pair != NULL_PAIR).then_some(Tail {
                    hard: t.chunk() & 1 != 0,
                    pair,
                })))
            }
            7 if t.ty() == tag::MOVESTATE && d.len() == 12 => {
                let mut g = [0u8; 12];
                g.copy_from_slice(d);
                Some(Op::GDelta(g))
            }
            _ => None,
        }
    }

    /// The tag and data this op is written as.
    fn encode(&self) -> (Tag, Vec<u8>) {
        let len = |d: &[u8]| d.len() as u16;
        match self {
            Op::Create(id) => (Tag::new(tag::CREATE, *id, 0), Vec::new()),
            Op::Delete(id) => (Tag::new(tag::DELETE, *id, 0), Vec::new()),
            Op::Name(id, ty, n) => (Tag::new(*ty, *id, len(n)), n.clone()),
            Op::Struct(id, ty, d) => (Tag::new(*ty, *id, len(d)), d.clone()),
            Op::Attr(id, t, Some(d)) => {
                (Tag::new(tag::USERATTR | *t as u16, *id, len(d)), d.clone())
            }
            Op::Attr(id, t, None) => (
                Tag::new(tag::USERATTR | *t as u16, *id, tag::DELETED),
                Vec::new(),
            ),
            Op::Tail(Some(t)) => (
                Tag::new(
                    if t.hard { tag::HARDTAIL } else { tag::SOFTTAIL },
                    tag::NO_ID,
                    8,
                ),
                pair_bytes(t.pair),
            ),
            // A null soft tail ends the list.
            Op::Tail(None) => (
                Tag::new(tag::SOFTTAIL, tag::NO_ID, 8),
                pair_bytes(NULL_PAIR),
            ),
            Op::GDelta(g) => (Tag::new(tag::MOVESTATE, tag::NO_ID, 12), g.to_vec()),
        }
    }
}

impl State {
    fn slot(&mut self, id: u16) -> &mut Entry {
        let id = id as usize;
        while self.entries.len() <= id {
            self.entries.push(Entry::default());
        }
        &mut self.entries[id]
    }

    pub fn apply(&mut self, op: &Op) {
        match op {
            Op::Create(id) => {
                let at = (*id as usize).min(self.entries.len());
                self.entries.insert(at, Entry::default());
            }
            Op::Delete(id) => {
                if (*id as usize) < self.entries.len() {
                    self.entries.remove(*id as usize);
                }
            }
            Op::Name(id, ty, n) => {
                let e = self.slot(*id);
                e.ty = *ty;
                e.name = n.clone();
            }
            Op::Struct(id, ty, d) => self.slot(*id).st = Some((*ty, d.clone())),
            Op::Attr(id, t, d) => {
                let e = self.slot(*id);
                e.attrs.retain(|(k, _)| k != t);
                if let Some(d) = d {
                    e.attrs.push((*t, d.clone()));
                    e.attrs.sort();
                }
            }
            Op::Tail(t) => self.tail = *t,
            Op::GDelta(g) => {
                for (a, b) in self.gdelta.iter_mut().zip(g) {
                    *a ^= b;
                }
            }
        }
    }

    /// The ops that write this state into an empty log.
    fn ops(&self) -> Vec<Op> {
        let mut ops = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            ops.extend(entry_ops(e, i as u16));
        }
        if let Some(t) = self.tail {
            ops.push(Op::Tail(Some(t)));
        }
        if self.gdelta != [0; 12] {
            ops.push(Op::GDelta(self.gdelta));
        }
        ops
    }
}

/// The ops writing entry `e` at id `id` (name first, as SPEC.md requires).
pub fn entry_ops(e: &Entry, id: u16) -> Vec<Op> {
    let mut ops = vec![Op::Name(id, e.ty, e.name.clone())];
    if let Some((ty, d)) = &e.st {
        ops.push(Op::Struct(id, *ty, d.clone()));
    }
    for (t, d) in &e.attrs {
        ops.push(Op::Attr(id, *t, Some(d.clone())));
    }
    ops
}

/// The valid commits of one block: revision, end, next ptag, whether
/// erased after the end, state.
fn parse(buf: &[u8]) -> Option<(u32, usize, u32, bool, State)> {
    let bs = buf.len();
    let rev = le32(buf, 0);
    let mut off = 4;
    let mut ptag = u32::MAX;
    let mut crc = crc32(u32::MAX, &buf[..4]);
    let mut st = State::default();
    let mut pending: Vec<Op> = Vec::new();
    let mut fcrc: Option<(usize, u32)> = None;
    // End, next ptag and forward CRC (size, value) of the last commit.
    type Good = (usize, u32, Option<(usize, u32)>);
    let mut good: Option<Good> = None;
    while off + 4 <= bs {
        let raw = u32::from_be_bytes([buf[off], buf[off + 1], buf[off + 2], buf[off + 3]]);
        let t = Tag(raw ^ ptag);
        if t.invalid() {
            break;
        }
        let dl = t.data_len();
        if off + 4 + dl > bs {
            break;
        }
        let data = &buf[off + 4..off + 4 + dl];
        if t.ty1() == 5 && t.ty() != tag::FCRC {
            // End of a commit: its CRC covers everything since the last
            // one, this tag included.
            crc = crc32(crc, &buf[off..off + 4]);
            if dl < 4 || le32(data, 0) != crc {
                break;
            }
            for op in pending.drain(..) {
                st.apply(&op);
            }
            ptag = t.0 ^ ((t.chunk() as u32 & 1) << 31);
            off += 4 + dl;
            crc = u32::MAX;
            good = Some((off, ptag, fcrc.take()));
            continue;
        }
        crc = crc32(crc, &buf[off..off + 4 + dl]);
        if t.ty() == tag::FCRC {
            if dl >= 8 {
                fcrc = Some((le32(data, 0) as usize, le32(data, 4)));
            }
        } else if let Some(op) = Op::decode(t, data) {
            pending.push(op);
        }
        ptag = t.0;
        off += 4 + dl;
    }
    let (end, ptag, fcrc) = good?;
    // Appending is safe only where the last commit vouches (by its
    // forward CRC) that the following bytes were still erased.
    let erased = match fcrc {
        Some((n, c)) => end + n <= bs && crc32(u32::MAX, &buf[end..end + n]) == c,
        None => false,
    };
    Some((rev, end, ptag, erased, st))
}

/// Whether revision `a` is newer than `b` (sequence comparison).
fn newer(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) > 0
}

/// Read the pair `pair`; CORRUPT when neither block holds a valid log.
pub fn fetch(dev: &mut dyn BlockDevice, cfg: &Config, pair: [u32; 2]) -> FsResult<Mdir> {
    let mut best: Option<Mdir> = None;
    for i in 0..2 {
        let buf = read_block(dev, cfg, pair[i])?;
        if let Some((rev, off, ptag, erased, st)) = parse(&buf) {
            if best.as_ref().is_none_or(|b| newer(rev, b.rev)) {
                best = Some(Mdir {
                    pair: [pair[i], pair[1 - i]],
                    rev,
                    off,
                    ptag,
                    erased,
                    st,
                });
            }
        }
    }
    best.ok_or(CORRUPT)
}

/// A commit being encoded: bytes from its start, running CRC and tag.
struct Enc {
    buf: Vec<u8>,
    ptag: u32,
    crc: u32,
}

impl Enc {
    fn push(&mut self, op: &Op) {
        let (t, d) = op.encode();
        let s = (t.0 ^ self.ptag).to_be_bytes();
        self.crc = crc32(crc32(self.crc, &s), &d);
        self.buf.extend_from_slice(&s);
        self.buf.extend_from_slice(&d);
        self.ptag = t.0;
    }

    /// Close the commit that starts at byte `start` of a block: a forward
    /// CRC of the erased bytes after it (when there is room for another
    /// commit), the CRC tag, padding to the program size. None when it
    /// does not fit in `limit` bytes.
    fn finish(mut self, start: usize, limit: usize, cfg: &Config) -> Option<(Vec<u8>, u32)> {
        let prog = cfg.prog_size as usize;
        let align = |n: usize| n.div_ceil(prog) * prog;
        let o = start + self.buf.len();
        if align(o + 8) > limit {
            return None;
        }
        let with_fcrc = align(o + 20);
        if with_fcrc + prog <= cfg.bs() {
            let mut d = (prog as u32).to_le_bytes().to_vec();
            d.extend_from_slice(&crc32(u32::MAX, &vec![0xff; prog]).to_le_bytes());
            let t = Tag::new(tag::FCRC, tag::NO_ID, 8);
            let s = (t.0 ^ self.ptag).to_be_bytes();
            self.crc = crc32(crc32(self.crc, &s), &d);
            self.buf.extend_from_slice(&s);
            self.buf.extend_from_slice(&d);
            self.ptag = t.0;
        }
        let o = start + self.buf.len();
        let end = align(o + 8);
        if end > limit {
            return None;
        }
        // Valid-state bit 0: the erased bytes after this commit (0xff)
        // then read as a tag with the valid bit set, ending the log.
        let t = Tag::new(tag::CRC, tag::NO_ID, (end - o - 4) as u16);
        let s = (t.0 ^ self.ptag).to_be_bytes();
        self.crc = crc32(self.crc, &s);
        self.buf.extend_from_slice(&s);
        self.buf.extend_from_slice(&self.crc.to_le_bytes());
        self.buf.resize(end - start, 0xff);
        Some((self.buf, t.0))
    }
}

/// Allocates a block for new metadata pairs.
pub type Alloc<'a> = dyn FnMut(&mut dyn BlockDevice) -> FsResult<u32> + 'a;

/// Apply `ops` to `m` and write them: appended as one commit when there
/// is room, else by compacting (and maybe splitting) the pair.
pub fn commit(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    alloc: &mut Alloc,
    m: &mut Mdir,
    ops: &[Op],
) -> FsResult<()> {
    let mut st = m.st.clone();
    for op in ops {
        st.apply(op);
    }
    if m.erased {
        let mut e = Enc {
            buf: Vec::new(),
            ptag: m.ptag,
            crc: u32::MAX,
        };
        for op in ops {
            e.push(op);
        }
        if let Some((bytes, ptag)) = e.finish(m.off, cfg.bs(), cfg) {
            dev.write(m.pair[0] as u64, m.off, &bytes)?;
            m.off += bytes.len();
            m.ptag = ptag;
            m.erased = m.off < cfg.bs();
            m.st = st;
            return Ok(());
        }
    }
    compact(dev, cfg, alloc, m, st)
}

/// Bytes the ops of entry `e` take in a log.
fn entry_size(e: &Entry) -> usize {
    entry_ops(e, 0).iter().map(|o| 4 + o.encode().1.len()).sum()
}

/// Write `st` as the only commit of the older block of `m` (which then
/// becomes the newer), splitting off its later entries into new pairs
/// (linked by hard tails) while it would fill more than half a block.
pub fn compact(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    alloc: &mut Alloc,
    m: &mut Mdir,
    mut st: State,
) -> FsResult<()> {
    let bs = cfg.bs();
    let prog = cfg.prog_size as usize;
    // Revision, tail, global state, FCRC and CRC, with alignment.
    let overhead = 4 + 12 + 16 + 12 + 8 + prog;
    let limit = bs / 2;
    let mut used = overhead;
    let mut keep = 0;
    for e in &st.entries {
        let s = entry_size(e);
        if used + s > limit && keep > 0 {
            break;
        }
        used += s;
        keep += 1;
    }
    if used > bs {
        return Err(FsError::ENOSPC);
    }
    if keep < st.entries.len() {
        let rest = State {
            entries: st.entries.split_off(keep),
            tail: st.tail,
            gdelta: [0; 12],
        };
        let mut n = new_pair(dev, cfg, alloc)?;
        compact(dev, cfg, alloc, &mut n, rest)?;
        st.tail = Some(Tail {
            hard: true,
            pair: n.pair,
        });
    }
    let rev = m.rev.wrapping_add(1);
    let mut e = Enc {
        buf: rev.to_le_bytes().to_vec(),
        ptag: u32::MAX,
        crc: crc32(u32::MAX, &rev.to_le_bytes()),
    };
    for op in st.ops() {
        e.push(&op);
    }
    let (bytes, ptag) = e.finish(0, bs, cfg).ok_or(FsError::ENOSPC)?;
    let target = m.pair[1];
    dev.erase(target as u64)?;
    dev.write(target as u64, 0, &bytes)?;
    m.pair = [target, m.pair[0]];
    m.rev = rev;
    m.off = bytes.len();
    m.ptag = ptag;
    m.erased = m.off < bs;
    m.st = st;
    Ok(())
}

/// A new, empty pair of two allocated blocks, both erased so that no old
/// log in either can be taken for this pair's. Nothing is written to it
/// until its first commit (which compacts).
pub fn new_pair(dev: &mut dyn BlockDevice, cfg: &Config, alloc: &mut Alloc) -> FsResult<Mdir> {
    let a = alloc(dev)?;
    let b = alloc(dev)?;
    for x in [a, b] {
        if x >= cfg.block_count {
            return Err(CORRUPT);
        }
        dev.erase(x as u64)?;
    }
    Ok(Mdir {
        pair: [a, b],
        rev: 0,
        off: 4,
        ptag: u32::MAX,
        erased: false,
        st: State::default(),
    })
}
