//! The standard streams behind `sys.stdin`, `sys.stdout` and `sys.stderr`:
//! text streams over file descriptors 0-2 with a `.buffer` for bytes.
//!
//! Also the process's blocking waits, so that Ctrl-C ends each of them at
//! once: the host's SIGINT handler sets `Vm::interrupt` and then writes a
//! byte to a socket whose other end is given here (`set_interrupt_wake`);
//! every wait (`sleep`, reading standard input or a file, writing standard
//! output) polls that socket with what it waits for, so no signal can slip
//! in between checking the flag and blocking. Standard input is read into
//! one process-wide buffer that every reader (`input()`, `sys.stdin`, the
//! REPL) takes from, so bytes read ahead by one are never lost to another.

use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::sync::atomic::Ordering;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use nix::errno::Errno;
use nix::poll::{ppoll, PollFd, PollFlags};
use nix::sys::time::TimeSpec;

use crate::native::{Args, Native};
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A standard stream; `binary` for the `.buffer` objects.
pub struct StdStream {
    pub fd: u8,
    pub binary: bool,
}

impl NativeObject for StdStream {
    fn type_name(&self) -> &'static str {
        if self.binary {
            "FileIO"
        } else {
            "TextIOWrapper"
        }
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn stream(vm: &mut Vm, v: Value) -> PyResult<(u8, bool)> {
    if let Value::Obj(g) = v {
        if let Obj::Native(_, n) = vm.heap.get(g) {
            if let Some(s) = n.as_any().downcast_ref::<StdStream>() {
                return Ok((s.fd, s.binary));
            }
        }
    }
    vm.type_error("expected a standard stream")
}

fn s_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, binary) = stream(vm, a.this())?;
    let (bytes, count) = if binary {
        let b = crate::objects::bytes::buffer_bytes(vm, a.arg(0))?;
        let n = b.len();
        (b, n)
    } else {
        match vm.as_str(a.arg(0)) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                let t = vm.type_name(a.arg(0));
                return vm.type_error(format!("write() argument must be str, not {}", t));
            }
        }
    };
    match fd {
        1 => crate::builtins::write_stdout_bytes(vm, &bytes)?,
        2 => vm.write_stderr_bytes(&bytes),
        _ => return vm.os_error(9, "Bad file descriptor"),
    }
    Ok(Value::Int(count as i64))
}

fn s_flush(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    flush_stdout_reporting(vm)?;
    let _ = std::io::stderr().flush();
    Ok(Value::None)
}

/// The read end of the socket the SIGINT handler writes to.
static WAKE: OnceLock<UnixStream> = OnceLock::new();

/// Make Ctrl-C end blocking waits at once: `rx` becomes readable whenever
/// the host's SIGINT handler has set `Vm::interrupt` (it must set the
/// flag before writing). Without it a wait notices Ctrl-C only when it
/// ends by itself.
pub fn set_interrupt_wake(rx: UnixStream) -> std::io::Result<()> {
    rx.set_nonblocking(true)?;
    let _ = WAKE.set(rx);
    Ok(())
}

fn interrupt_pending(vm: &Vm) -> bool {
    vm.interrupt
        .as_ref()
        .is_some_and(|f| f.load(Ordering::Relaxed))
}

