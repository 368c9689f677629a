//! File objects: `io.FileIO` (binary) and `io.TextIOWrapper` (text) over
//! an open `FileHandle` of some filesystem.
//!
//! Files are unbuffered, as in MicroPython: a write reaches the
//! filesystem before it returns, so dropping a file object loses nothing.
//! Reading keeps a small read-ahead (`rbuf`) because lines and text
//! characters end where the data says; `tell`/`seek` account for it.
//! Text mode is UTF-8 with universal newlines on read ("\r\n" and "\r"
//! read as "\n"); a multi-byte character split across reads is kept whole.

use std::io::SeekFrom;

use upy_fs::{FileHandle, FsError};
use upy_vm::native::{Args, Native};
use upy_vm::obj::{NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use crate::vfs::os_error;

/// Bytes read from the filesystem at a time for read-ahead.
const CHUNK: usize = 4096;

pub struct FileObj {
    handle: Option<Box<dyn FileHandle>>,
    /// The native filesystem object the file is on (its block device
    /// serves the file's reads and writes); None on the host filesystem.
    fs: Value,
    pub name: Value,
    pub mode: String,
    pub text: bool,
    pub readable: bool,
    pub writable: bool,
    /// Bytes read from the file but not yet returned.
    rbuf: Vec<u8>,
    /// Text mode: a "\r" ended the last read, so a "\n" starting the next
    /// one belongs to it.
    skip_lf: bool,
    /// Text mode's `newline` argument: None translates "\r\n" and "\r"
    /// to "\n" on read; "" splits lines at any of them but keeps them;
    /// "\n", "\r" or "\r\n" end lines only there, and "\n" is written as
    /// the given one.
    pub newline: Option<String>,
    /// Text mode's `errors` argument (None: strict).
    errors: Option<String>,
    /// Whether the file is a host pipe, FIFO, terminal or socket (whose
    /// reads may wait), once looked at.
    stream: Option<bool>,
}

impl NativeObject for FileObj {
    fn type_name(&self) -> &'static str {
        if self.text {
            "TextIOWrapper"
        } else {
            "FileIO"
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.name);
        out.push(self.fs);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        128 + self.rbuf.capacity()
    }
}

/// What an `open()` mode string asks for.
#[derive(Clone, Debug)]
pub struct Mode {
    pub opts: upy_fs::OpenOptions,
    pub text: bool,
    pub readable: bool,
    pub writable: bool,
    /// The mode as `f.mode` shows it.
    pub shown: String,
    /// `open()`'s `newline` argument (text mode).
    pub newline: Option<String>,
    /// `open()`'s `errors` argument (text mode): how undecodable bytes
    /// read are handled.
    pub errors: Option<String>,
}

/// Parse a mode string with CPython's checks and messages.
pub fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let (mut r, mut w, mut a, mut x, mut plus, mut t, mut b) = (0, 0, 0, 0, 0, 0, 0);
    for c in mode.chars() {
        let slot = match c {
            'r' => &mut r,
            'w' => &mut w,
            'a' => &mut a,
            'x' => &mut x,
            '+' => &mut plus,
            't' => &mut t,
            'b' => &mut b,
            _ => return vm.value_error(format!("invalid mode: '{}'", mode)),
        };
        *slot += 1;
        if *slot > 1 {
            return vm.value_error(format!("invalid mode: '{}'", mode));
        }
    }
    if t > 0 && b > 0 {
        return vm.value_error("can't have text and binary mode at once");
    }
    if r + w + a + x == 0 {
        return vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    if r + w + a + x != 1 {
        return vm.value_error("must have exactly one of create/read/write/append mode");
    }
    let plus = plus > 0;
    let opts = upy_fs::OpenOptions {
        read: r > 0 || plus,
        write: w > 0 || a > 0 || x > 0 || plus,
        append: a > 0,
        create: w > 0 || a > 0 || x > 0,
        truncate: w > 0,
        create_new: x > 0,
    };
    let base = if r > 0 {
        "r"
    } else if w > 0 {
        "w"
    } else if a > 0 {
        "a"
    } else {
        "x"
    };
    // As CPython: text files show the mode given; binary files the mode
    // of the underlying file ('w+b' shows as 'rb+').
    let shown = if b > 0 {
        let base = match base {
            "w" if plus => "r",
            b => b,
        };
        format!("{}b{}", base, if plus { "+" } else { "" })
    } else {
        mode.to_string()
    };
    Ok(Mode {
        opts,
        text: b == 0,
        readable: opts.read,
        writable: opts.write,
        shown,
        newline: None,
        errors: None,
    })
}

