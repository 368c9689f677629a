//! The `os` module of the os seed: filesystem functions through the VFS
//! (`vfs/`), `uname`, `urandom`, `dupterm`, `mount`/`umount`/`VfsPosix`
//! kept for compatibility, and as CPython `getenv`/`putenv`/`unsetenv`
//! with a working `environ`.

use upy_fs::fs::{DirEntry, Stat};
use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// `os.environ` as a mapping that writes through to the environment.
const ENVIRON: &str = include_str!("os_environ.py");

/// `os.path`, written in Python.
const PATH: &str = include_str!("os_path.py");
use crate::vfs::{self, path_arg};

/// A directory entry's name: str, or bytes when the directory was given
/// as bytes (rooted in `vm.roots`).
fn entry_name(vm: &mut Vm, name: Vec<u8>, as_bytes: bool) -> PyResult<Value> {
    let v = if as_bytes {
        vm.new_bytes(name)?
    } else {
        vm.new_string(String::from_utf8_lossy(&name).into_owned())?
    };
    vm.roots.push(v);
    Ok(v)
}

/// Entries as `(name, type, inode[, size])` tuples, names as bytes when the
/// directory was given as bytes.
pub fn entry_tuples(vm: &mut Vm, entries: Vec<DirEntry>, as_bytes: bool) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        let name = entry_name(vm, e.name, as_bytes)?;
        let mut items = vec![name, Value::Int(e.kind as i64), Value::Int(e.ino as i64)];
        if e.size >= 0 {
            items.push(Value::Int(e.size));
        }
        let t = vm.new_tuple(items)?;
        vm.roots.push(t);
        out.push(t);
    }
    Ok(out)
}

fn stat_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("os.stat_result") {
        return Ok(t);
    }
    let t = upy_vm::objects::attrtuple::new_type(
        vm,
        "os.stat_result",
        &[
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
            "st_mtime", "st_ctime",
        ],
    )?;
    vm.native_types.insert("os.stat_result", t);
    Ok(t)
}

/// `os.stat_result`: the 10-tuple in CPython's field order.
pub fn stat_tuple(vm: &mut Vm, s: &Stat) -> PyResult<Value> {
    let t = stat_type(vm)?;
    let items = stat_fields(s);
    upy_vm::objects::attrtuple::new(vm, t, items)
}

/// The plain 10-tuple MicroPython's own filesystems (FAT, littlefs)
/// return: code using them is MicroPython code.
pub fn plain_stat(vm: &mut Vm, s: &Stat) -> PyResult<Value> {
    let items = stat_fields(s);
    vm.new_tuple(items)
}

fn stat_fields(s: &Stat) -> Vec<Value> {
    vec![
        Value::Int(s.mode as i64),
        Value::Int(s.ino as i64),
        Value::Int(s.dev as i64),
        Value::Int(s.nlink as i64),
        Value::Int(s.uid as i64),
        Value::Int(s.gid as i64),
        Value::Int(s.size as i64),
        Value::Int(s.atime),
        Value::Int(s.mtime),
        Value::Int(s.ctime),
    ]
}

/// Options of CPython's signatures that upy does not support (`dir_fd`,
/// `follow_symlinks`, parameter `i` named `opt`) must keep their defaults:
/// otherwise NotImplementedError, as CPython's on a platform without them.
fn unsupported(vm: &mut Vm, fname: &str, a: &Args, opts: &[(usize, &str)]) -> PyResult<()> {
    for &(i, opt) in opts {
        let Some(v) = a.get(i) else { continue };
        let default = if opt == "follow_symlinks" {
            vm.truthy(v)?
        } else {
            v.is_none()
        };
        if !default {
            let t = vm.types.not_implemented_error;
            return vm.err(
                t,
                format!("{}: {} unavailable on this platform", fname, opt),
            );
        }
    }
    Ok(())
}

