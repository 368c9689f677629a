//! `vfs.VfsLfs2`: littlefs v2 on a block device (native, or written in
//! Python with the extended protocol: `readblocks(n, buf, offset)`,
//! `writeblocks(n, buf, offset)`, `ioctl(op, arg)` with erase as op 6).
//! Its methods are the native filesystems' (`posix_type`); it adds the
//! constructor (which mounts), `mkfs` and `mount(readonly, mkfs)`.

use upy_fs::lfs::vfs::LfsVfs;
use upy_vm::obj::{BaseKind, NativeFnPtr, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::blockdev::NativeBlockDev;
use super::posix_type as m;
use super::{device, os_error, NativeFs};
use crate::util::{self, Kw};

/// The `VfsLfs2` type.
pub fn lfs2_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("vfs.VfsLfs2") {
        return Ok(t);
    }
    let methods: &[(&str, NativeFnPtr)] = &[
        ("mount", l_mount),
        ("umount", m::p_nothing),
        ("open", m::p_open),
        ("ilistdir", m::p_ilistdir),
        ("stat", m::p_stat),
        ("statvfs", m::p_statvfs),
        ("mkdir", m::p_mkdir),
        ("rmdir", m::p_rmdir),
        ("remove", m::p_remove),
        ("rename", m::p_rename),
        ("chdir", m::p_chdir),
        ("getcwd", m::p_getcwd),
    ];
    let t = util::new_type(
        vm,
        "VfsLfs2",
        super::TYPE_MODULE,
        None,
        BaseKind::Other,
        methods,
    )?;
    util::set_new(vm, t, l_new);
    upy_vm::types::add_staticmethod(vm, t, "mkfs", l_mkfs);
    vm.native_types.insert("vfs.VfsLfs2", t);
    Ok(t)
}

/// `readsize`, `progsize`, `lookahead` (and `mtime`) with MicroPython's
/// defaults.
struct Args {
    bdev: Value,
    read: u32,
    prog: u32,
    lookahead: u32,
    mtime: bool,
}

fn parse(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Args> {
    let a = upy_vm::args::bind(
        vm,
        name,
        args,
        kw,
        &["block_dev", "readsize", "progsize", "lookahead", "mtime"],
        1,
    )?;
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
    let read = size(vm, a[1])?;
    let prog = size(vm, a[2])?;
    let lookahead = size(vm, a[3])?;
    let mtime = match a[4] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    Ok(Args {
        bdev: a[0].unwrap_or(Value::None),
        read,
        prog,
        lookahead,
        mtime,
    })
}

/// A `VfsLfs2` object over `bdev`, not yet mounted.
fn wrap(vm: &mut Vm, cls: Gc, bdev: Value) -> PyResult<Value> {
    let geometry = if util::native::<NativeBlockDev>(vm, bdev).is_some() {
        None
    } else {
        for name in ["readblocks", "ioctl"] {
            let key = vm.intern(name);
            vm.get_attr(bdev, key)?;
        }
        let key = vm.intern("ioctl");
        let f = vm.get_attr(bdev, key)?;
        vm.call(f, &[Value::Int(1), Value::Int(1)])?;
        Some(device::py_geometry(vm, bdev, true)?)
    };
    vm.roots.push(bdev);
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(NativeFs {
            fs: None,
            dev: bdev,
            geometry,
            cwd: "/".to_string(),
            kind: "VfsLfs2",
        }),
    ))
}

fn l_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args.first().and_then(|v| v.as_gc()).unwrap_or(Gc(0));
    let a = parse(vm, "VfsLfs2", &args[1..], kw)?;
    let obj = wrap(vm, cls, a.bdev)?;
    vm.roots.push(obj);
    let r = device::with_device(vm, obj, |d| {
        LfsVfs::new(d, a.read, a.prog, a.lookahead, a.mtime)
    })?;
    let fs = r.map_err(|e| os_error(vm, e, None))?;
    if let Some(nf) = util::native_mut::<NativeFs>(vm, obj) {
        nf.fs = Some(Box::new(fs));
    }
    Ok(obj)
}

/// `VfsLfs2.mkfs(bdev, readsize=32, progsize=32, lookahead=32)`.
fn l_mkfs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = parse(vm, "mkfs", args, kw)?;
    let t = lfs2_type(vm)?;
    let obj = wrap(vm, t, a.bdev)?;
    vm.roots.push(obj);
    let r = device::with_device(vm, obj, |d| LfsVfs::mkfs(d, a.read, a.prog, a.lookahead))?;
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(Value::None)
}

/// `fs.mount(readonly, mkfs)`: the filesystem was mounted when the object
/// was made; as MicroPython's, `mkfs` is ignored.
fn l_mount(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    util::clinic(vm, "mount", &args[1..], kw, 2, 2)?;
    Ok(Value::None)
}