/// A Python file object over `handle`, a file of native filesystem
/// object `fs` (None for the host filesystem).
pub fn new_file(
    vm: &mut Vm,
    mut handle: Box<dyn FileHandle>,
    fs: Value,
    name: Value,
    mode: &Mode,
) -> PyResult<Value> {
    if mode.opts.append {
        // Append modes start at the end (reads too, as in CPython).
        let r = crate::vfs::device::with_device(vm, fs, |d| handle.seek(d, SeekFrom::End(0)))?;
        if let Err(e) = r {
            return Err(fs_err(vm, e));
        }
    }
    let t = if mode.text {
        file_type(vm, true)?
    } else {
        file_type(vm, false)?
    };
    let obj = vm.alloc_val(Obj::Native(
        t,
        Box::new(FileObj {
            handle: Some(handle),
            fs,
            name,
            mode: mode.shown.clone(),
            text: mode.text,
            readable: mode.readable,
            writable: mode.writable,
            rbuf: Vec::new(),
            skip_lf: false,
            newline: mode.newline.clone(),
            errors: mode.errors.clone(),
            stream: None,
        }),
    ))?;
    if !fs.is_none() {
        // A file on a block device is flushed by close (littlefs keeps
        // writes pending until then): closed when collected or at exit.
        vm.track_finalizer(t, obj);
    }
    Ok(obj)
}

fn file_of(vm: &mut Vm, v: Value) -> Option<&mut FileObj> {
    util::native_mut::<FileObj>(vm, v)
}

/// Run `op` on the file's handle with its filesystem's block device (the
/// handle is taken out of the object meanwhile). None when the file is
/// closed.
fn with_handle<R>(
    vm: &mut Vm,
    s: Value,
    op: impl FnOnce(&mut dyn FileHandle, &mut dyn upy_fs::block::BlockDevice) -> upy_fs::FsResult<R>,
) -> PyResult<Option<R>> {
    let Some(f) = file_of(vm, s) else {
        return Ok(None);
    };
    let fs = f.fs;
    let Some(mut h) = f.handle.take() else {
        return Ok(None);
    };
    let r = crate::vfs::device::with_device(vm, fs, |d| op(h.as_mut(), d));
    if let Some(f) = file_of(vm, s) {
        f.handle = Some(h);
    }
    match r? {
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(fs_err(vm, e)),
    }
}

/// The file object `v`, or TypeError (methods check `self` with `this`
/// first, so the error is for misuse from Rust only).
fn file_mut(vm: &mut Vm, v: Value) -> PyResult<&mut FileObj> {
    if util::native::<FileObj>(vm, v).is_none() {
        let t = vm.type_name(v);
        return vm.type_error(format!("expected a file object, not '{}'", t));
    }
    // Checked just above.
    Ok(util::native_mut::<FileObj>(vm, v).expect("checked to be a file object"))
}

/// `self` (its type checked by the declaration), which must be open.
fn open_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    match file_of(vm, s) {
        Some(f) if f.handle.is_none() => vm.value_error("I/O operation on closed file."),
        _ => Ok(s),
    }
}

fn unsupported(vm: &mut Vm, what: &str) -> Value {
    let t = super::unsupported_operation(vm);
    let msg = match vm.new_str(what) {
        Ok(m) => m,
        Err(e) => return e,
    };
    match vm.call(Value::Obj(t), &[msg]) {
        Ok(v) | Err(v) => v,
    }
}

