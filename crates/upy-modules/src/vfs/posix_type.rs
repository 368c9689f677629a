//! The `vfs` module (`mount`, `umount`, `VfsPosix`) and the `VfsPosix`
//! type: the host filesystem, optionally rooted at a directory, which can
//! be mounted or used directly through its methods (paths then relative to
//! its root, as MicroPython's).

use std::path::Path;

use upy_fs::posix::PosixFs;
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeFnPtr, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{native_chdir, native_cwd, os_error, path_arg, with_native, NativeFs};
use crate::util::{self, bind_only, Kw};

/// A native filesystem type: the methods every native filesystem shares
/// (paths resolved against its own current directory), plus its `mount`,
/// its constructor and, for filesystems on block devices, a static `mkfs`.
pub(super) fn fs_type(
    vm: &mut Vm,
    name: &'static str,
    key: &'static str,
    mount: NativeFnPtr,
    new: NativeFnPtr,
    mkfs: Option<NativeFnPtr>,
) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get(key) {
        return Ok(t);
    }
    let methods: &[(&str, NativeFnPtr)] = &[
        ("mount", mount),
        ("umount", p_nothing),
        ("open", p_open),
        ("ilistdir", p_ilistdir),
        ("stat", p_stat),
        ("statvfs", p_statvfs),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("remove", p_remove),
        ("rename", p_rename),
        ("chdir", p_chdir),
        ("getcwd", p_getcwd),
    ];
    let t = util::new_type(vm, name, super::TYPE_MODULE, None, BaseKind::Other, methods)?;
    util::set_new(vm, t, new);
    if let Some(f) = mkfs {
        upy_vm::types::add_staticmethod(vm, t, "mkfs", f);
    }
    vm.native_types.insert(key, t);
    Ok(t)
}

/// The `VfsPosix` type.
pub fn posix_type(vm: &mut Vm) -> PyResult<Gc> {
    fs_type(vm, "VfsPosix", "vfs.VfsPosix", p_nothing, p_new, None)
}

/// A `VfsPosix` object for the host filesystem rooted at `root`.
pub fn new_posix(vm: &mut Vm, root: Option<&str>) -> PyResult<Value> {
    let fs = match PosixFs::new(root.map(Path::new)) {
        Ok(fs) => fs,
        Err(e) => return Err(os_error(vm, e, root)),
    };
    let t = posix_type(vm)?;
    vm.alloc_val(Obj::Native(
        t,
        Box::new(NativeFs {
            fs: Some(Box::new(fs)),
            dev: Value::None,
            geometry: None,
            cwd: "/".to_string(),
            kind: "VfsPosix",
        }),
    ))
}

fn p_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.class_arg(args.first().copied(), "VfsPosix")?;
    let a = upy_vm::args::bind(vm, "VfsPosix", &args[1..], kw, &["root"], 0)?;
    let root = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(path_arg(vm, "VfsPosix", v)?.0),
    };
    new_posix(vm, root.as_deref())
}

pub(super) fn p_nothing(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// The filesystem's current directory (the process's, seen from its
/// root: every `VfsPosix` shares it, as in MicroPython).
fn fs_cwd(vm: &mut Vm, fs: Value) -> PyResult<String> {
    match native_cwd(vm, fs) {
        Some(Ok(c)) => Ok(c),
        Some(Err(e)) => Err(os_error(vm, e, None)),
        None => vm.type_error("descriptor requires a 'VfsPosix' object"),
    }
}

pub(super) fn p_getcwd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = fs_cwd(vm, args.first().copied().unwrap_or(Value::None))?;
    vm.new_string(c)
}

pub(super) fn p_chdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "chdir", 2)?;
    match native_chdir(vm, fs, &sub) {
        Some(Ok(Ok(()))) => Ok(Value::None),
        Some(Ok(Err(e))) => Err(os_error(vm, e, Some(&p))),
        Some(Err(e)) => Err(e),
        None => vm.type_error("descriptor requires a native filesystem object"),
    }
}

/// `(self, path)` of a method called directly: the path inside this
/// filesystem, normalised against its root.
fn self_path(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    n: usize,
) -> PyResult<(Value, String, String)> {
    if args.len() < n {
        return vm.type_error(format!("{}() missing required argument", name));
    }
    let (p, _) = path_arg(vm, name, args[1])?;
    let cwd = fs_cwd(vm, args[0])?;
    let sub = upy_fs::path::absolute(&cwd, &p);
    Ok((args[0], sub, p))
}

fn run<R>(
    vm: &mut Vm,
    fs: Value,
    p: &str,
    f: impl FnOnce(
        &mut dyn upy_fs::FileSystem,
        &mut dyn upy_fs::block::BlockDevice,
    ) -> upy_fs::FsResult<R>,
) -> PyResult<R> {
    match with_native(vm, fs, f) {
        Some(Ok(Ok(r))) => Ok(r),
        Some(Ok(Err(e))) => Err(os_error(vm, e, Some(p))),
        Some(Err(e)) => Err(e),
        None => vm.type_error("descriptor requires a native filesystem object"),
    }
}