/// The path argument (the first) of function `name`, whose parameter 1
/// is `dir_fd`.
fn path1(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(String, bool)> {
    unsupported(vm, name, a, &[(1, "dir_fd")])?;
    path_arg(vm, name, a.arg(0))
}

/// The directory argument of listdir/ilistdir ('.' when omitted).
fn dir_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(String, bool)> {
    match a.get(0) {
        // MicroPython hands a filesystem written in Python the empty path.
        None | Some(Value::None) => Ok((String::new(), false)),
        Some(v) => path_arg(vm, name, v),
    }
}

fn o_stat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unsupported(vm, "stat", a, &[(2, "follow_symlinks")])?;
    let (p, _) = path1(vm, "stat", a)?;
    match vfs::stat_found(vm, &p)? {
        vfs::Found::Native(st) => stat_tuple(vm, &st),
        vfs::Found::Device(st) => plain_stat(vm, &st),
        vfs::Found::Python(v) => Ok(v),
        // MicroPython's figures for the root directory, a plain tuple.
        vfs::Found::Root => {
            let mut items = vec![Value::Int(upy_fs::fs::S_IFDIR as i64)];
            items.resize(10, Value::Int(0));
            vm.new_tuple(items)
        }
    }
}

fn o_listdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, as_bytes) = dir_arg(vm, "listdir", a)?;
    let entries = vfs::listdir(vm, &p)?;
    let mut names = Vec::with_capacity(entries.len());
    for e in entries {
        names.push(entry_name(vm, e.name, as_bytes)?);
    }
    vm.new_list(names)
}

fn o_ilistdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, as_bytes) = dir_arg(vm, "ilistdir", a)?;
    let entries = vfs::listdir(vm, &p)?;
    let items = entry_tuples(vm, entries, as_bytes)?;
    let l = vm.new_list(items)?;
    vm.get_iter(l)
}

fn o_mkdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unsupported(vm, "mkdir", a, &[(2, "dir_fd")])?;
    let (p, _) = path_arg(vm, "mkdir", a.arg(0))?;
    vfs::modify(vm, &p, "mkdir")?;
    Ok(Value::None)
}

fn o_rmdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, _) = path1(vm, "rmdir", a)?;
    vfs::modify(vm, &p, "rmdir")?;
    Ok(Value::None)
}

fn o_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, _) = path1(vm, "remove", a)?;
    vfs::modify(vm, &p, "remove")?;
    Ok(Value::None)
}

fn o_unlink(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, _) = path1(vm, "unlink", a)?;
    vfs::modify(vm, &p, "remove")?;
    Ok(Value::None)
}

fn o_rename(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unsupported(vm, "rename", a, &[(2, "src_dir_fd"), (3, "dst_dir_fd")])?;
    let (src, _) = path_arg(vm, "rename", a.arg(0))?;
    let (dst, _) = path_arg(vm, "rename", a.arg(1))?;
    vfs::rename(vm, &src, &dst)?;
    Ok(Value::None)
}

fn o_statvfs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, _) = path_arg(vm, "statvfs", a.arg(0))?;
    let s = match vfs::statvfs(vm, &p)? {
        vfs::Found::Native(s) | vfs::Found::Device(s) => s,
        vfs::Found::Python(v) => return Ok(v),
        // Nothing mounted at the root: MicroPython's zeros, with a
        // sensible name length.
        vfs::Found::Root => {
            let mut items = vec![Value::Int(0); 9];
            items.push(Value::Int(255));
            return vm.new_tuple(items);
        }
    };
    let items = s.fields().iter().map(|&x| Value::Int(x as i64)).collect();
    let t = match vm.native_types.get("os.statvfs_result") {
        Some(&t) => t,
        None => {
            let t = upy_vm::objects::attrtuple::new_type(
                vm,
                "os.statvfs_result",
                &[
                    "f_bsize",
                    "f_frsize",
                    "f_blocks",
                    "f_bfree",
                    "f_bavail",
                    "f_files",
                    "f_ffree",
                    "f_favail",
                    "f_flag",
                    "f_namemax",
                ],
            )?;
            vm.native_types.insert("os.statvfs_result", t);
            t
        }
    };
    upy_vm::objects::attrtuple::new(vm, t, items)
}