// CPython's messages: text files say "not readable", binary ones name
// the operation.
fn check_readable(vm: &mut Vm, s: Value) -> PyResult<()> {
    if let Some(f) = file_of(vm, s).filter(|f| !f.readable) {
        let msg = if f.text { "not readable" } else { "read" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, s: Value) -> PyResult<()> {
    if let Some(f) = file_of(vm, s).filter(|f| !f.writable) {
        let msg = if f.text { "not writable" } else { "write" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

fn fs_err(vm: &mut Vm, e: FsError) -> Value {
    os_error(vm, e, None)
}

/// Whether the file is a host pipe, FIFO, terminal or socket, whose
/// reads may wait for data.
fn is_stream(vm: &mut Vm, s: Value) -> bool {
    let Some(f) = file_of(vm, s) else {
        return false;
    };
    if let Some(known) = f.stream {
        return known;
    }
    let stream = f
        .handle
        .as_ref()
        .and_then(|h| h.as_fd())
        .is_some_and(upy_vm::stdio::may_block);
    f.stream = Some(stream);
    stream
}

/// Read a chunk of the file: None when it is closed. A pipe, FIFO,
/// terminal or socket is read with one read(2) once data has arrived, so
/// Ctrl-C ends the wait; other files through their handle.
fn read_chunk(vm: &mut Vm, s: Value, buf: &mut [u8]) -> PyResult<Option<usize>> {
    if is_stream(vm, s) {
        // The handle is out of the file object while it is read (as in
        // `with_handle`), so the descriptor is borrowed from it, not from
        // the heap; waiting runs no Python code that could miss it.
        let Some(h) = file_of(vm, s).and_then(|f| f.handle.take()) else {
            return Ok(None);
        };
        let r = match h.as_fd() {
            Some(fd) => upy_vm::stdio::read_fd(vm, fd, buf).map(Some),
            None => Ok(None),
        };
        if let Some(f) = file_of(vm, s) {
            f.handle = Some(h);
        }
        return r;
    }
    with_handle(vm, s, |h, d| h.read(d, buf))
}

/// Make the read-ahead hold at least `want` bytes, or everything left.
/// Returns false at the end of the file.
fn fill(vm: &mut Vm, s: Value, want: usize) -> PyResult<bool> {
    loop {
        let (n0, has_handle) = match file_of(vm, s) {
            Some(f) => (f.rbuf.len(), f.handle.is_some()),
            None => return Ok(false),
        };
        if n0 >= want || !has_handle {
            return Ok(true);
        }
        // Grow by bounded steps: `want` may be far more than the file
        // holds (read(2**40) of a small file).
        let ask = (want - n0).clamp(CHUNK, CHUNK * 16);
        vm.check_alloc(n0 + ask)?;
        let mut chunk = vec![0u8; ask];
        let Some(k) = read_chunk(vm, s, &mut chunk)? else {
            return Ok(true);
        };
        let Some(f) = file_of(vm, s) else {
            return Ok(false);
        };
        f.rbuf.extend_from_slice(&chunk[..k]);
        if k == 0 {
            return Ok(!f.rbuf.is_empty());
        }
    }
}

/// Add one chunk of what has arrived to the read-ahead; false at the end.
fn read_more(vm: &mut Vm, s: Value) -> PyResult<bool> {
    let held = file_of(vm, s).map_or(0, |f| f.rbuf.len());
    vm.check_alloc(held + CHUNK)?;
    let mut chunk = vec![0u8; CHUNK];
    let Some(k) = read_chunk(vm, s, &mut chunk)? else {
        return Ok(false);
    };
    if let Some(f) = file_of(vm, s) {
        f.rbuf.extend_from_slice(&chunk[..k]);
    }
    Ok(k > 0)
}

/// Read everything left (read-ahead first).
fn read_all(vm: &mut Vm, s: Value) -> PyResult<Vec<u8>> {
    let Some(f) = file_of(vm, s) else {
        return Ok(Vec::new());
    };
    let mut out = std::mem::take(&mut f.rbuf);
    let mut chunk = vec![0u8; CHUNK * 16];
    loop {
        match read_chunk(vm, s, &mut chunk)? {
            None | Some(0) => break,
            Some(k) => {
                // The data becomes a Python object: it must fit the heap.
                vm.check_alloc(out.len() + k)?;
                out.extend_from_slice(&chunk[..k]);
            }
        }
    }
    Ok(out)
}

/// Decode UTF-8 read from a text file, with universal newlines.
fn decode_text(vm: &mut Vm, s: Value, bytes: &[u8]) -> PyResult<String> {
    let fixed;
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            let errors = file_of(vm, s).and_then(|f| f.errors.clone());
            let errors = errors.as_deref().unwrap_or("strict");
            fixed = upy_vm::objects::bytes::decode_bytes(vm, bytes, "utf-8", errors)?;
            fixed.as_str()
        }
    };
    let f = file_of(vm, s);
    if f.as_ref().is_some_and(|f| f.newline.is_some()) {
        return Ok(text.to_string());
    }
    let mut skip = f.as_ref().is_some_and(|f| f.skip_lf);
    let mut out = String::with_capacity(text.len());
    let mut ended_cr = false;
    for c in text.chars() {
        if skip {
            skip = false;
            if c == '\n' {
                continue;
            }
        }
        ended_cr = false;
        if c == '\r' {
            out.push('\n');
            skip = true;
            ended_cr = true;
        } else {
            out.push(c);
        }
    }
    if let Some(f) = file_of(vm, s) {
        f.skip_lf = ended_cr;
    }
    Ok(out)
}

/// Length of the longest prefix of `b` that is complete UTF-8.
fn complete_utf8(b: &[u8]) -> usize {
    match std::str::from_utf8(b) {
        Ok(_) => b.len(),
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(_) => b.len(),
    }
}

fn f_read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_readable(vm, s)?;
    let n = match a.get(0) {
        None | Some(Value::None) => -1,
        Some(v) => util::i64_arg(vm, v)?,
    };
    let text = file_of(vm, s).is_some_and(|f| f.text);
    if n < -1 && !text {
        // As CPython's buffered binary files.
        return vm.value_error("read length must be non-negative or -1");
    }
    if n < 0 {
        let bytes = read_all(vm, s)?;
        if text {
            let t = decode_text(vm, s, &bytes)?;
            return vm.new_string(t);
        }
        return vm.new_bytes(bytes);
    }
    let n = n as usize;
    if !text {
        fill(vm, s, n)?;
        let f = file_mut(vm, s)?;
        let k = n.min(f.rbuf.len());
        let out: Vec<u8> = f.rbuf.drain(..k).collect();
        return vm.new_bytes(out);
    }
    // Text: n characters. Read ahead until n complete characters (and a
    // possible "\n" after a final "\r") are buffered.
    let mut want = n;
    loop {
        let more = fill(vm, s, want)?;
        let f = file_mut(vm, s)?;
        let avail = complete_utf8(&f.rbuf);
        let prefix = std::str::from_utf8(&f.rbuf[..avail]).unwrap_or("");
        let mut count = 0;
        let mut end = None;
        let translate = f.newline.is_none();
        let mut prev_cr = f.skip_lf;
        for (i, c) in prefix.char_indices() {
            if translate && prev_cr && c == '\n' {
                prev_cr = false;
                continue;
            }
            prev_cr = c == '\r';
            if count == n {
                end = Some(i);
                break;
            }
            count += 1;
        }
        let at_eof = !more || f.rbuf.len() < want;
        if end.is_none() && count == n && at_eof {
            // Exactly n characters, then an incomplete one at the end of
            // the file: return the n; the next read reports the rest.
            end = Some(avail);
        }
        if end.is_some() || at_eof {
            // At the end of the file an incomplete character is decoded
            // (and reported) rather than kept forever.
            let cut = end.unwrap_or(if at_eof { f.rbuf.len() } else { avail });
            let bytes: Vec<u8> = f.rbuf.drain(..cut).collect();
            let t = decode_text(vm, s, &bytes)?;
            return vm.new_string(t);
        }
        want = f.rbuf.len() + CHUNK;
    }
}

/// One line (with its terminator), at most `limit` bytes or characters.
fn read_line(vm: &mut Vm, s: Value, limit: Option<usize>) -> PyResult<Value> {
    let text = file_of(vm, s).is_some_and(|f| f.text);
    // A pipe, FIFO or terminal is read as data arrives, so a line is
    // returned once it is there (what is buffered is looked at first).
    let stream = is_stream(vm, s);
    let mut first = true;
    let mut want = CHUNK;
    loop {
        let more = if !stream {
            fill(vm, s, want)?
        } else if first && file_of(vm, s).is_some_and(|f| !f.rbuf.is_empty()) {
            true
        } else {
            read_more(vm, s)?
        };
        first = false;
        let f = file_mut(vm, s)?;
        // The "\n" of a "\r\n" whose "\r" ended the previous read.
        if text && f.skip_lf && f.rbuf.first() == Some(&b'\n') {
            f.rbuf.remove(0);
            f.skip_lf = false;
        }
        let hay = &f.rbuf;
        let end = match f.newline.as_deref() {
            _ if !text => hay.iter().position(|&c| c == b'\n').map(|i| i + 1),
            None | Some("") => hay.iter().position(|&c| c == b'\n' || c == b'\r').map(|i| {
                if hay[i] == b'\r' && hay.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                }
            }),
            Some("\r") => hay.iter().position(|&c| c == b'\r').map(|i| i + 1),
            Some("\r\n") => hay.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
            Some(_) => hay.iter().position(|&c| c == b'\n').map(|i| i + 1),
        };
        let universal = f.newline.as_deref().is_none_or(|n| n.is_empty());
        // A "\r" at the end of the buffer may be followed by "\n".
        let end = match end {
            Some(e) if text && universal && e == hay.len() && hay[e - 1] == b'\r' && more => None,
            e => e,
        };
        let limit_bytes = limit.map(|l| if text { char_bytes(hay, l) } else { l });
        let cut = match (end, limit_bytes) {
            (Some(e), Some(l)) => Some(e.min(l)),
            (Some(e), None) => Some(e),
            (None, Some(l)) if hay.len() >= l => Some(l),
            (None, _) if !more || (!stream && hay.len() < want) => Some(hay.len()),
            _ => None,
        };
        if let Some(c) = cut {
            let bytes: Vec<u8> = f.rbuf.drain(..c).collect();
            if text {
                let t = decode_text(vm, s, &bytes)?;
                return vm.new_string(t);
            }
            return vm.new_bytes(bytes);
        }
        want = f.rbuf.len() + CHUNK;
    }
}

/// Bytes taken by the first `n` characters of UTF-8 `b`.
fn char_bytes(b: &[u8], n: usize) -> usize {
    let mut count = 0;
    for (i, &c) in b.iter().enumerate() {
        if c & 0xC0 != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    b.len()
}

fn limit_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = util::i64_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn f_readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_readable(vm, s)?;
    let limit = limit_arg(vm, a.get(0))?;
    read_line(vm, s, limit)
}

fn is_empty(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Str(s) => s.s.is_empty(),
            Obj::Bytes(b) => b.is_empty(),
            _ => true,
        },
        _ => true,
    }
}

