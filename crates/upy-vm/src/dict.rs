//! The insertion-ordered hash table behind `dict`, instance attributes,
//! module globals and class namespaces.
//!
//! Look-ups are split in two phases so the table can live inside the heap:
//! `find` takes an equality callback that only reads the heap, and the
//! caller then mutates with the position it got back. Keys whose equality
//! needs Python code (`__eq__`) are resolved by the VM through `candidates`.

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
/// Dicts with at most this many entry slots have no index table: a look-up
/// scans the entries' hashes (cheaper than hashing into a table for the
/// few keys of an instance dict, and one allocation less).
const SMALL: usize = 8;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Version stamps are unique across all dicts, so a cache keyed on
/// (dict handle, version) cannot be fooled by a new dict reusing a handle.
fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(Default)]
pub struct DictObj {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Changes whenever a key is added or removed, or the table is rebuilt.
    pub version: u64,
    /// The sequence of keys this dict got, when it got them only through
    /// `insert_shaped` (instance dicts filled by attribute stores): dicts
    /// with equal shapes hold the same keys at the same entry indices.
    /// `NO_SHAPE` once any other change to its keys happened.
    pub shape: u32,
}

/// Shape of a dict whose keys are not tracked.
pub const NO_SHAPE: u32 = u32::MAX;

/// Result of probing for a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Find {
    /// Entry index of the key.
    Found(usize),
    /// Not present.
    Vacant,
    /// A candidate with an equal hash needs a Python-level comparison.
    Slow,
}

impl Clone for DictObj {
    /// A copy is a new dict: it gets its own version stamp.
    fn clone(&self) -> Self {
        DictObj {
            entries: self.entries.clone(),
            indices: self.indices.clone(),
            len: self.len,
            version: next_version(),
            shape: self.shape,
        }
    }
}

impl DictObj {
    pub fn new() -> Self {
        DictObj {
            version: next_version(),
            ..Self::default()
        }
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut d = DictObj::new();
        if n > SMALL {
            d.entries.reserve(n);
            d.rebuild((n * 3 / 2 + 1).next_power_of_two().max(8));
        } else if n > 0 {
            d.entries.reserve_exact(n);
        }
        d
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn size(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>() + self.indices.len() * 4
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        for e in self.entries.iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
    }

    /// Probe for `hash`; `eq(candidate)` says whether a stored key with the
    /// same hash equals the one sought (`None`: needs Python code).
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Find {
        if self.indices.is_empty() {
            // Small: scan the entries.
            let mut slow = false;
            for (ix, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.hash == hash {
                        match eq(e.key) {
                            Some(true) => return Find::Found(ix),
                            Some(false) => {}
                            None => slow = true,
                        }
                    }
                }
            }
            return if slow { Find::Slow } else { Find::Vacant };
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut slow = false;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if slow { Find::Slow } else { Find::Vacant };
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        match eq(e.key) {
                            Some(true) => return Find::Found(ix as usize),
                            Some(false) => {}
                            None => slow = true,
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Entry indices of stored keys with this hash, for the slow path.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            for (ix, e) in self.entries.iter().enumerate() {
                if matches!(e, Some(e) if e.hash == hash) {
                    out.push(ix);
                }
            }
            return out;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return out;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        out.push(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    pub fn entry(&self, idx: usize) -> Option<&Entry> {
        self.entries.get(idx).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, idx: usize, v: Value) {
        if let Some(Some(e)) = self.entries.get_mut(idx) {
            e.value = v;
        }
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.push_entry(hash, key, value);
        self.shape = NO_SHAPE;
    }

    /// Append an attribute-name key known to be absent, moving the dict
    /// from its current shape to `shape`.
    pub fn insert_shaped(&mut self, hash: i64, key: Value, value: Value, shape: u32) {
        self.push_entry(hash, key, value);
        self.shape = shape;
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() && self.entries.len() < SMALL {
            self.entries.push(Some(Entry { hash, key, value }));
            self.len += 1;
            self.version = next_version();
            return;
        }
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            let want = ((self.len + 1) * 3).next_power_of_two().max(8);
            self.rebuild(want);
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.place(hash, idx);
        self.len += 1;
        self.version = next_version();
    }

    fn place(&mut self, hash: i64, idx: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == EMPTY || self.indices[i] == DUMMY {
                self.indices[i] = idx;
                return;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Rebuild the index table with `cap` slots, dropping deleted entries.
    fn rebuild(&mut self, cap: usize) {
        if self.entries.len() != self.len {
            self.entries.retain(|e| e.is_some());
        }
        self.indices.clear();
        self.indices.resize(cap, EMPTY);
        for i in 0..self.entries.len() {
            if let Some(e) = self.entries[i] {
                self.place(e.hash, i as u32);
            }
        }
        self.version = next_version();
    }

    /// Remove the entry at `idx`, returning it.
    pub fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries.get_mut(idx)?.take()?;
        if self.indices.is_empty() {
            self.len -= 1;
            self.version = next_version();
            self.shape = NO_SHAPE;
            if self.len == 0 {
                self.entries.clear();
            }
            return Some(e);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == idx as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.len -= 1;
        self.version = next_version();
        self.shape = NO_SHAPE;
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|x| *x = EMPTY);
        }
        Some(e)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.shape = NO_SHAPE;
        self.version = next_version();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Number of entry slots (live or deleted), for iteration by index.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Remove and return the last entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(idx)
    }

    pub fn first_index(&self) -> Option<usize> {
        self.entries.iter().position(|e| e.is_some())
    }

    /// Move an existing entry to the end (OrderedDict.move_to_end).
    pub fn move_to_end(&mut self, idx: usize, last: bool) {
        if let Some(e) = self.remove_at(idx) {
            if last {
                self.insert_new(e.hash, e.key, e.value);
            } else {
                let mut rest: Vec<Entry> = self.entries.drain(..).flatten().collect();
                rest.insert(0, e);
                self.clear();
                for r in rest {
                    self.insert_new(r.hash, r.key, r.value);
                }
            }
        }
    }
}
