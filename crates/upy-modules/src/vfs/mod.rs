//! The virtual filesystem: a mount table mapping absolute paths to
//! filesystem objects, and the current directory. Every path used by
//! `open`, the `os` module and the `vfs` module is resolved here, then
//! handed (relative to its mount point) to a native filesystem
//! (`NativeFs`, e.g. `VfsPosix`) or to a filesystem object written in
//! Python, whose methods are called as MicroPython calls them.
//!
//! The state is a native object kept in `Vm::ext` (a GC root), so mounted
//! Python objects stay alive.

mod blockdev;
pub mod device;
mod fat_type;
mod lfs_type;
mod posix_type;

use upy_fs::fs::{FileSystem, S_IFDIR, S_IFMT};
use upy_fs::{path, FsError, FsResult};
use upy_vm::obj::{NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

pub use blockdev::register as register_block_devices;
pub use fat_type::fat_type;
pub use lfs_type::{lfs1_type, lfs2_type};
pub use posix_type::{init_module, new_posix, posix_type, FUNCTIONS};

/// The module the vfs types report: as in MicroPython, whose types print
/// bare (`<class 'VfsFat'>`), they count as builtins.
pub const TYPE_MODULE: &str = "builtins";

/// A filesystem implemented in Rust, as a Python object (`VfsPosix`,
/// `VfsFat`).
pub struct NativeFs {
    /// None while an operation has it (see `with_native`).
    pub fs: Option<Box<dyn FileSystem>>,
    /// Its block device: None for the host filesystem, a native device
    /// object, or one written in Python (with its `geometry`).
    pub dev: Value,
    pub geometry: Option<device::PyGeometry>,
    /// The filesystem's own current directory, for filesystems that do
    /// not keep one themselves.
    pub cwd: String,
    pub kind: &'static str,
}

impl NativeObject for NativeFs {
    fn type_name(&self) -> &'static str {
        self.kind
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.dev);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub struct Mount {
    /// Normalised absolute mount point ("/" for the root).
    pub point: String,
    pub fs: Value,
    pub readonly: bool,
}

/// The mount table and the current directory, in MicroPython's model:
/// the current directory is a mount (whose filesystem keeps the directory
/// inside it) or the virtual root directory that lists the mount points.
pub struct VfsState {
    /// In lookup order: a filesystem mounted at "/" stays last, so that
    /// the other mount points are found before it.
    pub mounts: Vec<Mount>,
    /// The mount point of the current mount; None for the virtual root.
    pub cur: Option<String>,
}

impl NativeObject for VfsState {
    fn type_name(&self) -> &'static str {
        "vfs_state"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.mounts.iter().map(|m| m.fs));
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The VFS state, created on first use with the unix port's layout: the
/// host filesystem at "/", current there (so the current directory is the
/// process's).
fn state_obj(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(Value::Obj(g)) = vm.ext.get("vfs") {
        return Ok(*g);
    }
    let root = new_posix(vm, None)?;
    vm.roots.push(root);
    let t = vm.types.object;
    let st = vm.alloc(Obj::Native(
        t,
        Box::new(VfsState {
            mounts: vec![Mount {
                point: "/".to_string(),
                fs: root,
                readonly: false,
            }],
            cur: Some("/".to_string()),
        }),
    ))?;
    vm.ext.insert("vfs", Value::Obj(st));
    Ok(st)
}

pub fn state(vm: &mut Vm) -> PyResult<&mut VfsState> {
    let g = state_obj(vm)?;
    let ok = matches!(vm.heap.get(g), Obj::Native(_, n) if n.as_any().is::<VfsState>());
    if !ok {
        return vm.type_error("vfs state");
    }
    match vm.heap.get_mut(g) {
        // Checked just above: only `state_obj` stores under this key.
        Obj::Native(_, n) => Ok(n
            .as_any_mut()
            .downcast_mut::<VfsState>()
            .expect("vfs state checked above")),
        _ => unreachable!("vfs state checked above"),
    }
}

/// A path inside a mounted filesystem: the filesystem object, the path
/// handed to it, whether the mount is read-only, and its mount point.
pub struct Resolved {
    pub fs: Value,
    pub sub: String,
    pub readonly: bool,
    pub point: String,
}

/// Where a path leads.
pub enum Target {
    /// The root directory itself, which lists the mount points (and the
    /// entries of a filesystem mounted at "/").
    Root,
    /// Nothing is mounted there.
    Missing,
    At(Resolved),
}

fn is_native(vm: &Vm, fs: Value) -> bool {
    util::native::<NativeFs>(vm, fs).is_some()
}

/// Whether `fs` is a native filesystem on a block device (its files need
/// the device to be read and written).
pub fn is_device_fs(vm: &Vm, fs: Value) -> bool {
    util::native::<NativeFs>(vm, fs).is_some_and(|nf| !nf.dev.is_none())
}

/// The current directory of a native filesystem, absolute within it.
pub fn native_cwd(vm: &mut Vm, fs: Value) -> Option<FsResult<String>> {
    let nf = util::native::<NativeFs>(vm, fs)?;
    let own = nf.fs.as_ref().and_then(|f| f.getcwd());
    Some(own.unwrap_or_else(|| Ok(nf.cwd.clone())))
}

/// Make `sub` (absolute within the filesystem) the current directory of
/// a native filesystem.
pub fn native_chdir(vm: &mut Vm, fs: Value, sub: &str) -> Option<PyResult<FsResult<()>>> {
    let r = with_native(vm, fs, |f, d| match f.stat(d, sub) {
        Err(e) => Err(e),
        Ok(st) if st.mode & S_IFMT != S_IFDIR => Err(FsError::ENOTDIR),
        Ok(_) => Ok(f.chdir(sub)),
    })?;
    Some(r.map(|r| match r {
        Err(e) => Err(e),
        Ok(Some(own)) => own,
        Ok(None) => {
            if let Some(nf) = util::native_mut::<NativeFs>(vm, fs) {
                nf.cwd = sub.to_string();
            }
            Ok(())
        }
    }))
}

/// Join a mount point and a path inside its filesystem.
fn join(point: &str, sub: &str) -> String {
    if point == "/" {
        sub.to_string()
    } else if sub == "/" {
        point.to_string()
    } else {
        format!("{}{}", point, sub)
    }
}

/// Find the filesystem holding `p`. Absolute paths are normalised and
/// searched in the mount table. A relative path goes to the current
/// mount: a native filesystem gets it joined to its current directory
/// (so '..' can leave the mount, as on a host), one written in Python
/// gets it unchanged, as MicroPython hands it over.
pub fn lookup(vm: &mut Vm, p: &str) -> PyResult<Target> {
    if p.starts_with('/') {
        return lookup_abs(vm, &path::absolute("/", p), None);
    }
    let st = state(vm)?;
    let cur = st
        .cur
        .as_ref()
        .and_then(|c| st.mounts.iter().find(|m| &m.point == c))
        .map(|m| (m.fs, m.readonly, m.point.clone()));
    let Some((fs, readonly, point)) = cur else {
        return lookup_abs(vm, &path::absolute("/", p), Some(p));
    };
    match native_cwd(vm, fs) {
        Some(cwd) => {
            let cwd = cwd.map_err(|e| os_error(vm, e, None))?;
            let abs = path::absolute(&join(&point, &cwd), p);
            lookup_abs(vm, &abs, None)
        }
        None => Ok(Target::At(Resolved {
            fs,
            sub: p.to_string(),
            readonly,
            point,
        })),
    }
}

/// `abs` is normalised; `raw` is the relative path it came from when the
/// current directory is the root, which a Python filesystem mounted at
/// "/" receives unchanged.
fn lookup_abs(vm: &mut Vm, abs: &str, raw: Option<&str>) -> PyResult<Target> {
    if abs == "/" {
        return Ok(Target::Root);
    }
    let st = state(vm)?;
    let Some((i, sub)) = path::resolve(st.mounts.iter().map(|m| m.point.as_str()), abs) else {
        return Ok(Target::Missing);
    };
    let m = &st.mounts[i];
    let (fs, readonly, point) = (m.fs, m.readonly, m.point.clone());
    let sub = match raw {
        Some(r) if point == "/" && !is_native(vm, fs) => r.to_string(),
        _ => sub,
    };
    Ok(Target::At(Resolved {
        fs,
        sub,
        readonly,
        point,
    }))
}

/// A native filesystem object of type `cls` over block device `bdev`, its
/// filesystem not yet attached. A device written in Python must have the
/// `required` methods; its `ioctl(1, init)` is called if it has one, and
/// its geometry read (`with_offset`: it is driven with the extended
/// protocol).
pub(super) fn new_device_fs(
    vm: &mut Vm,
    cls: Gc,
    bdev: Value,
    kind: &'static str,
    required: &[&str],
    init: i64,
    with_offset: bool,
) -> PyResult<Value> {
    let geometry = if util::native::<blockdev::NativeBlockDev>(vm, bdev).is_some() {
        None
    } else {
        for name in required {
            let key = vm.intern(name);
            vm.get_attr(bdev, key)?;
        }
        let key = vm.intern("ioctl");
        if vm.lookup_special(bdev, key).is_some() {
            let f = vm.get_attr(bdev, key)?;
            vm.call(f, &[Value::Int(1), Value::Int(init)])?;
        }
        Some(device::py_geometry(vm, bdev, with_offset)?)
    };
    vm.roots.push(bdev);
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(NativeFs {
            fs: None,
            dev: bdev,
            geometry,
            cwd: "/".to_string(),
            kind,
        }),
    ))
}