fn f_readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_readable(vm, s)?;
    let hint = limit_arg(vm, a.get(0))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = read_line(vm, s, None)?;
        if is_empty(vm, l) {
            break;
        }
        vm.roots.push(l);
        total += vm.len_of(l)?;
        lines.push(l);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(lines)
}

fn f_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_readable(vm, s)?;
    let l = read_line(vm, s, None)?;
    if is_empty(vm, l) {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    Ok(l)
}

fn f_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open_self(vm, a)
}

/// Drop the read-ahead, moving the file position back over it, before a
/// write or a seek.
fn unread(vm: &mut Vm, s: Value) -> PyResult<()> {
    let Some(f) = file_of(vm, s) else {
        return Ok(());
    };
    f.skip_lf = false;
    if f.rbuf.is_empty() {
        return Ok(());
    }
    let back = f.rbuf.len() as i64;
    f.rbuf.clear();
    with_handle(vm, s, |h, d| h.seek(d, SeekFrom::Current(-back)))?;
    Ok(())
}

/// The part of a buffer MicroPython's `write(buf, len)` / `write(buf,
/// off, len)` writes: `(offset, length)` clamped to the buffer.
pub fn write_ext_range(vm: &mut Vm, extra: &[Value], total: usize) -> PyResult<(usize, usize)> {
    let nums: Vec<i64> = extra
        .iter()
        .map(|v| util::i64_arg(vm, *v))
        .collect::<PyResult<_>>()?;
    let (off, len) = match nums.as_slice() {
        [len] => (0, *len),
        [off, len] => (*off, *len),
        _ => (0, total as i64),
    };
    let off = (off.max(0) as usize).min(total);
    let len = (len.max(0) as usize).min(total - off);
    Ok((off, len))
}

