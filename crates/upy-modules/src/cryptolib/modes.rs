//! AES (RustCrypto's block cipher) in the three chaining modes of
//! MicroPython's `cryptolib`: ECB, CBC and CTR. The chaining state lasts
//! across calls: CBC goes on from the last ciphertext block, CTR from the
//! next byte of the current keystream block, as MicroPython's mbedTLS
//! and axTLS back ends do.

use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};

/// The block size of AES.
pub const BLOCK: usize = 16;

/// A mode as MicroPython numbers it (PEP 272's numbers).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Ecb = 1,
    Cbc = 2,
    Ctr = 6,
}

impl Mode {
    pub fn from_number(n: i64) -> Option<Mode> {
        [Mode::Ecb, Mode::Cbc, Mode::Ctr]
            .into_iter()
            .find(|&m| m as i64 == n)
    }
}

/// The expanded key: AES-128 or AES-256 (MicroPython has no AES-192),
/// boxed: the schedules are large and of different sizes.
enum Key {
    Aes128(Box<aes::Aes128>),
    Aes256(Box<aes::Aes256>),
}

impl Key {
    fn new(key: &[u8]) -> Option<Key> {
        match key.len() {
            16 => aes::Aes128::new_from_slice(key)
                .ok()
                .map(|k| Key::Aes128(Box::new(k))),
            32 => aes::Aes256::new_from_slice(key)
                .ok()
                .map(|k| Key::Aes256(Box::new(k))),
            _ => None,
        }
    }

    fn encrypt(&self, block: &mut [u8; BLOCK]) {
        let b = GenericArray::from_mut_slice(block);
        match self {
            Key::Aes128(k) => k.encrypt_block(b),
            Key::Aes256(k) => k.encrypt_block(b),
        }
    }

    fn decrypt(&self, block: &mut [u8; BLOCK]) {
        let b = GenericArray::from_mut_slice(block);
        match self {
            Key::Aes128(k) => k.decrypt_block(b),
            Key::Aes256(k) => k.decrypt_block(b),
        }
    }
}

fn xor(into: &mut [u8; BLOCK], with: &[u8; BLOCK]) {
    for (a, b) in into.iter_mut().zip(with) {
        *a ^= b;
    }
}

/// A cipher with its chaining state.
pub struct Cipher {
    key: Key,
    pub mode: Mode,
    /// CBC: the previous ciphertext block; CTR: the next counter block.
    chain: [u8; BLOCK],
    /// CTR: the keystream block being used and the position in it (0:
    /// a new block is needed).
    stream: [u8; BLOCK],
    used: usize,
}

impl Cipher {
    /// A cipher for `key` (16 or 32 bytes, else None) with the initial
    /// vector or counter `iv`.
    pub fn new(key: &[u8], mode: Mode, iv: [u8; BLOCK]) -> Option<Cipher> {
        Some(Cipher {
            key: Key::new(key)?,
            mode,
            chain: iv,
            stream: [0; BLOCK],
            used: 0,
        })
    }

    /// Encrypt or decrypt `data` in place. ECB and CBC take whole blocks
    /// (the caller checks the length; a partial block at the end is left
    /// as it is); CTR any length, the same way in both directions.
    pub fn process(&mut self, data: &mut [u8], encrypt: bool) {
        match self.mode {
            Mode::Ecb | Mode::Cbc => {
                for chunk in data.chunks_exact_mut(BLOCK) {
                    let mut block = [0; BLOCK];
                    block.copy_from_slice(chunk);
                    self.block(&mut block, encrypt);
                    chunk.copy_from_slice(&block);
                }
            }
            Mode::Ctr => {
                for byte in data {
                    if self.used == 0 {
                        self.stream = self.chain;
                        self.key.encrypt(&mut self.stream);
                        increment(&mut self.chain);
                    }
                    *byte ^= self.stream[self.used];
                    self.used = (self.used + 1) % BLOCK;
                }
            }
        }
    }

    fn block(&mut self, block: &mut [u8; BLOCK], encrypt: bool) {
        match (self.mode, encrypt) {
            (Mode::Cbc, true) => {
                xor(block, &self.chain);
                self.key.encrypt(block);
                self.chain = *block;
            }
            (Mode::Cbc, false) => {
                let cipher = *block;
                self.key.decrypt(block);
                xor(block, &self.chain);
                self.chain = cipher;
            }
            (_, true) => self.key.encrypt(block),
            (_, false) => self.key.decrypt(block),
        }
    }
}

/// Add one to a 128-bit big-endian counter, wrapping.
fn increment(counter: &mut [u8; BLOCK]) {
    for b in counter.iter_mut().rev() {
        *b = b.wrapping_add(1);
        if *b != 0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn iv(s: &str) -> [u8; BLOCK] {
        let mut b = [0; BLOCK];
        b.copy_from_slice(&hex(s));
        b
    }

    #[test]
    fn fips_197_appendix_c() {
        let pt = hex("00112233445566778899aabbccddeeff");
        for (key, ct) in [
            (
                "000102030405060708090a0b0c0d0e0f",
                "69c4e0d86a7b0430d8cdb78070b4c55a",
            ),
            (
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                "8ea2b7ca516745bfeafc49904b496089",
            ),
        ] {
            let mut c = Cipher::new(&hex(key), Mode::Ecb, [0; BLOCK]).unwrap();
            let mut data = pt.clone();
            c.process(&mut data, true);
            assert_eq!(data, hex(ct));
            c.process(&mut data, false);
            assert_eq!(data, pt);
        }
    }

    #[test]
    fn sp800_38a_cbc_and_ctr_across_calls() {
        let key = hex("2b7e151628aed2a6abf7158809cf4f3c");
        let pt = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
        let mut cbc = Cipher::new(&key, Mode::Cbc, iv("000102030405060708090a0b0c0d0e0f")).unwrap();
        let (mut a, mut b) = (pt[..16].to_vec(), pt[16..].to_vec());
        cbc.process(&mut a, true);
        cbc.process(&mut b, true);
        assert_eq!(
            [a, b].concat(),
            hex("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2")
        );
        let mut ctr = Cipher::new(&key, Mode::Ctr, iv("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")).unwrap();
        let (mut a, mut b) = (pt[..5].to_vec(), pt[5..].to_vec());
        ctr.process(&mut a, true);
        ctr.process(&mut b, true);
        assert_eq!(
            [a, b].concat(),
            hex("874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff")
        );
    }

    #[test]
    fn counter_wraps() {
        let mut c = [0xff; BLOCK];
        increment(&mut c);
        assert_eq!(c, [0; BLOCK]);
    }
}
