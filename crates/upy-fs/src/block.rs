//! Block devices: the storage under flash filesystems, as MicroPython's
//! block-device protocol sees it (fixed-size blocks, byte offsets within
//! a block for the extended interface, erase). Two devices live here: one
//! in memory and one in a file.

use crate::error::{FsError, FsResult};
use crate::fs::FileHandle;
use std::io::SeekFrom;

pub trait BlockDevice {
    fn block_size(&self) -> usize;
    fn block_count(&self) -> u64;
    /// Fill `buf` from byte `offset` of block `block` on (it may run into
    /// the following blocks).
    fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()>;
    fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()>;
    /// Erase one block (to 0xff bytes, as flash reads after erasing).
    fn erase(&mut self, block: u64) -> FsResult<()>;
    fn sync(&mut self) -> FsResult<()> {
        Ok(())
    }
}

/// The device of filesystems that have none (the host filesystem): every
/// access is ENODEV.
pub struct NoDevice;

impl BlockDevice for NoDevice {
    fn block_size(&self) -> usize {
        512
    }
    fn block_count(&self) -> u64 {
        0
    }
    fn read(&mut self, _block: u64, _offset: usize, _buf: &mut [u8]) -> FsResult<()> {
        Err(FsError::ENODEV)
    }
    fn write(&mut self, _block: u64, _offset: usize, _buf: &[u8]) -> FsResult<()> {
        Err(FsError::ENODEV)
    }
    fn erase(&mut self, _block: u64) -> FsResult<()> {
        Err(FsError::ENODEV)
    }
}

/// The byte range `len` bytes from `offset` into `block`, or EIO when it
/// leaves the device.
fn span(bs: usize, count: u64, block: u64, offset: usize, len: usize) -> FsResult<(u64, u64)> {
    let start = block
        .checked_mul(bs as u64)
        .and_then(|s| s.checked_add(offset as u64))
        .ok_or(FsError::EIO)?;
    let end = start.checked_add(len as u64).ok_or(FsError::EIO)?;
    if block >= count || end > count * bs as u64 {
        return Err(FsError::EIO);
    }
    Ok((start, end))
}

/// A block device in memory.
pub struct RamBlockDev {
    bs: usize,
    data: Vec<u8>,
}

impl RamBlockDev {
    /// `count` blocks of `bs` bytes, erased. EINVAL for a zero size.
    pub fn new(bs: usize, count: u64) -> FsResult<RamBlockDev> {
        let total = (bs as u64).checked_mul(count).ok_or(FsError::ENOMEM)?;
        if bs == 0 || count == 0 {
            return Err(FsError::EINVAL);
        }
        let total = usize::try_from(total).map_err(|_| FsError::ENOMEM)?;
        Ok(RamBlockDev {
            bs,
            data: vec![0xff; total],
        })
    }

    pub fn bytes(&self) -> usize {
        self.data.len()
    }
}

impl BlockDevice for RamBlockDev {
    fn block_size(&self) -> usize {
        self.bs
    }
    fn block_count(&self) -> u64 {
        (self.data.len() / self.bs) as u64
    }
    fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()> {
        let (s, e) = span(self.bs, self.block_count(), block, offset, buf.len())?;
        buf.copy_from_slice(&self.data[s as usize..e as usize]);
        Ok(())
    }
    fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()> {
        let (s, e) = span(self.bs, self.block_count(), block, offset, buf.len())?;
        self.data[s as usize..e as usize].copy_from_slice(buf);
        Ok(())
    }
    fn erase(&mut self, block: u64) -> FsResult<()> {
        let (s, e) = span(self.bs, self.block_count(), block, 0, self.bs)?;
        self.data[s as usize..e as usize].fill(0xff);
        Ok(())
    }
}

/// A block device stored in a file (a flash image).
pub struct FileBlockDev {
    bs: usize,
    count: u64,
    file: Box<dyn FileHandle>,
}

impl FileBlockDev {
    /// Over an open file: `count` blocks (the file is extended with erased
    /// blocks as needed), or as many whole blocks as the file holds.
    pub fn new(mut file: Box<dyn FileHandle>, bs: usize, count: Option<u64>) -> FsResult<Self> {
        if bs == 0 {
            return Err(FsError::EINVAL);
        }
        let len = file.seek(&mut NoDevice, SeekFrom::End(0))?;
        let count = match count {
            Some(0) => return Err(FsError::EINVAL),
            Some(c) => {
                let want = c.checked_mul(bs as u64).ok_or(FsError::EINVAL)?;
                if len < want {
                    // New space reads as erased flash.
                    let chunk = vec![0xffu8; bs.min(1 << 16)];
                    let mut at = len;
                    while at < want {
                        let n = ((want - at) as usize).min(chunk.len());
                        file.write(&mut NoDevice, &chunk[..n])?;
                        at += n as u64;
                    }
                }
                c
            }
            None => {
                let c = len / bs as u64;
                if c == 0 {
                    return Err(FsError::EINVAL);
                }
                c
            }
        };
        Ok(FileBlockDev { bs, count, file })
    }
}

impl BlockDevice for FileBlockDev {
    fn block_size(&self) -> usize {
        self.bs
    }
    fn block_count(&self) -> u64 {
        self.count
    }
    fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()> {
        let (s, _) = span(self.bs, self.count, block, offset, buf.len())?;
        self.file.seek(&mut NoDevice, SeekFrom::Start(s))?;
        if self.file.read(&mut NoDevice, buf)? != buf.len() {
            return Err(FsError::EIO);
        }
        Ok(())
    }
    fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()> {
        let (s, _) = span(self.bs, self.count, block, offset, buf.len())?;
        self.file.seek(&mut NoDevice, SeekFrom::Start(s))?;
        self.file.write(&mut NoDevice, buf)?;
        Ok(())
    }
    fn erase(&mut self, block: u64) -> FsResult<()> {
        let ff = vec![0xffu8; self.bs];
        self.write(block, 0, &ff)
    }
    fn sync(&mut self) -> FsResult<()> {
        self.file.flush(&mut NoDevice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ram_device_bounds_and_offsets() {
        let mut d = RamBlockDev::new(16, 4).unwrap();
        let mut b = [0u8; 16];
        d.read(0, 0, &mut b).unwrap();
        assert_eq!(b, [0xff; 16]);
        d.write(1, 4, b"abcd").unwrap();
        let mut c = [0u8; 6];
        d.read(1, 3, &mut c).unwrap();
        assert_eq!(&c, b"\xffabcd\xff");
        // Spanning blocks is allowed; leaving the device is not.
        d.write(2, 8, &[1u8; 24]).unwrap();
        assert_eq!(d.write(3, 8, &[1u8; 9]), Err(FsError::EIO));
        assert_eq!(d.read(4, 0, &mut b), Err(FsError::EIO));
        assert_eq!(d.read(u64::MAX, 0, &mut b), Err(FsError::EIO));
        d.erase(1).unwrap();
        d.read(1, 0, &mut b).unwrap();
        assert_eq!(b, [0xff; 16]);
        assert!(RamBlockDev::new(0, 4).is_err());
        assert!(RamBlockDev::new(1 << 40, 1 << 40).is_err());
    }
}
