//! `b2a_base64` and `a2b_base64`, the latter decoding as CPython 3.11
//! does: characters outside the alphabet are skipped (refused in strict
//! mode), and padding ends the data once the group it closes is complete.

use upy_vm::native::Args;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{ascii_data, error, flag};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The 6-bit value of a base64 character.
fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `b2a_base64(data, /, *, newline=True)`.
pub fn b2a_base64(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = upy_vm::objects::bytes::buffer_bytes(vm, a.arg(0))?;
    let newline = flag(vm, a, 1)?;
    vm.check_alloc(data.len() / 3 * 4 + 5)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [0, 1, 2].map(|i| chunk.get(i).copied().unwrap_or(0));
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // A chunk of k bytes gives k + 1 characters, then padding.
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i) & 63) as usize]
            } else {
                b'='
            });
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// `a2b_base64(data, /, *, strict_mode=False)`.
pub fn a2b_base64(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = ascii_data(vm, a.arg(0))?;
    let strict = flag(vm, a, 1)?;
    match decode(&text, strict) {
        Ok(out) => vm.new_bytes(out),
        Err(msg) => error(vm, msg),
    }
}

/// Decode base64 text, or say why it is not valid.
fn decode(text: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && text.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    // Position in the current group of four, the bits carried to the next
    // byte, padding characters seen since the last data character.
    let (mut pos, mut carry, mut pads) = (0u8, 0u8, 0u8);
    let mut padding_seen = false;
    for (i, &c) in text.iter().enumerate() {
        if c == b'=' {
            padding_seen = true;
            // Padding completes a group only after two data characters;
            // elsewhere it is ignored.
            if pos >= 2 {
                pads += 1;
                if pos + pads >= 4 {
                    if strict && i + 1 < text.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = sextet(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_seen {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match pos {
            0 => carry = v,
            1 => {
                out.push(carry << 2 | v >> 4);
                carry = v & 0x0f;
            }
            2 => {
                out.push(carry << 4 | v >> 2);
                carry = v & 0x03;
            }
            _ => out.push(carry << 6 | v),
        }
        pos = (pos + 1) % 4;
    }
    match pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) \
             cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}