/// Raise KeyboardInterrupt for a pending Ctrl-C, clearing it (as a safe
/// point does); Ok when none is pending.
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    let taken = vm
        .interrupt
        .as_ref()
        .is_some_and(|f| f.swap(false, Ordering::Relaxed));
    if taken {
        let t = vm.types.keyboard_interrupt;
        return Err(vm
            .new_exc_obj(t, Value::None)
            .unwrap_or_else(|_| vm.out_of_memory()));
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Woke {
    /// The descriptor is ready (or in error: the read or write that
    /// follows reports it).
    Ready,
    /// A Ctrl-C is pending (left set for the caller to raise or keep).
    Interrupted,
    TimedOut,
}

/// Discard the bytes the signal handler wrote: the flag says whether an
/// interrupt is still pending.
fn drain_wake(w: &UnixStream) {
    let mut buf = [0u8; 64];
    while let Ok(n) = std::io::Read::read(&mut &*w, &mut buf) {
        if n == 0 {
            break;
        }
    }
}

/// Wait until `fd` is ready for `events`, `deadline` passes, or a Ctrl-C
/// is pending. A ready descriptor wins over a pending Ctrl-C, so data
/// already there is not lost to it.
fn wait(vm: &Vm, fd: Option<BorrowedFd>, events: PollFlags, deadline: Option<Instant>) -> Woke {
    let wake = WAKE.get();
    loop {
        let pending = interrupt_pending(vm);
        let timeout = if pending {
            Some(Duration::ZERO)
        } else {
            match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Woke::TimedOut;
                    }
                    Some(d - now)
                }
                None => None,
            }
        };
        let mut fds = Vec::with_capacity(2);
        if let Some(fd) = fd {
            fds.push(PollFd::new(fd, events));
        }
        if let Some(w) = wake {
            fds.push(PollFd::new(w.as_fd(), PollFlags::POLLIN));
        }
        if fds.is_empty() {
            // Nothing can wake us early: a plain sleep.
            if let Some(t) = timeout {
                std::thread::sleep(t);
            }
            return if pending {
                Woke::Interrupted
            } else if deadline.is_some() {
                Woke::TimedOut
            } else {
                Woke::Ready
            };
        }
        match ppoll(&mut fds, timeout.map(TimeSpec::from_duration), None) {
            Ok(_) | Err(Errno::EINTR) => {}
            // Only a bad argument fails poll: let the I/O report it.
            Err(_) => return Woke::Ready,
        }
        let ready = |p: &PollFd| p.revents().is_some_and(|r| !r.is_empty());
        let fd_ready = fd.is_some() && ready(&fds[0]);
        let woken = wake.is_some() && fds.last().is_some_and(ready);
        drop(fds);
        if woken {
            if let Some(w) = wake {
                drain_wake(w);
            }
        }
        if fd_ready {
            return Woke::Ready;
        }
        if pending || interrupt_pending(vm) {
            return Woke::Interrupted;
        }
    }
}

/// Sleep for `d`; Ctrl-C ends it with KeyboardInterrupt.
pub fn sleep(vm: &mut Vm, d: Duration) -> PyResult<()> {
    let now = Instant::now();
    // A sleep too long to represent is, in practice, forever.
    let deadline = now
        .checked_add(d)
        .or_else(|| now.checked_add(Duration::from_secs(1 << 40)));
    match wait(vm, None, PollFlags::empty(), deadline) {
        Woke::Interrupted => check_interrupt(vm),
        _ => Ok(()),
    }
}

/// Wait until `fd` has data to read (or is at its end); Ctrl-C raises
/// KeyboardInterrupt. For files, pipes and terminals a read may block on.
pub fn wait_readable(vm: &mut Vm, fd: BorrowedFd) -> PyResult<()> {
    match wait(vm, Some(fd), PollFlags::POLLIN, None) {
        Woke::Interrupted => check_interrupt(vm),
        _ => Ok(()),
    }
}

/// Whether reading `fd` may wait for data: a pipe, FIFO, terminal or
/// socket rather than a regular file or block device.
pub fn may_block(fd: BorrowedFd) -> bool {
    use nix::sys::stat::{fstat, SFlag};
    match fstat(fd) {
        Ok(st) => {
            let kind = SFlag::from_bits_truncate(st.st_mode) & SFlag::S_IFMT;
            kind != SFlag::S_IFREG && kind != SFlag::S_IFBLK && kind != SFlag::S_IFDIR
        }
        Err(_) => false,
    }
}

/// One read(2) of `fd` once it has data (so what has arrived is returned
/// without waiting for more); Ctrl-C while waiting raises
/// KeyboardInterrupt. 0 at the end.
pub fn read_fd(vm: &mut Vm, fd: BorrowedFd, buf: &mut [u8]) -> PyResult<usize> {
    loop {
        wait_readable(vm, fd)?;
        match nix::unistd::read(fd, buf) {
            Ok(n) => return Ok(n),
            Err(Errno::EINTR | Errno::EAGAIN) => {}
            Err(e) => {
                let errno = e as i32;
                return vm.os_error(errno, e.desc());
            }
        }
    }
}

/// Standard input read but not yet taken by a reader.
struct Pending {
    data: Vec<u8>,
    pos: usize,
}

static STDIN: Mutex<Pending> = Mutex::new(Pending {
    data: Vec::new(),
    pos: 0,
});

fn pending() -> MutexGuard<'static, Pending> {
    // A panic while holding it leaves consistent data: use it anyway.
    STDIN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Read what standard input has next into the pending buffer; false at