pub(super) fn p_open(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "open", 2)?;
    let mode_s = args
        .get(2)
        .and_then(|m| vm.as_str(*m))
        .unwrap_or("r")
        .to_string();
    let mode = crate::io::file::parse_mode(vm, &mode_s)?;
    let opts = mode.opts;
    let h = run(vm, fs, &p, |f, d| f.open(d, &sub, &opts))?;
    let on = if super::is_device_fs(vm, fs) {
        fs
    } else {
        Value::None
    };
    crate::io::file::new_file(vm, h, on, args[1], &mode)
}

pub(super) fn p_ilistdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // The path defaults to the filesystem's current directory.
    let here;
    let args = if args.len() == 1 {
        here = [args[0], vm.new_str(".")?];
        &here[..]
    } else {
        args
    };
    let (fs, sub, p) = self_path(vm, args, "ilistdir", 2)?;
    let entries = run(vm, fs, &p, |f, d| f.listdir(d, &sub))?;
    let as_bytes = matches!(args[1], Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_)));
    let items = crate::os::entry_tuples(vm, entries, as_bytes)?;
    let l = vm.new_list(items)?;
    vm.get_iter(l)
}

pub(super) fn p_stat(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "stat", 2)?;
    let st = run(vm, fs, &p, |f, d| f.stat(d, &sub))?;
    if super::is_device_fs(vm, fs) {
        return crate::os::plain_stat(vm, &st);
    }
    crate::os::stat_tuple(vm, &st)
}

pub(super) fn p_statvfs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "statvfs", 2)?;
    let s = run(vm, fs, &p, |f, d| f.statvfs(d, &sub))?;
    let items = s.fields().iter().map(|&x| Value::Int(x as i64)).collect();
    vm.new_tuple(items)
}

pub(super) fn p_mkdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "mkdir", 2)?;
    run(vm, fs, &p, |f, d| f.mkdir(d, &sub))?;
    Ok(Value::None)
}

pub(super) fn p_rmdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "rmdir", 2)?;
    run(vm, fs, &p, |f, d| f.rmdir(d, &sub))?;
    Ok(Value::None)
}

pub(super) fn p_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, args, "remove", 2)?;
    run(vm, fs, &p, |f, d| f.remove(d, &sub))?;
    Ok(Value::None)
}

pub(super) fn p_rename(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (fs, a, p) = self_path(vm, args, "rename", 3)?;
    let (q, _) = path_arg(vm, "rename", args[2])?;
    let cwd = fs_cwd(vm, fs)?;
    let b = upy_fs::path::absolute(&cwd, &q);
    run(vm, fs, &p, |f, d| f.rename(d, &a, &b))?;
    Ok(Value::None)
}

/// How `mount` takes its arguments when it mounts.
const MOUNT_ARGS: Native = Native::new("mount(fsobj, mount_point, readonly=False)", bind_only);

/// `vfs.mount(fsobj, mount_point, readonly=False)`, or without arguments
/// the list of mounts.
fn m_mount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.rest().is_empty() && a.extra_kw().is_empty() {
        let list = super::mounts(vm)?;
        let mut out = Vec::new();
        for (fs, point) in list {
            let p = vm.new_str(&point)?;
            vm.roots.push(p);
            let t = vm.new_tuple(vec![fs, p])?;
            vm.roots.push(t);
            out.push(t);
        }
        return vm.new_list(out);
    }
    let a = util::rebind(vm, &MOUNT_ARGS, a.rest(), a.extra_kw())?;
    let fs = a.arg(0);
    let (point, _) = path_arg(vm, "mount", a.arg(1))?;
    let readonly = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    super::mount(vm, fs, &point, readonly)?;
    Ok(Value::None)
}

/// `vfs.umount`.
fn m_umount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    super::umount(vm, a.arg(0))?;
    Ok(Value::None)
}

/// `mount` and `umount`, of `vfs` and `os`.
pub const FUNCTIONS: &[Native] = &[
    Native::new("mount(*args, **kwargs)", m_mount),
    Native::new("umount(mount_point, /)", m_umount),
];

/// The `vfs` module.
pub fn init_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "vfs", FUNCTIONS)?;
    let t = posix_type(vm)?;
    vm.module_set(m, "VfsPosix", Value::Obj(t))?;
    let t = super::fat_type::fat_type(vm)?;
    vm.module_set(m, "VfsFat", Value::Obj(t))?;
    let t = super::lfs_type::lfs1_type(vm)?;
    vm.module_set(m, "VfsLfs1", Value::Obj(t))?;
    let t = super::lfs_type::lfs2_type(vm)?;
    vm.module_set(m, "VfsLfs2", Value::Obj(t))?;
    super::register_block_devices(vm, m)?;
    Ok(m)
}