/// The filesystem mounted at "/", if any.
fn root_mount(vm: &mut Vm) -> PyResult<Option<Resolved>> {
    let st = state(vm)?;
    Ok(st.mounts.iter().find(|m| m.point == "/").map(|m| Resolved {
        fs: m.fs,
        sub: "/".to_string(),
        readonly: m.readonly,
        point: "/".to_string(),
    }))
}

/// `p` inside a filesystem, or the error an operation on it raises: on
/// the root directory, a native filesystem mounted there takes the
/// operation (a Python one only when `python_root` says so, as MicroPython
/// does for statvfs and listing); otherwise `at_root`.
fn target(
    vm: &mut Vm,
    p: &str,
    python_root: bool,
    at_root: FsError,
) -> PyResult<Result<Resolved, FsError>> {
    match lookup(vm, p)? {
        Target::At(r) => Ok(Ok(r)),
        Target::Missing => Ok(Err(FsError::ENOENT)),
        Target::Root => match root_mount(vm)? {
            Some(r) if python_root || is_native(vm, r.fs) => Ok(Ok(r)),
            _ => Ok(Err(at_root)),
        },
    }
}

/// Run `f` on a native filesystem object with its block device; None if
/// `fs` is written in Python. The outer error is a Python exception the
/// device raised. The filesystem is taken out of its object for the
/// operation (a re-entrant use from a Python device finds it busy).
pub fn with_native<R>(
    vm: &mut Vm,
    fs: Value,
    f: impl FnOnce(&mut dyn FileSystem, &mut dyn upy_fs::block::BlockDevice) -> FsResult<R>,
) -> Option<PyResult<FsResult<R>>> {
    let nf = util::native_mut::<NativeFs>(vm, fs)?;
    let Some(mut inner) = nf.fs.take() else {
        return Some(Ok(Err(FsError::EBUSY)));
    };
    let r = device::with_device(vm, fs, |d| f(inner.as_mut(), d));
    if let Some(nf) = util::native_mut::<NativeFs>(vm, fs) {
        nf.fs = Some(inner);
    }
    Some(r)
}

