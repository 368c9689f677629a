//! The Mersenne Twister as CPython seeds and snapshots it: `init_by_array`
//! seeding, and a record of the last 624 outputs so that `getstate` can
//! describe the generator (`rand_mt` keeps its state private).

use rand_mt::Mt19937GenRand32;

/// Words of MT19937 state.
pub const N: usize = 624;

/// MT19937's output tempering.
pub fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// The inverse of `temper`.
pub fn untemper(x: u32) -> u32 {
    let mut y = x ^ (x >> 18);
    y ^= (y << 15) & 0xefc6_0000;
    let t = y;
    for _ in 0..5 {
        y = t ^ ((y << 7) & 0x9d2c_5680);
    }
    let t = y;
    for _ in 0..3 {
        y = t ^ (y >> 11);
    }
    y
}

/// The reference `init_by_array` seeding: the state array it produces.
pub fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = [0u32; N];
    mt[0] = 19_650_218;
    for i in 1..N {
        let p = mt[i - 1];
        mt[i] = 1_812_433_253u32
            .wrapping_mul(p ^ (p >> 30))
            .wrapping_add(i as u32);
    }
    let key: &[u32] = if key.is_empty() { &[0] } else { key };
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let p = mt[i - 1];
        mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(key[j])
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let p = mt[i - 1];
        mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

/// A generator plus what `getstate` needs.
pub struct Twister {
    gen: Mt19937GenRand32,
    /// The last 624 outputs (tempered), oldest at `pos`.
    recent: [u32; N],
    pos: usize,
    /// Outputs still to come from a state restored mid-array (CPython
    /// states carry an index); they are already in `recent`.
    pending: Vec<u32>,
}

impl Twister {
    /// A generator whose state array is `words`, about to regenerate
    /// (index 624), as after seeding.
    pub fn from_words(words: &[u32; N]) -> Twister {
        let mut recent = [0u32; N];
        for (r, w) in recent.iter_mut().zip(words.iter()) {
            *r = temper(*w);
        }
        // rand_mt rebuilds its state from 624 consecutive outputs and then
        // continues after them: exactly a state array at index 624.
        Twister {
            gen: Mt19937GenRand32::from(recent),
            recent,
            pos: 0,
            pending: Vec::new(),
        }
    }

    /// Seed as CPython's `init_by_array`.
    pub fn seeded(key: &[u32]) -> Twister {
        Twister::from_words(&init_by_array(key))
    }

    /// CPython's state: 624 words and the index of the next one to use.
    pub fn state(&self) -> ([u32; N], usize) {
        let mut words = [0u32; N];
        for (k, w) in words.iter_mut().enumerate() {
            *w = untemper(self.recent[(self.pos + k) % N]);
        }
        (words, N - self.pending.len())
    }

    /// Restore a state from `state()` (or CPython's `getstate()`).
    pub fn from_state(words: &[u32; N], index: usize) -> Twister {
        let mut t = Twister::from_words(words);
        let index = index.min(N);
        t.pending = t.recent[index..].iter().rev().copied().collect();
        t
    }

    pub fn next_u32(&mut self) -> u32 {
        if let Some(v) = self.pending.pop() {
            return v;
        }
        let v = self.gen.next_u32();
        self.recent[self.pos] = v;
        self.pos = (self.pos + 1) % N;
        v
    }

    /// `random()`: 53 random bits in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` as little-endian 32-bit words.
    pub fn bits_words(&mut self, mut k: u64) -> Vec<u32> {
        let n = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            out.push(r);
            k = k.saturating_sub(32);
        }
        out
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        (hi << 32) | lo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untemper_inverts_temper() {
        for v in [0u32, 1, 0xdead_beef, u32::MAX, 0x8000_0000, 12345] {
            assert_eq!(untemper(temper(v)), v);
        }
    }

    #[test]
    fn seeding_matches_rand_mt() {
        let key = [5u32, 7, 0xffff_ffff];
        let mut a = Twister::seeded(&key);
        let mut b = Mt19937GenRand32::new_with_key(key.iter().copied());
        for _ in 0..2000 {
            assert_eq!(a.next_u32(), b.next_u32());
        }
    }

    #[test]
    fn cpython_seed_1() {
        // random.seed(1); random.random()
        let mut t = Twister::seeded(&[1]);
        assert_eq!(t.random(), 0.13436424411240122);
    }

    #[test]
    fn state_round_trip() {
        let mut a = Twister::seeded(&[42]);
        for _ in 0..1000 {
            a.next_u32();
        }
        let (w, i) = a.state();
        let mut b = Twister::from_state(&w, i);
        for _ in 0..2000 {
            assert_eq!(a.next_u32(), b.next_u32());
        }
        // A state in the middle of an array, as CPython reports it.
        let words = init_by_array(&[3]);
        let mut c = Twister::from_words(&words);
        let first: Vec<u32> = (0..10).map(|_| c.next_u32()).collect();
        let mut d = Twister::from_state(&words, 624);
        assert_eq!(first, (0..10).map(|_| d.next_u32()).collect::<Vec<_>>());
        let (w2, i2) = d.state();
        let mut e = Twister::from_state(&w2, i2);
        assert_eq!(c.next_u32(), e.next_u32());
    }
}