fn f_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    // Binary files also take MicroPython's write(buf, len) and
    // write(buf, off, len).
    let ext: Vec<Value> = [a.get(1), a.get(2)].into_iter().flatten().collect();
    write_value(vm, s, a.arg(0), &ext)
}

/// Write `v` (str or a buffer) to file `s`; `ext` is MicroPython's
/// `[off,] len`.
fn write_value(vm: &mut Vm, s: Value, v: Value, ext: &[Value]) -> PyResult<Value> {
    let text = file_of(vm, s).is_some_and(|f| f.text);
    check_writable(vm, s)?;
    let newline = file_of(vm, s).and_then(|f| f.newline.clone());
    let (data, count) = if text {
        match vm.as_str(v) {
            Some(t) => {
                let n = t.chars().count();
                match newline.as_deref() {
                    Some(nl @ ("\r" | "\r\n")) => (t.replace('\n', nl).into_bytes(), n),
                    _ => (t.as_bytes().to_vec(), n),
                }
            }
            None => {
                let t = if v.is_none() {
                    "None".to_string()
                } else {
                    vm.type_name(v)
                };
                return vm.type_error(format!("write() argument must be str, not {}", t));
            }
        }
    } else {
        let mut b = upy_vm::objects::bytes::buffer_bytes(vm, v)?;
        if !ext.is_empty() {
            let (off, len) = write_ext_range(vm, ext, b.len())?;
            b = b[off..off + len].to_vec();
        }
        let n = b.len();
        (b, n)
    };
    unread(vm, s)?;
    with_handle(vm, s, |h, d| h.write(d, &data))?;
    Ok(Value::Int(count as i64))
}