/// `OSError(errno, strerror[, filename])`, which the VM turns into the
/// matching subclass (FileNotFoundError, ...).
pub fn os_error(vm: &mut Vm, e: FsError, filename: Option<&str>) -> Value {
    let t = vm.types.os_error;
    let msg = match vm.new_str(e.message()) {
        Ok(m) => m,
        Err(x) => return x,
    };
    let mut args = vec![Value::Int(e.0 as i64), msg];
    if let Some(f) = filename {
        match vm.new_str(f) {
            Ok(s) => args.push(s),
            Err(x) => return x,
        }
    }
    match vm.call(Value::Obj(t), &args) {
        Ok(v) | Err(v) => v,
    }
}

/// A path argument: str, bytes (decoded as UTF-8) or an object with
/// `__fspath__`. Returns the path and whether it was bytes. The empty
/// path names nothing (FileNotFoundError, as on the host: it must never
/// stand for the current directory, which `rmdir("")` would delete).
pub fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<(String, bool)> {
    let (p, is_bytes) = any_path(vm, fname, v)?;
    if p.is_empty() {
        return Err(os_error(vm, FsError::ENOENT, Some("")));
    }
    Ok((p, is_bytes))
}

fn any_path(vm: &mut Vm, fname: &str, v: Value) -> PyResult<(String, bool)> {
    let v = vm.unwrap_base(v);
    if let Some(s) = vm.as_str(v) {
        let s = s.to_string();
        if s.contains('\0') {
            return vm.value_error("embedded null byte");
        }
        return Ok((s, false));
    }
    if let Value::Obj(g) = v {
        if let Obj::Bytes(b) = vm.heap.get(g) {
            if b.contains(&0) {
                return vm.value_error("embedded null byte");
            }
            let s = String::from_utf8_lossy(b).into_owned();
            return Ok((s, true));
        }
    }
    let key = vm.intern("__fspath__");
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, key) {
            let r = vm.call_bound(f, v, &[])?;
            if vm.as_str(r).is_some()
                || matches!(r, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_)))
            {
                return any_path(vm, fname, r);
            }
        }
    }
    let t = vm.type_name(v);
    // CPython's functions that also take a file descriptor say so.
    let kinds = if matches!(fname, "stat" | "listdir" | "statvfs" | "chdir") {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    vm.type_error(format!("{}: path should be {}, not {}", fname, kinds, t))
}

