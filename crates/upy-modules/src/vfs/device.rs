//! Block devices as a native filesystem sees them during one operation:
//! a native device (`RAMBlockDev`, `FileBlockDev`) is lent from its object,
//! a device written in Python is driven through its `readblocks`,
//! `writeblocks` and `ioctl` methods as MicroPython calls them. A Python
//! exception raised there ends the operation (the filesystem sees EIO) and
//! is raised to the caller.

use upy_fs::block::{BlockDevice, NoDevice};
use upy_fs::{FsError, FsResult};
use upy_vm::obj::Obj;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::blockdev::NativeBlockDev;
use super::NativeFs;
use crate::util;

/// The geometry and calling convention of a Python block device.
#[derive(Debug, Clone, Copy)]
pub struct PyGeometry {
    pub block_size: usize,
    pub block_count: u64,
    /// `readblocks(n, buf, offset)` (littlefs) or `readblocks(n, buf)`
    /// (FAT).
    pub with_offset: bool,
}

/// Ask a Python block device its geometry: `ioctl(5)` for the block size
/// (None: 512) and `ioctl(4)` for the count, or with the old protocol
/// (no `ioctl`) `count()` and 512-byte blocks.
pub fn py_geometry(vm: &mut Vm, dev: Value, with_offset: bool) -> PyResult<PyGeometry> {
    let ioctl = vm.intern("ioctl");
    let (bs, count) = if vm.lookup_special(dev, ioctl).is_some() {
        let f = vm.get_attr(dev, ioctl)?;
        // The bound method and the first answer outlive the next call.
        vm.roots.push(f);
        let bs = vm.call(f, &[Value::Int(5), Value::Int(0)])?;
        vm.roots.push(bs);
        let count = vm.call(f, &[Value::Int(4), Value::Int(0)])?;
        (bs, count)
    } else {
        let c = vm.intern("count");
        let f = vm.get_attr(dev, c)?;
        (Value::None, vm.call(f, &[])?)
    };
    let block_size = match bs {
        Value::None => 512,
        v => util::i64_arg(vm, v)?.max(0) as usize,
    };
    let block_count = util::i64_arg(vm, count)?.max(0) as u64;
    Ok(PyGeometry {
        block_size,
        block_count,
        with_offset,
    })
}

struct PyDev<'a> {
    vm: &'a mut Vm,
    obj: Value,
    geo: PyGeometry,
    /// The first Python exception raised by a device method.
    raised: Option<Value>,
    /// Bound methods looked up once per operation (as MicroPython looks
    /// them up once per mount), by name.
    methods: Vec<(&'static str, Value)>,
    /// The bytearray lent to `readblocks`/`writeblocks`, reused while the
    /// transfers keep its size: an operation's calls leave no garbage
    /// behind them (the heap collects only between Python statements, and
    /// a device method may have none). MicroPython too lends the
    /// filesystem's own buffer.
    buf: Option<Value>,
}

impl PyDev<'_> {
    /// Method `name` of the device, bound once (kept alive on the VM's
    /// roots until the native call ends).
    fn method(&mut self, name: &'static str) -> Option<Value> {
        if let Some((_, m)) = self.methods.iter().find(|(n, _)| *n == name) {
            return Some(*m);
        }
        let key = self.vm.intern(name);
        match self.vm.get_attr(self.obj, key) {
            Ok(m) => {
                self.vm.roots.push(m);
                self.methods.push((name, m));
                Some(m)
            }
            Err(e) => {
                self.raised = Some(e);
                None
            }
        }
    }

    /// Call method `name`; None (and the exception kept) if it raised.
    fn call(&mut self, name: &'static str, args: &[Value]) -> Option<Value> {
        if self.raised.is_some() {
            return None;
        }
        let f = self.method(name)?;
        match self.vm.call(f, args) {
            Ok(v) => Some(v),
            Err(e) => {
                // Raised once the filesystem operation gives up, after
                // more allocations.
                self.vm.roots.push(e);
                self.raised = Some(e);
                None
            }
        }
    }

    fn has(&mut self, name: &str) -> bool {
        let key = self.vm.intern(name);
        self.vm.lookup_special(self.obj, key).is_some()
    }

    /// The bytearray for a transfer of `len` bytes (contents unspecified).
    fn buffer(&mut self, len: usize) -> FsResult<Value> {
        if let Some(v @ Value::Obj(g)) = self.buf {
            if let Obj::ByteArray(b) = self.vm.heap.get_mut(g) {
                if b.len() == len {
                    return Ok(v);
                }
            }
        }
        let v = self
            .vm
            .alloc_val(Obj::ByteArray(vec![0; len]))
            .map_err(|_| FsError::ENOMEM)?;
        self.vm.roots.push(v);
        self.buf = Some(v);
        Ok(v)
    }

    /// A readblocks/writeblocks result: None, True or 0 is success; a
    /// negative number is that errno; anything else EIO.
    fn status(&self, r: Option<Value>) -> FsResult<()> {
        match r {
            Some(Value::None) | Some(Value::Bool(true)) | Some(Value::Int(0)) => Ok(()),
            Some(Value::Int(n)) if n < 0 && self.geo.with_offset => {
                Err(FsError(n.unsigned_abs().min(i32::MAX as u64) as i32))
            }
            Some(Value::Int(n)) if n > 0 && self.geo.with_offset => Err(FsError::EINVAL),
            _ => Err(FsError::EIO),
        }
    }

    fn transfer_args(&self, block: u64, ba: Value, offset: usize) -> ([Value; 3], usize) {
        let args = [Value::Int(block as i64), ba, Value::Int(offset as i64)];
        (args, if self.geo.with_offset { 3 } else { 2 })
    }
}

