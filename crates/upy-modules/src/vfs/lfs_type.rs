//! `vfs.VfsLfs1` and `vfs.VfsLfs2`: littlefs v1 and v2 on a block device
//! (native, or written in Python with the extended protocol:
//! `readblocks(n, buf, offset)`, `writeblocks(n, buf, offset)`,
//! `ioctl(op, arg)` with erase as op 6). Their methods are the native
//! filesystems' (`posix_type`); they add the constructor (which mounts),
//! `mkfs` and `mount(readonly, mkfs)`.

use upy_fs::block::BlockDevice;
use upy_fs::lfs::vfs::LfsVfs;
use upy_fs::lfs1::vfs::LfsVfs1;
use upy_fs::{FileSystem, FsResult};
use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::posix_type as m;
use super::{device, os_error, NativeFs};
use crate::util;

/// The `VfsLfs2` type.
pub fn lfs2_type(vm: &mut Vm) -> PyResult<Gc> {
    m::fs_type(vm, "VfsLfs2", "vfs.VfsLfs2", LFS2)
}

/// The `VfsLfs1` type.
pub fn lfs1_type(vm: &mut Vm) -> PyResult<Gc> {
    m::fs_type(vm, "VfsLfs1", "vfs.VfsLfs1", LFS1)
}

// The arguments of the constructors, bound once the class is checked.
const NEW1_ARGS: Native = Native::new(
    "VfsLfs1(block_dev, readsize=32, progsize=32, lookahead=32, mtime=True)",
    util::bind_only,
);
const NEW2_ARGS: Native = Native::new(
    "VfsLfs2(block_dev, readsize=32, progsize=32, lookahead=32, mtime=True)",
    util::bind_only,
);

const LFS2: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", l2_new),
    Native::new("mount(self, readonly, mkfs, /)", l_mount),
    Native::new(
        "mkfs(block_dev, readsize=32, progsize=32, lookahead=32, mtime=True)",
        l2_mkfs,
    )
    .static_method(),
];

const LFS1: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", l1_new),
    Native::new("mount(self, readonly, mkfs, /)", l_mount),
    Native::new(
        "mkfs(block_dev, readsize=32, progsize=32, lookahead=32, mtime=True)",
        l1_mkfs,
    )
    .static_method(),
];

/// What differs between the two versions.
#[derive(Clone, Copy)]
enum Version {
    V1,
    V2,
}

impl Version {
    fn name(self) -> &'static str {
        match self {
            Version::V1 => "VfsLfs1",
            Version::V2 => "VfsLfs2",
        }
    }

    fn class(self, vm: &mut Vm) -> PyResult<Gc> {
        match self {
            Version::V1 => lfs1_type(vm),
            Version::V2 => lfs2_type(vm),
        }
    }

    fn mount(self, d: &mut dyn BlockDevice, a: &Opts) -> FsResult<Box<dyn FileSystem>> {
        Ok(match self {
            Version::V1 => Box::new(LfsVfs1::mount_v1(d, a.read, a.prog, a.lookahead)?),
            Version::V2 => Box::new(LfsVfs::mount_v2(d, a.read, a.prog, a.lookahead, a.mtime)?),
        })
    }

    fn format(self, d: &mut dyn BlockDevice, a: &Opts) -> FsResult<()> {
        match self {
            Version::V1 => LfsVfs1::mkfs_v1(d, a.read, a.prog, a.lookahead),
            Version::V2 => LfsVfs::mkfs_v2(d, a.read, a.prog, a.lookahead),
        }
    }
}

/// `readsize`, `progsize`, `lookahead` (and `mtime`) with MicroPython's
/// defaults.
struct Opts {
    bdev: Value,
    read: u32,
    prog: u32,
    lookahead: u32,
    mtime: bool,
}

fn parse(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Opts> {
    let size = |vm: &mut Vm, v: Option<Value>| -> PyResult<u32> {
        match v {
            None => Ok(32),
            Some(v) => {
                let n = util::i64_arg(vm, v)?;
                if !(1..=1 << 20).contains(&n) {
                    return vm.value_error(format!("{}: sizes must be positive", name));
                }
                Ok(n as u32)
            }
        }
    };
    let read = size(vm, a.get(1))?;
    let prog = size(vm, a.get(2))?;
    let lookahead = size(vm, a.get(3))?;
    let mtime = match a.get(4) {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    Ok(Opts {
        bdev: a.arg(0),
        read,
        prog,
        lookahead,
        mtime,
    })
}

/// A littlefs object over `bdev`, not yet mounted (a device written in
/// Python needs `readblocks` and `ioctl`, called with offsets).
fn wrap(vm: &mut Vm, cls: Gc, bdev: Value, v: Version) -> PyResult<Value> {
    super::new_device_fs(vm, cls, bdev, v.name(), &["readblocks", "ioctl"], 1, true)
}

/// `VfsLfsN(bdev, readsize=32, progsize=32, lookahead=32, mtime=True)`:
/// mounts (an unformatted device is OSError CORRUPT).
fn new(vm: &mut Vm, a: &Args, v: Version) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), v.name())?;
    let args = match v {
        Version::V1 => &NEW1_ARGS,
        Version::V2 => &NEW2_ARGS,
    };
    let a = util::rebind(vm, args, a.rest(), a.extra_kw())?;
    let a = parse(vm, v.name(), &a)?;
    let obj = wrap(vm, cls, a.bdev, v)?;
    vm.roots.push(obj);
    let r = device::with_device(vm, obj, |d| v.mount(d, &a))?;
    let fs = r.map_err(|e| os_error(vm, e, None))?;
    if let Some(nf) = util::native_mut::<NativeFs>(vm, obj) {
        nf.fs = Some(fs);
    }
    Ok(obj)
}

/// `VfsLfsN.mkfs(bdev, readsize=32, progsize=32, lookahead=32)`.
fn mkfs(vm: &mut Vm, a: &Args, v: Version) -> PyResult<Value> {
    let a = parse(vm, "mkfs", a)?;
    let t = v.class(vm)?;
    let obj = wrap(vm, t, a.bdev, v)?;
    vm.roots.push(obj);
    let r = device::with_device(vm, obj, |d| v.format(d, &a))?;
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(Value::None)
}

fn l1_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    new(vm, a, Version::V1)
}

fn l2_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    new(vm, a, Version::V2)
}

fn l1_mkfs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    mkfs(vm, a, Version::V1)
}

fn l2_mkfs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    mkfs(vm, a, Version::V2)
}

/// `fs.mount(readonly, mkfs)`: the filesystem was mounted when the object
/// was made; as MicroPython's, `mkfs` is ignored.
fn l_mount(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::None)
}
