//! The import system: resolving (relative) module names, finding builtin
//! modules and `.py` files or packages on `sys.path`, executing them once,
//! and caching them in `sys.modules`.

use crate::obj::*;
use crate::objects::dict::{dict_del, dict_get, dict_get_str, dict_set};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> PyResult<Gc> {
        let dg = self.new_dict()?;
        let d = Value::Obj(dg);
        self.roots.push(d);
        let n = self.new_str(name)?;
        self.roots.push(n);
        let k = self.names.__name__;
        dict_set(self, dg, k, n)?;
        self.alloc(Obj::Module(Box::new(Module { name: n, dict: dg })))
    }

    /// The dict of a module object.
    pub fn module_dict(&self, m: Gc) -> Option<Gc> {
        match self.heap.get(m) {
            Obj::Module(md) => Some(md.dict),
            _ => None,
        }
    }

    /// Set a module attribute.
    pub fn module_set(&mut self, m: Gc, name: &str, v: Value) -> PyResult<()> {
        let Some(d) = self.module_dict(m) else {
            return Ok(());
        };
        let k = self.intern(name);
        dict_set(self, d, k, v)
    }

    /// Add declared native functions to module `m`.
    pub fn module_natives(&mut self, m: Gc, natives: &[crate::native::Native]) -> PyResult<()> {
        for n in natives {
            let v = self.new_native(n, Some(m))?;
            self.module_set(m, crate::native::decl(n).attr, v)?;
        }
        Ok(())
    }

    fn modules_get(&mut self, name: &str) -> PyResult<Option<Value>> {
        let k = self.new_str(name)?;
        let md = self.modules;
        dict_get(self, md, k)
    }

    fn not_found<T>(&mut self, name: &str) -> PyResult<T> {
        let t = self.types.module_not_found_error;
        let e = self.new_exc(t, &format!("No module named '{}'", name));
        if let Ok(n) = self.new_str(name) {
            self.set_exc_fields(e, &[("name", n)]);
        }
        Err(e)
    }

    /// Import the module with absolute dotted name `name`, returning it.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules_get(name)? {
            return Ok(m);
        }
        let (parent, short) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let search: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                self.roots.push(pm);
                let pk = self.names.__path__;
                let path = match pm.as_gc().and_then(|g| self.module_dict(g)) {
                    Some(d) => dict_get_str(self, d, pk),
                    None => None,
                };
                match path {
                    Some(pv) => {
                        let items = self.collect_iterable(pv)?;
                        items
                            .iter()
                            .filter_map(|v| self.as_str(*v).map(|s| s.to_string()))
                            .collect()
                    }
                    None => {
                        let t = self.types.module_not_found_error;
                        let e = self.new_exc(
                            t,
                            &format!("No module named '{}'; '{}' is not a package", name, p),
                        );
                        return Err(e);
                    }
                }
            }
            None => {
                if let Some(init) = self.builtin_module_init(name) {
                    let m = self.uncharged(init)?;
                    self.roots.push(Value::Obj(m));
                    let k = self.new_str(name)?;
                    let md = self.modules;
                    dict_set(self, md, k, Value::Obj(m))?;
                    return Ok(Value::Obj(m));
                }
                self.sys_path()?
            }
        };
        for dir in &search {
            // The empty entry is the current directory; its paths stay
            // relative ("mod.py"), as MicroPython's.
            let base = if dir.is_empty() {
                String::new()
            } else {
                format!("{}/", expand_home(dir).trim_end_matches('/'))
            };
            let pkg_dir = format!("{}{}", base, short);
            let init = format!("{}/__init__.py", pkg_dir);
            let file = format!("{}{}.py", base, short);
            // MicroPython's order (which filesystems written in Python
            // observe): the directory, then `.py`, then `.mpy`.
            let is_pkg = self.path_kind(&pkg_dir) == Some(false);
            if is_pkg && self.path_kind(&init) == Some(true) {
                return self.exec_module_file(name, &init, Some(&pkg_dir), parent);
            }
            if !is_pkg && self.path_kind(&file) == Some(true) {
                return self.exec_module_file(name, &file, None, parent);
            }
            let mpy = format!("{}{}.mpy", base, short);
            if !is_pkg && self.path_kind(&mpy) == Some(true) {
                // Loading .mpy files is not implemented yet: read the
                // file (as MicroPython does to check its header) and
                // refuse it.
                if let Some(fs) = self.import_fs {
                    (fs.read)(self, &mpy)?;
                }
                return self.value_error("incompatible .mpy file");
            }
            if is_pkg {
                // A namespace package: a directory without __init__.py.
                let m = self.new_module(name)?;
                self.roots.push(Value::Obj(m));
                let p = self.new_str(&pkg_dir)?;
                let l = self.new_list(vec![p])?;
                self.module_set(m, "__path__", l)?;
                let k = self.new_str(name)?;
                let md = self.modules;
                dict_set(self, md, k, Value::Obj(m))?;
                self.bind_in_parent(parent, short, Value::Obj(m))?;
                return Ok(Value::Obj(m));
            }
        }
        self.not_found(name)
    }

    /// Some(true) for a file, Some(false) for a directory, None when
    /// neither (or unreachable).
    fn path_kind(&mut self, p: &str) -> Option<bool> {
        match self.import_fs {
            Some(fs) => (fs.kind)(self, p),
            None => {
                let m = std::fs::metadata(p).ok()?;
                if m.is_file() {
                    Some(true)
                } else if m.is_dir() {
                    Some(false)
                } else {
                    None
                }
            }
        }
    }

    fn builtin_module_init(&self, name: &str) -> Option<fn(&mut Vm) -> PyResult<Gc>> {
        if let Some(f) = self.builtin_modules.get(name) {
            return Some(*f);
        }
        // MicroPython's "u" names (ujson, utime...) are aliases.
        let rest = name.strip_prefix('u')?;
        self.builtin_modules.get(rest).copied()
    }

    /// `sys.path` as strings.
    pub fn sys_path(&mut self) -> PyResult<Vec<String>> {
        match self.sys_attr("path") {
            Some(p) => {
                let items = self.collect_iterable(p)?;
                Ok(items
                    .iter()
                    .filter_map(|v| self.as_str(*v).map(|s| s.to_string()))
                    .collect())
            }
            None => Ok(self.path.clone()),
        }
    }

    fn bind_in_parent(&mut self, parent: Option<&str>, short: &str, m: Value) -> PyResult<()> {
        if let Some(p) = parent {
            if let Some(pm) = self.modules_get(p)? {
                if let Some(pg) = pm.as_gc() {
                    if matches!(self.heap.get(pg), Obj::Module(_)) {
                        self.module_set(pg, short, m)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn exec_module_file(
        &mut self,
        name: &str,
        path: &str,
        pkg_dir: Option<&str>,
        parent: Option<&str>,
    ) -> PyResult<Value> {
        let bytes = match self.import_fs {
            Some(fs) => (fs.read)(self, path)?,
            None => match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    let t = self.types.import_error;
                    return self.err(t, format!("cannot read {}: {}", path, e));
                }
            },
        };
        // A UTF-8 byte-order mark starting the file is dropped, as CPython.
        let src = String::from_utf8_lossy(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes))
            .into_owned();
        let m = self.new_module(name)?;
        self.roots.push(Value::Obj(m));
        let f = self.new_str(path)?;
        self.module_set(m, "__file__", f)?;
        if let Some(d) = pkg_dir {
            let p = self.new_str(d)?;
            let l = self.new_list(vec![p])?;
            self.module_set(m, "__path__", l)?;
        }
        let k = self.new_str(name)?;
        self.roots.push(k);
        let md = self.modules;
        dict_set(self, md, k, Value::Obj(m))?;
        let r = self.run_module_source(m, &src, path);
        if let Err(e) = r {
            let md = self.modules;
            dict_del(self, md, k)?;
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let m2 = dict_get(self, md, k)?.unwrap_or(Value::Obj(m));
        self.bind_in_parent(
            parent,
            &name[name.rfind('.').map(|i| i + 1).unwrap_or(0)..],
            m2,
        )?;
        Ok(m2)
    }

    /// Compile and run source text as the body of module `m`.
    pub fn run_module_source(&mut self, m: Gc, src: &str, filename: &str) -> PyResult<Value> {
        let opts = upy_compiler::Options {
            optimize: self.optimize,
        };
        let co = match upy_compiler::compile_source(src, filename, upy_compiler::Mode::Exec, opts) {
            Ok(c) => c,
            Err(e) => return Err(crate::builtins::syntax_error_value(self, &e, filename, src)),
        };
        let code = self.code_from(co)?;
        let d = self.module_dict(m).unwrap_or(self.builtins);
        let bk = self.names.__builtins__;
        if dict_get_str(self, d, bk).is_none() {
            let b = Value::Obj(self.builtins_module.unwrap_or(self.builtins));
            dict_set(self, d, bk, b)?;
        }
        self.run_code(code, d, None)
    }
}

fn expand_home(p: &str) -> String {
    if let Some(rest) = p.strip_prefix('~') {
        if let Ok(h) = std::env::var("HOME") {
            return format!("{}{}", h, rest);
        }
    }
    p.to_string()
}

/// Resolve a relative import to an absolute name.
fn resolve_name(vm: &mut Vm, name: &str, level: usize, globals: Gc) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return vm.value_error("Empty module name");
        }
        return Ok(name.to_string());
    }
    let pk = vm.names.__package__;
    let nk = vm.names.__name__;
    let pathk = vm.names.__path__;
    let package =
        match dict_get_str(vm, globals, pk).and_then(|v| vm.as_str(v).map(|s| s.to_string())) {
            Some(p) => p,
            None => {
                let modname = dict_get_str(vm, globals, nk)
                    .and_then(|v| vm.as_str(v).map(|s| s.to_string()))
                    .unwrap_or_default();
                if dict_get_str(vm, globals, pathk).is_some() {
                    modname
                } else {
                    match modname.rfind('.') {
                        Some(i) => modname[..i].to_string(),
                        None => String::new(),
                    }
                }
            }
        };
    if package.is_empty() || package == "__main__" {
        let t = vm.types.import_error;
        return vm.err(t, "attempted relative import with no known parent package");
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                let t = vm.types.import_error;
                return vm.err(t, "attempted relative import beyond top-level package");
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{}.{}", base, name)
    })
}