fn f_writelines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_writable(vm, s)?;
    let it = vm.get_iter(a.arg(0))?;
    vm.roots.push(it);
    while let Some(line) = vm.next(it)? {
        vm.roots.push(line);
        write_value(vm, s, line, &[])?;
    }
    Ok(Value::None)
}

fn f_readinto(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_readable(vm, s)?;
    let Some(cap) = upy_vm::objects::memoryview::writable_len(vm, a.arg(0)) else {
        let t = vm.type_name(a.arg(0));
        return vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            t
        ));
    };
    let n = match a.get(1) {
        None | Some(Value::None) => cap,
        Some(v) => {
            let k = util::i64_arg(vm, v)?;
            if k < 0 {
                cap
            } else {
                (k as usize).min(cap)
            }
        }
    };
    fill(vm, s, n)?;
    let f = file_mut(vm, s)?;
    let k = n.min(f.rbuf.len());
    let data: Vec<u8> = f.rbuf.drain(..k).collect();
    upy_vm::objects::memoryview::write_buffer(vm, a.arg(0), 0, &data)?;
    Ok(Value::Int(k as i64))
}

fn f_seek(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    let off = util::i64_arg(vm, a.arg(0))?;
    let whence = match a.get(1) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    let text = file_of(vm, s).is_some_and(|f| f.text);
    if !text && !(0..=2).contains(&whence) {
        return vm.value_error(format!("whence value {} unsupported", whence));
    }
    let pos = match whence {
        0 => {
            if off < 0 {
                if !text {
                    return Err(fs_err(vm, FsError::EINVAL));
                }
                return vm.value_error(format!("negative seek position {}", off));
            }
            SeekFrom::Start(off as u64)
        }
        1 | 2 if text && off != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(
                vm,
                &format!("can't do nonzero {}-relative seeks", what),
            ));
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)),
    };
    unread(vm, s)?;
    let p = with_handle(vm, s, |h, d| h.seek(d, pos))?.unwrap_or(0);
    Ok(Value::Int(p as i64))
}