/// Call method `name` of a filesystem written in Python.
pub fn call_py(vm: &mut Vm, fs: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = vm.intern(name);
    let m = vm.get_attr(fs, n)?;
    vm.call(m, args)
}

fn fs_result<R>(vm: &mut Vm, r: FsResult<R>, p: &str) -> PyResult<R> {
    r.map_err(|e| os_error(vm, e, Some(p)))
}

/// What `os.stat` or `os.statvfs` found: a native filesystem's record,
/// the object a Python filesystem returned (which MicroPython hands back
/// unchanged), or the root directory with no native filesystem mounted
/// there, which has fixed figures.
pub enum Found<T> {
    Native(T),
    /// From a filesystem on a block device (FAT, littlefs): MicroPython's
    /// own filesystems, whose `stat` is a plain tuple.
    Device(T),
    Python(Value),
    Root,
}

pub fn stat_found(vm: &mut Vm, p: &str) -> PyResult<Found<upy_fs::Stat>> {
    let r = match target(vm, p, false, FsError(0))? {
        Ok(r) => r,
        Err(FsError(0)) => return Ok(Found::Root),
        Err(e) => return Err(os_error(vm, e, Some(p))),
    };
    if let Some(res) = with_native(vm, r.fs, |fs, d| fs.stat(d, &r.sub)) {
        let st = fs_result(vm, res?, p)?;
        return Ok(if is_device_fs(vm, r.fs) {
            Found::Device(st)
        } else {
            Found::Native(st)
        });
    }
    let sub = vm.new_str(&r.sub)?;
    Ok(Found::Python(call_py(vm, r.fs, "stat", &[sub])?))
}

/// A path's status as a record (a Python filesystem's tuple converted).
pub fn stat(vm: &mut Vm, p: &str) -> PyResult<upy_fs::Stat> {
    let t = match stat_found(vm, p)? {
        Found::Native(s) | Found::Device(s) => return Ok(s),
        Found::Root => {
            return Ok(upy_fs::Stat {
                mode: S_IFDIR,
                ..Default::default()
            })
        }
        Found::Python(t) => t,
    };
    let items = vm.collect_iterable(t)?;
    let num = |i: usize| match items.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Float(f)) => *f as i64,
        _ => 0,
    };
    Ok(upy_fs::Stat {
        mode: num(0) as u32,
        ino: num(1) as u64,
        dev: num(2) as u64,
        nlink: num(3) as u64,
        uid: num(4) as u32,
        gid: num(5) as u32,
        size: num(6) as u64,
        atime: num(7),
        mtime: num(8),
        ctime: num(9),
    })
}