impl BlockDevice for PyDev<'_> {
    fn block_size(&self) -> usize {
        self.geo.block_size
    }
    fn block_count(&self) -> u64 {
        self.geo.block_count
    }
    fn read(&mut self, block: u64, offset: usize, buf: &mut [u8]) -> FsResult<()> {
        let ba = self.buffer(buf.len())?;
        let (args, n) = self.transfer_args(block, ba, offset);
        let r = self.call("readblocks", &args[..n]);
        self.status(r)?;
        if let Value::Obj(g) = ba {
            match self.vm.heap.get(g) {
                Obj::ByteArray(data) => {
                    // A device that resized the buffer gave what it gave.
                    let n = data.len().min(buf.len());
                    buf[..n].copy_from_slice(&data[..n]);
                }
                _ => return Err(FsError::EIO),
            }
        }
        Ok(())
    }
    fn write(&mut self, block: u64, offset: usize, buf: &[u8]) -> FsResult<()> {
        if !self.has("writeblocks") {
            return Err(FsError::EROFS);
        }
        let ba = self.buffer(buf.len())?;
        if let Value::Obj(g) = ba {
            if let Obj::ByteArray(data) = self.vm.heap.get_mut(g) {
                data.copy_from_slice(buf);
            }
        }
        let (args, n) = self.transfer_args(block, ba, offset);
        let r = self.call("writeblocks", &args[..n]);
        self.status(r)
    }
    fn erase(&mut self, block: u64) -> FsResult<()> {
        match self.call("ioctl", &[Value::Int(6), Value::Int(block as i64)]) {
            Some(Value::Int(0)) | Some(Value::None) => Ok(()),
            _ => Err(FsError::EIO),
        }
    }
    fn sync(&mut self) -> FsResult<()> {
        if self.has("ioctl") {
            self.call("ioctl", &[Value::Int(3), Value::Int(0)]);
        } else if self.has("sync") {
            self.call("sync", &[]);
        }
        if self.raised.is_some() {
            return Err(FsError::EIO);
        }
        Ok(())
    }
}

/// Run `f` with the block device of native filesystem object `fs` (None,
/// or a filesystem without a device: `NoDevice`).
pub fn with_device<R>(
    vm: &mut Vm,
    fs: Value,
    f: impl FnOnce(&mut dyn BlockDevice) -> R,
) -> PyResult<R> {
    let (dev, geo) = match util::native::<NativeFs>(vm, fs) {
        Some(nf) => (nf.dev, nf.geometry),
        None => (Value::None, None),
    };
    if dev.is_none() {
        return Ok(f(&mut NoDevice));
    }
    if let Some(nb) = util::native_mut::<NativeBlockDev>(vm, dev) {
        // Lent out for the operation (the object holds NoDevice
        // meanwhile, so a re-entrant use fails cleanly).
        let mut d = std::mem::replace(&mut nb.dev, Box::new(NoDevice));
        let r = f(d.as_mut());
        if let Some(nb) = util::native_mut::<NativeBlockDev>(vm, dev) {
            nb.dev = d;
        }
        return Ok(r);
    }
    let Some(geo) = geo else {
        return Ok(f(&mut NoDevice));
    };
    // What the device keeps on the roots lives for this operation only.
    let mark = vm.roots.len();
    let mut pd = PyDev {
        vm,
        obj: dev,
        geo,
        raised: None,
        methods: Vec::new(),
        buf: None,
    };
    let r = f(&mut pd);
    pd.vm.roots.truncate(mark);
    match pd.raised {
        Some(e) => Err(e),
        None => Ok(r),
    }
}