/// its end. An error reading (no stdin, a terminal hung up) is the end
/// too, as for CPython's `input()`.
fn fill_stdin(vm: &mut Vm) -> PyResult<bool> {
    if vm.discard_io {
        return Ok(false);
    }
    let stdin = std::io::stdin();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        wait_readable(vm, stdin.as_fd())?;
        match nix::unistd::read(stdin.as_fd(), &mut buf) {
            Ok(0) => return Ok(false),
            Ok(n) => {
                let mut p = pending();
                if p.pos == p.data.len() {
                    p.data.clear();
                    p.pos = 0;
                }
                p.data.extend_from_slice(&buf[..n]);
                return Ok(true);
            }
            // A non-blocking stdin that another reader emptied: wait again.
            Err(Errno::EINTR | Errno::EAGAIN) => {}
            Err(_) => return Ok(false),
        }
    }
}

/// How many of the bytes `b` make the items asked for: up to `limit`
/// items (bytes, or UTF-8 characters when `chars`), ending after a
/// newline when `line`. None when more bytes must be read to tell
/// (unless `eof`: then whatever there is).
fn scan(b: &[u8], chars: bool, limit: Option<usize>, line: bool, eof: bool) -> Option<usize> {
    let mut i = 0;
    let mut count = 0;
    loop {
        if limit.is_some_and(|l| count >= l) {
            return Some(i);
        }
        let Some(&c) = b.get(i) else {
            return eof.then_some(i);
        };
        let mut width = 1;
        if chars {
            // The continuation bytes its leading byte announces, as far
            // as they are there.
            let more = match c {
                0xc0..=0xdf => 1,
                0xe0..=0xef => 2,
                0xf0..=0xf7 => 3,
                _ => 0,
            };
            while width <= more {
                match b.get(i + width) {
                    Some(0x80..=0xbf) => width += 1,
                    Some(_) => break,
                    None if eof => break,
                    None => return None,
                }
            }
        }
        i += width;
        count += 1;
        if line && c == b'\n' {
            return Some(i);
        }
    }
}

/// Take from standard input up to `limit` items (bytes, or characters
/// when `chars`; None: to the end), stopping after a newline when
/// `line`. Empty at the end of input. KeyboardInterrupt while waiting
/// takes nothing.
pub fn read_stdin(vm: &mut Vm, chars: bool, limit: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    let mut eof = false;
    loop {
        {
            let mut p = pending();
            let pos = p.pos;
            if let Some(n) = scan(&p.data[pos..], chars, limit, line, eof) {
                let out = p.data[pos..pos + n].to_vec();
                p.pos += n;
                if p.pos == p.data.len() {
                    p.data.clear();
                    p.pos = 0;
                }
                return Ok(out);
            }
        }
        if !fill_stdin(vm)? {
            eof = true;
        }
    }
}

/// One byte of standard input; None at its end.
pub fn read_stdin_byte(vm: &mut Vm) -> PyResult<Option<u8>> {
    Ok(read_stdin(vm, false, Some(1), false)?.first().copied())
}