/// A mutating operation on one path (mkdir, rmdir, remove).
pub fn modify(vm: &mut Vm, p: &str, op: &str) -> PyResult<()> {
    // A mount point (or the root) exists already and cannot be removed.
    let at_root = if op == "mkdir" {
        FsError::EEXIST
    } else {
        FsError::EPERM
    };
    let r = match target(vm, p, false, at_root)? {
        Ok(r) => r,
        Err(e) => return Err(os_error(vm, e, Some(p))),
    };
    if op == "mkdir" && r.sub == "/" {
        return Err(os_error(vm, FsError::EEXIST, Some(p)));
    }
    if r.readonly {
        return Err(os_error(vm, FsError::EROFS, Some(p)));
    }
    let sub = r.sub.clone();
    let res = with_native(vm, r.fs, |fs, d| match op {
        "mkdir" => fs.mkdir(d, &sub),
        "rmdir" => fs.rmdir(d, &sub),
        _ => fs.remove(d, &sub),
    });
    if let Some(res) = res {
        return fs_result(vm, res?, p);
    }
    let s = vm.new_str(&r.sub)?;
    call_py(vm, r.fs, op, &[s])?;
    Ok(())
}

pub fn rename(vm: &mut Vm, a: &str, b: &str) -> PyResult<()> {
    let ra = match target(vm, a, false, FsError::EPERM)? {
        Ok(r) => r,
        Err(e) => return Err(os_error(vm, e, Some(a))),
    };
    let rb = match target(vm, b, false, FsError::EPERM)? {
        Ok(r) => r,
        Err(e) => return Err(os_error(vm, e, Some(b))),
    };
    if ra.point != rb.point {
        return Err(os_error(vm, FsError::EXDEV, Some(a)));
    }
    if ra.readonly {
        return Err(os_error(vm, FsError::EROFS, Some(a)));
    }
    if let Some(res) = with_native(vm, ra.fs, |fs, d| fs.rename(d, &ra.sub, &rb.sub)) {
        return fs_result(vm, res?, a);
    }
    let x = vm.new_str(&ra.sub)?;
    vm.roots.push(x);
    let y = vm.new_str(&rb.sub)?;
    call_py(vm, ra.fs, "rename", &[x, y])?;
    Ok(())
}

/// The entries a filesystem lists for `sub`.
fn fs_listdir(vm: &mut Vm, r: &Resolved, p: &str) -> PyResult<Vec<upy_fs::DirEntry>> {
    if let Some(res) = with_native(vm, r.fs, |fs, d| fs.listdir(d, &r.sub)) {
        return fs_result(vm, res?, p);
    }
    let s = vm.new_str(&r.sub)?;
    let it = call_py(vm, r.fs, "ilistdir", &[s])?;
    let items = vm.collect_iterable(it)?;
    let mut out = Vec::with_capacity(items.len());
    for t in items {
        let parts = vm.collect_iterable(t)?;
        let name = match parts.first() {
            Some(v) => match vm.as_str(*v) {
                Some(s) => s.as_bytes().to_vec(),
                None => upy_vm::objects::bytes::try_buffer_bytes(vm, *v).unwrap_or_default(),
            },
            None => Vec::new(),
        };
        let num = |i: usize, d: i64| match parts.get(i) {
            Some(Value::Int(n)) => *n,
            _ => d,
        };
        out.push(upy_fs::DirEntry {
            name,
            kind: num(1, 0) as u32,
            ino: num(2, 0) as u64,
            size: num(3, -1),
        });
    }
    Ok(out)
}

