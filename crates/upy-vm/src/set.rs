//! The hash table behind `set` and `frozenset`.
//!
//! It follows CPython's open-addressing scheme (linear probes, then
//! perturbation; growth at 60% fill) so that a set prints its elements in
//! the same order as CPython does, which programs and tests rely on.

use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone, Copy)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetObj {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    pub version: u64,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

/// Where a probe ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetFind {
    Found(usize),
    /// Absent; the slot where it would go.
    Vacant(usize),
    /// A candidate needs a Python-level comparison.
    Slow,
}

impl SetObj {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn size(&self) -> usize {
        self.table.len() * std::mem::size_of::<Slot>()
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        for s in &self.table {
            if let Slot::Active(_, v) = s {
                out.push(*v);
            }
        }
    }

    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> SetFind {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut slow = false;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.table[j] {
                    Slot::Empty => {
                        if slow {
                            return SetFind::Slow;
                        }
                        return SetFind::Vacant(freeslot.unwrap_or(j));
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                    Slot::Active(h, k) => {
                        if h == hash {
                            match eq(k) {
                                Some(true) => return SetFind::Found(j),
                                Some(false) => {}
                                None => slow = true,
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Values stored with this hash (slow path of `find`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, s) in self.table.iter().enumerate() {
            if let Slot::Active(h, _) = s {
                if *h == hash {
                    out.push(i);
                }
            }
        }
        out
    }

    /// Insert at a slot returned by `find` as `Vacant`.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let was_empty = matches!(self.table[slot], Slot::Empty);
        self.table[slot] = Slot::Active(hash, key);
        self.used += 1;
        self.version += 1;
        if was_empty {
            self.fill += 1;
            let mask = self.table.len() - 1;
            if self.fill * 5 >= mask * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut table[i + 1..=i + LINEAR_PROBES] {
                    if matches!(slot, Slot::Empty) {
                        *slot = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Prepare for merging `n` more elements, as CPython's set_merge does.
    pub fn reserve_for_merge(&mut self, n: usize) {
        let mask = self.table.len() - 1;
        if (self.fill + n) * 5 >= mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Copy of `other`'s layout when this set is empty and the same size,
    /// as CPython's fast path does (keeps iteration order identical).
    pub fn merge_from(&mut self, other: &SetObj) -> bool {
        // Grow first, as CPython's set_merge does (this also decides
        // whether the table layouts can be copied verbatim).
        self.reserve_for_merge(other.used);
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            self.version += 1;
            return true;
        }
        if self.fill == 0 {
            for s in &other.table {
                if let Slot::Active(h, k) = *s {
                    Self::insert_clean(&mut self.table, h, k);
                    self.fill += 1;
                    self.used += 1;
                }
            }
            self.version += 1;
            return true;
        }
        false
    }

    pub fn remove_at(&mut self, slot: usize) -> Option<Value> {
        if let Slot::Active(_, k) = self.table[slot] {
            self.table[slot] = Slot::Dummy;
            self.used -= 1;
            self.version += 1;
            Some(k)
        } else {
            None
        }
    }

    pub fn get_slot(&self, slot: usize) -> Option<(i64, Value)> {
        match self.table.get(slot) {
            Some(Slot::Active(h, k)) => Some((*h, *k)),
            _ => None,
        }
    }

    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn clear(&mut self) {
        *self = SetObj {
            version: self.version + 1,
            ..SetObj::default()
        };
    }

    /// Elements with their hashes, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, *k)),
            _ => None,
        })
    }

    /// Remove an arbitrary element (the first in table order after a
    /// rotating finger, like CPython's `set.pop`).
    pub fn pop_any(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & (n - 1);
        loop {
            if let Slot::Active(_, k) = self.table[i] {
                self.table[i] = Slot::Dummy;
                self.used -= 1;
                self.version += 1;
                self.finger = i + 1;
                return Some(k);
            }
            i = (i + 1) & (n - 1);
        }
    }
}
