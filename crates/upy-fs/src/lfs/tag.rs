//! Metadata tags: 32-bit words (stored big-endian, XORed with the
//! previous tag) holding a valid bit, an 11-bit type, a 10-bit id and a
//! 10-bit length (SPEC.md, "Metadata tags").

/// Type of a name tag of a regular file.
pub const REG: u16 = 0x001;
/// Type of a name tag of a directory.
pub const DIR: u16 = 0x002;
/// Type of the superblock's name tag.
pub const SUPERBLOCK: u16 = 0x0ff;
pub const CREATE: u16 = 0x401;
pub const DELETE: u16 = 0x4ff;
pub const DIRSTRUCT: u16 = 0x200;
pub const INLINESTRUCT: u16 = 0x201;
pub const CTZSTRUCT: u16 = 0x202;
/// User attributes are 0x300 plus their 8-bit type.
pub const USERATTR: u16 = 0x300;
pub const SOFTTAIL: u16 = 0x600;
pub const HARDTAIL: u16 = 0x601;
pub const MOVESTATE: u16 = 0x7ff;
pub const CRC: u16 = 0x500;
pub const FCRC: u16 = 0x5ff;

/// Id of tags that belong to no file (tails, global state, CRCs).
pub const NO_ID: u16 = 0x3ff;
/// Length marking a deleted tag (it has no data).
pub const DELETED: u16 = 0x3ff;

/// A decoded tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(pub u32);

impl Tag {
    pub fn new(ty: u16, id: u16, len: u16) -> Tag {
        Tag(((ty as u32 & 0x7ff) << 20) | ((id as u32 & 0x3ff) << 10) | (len as u32 & 0x3ff))
    }
    /// Set when the tag is not part of a valid commit.
    pub fn invalid(self) -> bool {
        self.0 >> 31 != 0
    }
    /// The 11-bit type (type1 and chunk).
    pub fn ty(self) -> u16 {
        ((self.0 >> 20) & 0x7ff) as u16
    }
    /// The 3-bit abstract type.
    pub fn ty1(self) -> u16 {
        self.ty() >> 8
    }
    pub fn chunk(self) -> u8 {
        (self.0 >> 20) as u8
    }
    pub fn id(self) -> u16 {
        ((self.0 >> 10) & 0x3ff) as u16
    }
    pub fn size(self) -> u16 {
        (self.0 & 0x3ff) as u16
    }
    /// Bytes of data following the tag on disk (none for deleted tags).
    pub fn data_len(self) -> usize {
        if self.size() == DELETED {
            0
        } else {
            self.size() as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let t = Tag::new(INLINESTRUCT, 5, 24);
        assert_eq!((t.ty(), t.ty1(), t.id(), t.size()), (0x201, 2, 5, 24));
        assert!(!t.invalid());
        assert_eq!(Tag::new(DELETE, 3, 0).data_len(), 0);
        assert_eq!(Tag::new(USERATTR | 1, 1, DELETED).data_len(), 0);
        assert_eq!(Tag::new(CRC | 1, NO_ID, 0).chunk(), 1);
    }
}