/// Directory entries `(name, type, inode[, size])` of `p`. The root lists
/// the mount points first, then what a filesystem mounted at "/" holds.
pub fn listdir(vm: &mut Vm, p: &str) -> PyResult<Vec<upy_fs::DirEntry>> {
    let (mut entries, abs) = match lookup(vm, p)? {
        Target::Missing => return Err(os_error(vm, FsError::ENOENT, Some(p))),
        Target::Root => {
            let root = root_mount(vm)?;
            let mut out = Vec::new();
            add_mount_points(vm, "/", root.is_some(), &mut out)?;
            if let Some(r) = root {
                for e in fs_listdir(vm, &r, p)? {
                    if !out.iter().any(|x| x.name == e.name) {
                        out.push(e);
                    }
                }
            }
            return Ok(out);
        }
        Target::At(r) => {
            let entries = fs_listdir(vm, &r, p)?;
            let abs = r.sub.starts_with('/').then(|| join(&r.point, &r.sub));
            (entries, abs)
        }
    };
    // Mount points inside a directory of another filesystem show in it.
    if let Some(abs) = abs {
        let mut extra = Vec::new();
        add_mount_points(vm, &abs, true, &mut extra)?;
        for e in extra {
            if !entries.iter().any(|x| x.name == e.name) {
                entries.push(e);
            }
        }
    }
    Ok(entries)
}

/// Entries for the mount points directly inside directory `dir`: 3-tuples
/// as MicroPython lists them, unless `sized` (listed among a
/// filesystem's own entries, which carry a size).
fn add_mount_points(
    vm: &mut Vm,
    dir: &str,
    sized: bool,
    out: &mut Vec<upy_fs::DirEntry>,
) -> PyResult<()> {
    let st = state(vm)?;
    for m in &st.mounts {
        if m.point == "/" {
            continue;
        }
        let (parent, name) = m.point.rsplit_once('/').unwrap_or(("", &m.point));
        let parent = if parent.is_empty() { "/" } else { parent };
        if parent == dir && !out.iter().any(|e| e.name == name.as_bytes()) {
            out.push(upy_fs::DirEntry {
                name: name.as_bytes().to_vec(),
                kind: S_IFDIR,
                ino: 0,
                size: if sized { 0 } else { -1 },
            });
        }
    }
    Ok(())
}

/// `os.statvfs` through the VFS (the root directory counts as the
/// filesystem mounted there, if any).
pub fn statvfs(vm: &mut Vm, p: &str) -> PyResult<Found<upy_fs::StatVfs>> {
    let r = match target(vm, p, true, FsError(0))? {
        Ok(r) => r,
        Err(FsError(0)) => return Ok(Found::Root),
        Err(e) => return Err(os_error(vm, e, Some(p))),
    };
    if let Some(res) = with_native(vm, r.fs, |fs, d| fs.statvfs(d, &r.sub)) {
        return Ok(Found::Native(fs_result(vm, res?, p)?));
    }
    let s = vm.new_str(&r.sub)?;
    Ok(Found::Python(call_py(vm, r.fs, "statvfs", &[s])?))
}

/// `os.chdir`: into a mount (its filesystem changes directory) or to the
/// root (a filesystem mounted at "/" goes back to its root, so relative
/// paths start there). On failure the current directory stays.
pub fn chdir(vm: &mut Vm, p: &str) -> PyResult<()> {
    let (r, cur) = match lookup(vm, p)? {
        Target::Missing => return Err(os_error(vm, FsError::ENOENT, Some(p))),
        Target::Root => match root_mount(vm)? {
            Some(r) => (r, None),
            None => {
                state(vm)?.cur = None;
                return Ok(());
            }
        },
        Target::At(r) => {
            let point = r.point.clone();
            (r, Some(point))
        }
    };
    match native_chdir(vm, r.fs, &r.sub) {
        Some(res) => fs_result(vm, res?, p)?,
        None => {
            let s = vm.new_str(&r.sub)?;
            call_py(vm, r.fs, "chdir", &[s])?;
        }
    }
    state(vm)?.cur = cur;
    Ok(())
}

/// `os.getcwd`: the current mount's point joined with its filesystem's
/// current directory (whatever a Python filesystem's `getcwd` returns).
pub fn getcwd(vm: &mut Vm) -> PyResult<String> {
    let st = state(vm)?;
    let Some(m) = st
        .cur
        .as_ref()
        .and_then(|c| st.mounts.iter().find(|m| &m.point == c))
    else {
        return Ok("/".to_string());
    };
    let (fs, point) = (m.fs, m.point.clone());
    let cwd = match native_cwd(vm, fs) {
        Some(r) => r.map_err(|e| os_error(vm, e, None))?,
        None => {
            let v = call_py(vm, fs, "getcwd", &[])?;
            match vm.as_str(v) {
                Some(s) => s.to_string(),
                None => return vm.type_error("getcwd() must return str"),
            }
        }
    };
    Ok(join(&point, &cwd))
}

