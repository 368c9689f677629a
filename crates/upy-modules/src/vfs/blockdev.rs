//! Block devices as Python objects: `vfs.RAMBlockDev(block_size,
//! num_blocks)` and `vfs.FileBlockDev(path, block_size, num_blocks=None)`,
//! with MicroPython's protocol: `readblocks(n, buf[, offset])`,
//! `writeblocks(n, buf[, offset])` and `ioctl(op, arg)` with ops 1 init,
//! 2 deinit, 3 sync, 4 block count, 5 block size, 6 erase block.

use upy_fs::block::{BlockDevice, FileBlockDev, RamBlockDev};
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{os_error, path_arg};
use crate::util;

pub struct NativeBlockDev {
    pub dev: Box<dyn BlockDevice>,
    /// Bytes held in memory (counted in the heap budget).
    mem: usize,
}

impl NativeObject for NativeBlockDev {
    fn type_name(&self) -> &'static str {
        "BlockDev"
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        64 + self.mem
    }
}

fn dev_of(vm: &mut Vm, v: Value) -> PyResult<&mut NativeBlockDev> {
    if util::native::<NativeBlockDev>(vm, v).is_none() {
        let t = vm.type_name(v);
        return vm.type_error(format!("descriptor requires a block device, not '{}'", t));
    }
    Ok(util::native_mut::<NativeBlockDev>(vm, v).expect("checked above"))
}

fn usize_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<u64> {
    let n = util::i64_arg(vm, v)?;
    if n < 0 {
        return vm.value_error(format!("{} must not be negative", what));
    }
    Ok(n as u64)
}

fn ram_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "RAMBlockDev")?;
    let a = util::rebind(vm, &RAM_ARGS, a.rest(), a.extra_kw())?;
    let bs = usize_arg(vm, a.arg(0), "block_size")?;
    let n = usize_arg(vm, a.arg(1), "num_blocks")?;
    if bs == 0 || n == 0 {
        return vm.value_error("block_size and num_blocks must be positive");
    }
    let total = bs.saturating_mul(n);
    if total > usize::MAX as u64 {
        return Err(vm.out_of_memory());
    }
    vm.check_alloc(total as usize)?;
    let dev = match RamBlockDev::new(bs as usize, n) {
        Ok(d) => d,
        Err(e) => return Err(os_error(vm, e, None)),
    };
    let mem = dev.bytes();
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(NativeBlockDev {
            dev: Box::new(dev),
            mem,
        }),
    ))
}

fn file_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "FileBlockDev")?;
    let a = util::rebind(vm, &FILE_ARGS, a.rest(), a.extra_kw())?;
    let (p, _) = path_arg(vm, "FileBlockDev", a.arg(0))?;
    let bs = usize_arg(vm, a.arg(1), "block_size")?;
    let n = match a.get(2) {
        None | Some(Value::None) => None,
        Some(v) => Some(usize_arg(vm, v, "num_blocks")?),
    };
    if bs == 0 || n == Some(0) {
        return vm.value_error("block_size and num_blocks must be positive");
    }
    let opts = upy_fs::OpenOptions {
        read: true,
        write: true,
        create: n.is_some(),
        ..Default::default()
    };
    let h = match super::open(vm, &p, &opts, "r+b", true)? {
        super::Opened::Native(h, _) => h,
        super::Opened::Python(_) => {
            return vm.type_error("FileBlockDev needs a file on a native filesystem")
        }
    };
    let dev = match FileBlockDev::new(h, bs as usize, n) {
        Ok(d) => d,
        Err(e) => return Err(os_error(vm, e, Some(&p))),
    };
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(NativeBlockDev {
            dev: Box::new(dev),
            mem: 0,
        }),
    ))
}