fn f_tell(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    let buffered = file_mut(vm, s)?.rbuf.len() as i64;
    let p = with_handle(vm, s, |h, d| h.seek(d, SeekFrom::Current(0)))?.unwrap_or(0);
    Ok(Value::Int(p as i64 - buffered))
}

fn f_truncate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    check_writable(vm, s)?;
    unread(vm, s)?;
    let size = match a.get(0) {
        None | Some(Value::None) => None,
        Some(v) => Some(util::i64_arg(vm, v)?),
    };
    if size.is_some_and(|n| n < 0) {
        return vm.value_error(format!("negative size value {}", size.unwrap_or(0)));
    }
    let r = with_handle(vm, s, |h, d| {
        let size = match size {
            Some(n) => n as u64,
            None => h.seek(d, SeekFrom::Current(0))?,
        };
        h.truncate(d, size)?;
        Ok(size)
    })?;
    match r {
        Some(size) => Ok(Value::Int(size as i64)),
        None => Ok(Value::None),
    }
}

fn f_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    file_mut(vm, s)?;
    with_handle(vm, s, |h, d| h.flush(d))?;
    Ok(Value::None)
}

/// Close (idempotent).
pub fn close_file(vm: &mut Vm, s: Value) -> PyResult<()> {
    let Some(f) = file_of(vm, s) else {
        return Ok(());
    };
    f.rbuf = Vec::new();
    // Flushed first (a filesystem's pending size and time reach its
    // directory), then the handle is dropped, which closes the file.
    let r = with_handle(vm, s, |h, d| h.flush(d));
    if let Some(f) = file_of(vm, s) {
        f.handle = None;
    }
    r?;
    Ok(())
}

fn f_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    close_file(vm, a.this())?;
    Ok(Value::None)
}

/// The finaliser: close, ignoring errors (nobody could handle them; as
/// CPython's and MicroPython's file finalisers).
fn f_del(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let _ = close_file(vm, a.this());
    Ok(Value::None)
}

fn f_enter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open_self(vm, a)
}

fn f_exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    close_file(vm, a.this())?;
    Ok(Value::None)
}

fn flag(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    let f = file_mut(vm, s)?;
    Ok(Value::Bool(match name {
        "readable" => f.readable,
        "writable" => f.writable,
        _ => true,
    }))
}

fn f_readable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    flag(vm, a, "readable")
}

fn f_writable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    flag(vm, a, "writable")
}

fn f_seekable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    flag(vm, a, "seekable")
}

fn f_isatty(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    open_self(vm, a)?;
    Ok(Value::Bool(false))
}

fn f_fileno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = open_self(vm, a)?;
    let fd = file_of(vm, s).and_then(|f| f.handle.as_ref().and_then(|h| h.fileno()));
    match fd {
        Some(fd) => Ok(Value::Int(fd as i64)),
        None => Err(unsupported(vm, "fileno")),
    }
}

fn f_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let Some((name, mode, text)) = file_of(vm, s).map(|f| (f.name, f.mode.clone(), f.text)) else {
        return vm.type_error("not a file");
    };
    let r = vm.repr_of(name)?;
    let r = vm.as_str(r).unwrap_or("").to_string();
    if text {
        vm.new_string(format!(
            "<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>",
            r, mode
        ))
    } else {
        vm.new_string(format!(
            "<_io.FileIO name={} mode='{}' closefd=True>",
            r, mode
        ))
    }
}