pub fn sync(vm: &mut Vm) -> PyResult<()> {
    let fss: Vec<Value> = state(vm)?.mounts.iter().map(|m| m.fs).collect();
    for fs in fss {
        if let Some(r) = with_native(vm, fs, |f, d| f.sync(d)) {
            r?.map_err(|e| os_error(vm, e, None))?;
        }
    }
    Ok(())
}

/// `vfs.mount(fs, mount_point, *, readonly=False)`.
pub fn mount(vm: &mut Vm, fs: Value, point: &str, readonly: bool) -> PyResult<()> {
    let abs = path::absolute("/", point);
    let fs = detect(vm, fs)?;
    vm.roots.push(fs);
    if !is_native(vm, fs) {
        // As MicroPython: a filesystem object is told it is mounted before
        // the mount point is checked (and an object that is not a
        // filesystem fails here, with AttributeError).
        call_py(
            vm,
            fs,
            "mount",
            &[Value::Bool(readonly), Value::Bool(false)],
        )?;
    }
    let st = state(vm)?;
    if st.mounts.iter().any(|m| m.point == abs) {
        return Err(os_error(vm, FsError::EPERM, None));
    }
    let m = Mount {
        point: abs,
        fs,
        readonly,
    };
    match st.mounts.iter().position(|m| m.point == "/") {
        Some(i) => st.mounts.insert(i, m),
        None => st.mounts.push(m),
    }
    Ok(())
}

/// A block device given to `mount` in place of a filesystem gets the
/// filesystem on it, as MicroPython's `vfs.mount(bdev, path)` does:
/// littlefs (v2 or v1, by where its superblock's magic is in block 0 or
/// 1), else FAT.
fn detect(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let is_dev = util::native::<blockdev::NativeBlockDev>(vm, obj).is_some() || {
        let (m, r) = (vm.intern("mount"), vm.intern("readblocks"));
        !is_native(vm, obj)
            && vm.lookup_special(obj, m).is_none()
            && vm.lookup_special(obj, r).is_some()
    };
    if !is_dev {
        return Ok(obj);
    }
    let mut t = None;
    for block in 0..2 {
        let b = read_block(vm, obj, block)?;
        if b.get(8..16) == Some(b"littlefs") {
            t = Some(lfs2_type(vm)?);
            break;
        }
        if b.get(40..48) == Some(b"littlefs") {
            t = Some(lfs1_type(vm)?);
            break;
        }
    }
    let t = match t {
        Some(t) => t,
        None => fat_type(vm)?,
    };
    vm.call(Value::Obj(t), &[obj])
}

/// Block `n` of a block device object (empty if it has fewer blocks).
fn read_block(vm: &mut Vm, dev: Value, n: u64) -> PyResult<Vec<u8>> {
    if let Some(d) = util::native_mut::<blockdev::NativeBlockDev>(vm, dev) {
        let mut buf = vec![0u8; d.dev.block_size()];
        return Ok(match d.dev.read(n, 0, &mut buf) {
            Ok(()) => buf,
            Err(_) => Vec::new(),
        });
    }
    let geo = device::py_geometry(vm, dev, false)?;
    if n >= geo.block_count || geo.block_size > 1 << 20 {
        return Ok(Vec::new());
    }
    let ba = vm.alloc_val(Obj::ByteArray(vec![0; geo.block_size]))?;
    vm.roots.push(ba);
    let key = vm.intern("readblocks");
    let f = vm.get_attr(dev, key)?;
    // The extended protocol (with an offset) first, as littlefs devices
    // may require it; FAT devices take two arguments.
    if vm
        .call(f, &[Value::Int(n as i64), ba, Value::Int(0)])
        .is_err()
        && vm.call(f, &[Value::Int(n as i64), ba]).is_err()
    {
        return Ok(Vec::new());
    }
    Ok(upy_vm::objects::bytes::try_buffer_bytes(vm, ba).unwrap_or_default())
}