/// A line of standard input for `input()`: without its newline ("\n" or
/// "\r\n"), undecodable bytes replaced; None at the end of input.
pub fn input_line(vm: &mut Vm) -> PyResult<Option<String>> {
    let mut line = read_stdin(vm, false, None, true)?;
    if line.is_empty() {
        return Ok(None);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

/// Why standard output could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    Os(Errno),
    /// Ctrl-C while waiting for the reader to make room (the output is
    /// dropped).
    Interrupted,
}

/// Write the VM's buffered standard output; what could not be written
/// stays buffered, unless Ctrl-C came while the reader was not taking
/// any: then it is dropped, or every later flush (the one at exit too)
/// would wait for that reader again. A closed stdout takes anything (as
/// CPython's `None` stdout does).
pub fn write_stdout_buf(vm: &mut Vm) -> Result<(), WriteError> {
    if vm.discard_io {
        vm.stdout_buf.clear();
        return Ok(());
    }
    let out = std::io::stdout();
    let fd = out.as_fd();
    let mut done = 0;
    let r = loop {
        if done >= vm.stdout_buf.len() {
            break Ok(());
        }
        if wait(vm, Some(fd), PollFlags::POLLOUT, None) == Woke::Interrupted {
            break Err(WriteError::Interrupted);
        }
        match nix::unistd::write(fd, &vm.stdout_buf[done..]) {
            Ok(0) => break Err(WriteError::Os(Errno::EIO)),
            Ok(n) => done += n,
            Err(Errno::EINTR | Errno::EAGAIN) => {}
            Err(Errno::EBADF) => {
                done = vm.stdout_buf.len();
            }
            Err(e) => break Err(WriteError::Os(e)),
        }
    };
    if r == Err(WriteError::Interrupted) {
        done = vm.stdout_buf.len();
    }
    vm.stdout_buf.drain(..done);
    r
}

/// The OSError (of the subclass its errno picks, as `OSError(errno,
/// strerror)` does) for a failed write.
pub fn os_error_value(vm: &mut Vm, e: Errno) -> Value {
    let t = vm.types.os_error;
    let msg = match vm.new_str(e.desc()) {
        Ok(m) => m,
        Err(exc) => return exc,
    };
    vm.roots.push(msg);
    match vm.call(Value::Obj(t), &[Value::Int(e as i64), msg]) {
        Ok(v) | Err(v) => v,
    }
}

/// What stays of output that `flush()` could not write: as with
/// CPython's buffered stdout, a buffer's worth is kept to try again (so
/// the flush at exit reports a lasting error too), the rest is dropped.
const KEPT_OUTPUT: usize = 8192;

/// Flush standard output for `flush()` (and `print(flush=True)`): a
/// failure raises OSError (BrokenPipeError for a closed pipe) and keeps
/// the output; Ctrl-C while waiting for room raises KeyboardInterrupt.
pub fn flush_stdout_reporting(vm: &mut Vm) -> PyResult<()> {
    flush_raising(vm, KEPT_OUTPUT)
}

/// Flush standard output for a write that filled the buffer (or any
/// write at the prompt): as `flush_stdout_reporting`, but the output that
/// failed is dropped, as CPython's buffered stdout drops it there.
pub fn flush_stdout_for_write(vm: &mut Vm) -> PyResult<()> {
    flush_raising(vm, 0)
}

fn flush_raising(vm: &mut Vm, keep: usize) -> PyResult<()> {
    match write_stdout_buf(vm) {
        Ok(()) => Ok(()),
        Err(WriteError::Interrupted) => check_interrupt(vm),
        Err(WriteError::Os(e)) => {
            vm.stdout_buf.truncate(keep);
            Err(os_error_value(vm, e))
        }
    }
}

/// Flush standard output on the way to something else (stderr output,
/// reading input, sleeping): a failure keeps the output buffered, so the
/// next reporting flush (or the one at exit) reports it.
pub fn flush_stdout_quietly(vm: &mut Vm) {
    let _ = write_stdout_buf(vm);
}

/// The last flush of standard output at exit. On failure returns what
/// CPython prints when its own final flush fails; the output is dropped.
pub fn flush_stdout_at_exit(vm: &mut Vm) -> Option<String> {
    let r = write_stdout_buf(vm);
    vm.stdout_buf.clear();
    let what = match r {
        Ok(()) => return None,
        Err(WriteError::Interrupted) => {
            let _ = check_interrupt(vm);
            "KeyboardInterrupt".to_string()
        }
        Err(WriteError::Os(e)) => {
            let v = os_error_value(vm, e);
            vm.roots.push(v);
            let name = vm.type_name(v).to_string();
            let msg = crate::objects::exception::exc_str_of(vm, v).unwrap_or_default();
            format!("{}: {}", name, msg)
        }
    };
    Some(format!(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}\n",
        what
    ))
}

/// Bytes or text (undecodable bytes replaced) as the stream's kind.
fn items_value(vm: &mut Vm, binary: bool, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        vm.new_bytes(data)
    } else {
        vm.new_string(String::from_utf8_lossy(&data).into_owned())
    }
}

/// The standard input stream of `self`, for a read method.
fn input_stream(vm: &mut Vm, s: Value) -> PyResult<bool> {
    let (fd, binary) = stream(vm, s)?;
    if fd != 0 {
        let t = vm.types.os_error;
        return vm.err(t, "not readable");
    }
    vm.flush_stdout();
    Ok(binary)
}