/// The `IMPORT_NAME` operation.
pub fn import_name(
    vm: &mut Vm,
    name: Value,
    fromlist: Value,
    level: Value,
    globals: Gc,
) -> PyResult<Value> {
    // A replaced `builtins.__import__` sees every import statement.
    let key = vm.intern("__import__");
    if let Some(f) = dict_get_str(vm, vm.builtins, key) {
        let builtin = matches!(f, Value::Obj(g) if matches!(vm.heap.get(g), Obj::NativeFn(nf) if nf.name == "__import__"));
        if !builtin {
            return vm.call(
                f,
                &[name, Value::Obj(globals), Value::None, fromlist, level],
            );
        }
    }
    import_module_level(vm, name, fromlist, level, globals)
}

/// The builtin `__import__`: what an import statement does by default.
pub fn import_module_level(
    vm: &mut Vm,
    name: Value,
    fromlist: Value,
    level: Value,
    globals: Gc,
) -> PyResult<Value> {
    let n = vm.as_str(name).unwrap_or("").to_string();
    let level = match level {
        Value::Int(i) if i >= 0 => i as usize,
        Value::Int(_) => return vm.value_error("level must be >= 0"),
        _ => 0,
    };
    let abs = resolve_name(vm, &n, level, globals)?;
    let m = vm.import_module(&abs)?;
    let has_from =
        !fromlist.is_none() && !crate::objects::seq_ops::seq_items(vm, fromlist).is_empty();
    if !has_from {
        if level == 0 {
            // `import a.b` binds `a`.
            let top = abs.split('.').next().unwrap_or("").to_string();
            return vm.import_module(&top);
        }
        return Ok(m);
    }
    // `from pkg import sub`: import submodules named in the list.
    let pathk = vm.names.__path__;
    let is_pkg = m
        .as_gc()
        .and_then(|g| vm.module_dict(g))
        .map(|d| dict_get_str(vm, d, pathk).is_some())
        .unwrap_or(false);
    if is_pkg {
        vm.roots.push(m);
        for item in crate::objects::seq_ops::seq_items(vm, fromlist) {
            let Some(s) = vm.as_str(item).map(|s| s.to_string()) else {
                continue;
            };
            if s == "*" {
                continue;
            }
            let has = match m.as_gc().and_then(|g| vm.module_dict(g)) {
                Some(d) => dict_get_str(vm, d, item).is_some(),
                None => true,
            };
            if !has {
                match vm.import_module(&format!("{}.{}", abs, s)) {
                    Ok(_) => {}
                    Err(e) if vm.exc_matches(e, vm.types.module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(m)
}

/// The `IMPORT_FROM` operation.
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    match vm.try_get_attr(module, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if vm.exc_matches(e, vm.types.attribute_error) => {}
        Err(e) => return Err(e),
    }
    let n = vm.as_str(name).unwrap_or("?").to_string();
    let (mname, file) = match module.as_gc().and_then(|g| vm.module_dict(g)) {
        Some(d) => {
            let nk = vm.names.__name__;
            let fk = vm.names.__file__;
            let mn = dict_get_str(vm, d, nk)
                .and_then(|v| vm.as_str(v).map(|s| s.to_string()))
                .unwrap_or_default();
            let f = dict_get_str(vm, d, fk).and_then(|v| vm.as_str(v).map(|s| s.to_string()));
            (mn, f)
        }
        None => (vm.type_name(module), None),
    };
    // A submodule imported under the package's name.
    if let Ok(Some(sub)) = vm.modules_get(&format!("{}.{}", mname, n)) {
        return Ok(sub);
    }
    let t = vm.types.import_error;
    let loc = file.unwrap_or_else(|| "unknown location".into());
    vm.err(
        t,
        format!("cannot import name '{}' from '{}' ({})", n, mname, loc),
    )
}

/// `from module import *` into `dict`.
pub fn import_star(vm: &mut Vm, module: Value, dict: Gc) -> PyResult<()> {
    let Some(md) = module.as_gc().and_then(|g| vm.module_dict(g)) else {
        return vm.type_error("import * only allowed from modules");
    };
    let allk = vm.names.__all__;
    if let Some(all) = dict_get_str(vm, md, allk) {
        let names = vm.collect_iterable(all)?;
        for n in names {
            let v = vm.get_attr(module, n)?;
            dict_set(vm, dict, n, v)?;
        }
        return Ok(());
    }
    for (k, v) in crate::objects::dict::dict_pairs(vm, Value::Obj(md)) {
        if vm.as_str(k).is_some_and(|s| !s.starts_with('_')) {
            dict_set(vm, dict, k, v)?;
        }
    }
    Ok(())
}
