//! Directories: chains of metadata pairs linked by hard tails, entries
//! sorted by name across the chain (the root's first pair also holds the
//! superblock entry, id 0). Path lookup walks them from the root pair.

use super::alloc::dir_pair;
use super::mdir::{fetch, Entry, Mdir};
use super::tag;
use super::Config;
use crate::block::BlockDevice;
use crate::error::{FsError, FsResult};

/// The root directory's first pair (also the superblock's).
pub const ROOT: [u32; 2] = [0, 1];

/// What a path names.
#[derive(Debug, Clone)]
pub enum Found {
    Root,
    /// An entry: the pair holding it and its id there.
    Entry(Mdir, u16),
}

impl Found {
    pub fn entry(&self) -> Option<&Entry> {
        match self {
            Found::Root => None,
            Found::Entry(m, id) => m.st.entries.get(*id as usize),
        }
    }

    /// The first pair of the directory this names (None for a file).
    pub fn dir(&self) -> Option<[u32; 2]> {
        match self {
            Found::Root => Some(ROOT),
            Found::Entry(..) => self.entry().and_then(entry_dir),
        }
    }
}

/// Whether `e` is a file or directory (not the superblock).
pub fn is_named(e: &Entry) -> bool {
    e.ty == tag::REG || e.ty == tag::DIR
}

/// The first pair of the directory `e` is (None for anything else).
pub fn entry_dir(e: &Entry) -> Option<[u32; 2]> {
    match (&e.st, e.ty) {
        (Some((tag::DIRSTRUCT, d)), tag::DIR) => dir_pair(d),
        _ => None,
    }
}

/// Call `f` with each pair of the directory starting at `head`, in order,
/// until it returns Some.
pub fn scan<T>(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    head: [u32; 2],
    f: &mut dyn FnMut(&Mdir) -> Option<T>,
) -> FsResult<Option<(Mdir, T)>> {
    let mut pair = head;
    for _ in 0..=cfg.block_count {
        let m = fetch(dev, cfg, pair)?;
        if let Some(t) = f(&m) {
            return Ok(Some((m, t)));
        }
        match m.st.tail {
            Some(t) if t.hard => pair = t.pair,
            _ => return Ok(None),
        }
    }
    Err(super::CORRUPT)
}

/// The pair and id of `name` in the directory starting at `head`.
pub fn find(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    head: [u32; 2],
    name: &[u8],
) -> FsResult<Option<(Mdir, u16)>> {
    scan(dev, cfg, head, &mut |m| {
        m.st.entries
            .iter()
            .position(|e| is_named(e) && e.name == name)
            .map(|i| i as u16)
    })
}

/// littlefs's order of names: by their bytes, except that of two names one
/// of which starts the other, the longer comes first ("testdir" before
/// "test").
pub fn name_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    match a[..n].cmp(&b[..n]) {
        std::cmp::Ordering::Equal => b.len().cmp(&a.len()),
        o => o,
    }
}

/// Where a new entry `name` goes to keep the directory sorted: before the
/// first name that sorts after it, else at the end of the last pair.
pub fn insert_point(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    head: [u32; 2],
    name: &[u8],
) -> FsResult<(Mdir, u16)> {
    let found = scan(dev, cfg, head, &mut |m| {
        let at =
            m.st.entries
                .iter()
                .position(|e| is_named(e) && name_order(&e.name, name).is_gt());
        match (at, m.st.tail) {
            (Some(i), _) => Some(i as u16),
            (None, Some(t)) if t.hard => None,
            (None, _) => Some(m.st.entries.len() as u16),
        }
    })?;
    found.ok_or(super::CORRUPT)
}

/// The last pair of the directory starting at `head`.
pub fn last(dev: &mut dyn BlockDevice, cfg: &Config, head: [u32; 2]) -> FsResult<Mdir> {
    let found = scan(dev, cfg, head, &mut |m| match m.st.tail {
        Some(t) if t.hard => None,
        _ => Some(()),
    })?;
    Ok(found.ok_or(super::CORRUPT)?.0)
}

/// The entries of the directory starting at `head`, in order.
pub fn entries(dev: &mut dyn BlockDevice, cfg: &Config, head: [u32; 2]) -> FsResult<Vec<Entry>> {
    let mut all = Vec::new();
    scan::<()>(dev, cfg, head, &mut |m| {
        all.extend(m.st.entries.iter().filter(|e| is_named(e)).cloned());
        None
    })?;
    Ok(all)
}

/// The components of a normalised path.
pub fn parts(path: &str) -> Vec<&[u8]> {
    path.split('/')
        .filter(|c| !c.is_empty())
        .map(|c| c.as_bytes())
        .collect()
}

/// What `path` names: ENOENT when it is missing, ENOTDIR when it goes
/// through a file.
pub fn lookup(dev: &mut dyn BlockDevice, cfg: &Config, path: &str) -> FsResult<Found> {
    let mut found = Found::Root;
    for c in parts(path) {
        let head = found.dir().ok_or(FsError::ENOTDIR)?;
        match find(dev, cfg, head, c)? {
            Some((m, id)) => found = Found::Entry(m, id),
            None => return Err(FsError::ENOENT),
        }
    }
    Ok(found)
}

/// The first pair of the directory holding `path`, and its last name;
/// EINVAL for the root.
pub fn parent<'p>(
    dev: &mut dyn BlockDevice,
    cfg: &Config,
    path: &'p str,
) -> FsResult<([u32; 2], &'p [u8])> {
    let p = parts(path);
    let (name, up) = p.split_last().ok_or(FsError::EINVAL)?;
    let mut head = ROOT;
    for c in up {
        let (m, id) = find(dev, cfg, head, c)?.ok_or(FsError::ENOENT)?;
        head = entry_dir(&m.st.entries[id as usize]).ok_or(FsError::ENOTDIR)?;
    }
    Ok((head, name))
}

#[cfg(test)]
mod order_tests {
    use super::name_order;

    #[test]
    fn longer_names_sort_before_their_prefixes() {
        let mut names: Vec<&[u8]> =
            vec![b"zz", b"test", b"a", b"ab", b"testdir", b"B", b"abc", b"b"];
        names.sort_by(|a, b| name_order(a, b));
        let want: Vec<&[u8]> = vec![b"B", b"abc", b"ab", b"a", b"b", b"testdir", b"test", b"zz"];
        assert_eq!(names, want);
    }
}