fn g_closed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    Ok(Value::Bool(
        file_of(vm, s).is_none_or(|f| f.handle.is_none()),
    ))
}

fn g_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    Ok(file_of(vm, s).map(|f| f.name).unwrap_or(Value::None))
}

fn g_mode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let m = file_of(vm, s).map(|f| f.mode.clone()).unwrap_or_default();
    vm.new_str(&m)
}

fn g_encoding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    if file_of(vm, s).is_some_and(|f| f.text) {
        vm.new_str("UTF-8")
    } else {
        Ok(Value::None)
    }
}

fn no_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = match a.this() {
        Value::Obj(g) if vm.is_type(a.this()) => vm.type_obj(g).name.clone(),
        _ => "file".to_string(),
    };
    vm.type_error(format!("cannot create 'io.{}' instances", n))
}

const METHODS: &[Native] = &[
    Native::new("FileIO(cls, *args, **kwargs)", no_new).at("__new__"),
    Native::new("read(self, size=-1, /)", f_read),
    Native::new("readline(self, size=-1, /)", f_readline),
    Native::new("readlines(self, hint=-1, /)", f_readlines),
    Native::new("writelines(self, lines, /)", f_writelines),
    Native::new("seek(self, pos, whence=0, /)", f_seek),
    Native::new("tell(self, /)", f_tell),
    Native::new("truncate(self, size=None, /)", f_truncate),
    Native::new("flush(self, /)", f_flush),
    Native::new("close(self, /)", f_close),
    // As CPython's IOBase: a file collected while open is closed.
    Native::slot("__del__(self, /)", f_del),
    Native::new("readable(self, /)", f_readable),
    Native::new("writable(self, /)", f_writable),
    Native::new("seekable(self, /)", f_seekable),
    Native::new("isatty(self, /)", f_isatty),
    Native::new("fileno(self, /)", f_fileno),
    Native::new("__enter__(self, /)", f_enter),
    Native::new("__exit__(self, *args)", f_exit),
    Native::slot("__iter__(self, /)", f_iter),
    Native::slot("__next__(self, /)", f_next),
    Native::slot("__repr__(self, /)", f_repr),
];

/// Binary files also take MicroPython's `write(buf, len)` and
/// `write(buf, off, len)`, and `readinto`.
const BINARY_METHODS: &[Native] = &[
    Native::new("write(self, b, off=..., len=..., /)", f_write),
    Native::new("readinto(self, buffer, size=..., /)", f_readinto),
];

const TEXT_METHODS: &[Native] = &[Native::new("write(self, text, /)", f_write)];

const GETTERS: &[Native] = &[
    Native::new("closed(self, /)", g_closed),
    Native::new("name(self, /)", g_name),
    Native::new("mode(self, /)", g_mode),
    Native::new("encoding(self, /)", g_encoding),
];

/// `io.TextIOWrapper` (text) or `io.FileIO` (binary).
pub fn file_type(vm: &mut Vm, text: bool) -> PyResult<Gc> {
    let key = if text {
        "io.TextIOWrapper"
    } else {
        "io.FileIO"
    };
    if let Some(&t) = vm.native_types.get(key) {
        return Ok(t);
    }
    let name = if text { "TextIOWrapper" } else { "FileIO" };
    let base = super::iobase_type(vm)?;
    let t = util::declared_type(
        vm,
        name,
        "_io",
        Some(base),
        upy_vm::obj::BaseKind::Other,
        &[],
    )?;
    upy_vm::types::add_natives(vm, t, METHODS)?;
    let own = if text { TEXT_METHODS } else { BINARY_METHODS };
    upy_vm::types::add_natives(vm, t, own)?;
    upy_vm::types::add_getters(vm, t, GETTERS)?;
    vm.native_types.insert(key, t);
    Ok(t)
}