/// `(self, block_num, buf, offset)` of readblocks/writeblocks.
fn block_args(vm: &mut Vm, a: &Args) -> PyResult<(Value, u64, Value, usize)> {
    let n = usize_arg(vm, a.arg(0), "block_num")?;
    let off = match a.get(2) {
        None | Some(Value::None) => 0,
        Some(v) => usize_arg(vm, v, "offset")? as usize,
    };
    Ok((a.this(), n, a.arg(1), off))
}

fn readblocks(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, n, buf, off) = block_args(vm, a)?;
    let Some(len) = upy_vm::objects::memoryview::writable_len(vm, buf) else {
        let t = vm.type_name(buf);
        return vm.type_error(format!(
            "readblocks() argument must be read-write bytes-like object, not {}",
            t
        ));
    };
    let mut data = vec![0u8; len];
    let r = dev_of(vm, s)?.dev.read(n, off, &mut data);
    r.map_err(|e| os_error(vm, e, None))?;
    upy_vm::objects::memoryview::write_buffer(vm, buf, 0, &data)?;
    Ok(Value::None)
}

fn writeblocks(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, n, buf, off) = block_args(vm, a)?;
    let data = upy_vm::objects::bytes::buffer_bytes(vm, buf)?;
    let simple = a.n_given() < 3;
    let d = dev_of(vm, s)?;
    let bs = d.dev.block_size();
    let r = (|| {
        if simple {
            // The simple interface writes whole blocks: erase them first.
            for k in 0..data.len().div_ceil(bs) {
                d.dev.erase(n + k as u64)?;
            }
        }
        d.dev.write(n, off, &data)
    })();
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(Value::None)
}

fn ioctl(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let op = util::i64_arg(vm, a.arg(0))?;
    let arg = a.arg(1);
    let blk = if op == 6 {
        usize_arg(vm, arg, "block_num")?
    } else {
        0
    };
    let d = dev_of(vm, a.this())?;
    let r = match op {
        1 | 2 => Ok(Value::Int(0)),
        3 => d.dev.sync().map(|_| Value::Int(0)),
        4 => Ok(Value::Int(d.dev.block_count() as i64)),
        5 => Ok(Value::Int(d.dev.block_size() as i64)),
        6 => d.dev.erase(blk).map(|_| Value::Int(0)),
        _ => Ok(Value::None),
    };
    r.map_err(|e| os_error(vm, e, None))
}

/// MicroPython's block device protocol.
const METHODS: &[Native] = &[
    Native::new(
        "readblocks(self, block_num, buf, offset=None, /)",
        readblocks,
    ),
    Native::new(
        "writeblocks(self, block_num, buf, offset=None, /)",
        writeblocks,
    ),
    Native::new("ioctl(self, op, arg, /)", ioctl),
];

const RAM_NEW: Native = Native::new("__new__(cls, *args, **kwargs)", ram_new);
const FILE_NEW: Native = Native::new("__new__(cls, *args, **kwargs)", file_new);

// The arguments of the constructors, bound once the class is checked.
const RAM_ARGS: Native = Native::new("RAMBlockDev(block_size, num_blocks)", util::bind_only);
const FILE_ARGS: Native = Native::new(
    "FileBlockDev(path, block_size, num_blocks=None)",
    util::bind_only,
);

/// Add `RAMBlockDev` and `FileBlockDev` to module `m`.
pub fn register(vm: &mut Vm, m: Gc) -> PyResult<()> {
    for (name, key, new) in [
        ("RAMBlockDev", "vfs.RAMBlockDev", RAM_NEW),
        ("FileBlockDev", "vfs.FileBlockDev", FILE_NEW),
    ] {
        let t = match vm.native_types.get(key) {
            Some(&t) => t,
            None => {
                let t = util::declared_type(
                    vm,
                    name,
                    super::TYPE_MODULE,
                    None,
                    BaseKind::Other,
                    METHODS,
                )?;
                upy_vm::types::add_natives(vm, t, &[new])?;
                vm.native_types.insert(key, t);
                t
            }
        };
        vm.module_set(m, name, Value::Obj(t))?;
    }
    Ok(())
}