/// `vfs.umount(fs_or_path)`. Unmounting the current mount makes the root
/// current.
pub fn umount(vm: &mut Vm, target: Value) -> PyResult<()> {
    let abs = vm.as_str(target).map(|p| path::absolute("/", p));
    let st = state(vm)?;
    let idx = st.mounts.iter().position(|m| match &abs {
        Some(a) => &m.point == a,
        None => m.fs.is(target),
    });
    let Some(i) = idx else {
        return Err(os_error(vm, FsError::EINVAL, None));
    };
    let m = st.mounts.remove(i);
    if st.cur.as_ref() == Some(&m.point) {
        st.cur = None;
    }
    vm.roots.push(m.fs);
    if !is_native(vm, m.fs) {
        let key = vm.intern("umount");
        if vm.lookup_special(m.fs, key).is_some() {
            call_py(vm, m.fs, "umount", &[])?;
        }
    }
    Ok(())
}

/// `(fs, mount_point)` for every mount.
pub fn mounts(vm: &mut Vm) -> PyResult<Vec<(Value, String)>> {
    Ok(state(vm)?
        .mounts
        .iter()
        .map(|m| (m.fs, m.point.clone()))
        .collect())
}

/// Open `p` on its filesystem: a native file handle, or the stream a
/// Python filesystem's `open` returns.
pub enum Opened {
    /// A file of a native filesystem, and that filesystem's object (its
    /// device serves every access to the file).
    Native(Box<dyn upy_fs::FileHandle>, Value),
    Python(Value),
}

pub fn open(
    vm: &mut Vm,
    p: &str,
    opts: &upy_fs::OpenOptions,
    mode: &str,
    writable: bool,
) -> PyResult<Opened> {
    let r = match target(vm, p, false, FsError::EISDIR)? {
        Ok(r) => r,
        Err(e) => return Err(os_error(vm, e, Some(p))),
    };
    if r.readonly && writable {
        return Err(os_error(vm, FsError::EROFS, Some(p)));
    }
    match with_native(vm, r.fs, |fs, d| fs.open(d, &r.sub, opts)) {
        Some(Ok(Ok(h))) => Ok(Opened::Native(h, r.fs)),
        Some(Ok(Err(e))) => Err(os_error(vm, e, Some(p))),
        Some(Err(e)) => Err(e),
        None => {
            let s = vm.new_str(&r.sub)?;
            vm.roots.push(s);
            let m = vm.new_str(mode)?;
            Ok(Opened::Python(call_py(vm, r.fs, "open", &[s, m])?))
        }
    }
}

/// `import` through the VFS: the kind of a path.
fn import_kind(vm: &mut Vm, p: &str) -> Option<bool> {
    let mark = vm.roots.len();
    let r = stat(vm, p).ok();
    vm.roots.truncate(mark);
    match r?.mode & S_IFMT {
        m if m == S_IFDIR => Some(false),
        m if m == upy_fs::fs::S_IFREG || m == 0 => Some(true),
        _ => None,
    }
}

/// `import` through the VFS: a file's bytes.
fn import_read(vm: &mut Vm, p: &str) -> PyResult<Vec<u8>> {
    let opts = upy_fs::OpenOptions {
        read: true,
        ..Default::default()
    };
    match open(vm, p, &opts, "rb", false)? {
        Opened::Native(mut h, fs) => {
            let mut out = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                match device::with_device(vm, fs, |d| h.read(d, &mut buf))? {
                    Ok(0) => return Ok(out),
                    Ok(n) => out.extend_from_slice(&buf[..n]),
                    Err(e) => return Err(os_error(vm, e, Some(p))),
                }
            }
        }
        // A filesystem written in Python: read its stream as MicroPython
        // does, through the stream protocol (`ioctl` for the buffer size,
        // `readinto`, `ioctl` to close), or `read()` for plain objects.
        Opened::Python(f) => {
            vm.roots.push(f);
            crate::io::read_stream_all(vm, f)
        }
    }
}

/// Make `import` read modules through the VFS.
pub fn install_import_hooks(vm: &mut Vm) {
    vm.import_fs = Some(upy_vm::vm::ImportFs {
        kind: import_kind,
        read: import_read,
    });
}
