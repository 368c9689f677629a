//! The garbage-collected heap: a slot table of objects addressed by `Gc`
//! handles, a byte budget, and a precise mark-and-sweep collector.
//!
//! The heap never decides on its own to collect: allocation only records
//! that a collection is due (`should_collect`), and the VM collects at a safe
//! point where it can name every root, or when an allocation does not fit
//! (`Vm::make_room`). Between safe points native code may hold new objects
//! in Rust variables only, so every object allocated since the last safe
//! point (in the current *epoch*) is kept by such a collection.

use crate::obj::Obj;
use crate::value::{Gc, Value};

pub struct Heap {
    slots: Vec<Option<Obj>>,
    free: Vec<u32>,
    /// Slots freed by the last collection under `stress`, not reused yet.
    quarantine: Vec<u32>,
    /// Under `stress`: what each freed slot held, and in which epoch it
    /// was freed, for the panic that reports a missing root.
    freed_what: std::collections::HashMap<u32, (&'static str, u32)>,
    marks: Vec<bool>,
    /// The epoch each slot's object was allocated in (see `young_roots`).
    born: Vec<u32>,
    /// Advanced at every safe point of the VM.
    epoch: u32,
    /// Bytes in use (live after the last collection plus allocated since).
    pub bytes: usize,
    /// Bytes live after the last collection.
    live: usize,
    /// Bytes allocated before the last collection (`mem_total`), and the
    /// most in use at once by then (`mem_peak`): between collections
    /// `bytes` only grows, so both are brought up to date there and at
    /// the query, never on the allocation path.
    allocated_before: u64,
    peak: usize,
    /// Budget: allocations beyond it raise MemoryError.
    pub limit: usize,
    /// Bytes of the interpreter's own objects (builtin types, interned
    /// names, library modules), included in `bytes` and `limit` but not
    /// the program's: `gc.mem_alloc()` leaves them out.
    pub base: usize,
    /// Collect when `bytes` exceeds this.
    next_gc: usize,
    pub enabled: bool,
    /// Collect at every safe point (testing the rooting discipline).
    pub stress: bool,
    /// Collect between safe points too, at allocations (testing that
    /// everything native code holds is rooted or of the current epoch).
    pub stress_alloc: bool,
    /// Under `stress_alloc`, one allocation in this many collects.
    pub stress_period: u32,
    stress_count: u32,
    pub collections: u64,
    /// Objects that are never freed (interned names, builtin types).
    permanent: Vec<Gc>,
    perm_set: std::collections::HashSet<u32>,
    /// `gc.threshold()`: collect after this many bytes are allocated.
    pub threshold: Option<usize>,
    /// `micropython.heap_lock()` depth: allocation fails while > 0.
    pub lock_depth: usize,
    /// Weak-reference objects (see `NativeObject::weak_referent`).
    weak: Vec<Gc>,
    /// Live memoryview objects: a buffer they view may not be resized.
    pub views: Vec<Gc>,
    /// `(callback, weakref)` pairs whose referents died in a collection,
    /// waiting for the VM to call them (they are roots until then).
    pub weak_callbacks: Vec<(Value, Value)>,
    /// Objects with a finaliser (`__del__`) not yet run, in creation order.
    finalizable: Vec<Gc>,
    /// Objects found unreachable whose finaliser the VM is to run at the
    /// next safe point: kept alive (they are roots) until then.
    pub to_finalize: Vec<Value>,
    /// Something waits for the VM's next safe point (weak reference
    /// callbacks, finalisers, `micropython.schedule` callbacks): one flag
    /// so the safe point's common case tests one byte, not each queue.
    pub work_due: bool,
}

/// Raised when the budget is exhausted.
#[derive(Debug, Clone, Copy)]
pub struct OutOfMemory;

impl Heap {
    pub fn new(limit: usize) -> Self {
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            quarantine: Vec::new(),
            freed_what: Default::default(),
            marks: Vec::new(),
            born: Vec::new(),
            epoch: 0,
            bytes: 0,
            live: 0,
            allocated_before: 0,
            peak: 0,
            limit,
            base: 0,
            next_gc: (limit / 4).clamp(64 * 1024, 2 * 1024 * 1024),
            enabled: true,
            stress: false,
            stress_alloc: false,
            stress_period: 7,
            stress_count: 0,
            collections: 0,
            permanent: Vec::new(),
            perm_set: std::collections::HashSet::new(),
            threshold: None,
            lock_depth: 0,
            weak: Vec::new(),
            views: Vec::new(),
            weak_callbacks: Vec::new(),
            finalizable: Vec::new(),
            to_finalize: Vec::new(),
            work_due: false,
        }
    }

