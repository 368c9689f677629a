//! The `termios` module as MicroPython's unix port has it: `tcgetattr`,
//! `tcsetattr`, `setraw`, `TCSANOW` and the baud rates, on the standard
//! streams' terminals.

use std::os::fd::{AsFd, BorrowedFd};

use nix::sys::termios::{
    self, BaudRate, ControlFlags, InputFlags, LocalFlags, OutputFlags, SetArg,
    SpecialCharacterIndices, Termios,
};
use upy_vm::native::{Args, Native};
use upy_vm::obj::Obj;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// Run `op` on the terminal of descriptor `fd`: only the standard
/// streams' descriptors, since naming any other number would reach
/// descriptors the program does not own.
fn with_fd<R>(
    vm: &mut Vm,
    fd: Value,
    op: impl FnOnce(BorrowedFd) -> nix::Result<R>,
) -> PyResult<R> {
    let n = util::i64_arg(vm, fd)?;
    let (stdin, stdout, stderr) = (std::io::stdin(), std::io::stdout(), std::io::stderr());
    let bfd = match n {
        0 => stdin.as_fd(),
        1 => stdout.as_fd(),
        2 => stderr.as_fd(),
        _ => return vm.os_error(9, "Bad file descriptor"),
    };
    op(bfd).or_else(|e| vm.os_error(e as i32, e.desc()))
}

fn is_number_cc(i: usize) -> bool {
    i == SpecialCharacterIndices::VMIN as usize || i == SpecialCharacterIndices::VTIME as usize
}

fn t_tcgetattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = with_fd(vm, a.arg(0), |fd| termios::tcgetattr(fd))?;
    let mut cc = Vec::with_capacity(t.control_chars.len());
    for (i, &c) in t.control_chars.iter().enumerate() {
        // VMIN and VTIME are counts; the others characters, as bytes.
        let v = if is_number_cc(i) {
            Value::Int(c as i64)
        } else {
            vm.new_bytes(vec![c])?
        };
        vm.roots.push(v);
        cc.push(v);
    }
    let cc = vm.new_list(cc)?;
    vm.roots.push(cc);
    let items = vec![
        Value::Int(t.input_flags.bits() as i64),
        Value::Int(t.output_flags.bits() as i64),
        Value::Int(t.control_flags.bits() as i64),
        Value::Int(t.local_flags.bits() as i64),
        Value::Int(termios::cfgetispeed(&t) as i64),
        Value::Int(termios::cfgetospeed(&t) as i64),
        cc,
    ];
    vm.new_list(items)
}

/// A list's items, or TypeError.
fn list_items(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<Value>> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::List(l) => Ok(l.clone()),
            _ => vm.type_error(format!("{} must be a list", what)),
        },
        _ => vm.type_error(format!("{} must be a list", what)),
    }
}

fn flag_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let n = util::i64_arg(vm, v)?;
    match u32::try_from(n) {
        Ok(n) => Ok(n),
        Err(_) => vm.overflow_error("termios flag out of range"),
    }
}

fn baud_arg(vm: &mut Vm, v: Value) -> PyResult<BaudRate> {
    let n = flag_arg(vm, v)?;
    match BaudRate::try_from(n) {
        Ok(b) => Ok(b),
        Err(_) => vm.os_error(22, "Invalid argument"),
    }
}