fn o_chdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, _) = path_arg(vm, "chdir", a.arg(0))?;
    vfs::chdir(vm, &p)?;
    Ok(Value::None)
}

fn o_getcwd(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    let c = vfs::getcwd(vm)?;
    vm.new_string(c)
}

fn o_sync(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vfs::sync(vm)?;
    Ok(Value::None)
}

fn o_urandom(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = util::i64_arg(vm, a.arg(0))?;
    if n < 0 {
        return vm.value_error("negative argument not allowed");
    }
    let n = n as usize;
    vm.reserve(n)?;
    let mut buf = vec![0u8; n];
    use std::io::Read;
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if let Err(e) = r {
        return Err(vfs::os_error(vm, e.into(), None));
    }
    vm.new_bytes(buf)
}

fn read_proc(name: &str) -> String {
    std::fs::read_to_string(format!("/proc/sys/kernel/{}", name))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

fn o_uname(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    let t = match vm.native_types.get("os.uname_result") {
        Some(&t) => t,
        None => {
            let t = upy_vm::objects::attrtuple::new_type(
                vm,
                "os.uname_result",
                &["sysname", "nodename", "release", "version", "machine"],
            )?;
            vm.native_types.insert("os.uname_result", t);
            t
        }
    };
    let sysname = match read_proc("ostype") {
        s if s.is_empty() => "Linux".to_string(),
        s => s,
    };
    let fields = [
        sysname,
        read_proc("hostname"),
        read_proc("osrelease"),
        format!("upy {}", env!("CARGO_PKG_VERSION")),
        std::env::consts::ARCH.to_string(),
    ];
    let mut items = Vec::new();
    for f in fields {
        let s = vm.new_string(f)?;
        vm.roots.push(s);
        items.push(s);
    }
    upy_vm::objects::attrtuple::new(vm, t, items)
}

/// `os.environ`, created from the process environment at first use.
fn environ(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(Value::Obj(g)) = vm.ext.get("os.environ") {
        return Ok(*g);
    }
    let dg = vm.new_dict()?;
    let d = Value::Obj(dg);
    vm.ext.insert("os.environ", d);
    for (k, v) in std::env::vars_os() {
        let (Some(k), Some(v)) = (k.to_str(), v.to_str()) else {
            continue;
        };
        let kv = vm.new_str(k)?;
        vm.roots.push(kv);
        let vv = vm.new_str(v)?;
        upy_vm::objects::dict::dict_set(vm, dg, kv, vv)?;
    }
    Ok(dg)
}

fn env_key(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!("str expected, not {}", t))
        }
    }
}

fn o_getenv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let key = a.arg(0);
    env_key(vm, key)?;
    let d = environ(vm)?;
    let v = upy_vm::objects::dict::dict_get_str(vm, d, key);
    Ok(v.or(a.get(1)).unwrap_or(Value::None))
}

fn o_putenv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let k = env_key(vm, a.arg(0))?;
    let v = env_key(vm, a.arg(1))?;
    if k.is_empty() {
        return Err(vfs::os_error(vm, upy_fs::FsError::EINVAL, None));
    }
    if k.contains('=') {
        return vm.value_error("illegal environment variable name");
    }
    if k.contains('\0') || v.contains('\0') {
        return vm.value_error("embedded null byte");
    }
    // As CPython: the process environment changes, `os.environ` (and so
    // `getenv`) does not.
    std::env::set_var(&k, &v);
    Ok(Value::None)
}

fn o_unsetenv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let k = env_key(vm, a.arg(0))?;
    if k.is_empty() || k.contains('=') {
        return Err(vfs::os_error(vm, upy_fs::FsError::EINVAL, None));
    }
    if k.contains('\0') {
        return vm.value_error("embedded null byte");
    }
    std::env::remove_var(&k);
    Ok(Value::None)
}