    /// Bytes ever allocated (`micropython.mem_total`).
    pub fn total_allocated(&self) -> u64 {
        self.allocated_before + self.bytes.saturating_sub(self.live) as u64
    }

    /// The most bytes in use at once (`micropython.mem_peak`).
    pub fn peak(&self) -> usize {
        self.peak.max(self.bytes)
    }

    /// Allocate an object of `size` bytes (`o.size()`) that the caller
    /// has checked `fits`.
    #[inline]
    pub fn alloc_sized(&mut self, o: Obj, size: usize) -> Gc {
        self.bytes += size;
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(o);
                self.born[i as usize] = self.epoch;
                Gc(i)
            }
            None => {
                self.slots.push(Some(o));
                self.marks.push(false);
                self.born.push(self.epoch);
                Gc((self.slots.len() - 1) as u32)
            }
        }
    }

    /// Start a new epoch: the VM is at a safe point, where every object
    /// native code still needs is reachable from the roots, so objects
    /// allocated before now need not be kept by an emergency collection.
    #[inline]
    pub fn advance_epoch(&mut self) {
        self.epoch = self.epoch.wrapping_add(1);
    }

    /// Objects allocated in the current epoch: native code may hold them
    /// in Rust variables the collector cannot see.
    pub fn young_roots(&self, out: &mut Vec<Value>) {
        for (i, b) in self.born.iter().enumerate() {
            if *b == self.epoch && self.slots[i].is_some() {
                out.push(Value::Obj(Gc(i as u32)));
            }
        }
    }

    /// Whether a failed allocation may collect before it gives up.
    pub fn may_collect(&self) -> bool {
        self.enabled && self.lock_depth == 0
    }

    /// Whether `extra` bytes can be allocated now without a collection.
    #[inline]
    pub fn fits(&self, extra: usize) -> bool {
        extra <= self.limit.saturating_sub(self.bytes) && self.lock_depth == 0 && !self.stress_alloc
    }

    /// Whether `extra` bytes fit in the budget (`fits`, but for
    /// `stress_alloc`).
    pub fn fits_budget(&self, extra: usize) -> bool {
        extra <= self.limit.saturating_sub(self.bytes) && self.lock_depth == 0
    }

    /// Under `stress_alloc`, whether this allocation collects (every
    /// `stress_period`th).
    pub fn stress_tick(&mut self) -> bool {
        self.stress_count = self.stress_count.wrapping_add(1);
        self.stress_count.is_multiple_of(self.stress_period.max(1)) && self.stress_due()
    }

    pub fn make_permanent(&mut self, g: Gc) {
        if self.perm_set.insert(g.0) {
            self.permanent.push(g);
        }
    }

    /// Whether `g` was made permanent (builtin types and modules).
    pub fn is_permanent(&self, g: Gc) -> bool {
        self.perm_set.contains(&g.0)
    }

    /// The object behind a live handle. A freed slot here means a missing
    /// GC root (a VM bug); the test suite runs clean under UPY_GC_STRESS.
    #[inline]
    pub fn get(&self, g: Gc) -> &Obj {
        match &self.slots[g.0 as usize] {
            Some(o) => o,
            None => self.missing_root(g),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, g: Gc) -> &mut Obj {
        if self.slots[g.0 as usize].is_none() {
            self.missing_root(g);
        }
        match &mut self.slots[g.0 as usize] {
            Some(o) => o,
            None => unreachable!("checked above"),
        }
    }

    #[cold]
    fn missing_root(&self, g: Gc) -> ! {
        match self.freed_what.get(&g.0) {
            Some((kind, epoch)) => panic!(
                "use of freed object {:?} (a {} freed in epoch {}, now {}): a GC root is missing",
                g, kind, epoch, self.epoch
            ),
            None => panic!("use of freed object {:?}: a GC root is missing", g),
        }
    }

    #[inline]
    pub fn should_collect(&self) -> bool {
        // Under stress, at every safe point where something was allocated
        // since the last collection (a loop that allocates nothing cannot
        // expose a missing root that the next allocation would not).
        self.enabled && (self.bytes > self.next_gc || (self.stress && self.stress_due()))
    }

    /// Under stress: something was allocated since the last collection,
    /// and (so that a program with a big heap still finishes) at least a
    /// 128th of the program's live data.
    fn stress_due(&self) -> bool {
        let since = self.bytes.saturating_sub(self.live);
        since > 0 && since >= self.live.saturating_sub(self.base) / 128
    }

    /// Every class object on the heap (for the rare operation that must
    /// find the subclasses of a class).
    pub fn types(&self) -> Vec<Gc> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, o)| matches!(o, Some(Obj::Type(_))))
            .map(|(i, _)| Gc(i as u32))
            .collect()
    }

    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Mark from `roots` (plus permanent objects) and free everything else.
    /// Track a weak-reference object: after each collection its referent
    /// is checked and, if it died, the reference is cleared.
    pub fn register_weak(&mut self, g: Gc) {
        self.weak.push(g);
    }

    /// Track an object whose finaliser must run once it is unreachable.
    pub fn register_finalizer(&mut self, g: Gc) {
        self.finalizable.push(g);
    }

    /// Hand every object still waiting for its finaliser to the VM (at
    /// exit, as CPython finalises what is left).
    pub fn finalize_all(&mut self) {
        let all = std::mem::take(&mut self.finalizable);
        self.to_finalize.extend(all.into_iter().map(Value::Obj));
        self.work_due = true;
    }

    /// Live weak references to `target`.
    pub fn weak_refs_to(&self, target: Gc) -> Vec<Gc> {
        self.weak
            .iter()
            .copied()
            .filter(|w| match &self.slots[w.0 as usize] {
                Some(Obj::Native(_, n)) => n.weak_referent() == Some(target),
                _ => false,
            })
            .collect()
    }

    /// Mark everything reachable from `stack`.
    fn mark_from(&mut self, mut stack: Vec<Value>) {
        let mut children = Vec::new();
        while let Some(v) = stack.pop() {
            if let Value::Obj(g) = v {
                let i = g.0 as usize;
                if i >= self.marks.len() || self.marks[i] {
                    continue;
                }
                self.marks[i] = true;
                if let Some(o) = &self.slots[i] {
                    o.trace(&mut children);
                    stack.append(&mut children);
                }
            }
        }
    }

    pub fn collect(&mut self, roots: Vec<Value>) {
        let mut stack = roots;
        stack.extend(self.permanent.iter().map(|g| Value::Obj(*g)));
        for (cb, w) in &self.weak_callbacks {
            stack.push(*cb);
            stack.push(*w);
        }
        stack.extend(self.to_finalize.iter().copied());
        self.mark_from(stack);
        // Unreachable objects with a finaliser are queued for it; below,
        // after weak references to them are cleared (as CPython clears
        // them first), they and what they reach are kept alive for it.
        let marks = &self.marks;
        let (live, dead): (Vec<Gc>, Vec<Gc>) =
            self.finalizable.iter().partition(|g| marks[g.0 as usize]);
        self.finalizable = live;
        // Weak references: forget the dead ones, clear those whose
        // referent dies now and queue their callbacks.
        let marks = &self.marks;
        self.weak.retain(|w| marks[w.0 as usize]);
        self.views.retain(|v| marks[v.0 as usize]);
        for w in &self.weak {
            if let Some(Obj::Native(_, n)) = &mut self.slots[w.0 as usize] {
                if let Some(t) = n.weak_referent() {
                    if !self.marks[t.0 as usize] {
                        let cb = n.clear_weak();
                        if !cb.is_none() {
                            self.weak_callbacks.push((cb, Value::Obj(*w)));
                        }
                    }
                }
            }
        }
        self.to_finalize.extend(dead.iter().map(|g| Value::Obj(*g)));
        self.work_due |= !self.to_finalize.is_empty() || !self.weak_callbacks.is_empty();
        self.mark_from(dead.into_iter().map(Value::Obj).collect());
        let mut live = 0;
        // Under stress a freed slot is reused only after the next
        // collection, so a missing root shows as a panic naming the freed
        // object rather than as a wrong object.
        let mut quarantined = Vec::new();
        for i in 0..self.slots.len() {
            if self.marks[i] {
                self.marks[i] = false;
                if let Some(o) = &self.slots[i] {
                    live += o.size();
                }
            } else if let Some(o) = self.slots[i].take() {
                if self.stress {
                    self.freed_what.insert(i as u32, (o.kind(), self.epoch));
                    quarantined.push(i as u32);
                } else {
                    self.free.push(i as u32);
                }
            }
        }
        if self.stress {
            let older = std::mem::replace(&mut self.quarantine, quarantined);
            self.free.extend(older);
        }
        self.allocated_before += self.bytes.saturating_sub(self.live) as u64;
        self.peak = self.peak.max(self.bytes);
        self.bytes = live;
        self.live = live;
        self.collections += 1;
        // Allocate at least as much as is live (and enough to pay for
        // sweeping every slot) before the next collection, but collect
        // before half of the remaining budget is used.
        let headroom = self.limit.saturating_sub(live);
        let grow = live.max(2 * 1024 * 1024).max(self.slots.len() * 48);
        self.next_gc = live + grow.min(headroom / 2);
        if let Some(t) = self.threshold {
            self.next_gc = self.next_gc.min(live + t);
        }
    }
}