/// A size argument: None or negative means no limit.
fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(Value::None) | None => Ok(None),
        Some(v) => {
            let n = crate::objects::int::to_i64(vm, *v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn s_readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let binary = input_stream(vm, a.this())?;
    let limit = limit_arg(vm, a.get(0).as_ref())?;
    let line = read_stdin(vm, !binary, limit, true)?;
    items_value(vm, binary, line)
}

fn s_readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let binary = input_stream(vm, a.this())?;
    let hint = limit_arg(vm, a.get(0).as_ref())?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_stdin(vm, !binary, None, true)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        let v = items_value(vm, binary, line)?;
        vm.roots.push(v);
        lines.push(v);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(lines)
}

fn s_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    stream(vm, a.this())?;
    Ok(a.this())
}

fn s_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let binary = input_stream(vm, a.this())?;
    let line = read_stdin(vm, !binary, None, true)?;
    if line.is_empty() {
        let t = vm.types.stop_iteration;
        return Err(vm.new_exc_args(t, vec![]));
    }
    items_value(vm, binary, line)
}

fn s_read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let binary = input_stream(vm, a.this())?;
    let limit = limit_arg(vm, a.get(0).as_ref())?;
    let data = read_stdin(vm, !binary, limit, false)?;
    items_value(vm, binary, data)
}

fn s_readable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, _) = stream(vm, a.this())?;
    Ok(Value::Bool(fd == 0))
}

fn s_writable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, _) = stream(vm, a.this())?;
    Ok(Value::Bool(fd != 0))
}

fn s_isatty(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let (fd, _) = stream(vm, a.this())?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn g_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, _) = stream(vm, a.this())?;
    vm.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize % 3])
}

fn g_mode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, binary) = stream(vm, a.this())?;
    let m = match (fd, binary) {
        (0, false) => "r",
        (0, true) => "rb",
        (_, false) => "w",
        (_, true) => "wb",
    };
    vm.new_str(m)
}

fn g_closed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    stream(vm, a.this())?;
    Ok(Value::Bool(false))
}

fn g_encoding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    stream(vm, a.this())?;
    vm.new_str("utf-8")
}

fn s_fileno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (fd, _) = stream(vm, a.this())?;
    Ok(Value::Int(fd as i64))
}

const METHODS: &[Native] = &[
    Native::new("write(self, s, /)", s_write),
    Native::new("flush(self, /)", s_flush),
    Native::new("readline(self, size=-1, /)", s_readline),
    Native::new("read(self, size=-1, /)", s_read),
    Native::new("readlines(self, hint=-1, /)", s_readlines),
    Native::slot("__iter__(self, /)", s_iter),
    Native::slot("__next__(self, /)", s_next),
    Native::new("readable(self, /)", s_readable),
    Native::new("writable(self, /)", s_writable),
    Native::new("isatty(self, /)", s_isatty),
    Native::new("fileno(self, /)", s_fileno),
];

const GETTERS: &[Native] = &[
    Native::new("name(self, /)", g_name),
    Native::new("mode(self, /)", g_mode),
    Native::new("closed(self, /)", g_closed),
    Native::new("encoding(self, /)", g_encoding),
];

/// Create the stream type and the three streams; returns them.
pub fn init(vm: &mut Vm) -> PyResult<[Value; 3]> {
    let ob = vm.types.object;
    let text_t = crate::types::new_builtin_type(vm, "TextIOWrapper", Some(ob), BaseKind::Other)?;
    let bin_t = crate::types::new_builtin_type(vm, "FileIO", Some(ob), BaseKind::Other)?;
    for t in [text_t, bin_t] {
        crate::types::add_natives(vm, t, METHODS)?;
        crate::types::add_getters(vm, t, GETTERS)?;
    }
    vm.native_types.insert("TextIOWrapper", text_t);
    vm.native_types.insert("FileIO", bin_t);
    let mut out = [Value::None; 3];
    for fd in 0..3u8 {
        let s = vm.alloc(Obj::Native(
            text_t,
            Box::new(StdStream { fd, binary: false }),
        ))?;
        vm.heap.make_permanent(s);
        let b = vm.alloc(Obj::Native(bin_t, Box::new(StdStream { fd, binary: true })))?;
        vm.heap.make_permanent(b);
        let d = Value::Obj(vm.new_dict()?);
        let _ = d;
        set_buffer(vm, s, b)?;
        out[fd as usize] = Value::Obj(s);
    }
    Ok(out)
}

/// Streams have a `buffer` attribute; we keep it in a side table.
fn set_buffer(vm: &mut Vm, text: Gc, bin: Gc) -> PyResult<()> {
    vm.stream_buffers.push((text, bin));
    Ok(())
}