fn t_tcsetattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let when = util::i64_arg(vm, a.arg(1))?;
    let when = match when {
        // As MicroPython: 0 stands for TCSANOW whatever the libc's value.
        0 => SetArg::TCSANOW,
        w if w == SetArg::TCSANOW as i64 => SetArg::TCSANOW,
        w if w == SetArg::TCSADRAIN as i64 => SetArg::TCSADRAIN,
        w if w == SetArg::TCSAFLUSH as i64 => SetArg::TCSAFLUSH,
        _ => return vm.os_error(22, "Invalid argument"),
    };
    let attrs = list_items(vm, a.arg(2), "tcsetattr: attributes")?;
    if attrs.len() != 7 {
        return vm.type_error("tcsetattr: attributes must be a list of 7 items");
    }
    let mut t: Termios = with_fd(vm, a.arg(0), |fd| termios::tcgetattr(fd))?;
    t.input_flags = InputFlags::from_bits_retain(flag_arg(vm, attrs[0])?);
    t.output_flags = OutputFlags::from_bits_retain(flag_arg(vm, attrs[1])?);
    t.control_flags = ControlFlags::from_bits_retain(flag_arg(vm, attrs[2])?);
    t.local_flags = LocalFlags::from_bits_retain(flag_arg(vm, attrs[3])?);
    let cc = list_items(vm, attrs[6], "tcsetattr: control characters")?;
    for (i, slot) in t.control_chars.iter_mut().enumerate() {
        let Some(&v) = cc.get(i) else { break };
        *slot = if is_number_cc(i) {
            flag_arg(vm, v)? as u8
        } else {
            let b =
                upy_vm::objects::bytes::buffer_bytes(vm, v).or_else(|_| match vm.as_str(v) {
                    Some(s) => Ok(s.as_bytes().to_vec()),
                    None => vm.type_error("control character must be bytes or str"),
                })?;
            b.first().copied().unwrap_or(0)
        };
    }
    let (ispeed, ospeed) = (baud_arg(vm, attrs[4])?, baud_arg(vm, attrs[5])?);
    termios::cfsetispeed(&mut t, ispeed).or_else(|e| vm.os_error(e as i32, e.desc()))?;
    termios::cfsetospeed(&mut t, ospeed).or_else(|e| vm.os_error(e as i32, e.desc()))?;
    with_fd(vm, a.arg(0), |fd| termios::tcsetattr(fd, when, &t))?;
    Ok(Value::None)
}

fn t_setraw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let fd = a.arg(0);
    let mut t = with_fd(vm, fd, |fd| termios::tcgetattr(fd))?;
    // MicroPython's raw mode: no input processing, 8-bit characters, no
    // output processing or echo, reads return each byte.
    t.input_flags &= !(InputFlags::BRKINT
        | InputFlags::ICRNL
        | InputFlags::INPCK
        | InputFlags::ISTRIP
        | InputFlags::IXON);
    t.output_flags = OutputFlags::empty();
    t.control_flags =
        (t.control_flags & !(ControlFlags::CSIZE | ControlFlags::PARENB)) | ControlFlags::CS8;
    t.local_flags = LocalFlags::empty();
    t.control_chars[SpecialCharacterIndices::VMIN as usize] = 1;
    t.control_chars[SpecialCharacterIndices::VTIME as usize] = 0;
    with_fd(vm, fd, |fd| termios::tcsetattr(fd, SetArg::TCSAFLUSH, &t))?;
    Ok(Value::None)
}

const FUNCTIONS: &[Native] = &[
    Native::new("tcgetattr(fd, /)", t_tcgetattr),
    Native::new("tcsetattr(fd, when, attributes, /)", t_tcsetattr),
    Native::new("setraw(fd, /)", t_setraw),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "termios", FUNCTIONS)?;
    vm.module_set(m, "TCSANOW", Value::Int(SetArg::TCSANOW as i64))?;
    for (name, b) in [
        ("B9600", BaudRate::B9600),
        ("B57600", BaudRate::B57600),
        ("B115200", BaudRate::B115200),
        ("B230400", BaudRate::B230400),
        ("B460800", BaudRate::B460800),
        ("B500000", BaudRate::B500000),
        ("B576000", BaudRate::B576000),
        ("B921600", BaudRate::B921600),
        ("B1000000", BaudRate::B1000000),
        ("B1152000", BaudRate::B1152000),
    ] {
        vm.module_set(m, name, Value::Int(b as i64))?;
    }
    Ok(m)
}
