//! The `vfs` module (`mount`, `umount`, `VfsPosix`) and the `VfsPosix`
//! type: the host filesystem, optionally rooted at a directory, which can
//! be mounted or used directly through its methods (paths then relative to
//! its root, as MicroPython's).

use std::path::Path;

use upy_fs::posix::PosixFs;
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{native_chdir, native_cwd, os_error, path_arg, with_native, NativeFs};
use crate::util::{self, bind_only};

/// The methods every native filesystem shares (paths resolved against its
/// own current directory), with MicroPython's signatures.
const COMMON: &[Native] = &[
    Native::new("umount(self, /)", p_nothing),
    Native::new("open(self, path, mode='r', /)", p_open),
    Native::new("ilistdir(self, path='.', /)", p_ilistdir),
    Native::new("stat(self, path, /)", p_stat),
    Native::new("statvfs(self, path, /)", p_statvfs),
    Native::new("mkdir(self, path, /)", p_mkdir),
    Native::new("rmdir(self, path, /)", p_rmdir),
    Native::new("remove(self, path, /)", p_remove),
    Native::new("rename(self, old_path, new_path, /)", p_rename),
    Native::new("chdir(self, path, /)", p_chdir),
    Native::new("getcwd(self, /)", p_getcwd),
];

/// A native filesystem type: the common methods plus its own (its
/// constructor, `mount(readonly, mkfs)` and, for filesystems on block
/// devices, a static `mkfs`).
pub(super) fn fs_type(
    vm: &mut Vm,
    name: &'static str,
    key: &'static str,
    own: &[Native],
) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get(key) {
        return Ok(t);
    }
    let t = util::declared_type(vm, name, super::TYPE_MODULE, None, BaseKind::Other, COMMON)?;
    upy_vm::types::add_natives(vm, t, own)?;
    vm.native_types.insert(key, t);
    Ok(t)
}

const POSIX: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", p_new),
    Native::new("mount(self, readonly, mkfs, /)", p_nothing),
];

/// The `VfsPosix` type.
pub fn posix_type(vm: &mut Vm) -> PyResult<Gc> {
    fs_type(vm, "VfsPosix", "vfs.VfsPosix", POSIX)
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

/// The arguments of `VfsPosix()`, bound once the class is checked.
const POSIX_ARGS: Native = Native::new("VfsPosix(root=None)", bind_only);

fn p_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.class_arg(Some(a.this()), "VfsPosix")?;
    let a = util::rebind(vm, &POSIX_ARGS, a.rest(), a.extra_kw())?;
    let root = match a.get(0) {
        None | Some(Value::None) => None,
        Some(v) => Some(path_arg(vm, "VfsPosix", v)?.0),
    };
    new_posix(vm, root.as_deref())
}

fn p_nothing(_vm: &mut Vm, _: &Args) -> PyResult<Value> {
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

fn p_getcwd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let c = fs_cwd(vm, a.this())?;
    vm.new_string(c)
}

fn p_chdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "chdir")?;
    match native_chdir(vm, fs, &sub) {
        Some(Ok(Ok(()))) => Ok(Value::None),
        Some(Ok(Err(e))) => Err(os_error(vm, e, Some(&p))),
        Some(Err(e)) => Err(e),
        None => vm.type_error("descriptor requires a native filesystem object"),
    }
}

/// `(self, path)` of a method called directly: the path inside this
/// filesystem, normalised against its root.
fn self_path(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, String, String)> {
    let v = a.value(vm, 0)?;
    let (p, _) = path_arg(vm, name, v)?;
    let cwd = fs_cwd(vm, a.this())?;
    let sub = upy_fs::path::absolute(&cwd, &p);
    Ok((a.this(), sub, p))
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

fn p_open(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "open")?;
    let mode_s = a
        .get(1)
        .and_then(|m| vm.as_str(m))
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
    crate::io::file::new_file(vm, h, on, a.arg(0), &mode)
}

fn p_ilistdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // The path defaults to the filesystem's current directory.
    let (fs, sub, p) = self_path(vm, a, "ilistdir")?;
    let entries = run(vm, fs, &p, |f, d| f.listdir(d, &sub))?;
    let as_bytes =
        matches!(a.get(0), Some(Value::Obj(g)) if matches!(vm.heap.get(g), Obj::Bytes(_)));
    let items = crate::os::entry_tuples(vm, entries, as_bytes)?;
    let l = vm.new_list(items)?;
    vm.get_iter(l)
}

fn p_stat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "stat")?;
    let st = run(vm, fs, &p, |f, d| f.stat(d, &sub))?;
    if super::is_device_fs(vm, fs) {
        return crate::os::plain_stat(vm, &st);
    }
    crate::os::stat_tuple(vm, &st)
}

fn p_statvfs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "statvfs")?;
    let s = run(vm, fs, &p, |f, d| f.statvfs(d, &sub))?;
    let items = s.fields().iter().map(|&x| Value::Int(x as i64)).collect();
    vm.new_tuple(items)
}

fn p_mkdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "mkdir")?;
    run(vm, fs, &p, |f, d| f.mkdir(d, &sub))?;
    Ok(Value::None)
}

fn p_rmdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "rmdir")?;
    run(vm, fs, &p, |f, d| f.rmdir(d, &sub))?;
    Ok(Value::None)
}

fn p_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, sub, p) = self_path(vm, a, "remove")?;
    run(vm, fs, &p, |f, d| f.remove(d, &sub))?;
    Ok(Value::None)
}

fn p_rename(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fs, from, p) = self_path(vm, a, "rename")?;
    let (q, _) = path_arg(vm, "rename", a.arg(1))?;
    let cwd = fs_cwd(vm, fs)?;
    let to = upy_fs::path::absolute(&cwd, &q);
    run(vm, fs, &p, |f, d| f.rename(d, &from, &to))?;
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
