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
mod posix_type;

use upy_fs::fs::{FileSystem, S_IFDIR, S_IFMT};
use upy_fs::{path, FsError, FsResult};
use upy_vm::obj::{NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

pub use blockdev::register as register_block_devices;
pub use posix_type::{init_module, m_mount, m_umount, new_posix, posix_type};

/// A filesystem implemented in Rust, as a Python object (`VfsPosix`).
pub struct NativeFs {
    pub fs: Box<dyn FileSystem>,
    /// The filesystem's own current directory, for its methods called
    /// directly (`fs.chdir`, relative paths to `fs.open`...).
    pub cwd: String,
}

impl NativeObject for NativeFs {
    fn type_name(&self) -> &'static str {
        "VfsPosix"
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
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

pub struct VfsState {
    pub mounts: Vec<Mount>,
    pub cwd: String,
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
/// host filesystem at "/" and the process's current directory.
fn state_obj(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(Value::Obj(g)) = vm.ext.get("vfs") {
        return Ok(*g);
    }
    let root = new_posix(vm, None)?;
    vm.roots.push(root);
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|p| p.to_str().map(|s| s.to_string()))
        .unwrap_or_else(|| "/".to_string());
    let t = vm.types.object;
    let st = vm.alloc_val(Obj::Native(
        t,
        Box::new(VfsState {
            mounts: vec![Mount {
                point: "/".to_string(),
                fs: root,
                readonly: false,
            }],
            cwd,
        }),
    ))?;
    vm.ext.insert("vfs", st);
    Ok(st.as_gc().unwrap_or(Gc(0)))
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

/// Where a path lives: the filesystem object, the path inside it, whether
/// the mount is read-only, and the absolute path.
pub struct Resolved {
    pub fs: Value,
    pub sub: String,
    pub readonly: bool,
    pub abs: String,
}

/// The absolute, normalised form of `p` (relative to the current
/// directory).
pub fn absolute(vm: &mut Vm, p: &str) -> PyResult<String> {
    let st = state(vm)?;
    Ok(path::absolute(&st.cwd, p))
}

pub fn resolve(vm: &mut Vm, p: &str) -> PyResult<Resolved> {
    let st = state(vm)?;
    let abs = path::absolute(&st.cwd, p);
    match path::resolve(st.mounts.iter().map(|m| m.point.as_str()), &abs) {
        Some((i, sub)) => {
            let m = &st.mounts[i];
            Ok(Resolved {
                fs: m.fs,
                sub,
                readonly: m.readonly,
                abs,
            })
        }
        None => Err(os_error(vm, FsError::ENOENT, Some(p))),
    }
}

/// Run `f` on a native filesystem object; None if `fs` is written in
/// Python.
pub fn with_native<R>(
    vm: &mut Vm,
    fs: Value,
    f: impl FnOnce(&mut dyn FileSystem) -> FsResult<R>,
) -> Option<FsResult<R>> {
    let Value::Obj(g) = fs else { return None };
    match vm.heap.get_mut(g) {
        Obj::Native(_, n) => n
            .as_any_mut()
            .downcast_mut::<NativeFs>()
            .map(|nf| f(nf.fs.as_mut())),
        _ => None,
    }
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
/// `__fspath__`. Returns the path and whether it was bytes.
pub fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<(String, bool)> {
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
                return path_arg(vm, fname, r);
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

/// `os.stat` through the VFS: the native record, or the 10-tuple a Python
/// filesystem returns, converted.
pub fn stat(vm: &mut Vm, p: &str) -> PyResult<upy_fs::Stat> {
    let r = resolve(vm, p)?;
    if let Some(res) = with_native(vm, r.fs, |fs| fs.stat(&r.sub)) {
        return fs_result(vm, res, p);
    }
    let sub = vm.new_str(&r.sub)?;
    let t = call_py(vm, r.fs, "stat", &[sub])?;
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
    let r = resolve(vm, p)?;
    if r.readonly {
        return Err(os_error(vm, FsError::EROFS, Some(p)));
    }
    let sub = r.sub.clone();
    let res = with_native(vm, r.fs, |fs| match op {
        "mkdir" => fs.mkdir(&sub),
        "rmdir" => fs.rmdir(&sub),
        _ => fs.remove(&sub),
    });
    if let Some(res) = res {
        return fs_result(vm, res, p);
    }
    let s = vm.new_str(&r.sub)?;
    call_py(vm, r.fs, op, &[s])?;
    Ok(())
}

pub fn rename(vm: &mut Vm, a: &str, b: &str) -> PyResult<()> {
    let ra = resolve(vm, a)?;
    let rb = resolve(vm, b)?;
    if !ra.fs.is(rb.fs) {
        return Err(os_error(vm, FsError::EXDEV, Some(a)));
    }
    if ra.readonly {
        return Err(os_error(vm, FsError::EROFS, Some(a)));
    }
    if let Some(res) = with_native(vm, ra.fs, |fs| fs.rename(&ra.sub, &rb.sub)) {
        return fs_result(vm, res, a);
    }
    let x = vm.new_str(&ra.sub)?;
    vm.roots.push(x);
    let y = vm.new_str(&rb.sub)?;
    call_py(vm, ra.fs, "rename", &[x, y])?;
    Ok(())
}

/// Directory entries `(name, type, inode, size)` of `p`.
pub fn listdir(vm: &mut Vm, p: &str) -> PyResult<Vec<upy_fs::DirEntry>> {
    let r = resolve(vm, p)?;
    let mut entries = if let Some(res) = with_native(vm, r.fs, |fs| fs.listdir(&r.sub)) {
        fs_result(vm, res, p)?
    } else {
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
        out
    };
    // Mount points directly inside this directory show as directories.
    let abs = r.abs.clone();
    let st = state(vm)?;
    for m in &st.mounts {
        if m.point == "/" {
            continue;
        }
        let (parent, name) = m.point.rsplit_once('/').unwrap_or(("", &m.point));
        let parent = if parent.is_empty() { "/" } else { parent };
        if parent == abs && !entries.iter().any(|e| e.name == name.as_bytes()) {
            entries.push(upy_fs::DirEntry {
                name: name.as_bytes().to_vec(),
                kind: S_IFDIR,
                ino: 0,
                size: 0,
            });
        }
    }
    Ok(entries)
}

pub fn statvfs(vm: &mut Vm, p: &str) -> PyResult<Vec<Value>> {
    let r = resolve(vm, p)?;
    if let Some(res) = with_native(vm, r.fs, |fs| fs.statvfs(&r.sub)) {
        let s = fs_result(vm, res, p)?;
        return Ok([
            s.bsize, s.frsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree, s.favail, s.flag,
            s.namemax,
        ]
        .iter()
        .map(|&x| Value::Int(x as i64))
        .collect());
    }
    let s = vm.new_str(&r.sub)?;
    let t = call_py(vm, r.fs, "statvfs", &[s])?;
    vm.collect_iterable(t)
}

pub fn chdir(vm: &mut Vm, p: &str) -> PyResult<()> {
    let abs = absolute(vm, p)?;
    let st = stat(vm, p)?;
    if st.mode & S_IFMT != S_IFDIR {
        return Err(os_error(vm, FsError::ENOTDIR, Some(p)));
    }
    let r = resolve(vm, p)?;
    let key = vm.intern("chdir");
    if with_native(vm, r.fs, |_| Ok(())).is_none() && vm.lookup_special(r.fs, key).is_some() {
        let s = vm.new_str(&r.sub)?;
        call_py(vm, r.fs, "chdir", &[s])?;
    }
    state(vm)?.cwd = abs;
    Ok(())
}

pub fn getcwd(vm: &mut Vm) -> PyResult<String> {
    Ok(state(vm)?.cwd.clone())
}

pub fn sync(vm: &mut Vm) -> PyResult<()> {
    let fss: Vec<Value> = state(vm)?.mounts.iter().map(|m| m.fs).collect();
    for fs in fss {
        if let Some(r) = with_native(vm, fs, |f| f.sync()) {
            r.map_err(|e| os_error(vm, e, None))?;
        }
    }
    Ok(())
}

/// `vfs.mount(fs, mount_point, *, readonly=False)`.
pub fn mount(vm: &mut Vm, fs: Value, point: &str, readonly: bool) -> PyResult<()> {
    let abs = absolute(vm, point)?;
    if state(vm)?.mounts.iter().any(|m| m.point == abs) {
        return Err(os_error(vm, FsError::EPERM, None));
    }
    if with_native(vm, fs, |_| Ok(())).is_none() {
        // As MicroPython: a filesystem object is told it is mounted (and
        // an object that is not one fails here, with AttributeError).
        call_py(
            vm,
            fs,
            "mount",
            &[Value::Bool(readonly), Value::Bool(false)],
        )?;
    }
    state(vm)?.mounts.push(Mount {
        point: abs,
        fs,
        readonly,
    });
    Ok(())
}

/// `vfs.umount(fs_or_path)`.
pub fn umount(vm: &mut Vm, target: Value) -> PyResult<()> {
    let point = vm.as_str(target).map(|s| s.to_string());
    let abs = match &point {
        Some(p) => Some(absolute(vm, p)?),
        None => None,
    };
    let st = state(vm)?;
    let idx = st.mounts.iter().position(|m| match &abs {
        Some(a) => &m.point == a,
        None => m.fs.is(target),
    });
    let Some(i) = idx else {
        return Err(os_error(vm, FsError::EINVAL, None));
    };
    let m = st.mounts.remove(i);
    vm.roots.push(m.fs);
    if with_native(vm, m.fs, |_| Ok(())).is_none() {
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
    let r = resolve(vm, p)?;
    let opts = upy_fs::OpenOptions {
        read: true,
        ..Default::default()
    };
    let sub = r.sub.clone();
    let res = with_native(vm, r.fs, |fs| {
        let mut h = fs.open(&sub, &opts)?;
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = h.read(&mut buf)?;
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        Ok(out)
    });
    if let Some(res) = res {
        return res.map_err(|e| os_error(vm, e, Some(p)));
    }
    // A filesystem written in Python: read its stream as MicroPython
    // does, through the stream protocol (`ioctl` for the buffer size,
    // `readinto`, `ioctl` to close), or `read()` for plain objects.
    let s = vm.new_str(&r.sub)?;
    vm.roots.push(s);
    let m = vm.new_str("rb")?;
    let f = call_py(vm, r.fs, "open", &[s, m])?;
    vm.roots.push(f);
    crate::io::read_stream_all(vm, f)
}

/// Make `import` read modules through the VFS.
pub fn install_import_hooks(vm: &mut Vm) {
    vm.import_fs = Some(upy_vm::vm::ImportFs {
        kind: import_kind,
        read: import_read,
    });
}