/// `os.dupterm(stream, index=0)`: sets the slot (terminal output is then
/// copied to the stream) and returns its previous stream.
fn o_dupterm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let stream = a.arg(0);
    let idx = match a.get(1) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    if !(0..2).contains(&idx) {
        return vm.value_error("invalid dupterm index");
    }
    if !stream.is_none() {
        let (r, w) = (vm.intern("readinto"), vm.intern("write"));
        if vm.try_get_attr(stream, r)?.is_none() && vm.try_get_attr(stream, w)?.is_none() {
            return vm.type_error("stream operation not supported");
        }
    }
    let prev = std::mem::replace(&mut vm.dupterm[idx as usize], stream);
    Ok(prev)
}

/// The functions of CPython's `posix` (which their errors name), with its
/// signatures.
const POSIX: &[Native] = &[
    Native::new("stat(path, *, dir_fd=None, follow_symlinks=True)", o_stat),
    Native::new("listdir(path=None)", o_listdir),
    Native::new("mkdir(path, mode=511, *, dir_fd=None)", o_mkdir),
    Native::new("rmdir(path, *, dir_fd=None)", o_rmdir),
    Native::new("remove(path, *, dir_fd=None)", o_remove),
    Native::new("unlink(path, *, dir_fd=None)", o_unlink),
    Native::new(
        "rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)",
        o_rename,
    ),
    Native::new("statvfs(path)", o_statvfs),
    Native::new("chdir(path)", o_chdir),
    Native::new("getcwd()", o_getcwd),
    Native::new("sync()", o_sync),
    Native::new("urandom(size, /)", o_urandom),
    Native::new("uname()", o_uname),
    Native::new("putenv(name, value, /)", o_putenv),
    Native::new("unsetenv(name, /)", o_unsetenv),
];

/// MicroPython's, and `getenv` (Python code in CPython).
const FUNCTIONS: &[Native] = &[
    Native::new("ilistdir(path=None)", o_ilistdir),
    Native::new("getenv(key, default=None)", o_getenv),
    Native::new("dupterm(stream_object, index=0)", o_dupterm),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "os", &[])?;
    util::natives_of(vm, m, "posix", POSIX)?;
    vm.module_natives(m, FUNCTIONS)?;
    vm.module_natives(m, vfs::FUNCTIONS)?;
    let vp = vfs::posix_type(vm)?;
    vm.module_set(m, "VfsPosix", Value::Obj(vp))?;
    let vf = vfs::fat_type(vm)?;
    vm.module_set(m, "VfsFat", Value::Obj(vf))?;
    let vl = vfs::lfs1_type(vm)?;
    vm.module_set(m, "VfsLfs1", Value::Obj(vl))?;
    let vl = vfs::lfs2_type(vm)?;
    vm.module_set(m, "VfsLfs2", Value::Obj(vl))?;
    let env = environ(vm)?;
    vm.module_set(m, "environ", Value::Obj(env))?;
    let sep = vm.new_str("/")?;
    vm.module_set(m, "sep", sep)?;
    let name = vm.new_str("posix")?;
    vm.module_set(m, "name", name)?;
    vm.run_module_source(m, ENVIRON, "<frozen os>")?;
    for (name, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        vm.module_set(m, name, Value::Int(v))?;
    }
    // os.path, also importable as a module of its own.
    let p = util::declared_module(vm, "os.path", &[])?;
    vm.roots.push(Value::Obj(p));
    vm.module_set(p, "os", Value::Obj(m))?;
    vm.run_module_source(p, PATH, "<frozen os.path>")?;
    vm.module_set(m, "path", Value::Obj(p))?;
    let k = vm.new_str("os.path")?;
    let mods = vm.modules;
    upy_vm::objects::dict::dict_set(vm, mods, k, Value::Obj(p))?;
    Ok(m)
}
