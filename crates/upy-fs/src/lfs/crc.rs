//! The CRC-32 of littlefs commits: polynomial 0x04c11db7 (bit-reflected,
//! as in zlib), seeded with 0xffffffff by the caller and, unlike zlib's,
//! without a final inversion, so a running value can be continued.

/// The byte table of the reflected polynomial, built at compile time.
const TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// `crc` continued over `data`.
pub fn crc32(mut crc: u32, data: &[u8]) -> u32 {
    for &b in data {
        crc = TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_zlib_before_inversion() {
        // zlib's CRC-32 of "123456789" is 0xcbf43926, the inverse of ours.
        assert_eq!(!crc32(0xffff_ffff, b"123456789"), 0xcbf4_3926);
        let a = crc32(0xffff_ffff, b"1234");
        assert_eq!(crc32(a, b"56789"), crc32(0xffff_ffff, b"123456789"));
    }
}
