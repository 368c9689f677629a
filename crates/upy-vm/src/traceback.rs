//! Printing uncaught exceptions in MicroPython's traceback format.

use crate::obj::*;
use crate::value::Value;
use crate::vm::Vm;

/// The full traceback text of an exception, ending with a newline.
pub fn format_exception(vm: &mut Vm, exc: Value) -> String {
    let mut out = String::new();
    let entries: Vec<(String, u32, String)> = match exc {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Exception(e) => e
                .traceback
                .iter()
                .rev()
                .map(|(c, l)| (c.co.filename.to_string(), *l, c.co.name.clone()))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    out.push_str("Traceback (most recent call last):\n");
    for (file, line, name) in entries {
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            file, line, name
        ));
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
    out
}

/// `TypeError: message` (or just the class name when the message is empty).
pub fn exception_line(vm: &mut Vm, exc: Value) -> String {
    let t = vm.type_of(exc);
    let name = vm.type_obj(t).name.clone();
    let msg = match vm.str_of(exc) {
        Ok(s) => vm.as_str(s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".into(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}
