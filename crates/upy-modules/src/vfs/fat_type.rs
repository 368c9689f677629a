//! `vfs.VfsFat`: a FAT filesystem on a block device (a native one, or an
//! object written in Python with `readblocks(n, buf)`, optional
//! `writeblocks(n, buf)` and `ioctl(op, arg)`, as MicroPython drives it).
//! Its methods are the native filesystems' (`posix_type`); it adds the
//! constructor, `mkfs` and `mount(readonly, mkfs)`.

use upy_fs::fat::vfs::FatVfs;
use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::posix_type as m;
use super::{device, os_error, NativeFs};
use crate::util;

/// The `VfsFat` type.
pub fn fat_type(vm: &mut Vm) -> PyResult<Gc> {
    m::fs_type(vm, "VfsFat", "vfs.VfsFat", OWN)
}

const OWN: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", f_new),
    Native::new("mount(self, readonly, mkfs, /)", f_mount),
    Native::new("mkfs(bdev, /)", f_mkfs).static_method(),
];

/// A `VfsFat` object over `bdev`, not yet looking for a volume (a
/// device written in Python must have `readblocks`; FAT calls it with two
/// arguments).
fn wrap(vm: &mut Vm, cls: Gc, bdev: Value) -> PyResult<Value> {
    super::new_device_fs(vm, cls, bdev, "VfsFat", &["readblocks"], 0, false)
}

/// Look for the volume (an unformatted device still makes an object whose
/// operations say ENODEV).
fn attach(vm: &mut Vm, obj: Value) -> PyResult<()> {
    let r = device::with_device(vm, obj, |d| FatVfs::new(d))?;
    let fs = r.map_err(|e| os_error(vm, e, None))?;
    if let Some(nf) = util::native_mut::<NativeFs>(vm, obj) {
        nf.fs = Some(Box::new(fs));
    }
    Ok(())
}

/// The arguments of `VfsFat()`, bound once the class is checked.
const NEW_ARGS: Native = Native::new("VfsFat(bdev, /)", util::bind_only);

fn f_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "VfsFat")?;
    let a = util::rebind(vm, &NEW_ARGS, a.rest(), a.extra_kw())?;
    let obj = wrap(vm, cls, a.arg(0))?;
    vm.roots.push(obj);
    attach(vm, obj)?;
    Ok(obj)
}

/// Format `obj`'s device (EIO when it cannot hold a FAT volume).
fn format(vm: &mut Vm, obj: Value) -> PyResult<()> {
    let now = upy_fs::fat::time::now();
    let r = device::with_device(vm, obj, |d| upy_fs::fat::mkfs::mkfs(d, now))?;
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(())
}

/// `VfsFat.mkfs(bdev)`.
fn f_mkfs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = fat_type(vm)?;
    let obj = wrap(vm, t, a.arg(0))?;
    vm.roots.push(obj);
    format(vm, obj)?;
    Ok(Value::None)
}

/// `fs.mount(readonly, mkfs)`, called when the VFS mounts it: with `mkfs`
/// an unformatted device is formatted; still without a volume, ENODEV.
fn f_mount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = a.this();
    let has = |vm: &mut Vm| {
        super::with_native(vm, obj, |f, d| f.statvfs(d, "/").map(|_| ()))
            .map(|r| matches!(r, Ok(Ok(()))))
            .unwrap_or(false)
    };
    if !has(vm) {
        if vm.truthy(a.arg(1))? {
            format(vm, obj)?;
            attach(vm, obj)?;
        }
        if !has(vm) {
            return Err(os_error(vm, upy_fs::FsError::ENODEV, None));
        }
    }
    Ok(Value::None)
}
