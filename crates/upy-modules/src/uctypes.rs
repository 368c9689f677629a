//! MicroPython's `uctypes`: C-like structures laid over memory buffers.
//!
//! A descriptor is a dict mapping field names to an offset combined with
//! type flags (scalars, bitfields), or to a tuple for an aggregate (nested
//! struct, array, pointer); `uctypes.struct(addr, desc, layout)` reads and
//! writes the fields at `addr`.
//!
//! upy has no raw memory, so an address is not a pointer. `addressof(buf)`
//! registers the buffer object (bytearray, bytes, array, memoryview) in a
//! per-VM registry, which keeps it alive, and returns a synthetic address:
//! `BASE + (index << REGION_BITS) + offset`. Every read and write goes
//! back through the registry and is checked against the buffer's current
//! length; an address outside every registered buffer raises ValueError.
//! Pointers stored in memory (`PTR`) are such addresses too. Bytes are
//! read-only: writing through them raises TypeError. Arrays of UINT8 and
//! `bytearray_at` give a memoryview sharing the memory (MicroPython gives
//! a bytearray that does, which upy's bytearrays cannot).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::objects::dict::{dict_gc, dict_get_str, dict_pairs};
use upy_vm::objects::memoryview::MemView;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, native};

const LITTLE_ENDIAN: i64 = 0;
const BIG_ENDIAN: i64 = 1;
const NATIVE: i64 = 2;

// Scalar types (4 bits at bit 27 of a field's value).
const UINT8: i64 = 0;
const INT64: i64 = 7;
const BFUINT8: i64 = 8;
const BFINT32: i64 = 13;
const FLOAT32: i64 = 14;
const FLOAT64: i64 = 15;

// Aggregate types (2 bits at bit 29 of an aggregate's offset).
const STRUCT: i64 = 0;
const PTR: i64 = 1;
const ARRAY: i64 = 2;

const OFFSET_BITS: i64 = 17;
const LEN_BITS: i64 = OFFSET_BITS + 5;

/// A flag value as MicroPython encodes it: `x` in the top `nbits` of a
/// 31-bit signed integer.
const fn flag(x: i64, nbits: u32) -> i64 {
    (((x as i32) << (32 - nbits)) >> 1) as i64
}

fn val_type(x: i64) -> i64 {
    (x >> 27) & 15
}

fn agg_type(x: i64) -> i64 {
    (x >> 29) & 3
}

fn val_offset(x: i64) -> i64 {
    x & 0x07ff_ffff
}

fn agg_offset(x: i64) -> i64 {
    x & 0x1fff_ffff
}

fn scalar_size(t: i64) -> usize {
    if t == FLOAT32 {
        4
    } else {
        1 << ((t & 7) >> 1)
    }
}

/// Synthetic addresses: region `k` (the `k`th registered buffer) starts
/// at `BASE + (k << REGION_BITS)`.
const BASE: u64 = 0x1000_0000_0000;
const REGION_BITS: u32 = 32;

/// The buffers `addressof` has given addresses to, kept alive.
struct Registry {
    bufs: Vec<Value>,
}

impl NativeObject for Registry {
    fn type_name(&self) -> &'static str {
        "uctypes_registry"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.bufs.iter().copied());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        64 + self.bufs.capacity() * 16
    }
}

fn registry(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&g) = vm.native_types.get("uctypes._registry") {
        return Ok(g);
    }
    let t = vm.types.object;
    let v = vm.alloc_val(Obj::Native(t, Box::new(Registry { bufs: Vec::new() })))?;
    // `alloc_val` of an `Obj` always gives `Value::Obj`.
    let Value::Obj(g) = v else {
        unreachable!("alloc_val gives an object")
    };
    vm.heap.make_permanent(g);
    vm.native_types.insert("uctypes._registry", g);
    Ok(g)
}

fn registry_ref(vm: &mut Vm) -> PyResult<&mut Registry> {
    let g = registry(vm)?;
    // The handle is the permanent Registry object made above, nothing else.
    match vm.heap.get_mut(g) {
        Obj::Native(_, n) => Ok(n.as_any_mut().downcast_mut::<Registry>().expect("registry")),
        _ => unreachable!("registry is native"),
    }
}

/// The object holding the bytes of buffer `v` and the offset of its first
/// byte there, or None when `v` is not a buffer.
fn buffer_base(vm: &mut Vm, v: Value) -> PyResult<Option<(Value, usize)>> {
    let v = vm.unwrap_base(v);
    if let Some(m) = native::<MemView>(vm, v) {
        if m.released {
            return vm.value_error("operation forbidden on released memoryview object");
        }
        if m.step != 1 && m.len > 1 {
            return vm.value_error("uctypes: memoryview is not contiguous");
        }
        let (obj, start) = (m.obj, m.start);
        return Ok(buffer_base(vm, obj)?.map(|(o, s)| (o, s + start)));
    }
    let Value::Obj(g) = v else { return Ok(None) };
    let ok = match vm.heap.get(g) {
        Obj::Bytes(_) | Obj::ByteArray(_) => true,
        Obj::Native(_, n) => n.buffer().is_some(),
        _ => false,
    };
    Ok(ok.then_some((v, 0)))
}

/// The current bytes of a registered buffer object.
fn storage(vm: &Vm, obj: Value) -> &[u8] {
    match obj {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => b,
            Obj::ByteArray(b) => b,
            Obj::Native(_, n) => n.buffer().unwrap_or(&[]),
            _ => &[],
        },
        _ => &[],
    }
}

fn bad_address<T>(vm: &mut Vm, addr: u64) -> PyResult<T> {
    vm.value_error(format!(
        "uctypes: address 0x{:x} is not in a buffer given by addressof()",
        addr
    ))
}

/// The buffer object and offset an address designates.
fn resolve(vm: &mut Vm, addr: u64) -> PyResult<(Value, usize)> {
    if addr >= BASE {
        let k = ((addr - BASE) >> REGION_BITS) as usize;
        let off = (addr & ((1u64 << REGION_BITS) - 1)) as usize;
        if let Some(&obj) = registry_ref(vm)?.bufs.get(k) {
            return Ok((obj, off));
        }
    }
    bad_address(vm, addr)
}

/// Check that `addr` is inside (or just past the end of) a live buffer
/// (for pointers, whose target is checked when dereferenced).
fn check_address(vm: &mut Vm, addr: u64) -> PyResult<()> {
    let (obj, off) = resolve(vm, addr)?;
    if off > storage(vm, obj).len() {
        return bad_address(vm, addr);
    }
    Ok(())
}

fn out_of_bounds<T>(vm: &mut Vm, addr: u64, n: usize) -> PyResult<T> {
    vm.value_error(format!(
        "uctypes: access of {} bytes at 0x{:x} is outside its buffer",
        n, addr
    ))
}

/// `n` bytes at `addr`.
fn read(vm: &mut Vm, addr: u64, n: usize) -> PyResult<Vec<u8>> {
    let (obj, off) = resolve(vm, addr)?;
    match storage(vm, obj).get(off..off.saturating_add(n)) {
        Some(b) => Ok(b.to_vec()),
        None => out_of_bounds(vm, addr, n),
    }
}

/// Write `data` at `addr`.
fn write(vm: &mut Vm, addr: u64, data: &[u8]) -> PyResult<()> {
    let (obj, off) = resolve(vm, addr)?;
    let Value::Obj(g) = obj else {
        return bad_address(vm, addr);
    };
    let buf: Option<&mut [u8]> = match vm.heap.get_mut(g) {
        Obj::ByteArray(b) => Some(b),
        Obj::Native(_, n) => n.buffer_mut(),
        _ => None,
    };
    let Some(buf) = buf else {
        return vm.type_error("cannot modify read-only memory");
    };
    match buf.get_mut(off..off.saturating_add(data.len())) {
        Some(dst) => {
            dst.copy_from_slice(data);
            Ok(())
        }
        None => out_of_bounds(vm, addr, data.len()),
    }
}

fn syntax_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.type_error("syntax error in uctypes descriptor")
}

/// A small int of a descriptor (MicroPython's small ints only).
fn small(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        _ => None,
    }
}

fn tuple_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match vm.unwrap_base(v) {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

fn small_item(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match small(v) {
        Some(i) => Ok(i),
        None => syntax_error(vm),
    }
}

/// Size of an aggregate descriptor (a tuple).
fn agg_size(vm: &mut Vm, t: &[Value], layout: i64, max: &mut usize) -> PyResult<usize> {
    if t.len() < 2 {
        return syntax_error(vm);
    }
    let first = small_item(vm, t[0])?;
    match agg_type(first) {
        STRUCT => {
            if t.len() != 2 {
                return syntax_error(vm);
            }
            desc_size(vm, t[1], layout, max)
        }
        PTR => {
            if t.len() != 2 {
                return syntax_error(vm);
            }
            *max = (*max).max(8);
            Ok(8)
        }
        ARRAY => {
            let n = small_item(vm, t[1])?;
            let vt = val_type(n);
            let count = val_offset(n) as usize;
            let item = match t.len() {
                2 => {
                    let s = scalar_size(vt);
                    *max = (*max).max(s);
                    s
                }
                3 => desc_size(vm, t[2], layout, max)?,
                _ => return syntax_error(vm),
            };
            Ok(item * count)
        }
        _ => syntax_error(vm),
    }
}

/// Size of any descriptor: a dict, or an aggregate tuple.
fn desc_size(vm: &mut Vm, desc: Value, layout: i64, max: &mut usize) -> PyResult<usize> {
    if dict_gc(vm, desc).is_none() {
        if let Some(t) = tuple_items(vm, desc) {
            return agg_size(vm, &t, layout, max);
        }
        if small(desc).is_some() {
            return vm.type_error("can't unambiguously get sizeof scalar");
        }
        return syntax_error(vm);
    }
    let mut total = 0usize;
    for (_, v) in dict_pairs(vm, vm.unwrap_base(desc)) {
        if let Some(x) = small(v) {
            let vt = val_type(x);
            let mut off = val_offset(x);
            if (BFUINT8..=BFINT32).contains(&vt) {
                off &= (1 << OFFSET_BITS) - 1;
            }
            let s = scalar_size(vt);
            *max = (*max).max(s);
            total = total.max(off as usize + s);
        } else {
            let Some(t) = tuple_items(vm, v) else {
                return syntax_error(vm);
            };
            let first = small_item(vm, t[0])?;
            let off = agg_offset(first) as usize;
            let s = agg_size(vm, &t, layout, max)?;
            total = total.max(off + s);
        }
    }
    if layout == NATIVE && *max > 0 {
        total = total.div_ceil(*max) * *max;
    }
    Ok(total)
}

/// A structure (or array, or pointer) laid over memory.
struct UStruct {
    desc: Value,
    addr: u64,
    layout: i64,
}

impl NativeObject for UStruct {
    fn type_name(&self) -> &'static str {
        "struct"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.desc);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn struct_type(vm: &mut Vm) -> PyResult<Gc> {
    match vm.native_types.get("uctypes.struct") {
        Some(&t) => Ok(t),
        None => vm.type_error("uctypes is not initialised"),
    }
}

fn new_struct(vm: &mut Vm, desc: Value, addr: u64, layout: i64) -> PyResult<Value> {
    let t = struct_type(vm)?;
    vm.alloc_val(Obj::Native(t, Box::new(UStruct { desc, addr, layout })))
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<(Value, u64, i64)> {
    // `util::this` made sure `s` holds a UStruct.
    let s = util::this::<UStruct>(vm, a)?;
    let u = native::<UStruct>(vm, s).expect("checked struct");
    Ok((u.desc, u.addr, u.layout))
}

fn addr_arg(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if !util::is_int(vm, v) {
        let t = vm.type_name(v);
        return vm.type_error(format!("can't convert {} to int", t));
    }
    let b = util::int_arg(vm, v)?;
    Ok(truncate(&b))
}

/// The low 64 bits of an int, as two's complement.
fn truncate(b: &BigInt) -> u64 {
    let bytes = b.to_signed_bytes_le();
    let fill = if b.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = [fill; 8];
    for (d, s) in out.iter_mut().zip(bytes) {
        *d = s;
    }
    u64::from_le_bytes(out)
}

fn s_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.class_arg(Some(a.this()), "struct")?;
    let addr = addr_arg(vm, a.arg(0))?;
    let layout = match a.get(2) {
        Some(v) => util::i64_arg(vm, v)?,
        None => NATIVE,
    };
    // Checked at each access: MicroPython's tests take `sizeof` of
    // structures at address 0.
    new_struct(vm, a.arg(1), addr, layout)
}

fn s_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (desc, addr, _) = this(vm, a)?;
    let name = if dict_gc(vm, desc).is_some() {
        "STRUCT"
    } else if let Some(t) = tuple_items(vm, desc) {
        match t.first().and_then(|v| small(*v)).map(agg_type) {
            Some(PTR) => "PTR",
            Some(ARRAY) => "ARRAY",
            _ => "unk",
        }
    } else {
        "ERROR"
    };
    vm.new_str(&format!("<struct {} {:x}>", name, addr))
}

/// Read a scalar of type `t` at `addr`.
fn get_scalar(vm: &mut Vm, t: i64, addr: u64, big: bool) -> PyResult<Value> {
    let n = scalar_size(t);
    // `read` gives exactly `n` bytes (or raises), 4 for FLOAT32 and 8 for
    // FLOAT64, so the conversions below cannot fail.
    let mut b = read(vm, addr, n)?;
    if big {
        b.reverse();
    }
    if t == FLOAT32 {
        let x = f32::from_le_bytes(b[..4].try_into().expect("4 bytes"));
        return Ok(Value::Float(x as f64));
    }
    if t == FLOAT64 {
        return Ok(Value::Float(f64::from_le_bytes(
            b[..8].try_into().expect("8 bytes"),
        )));
    }
    let mut raw = [0u8; 8];
    raw[..n].copy_from_slice(&b);
    let u = u64::from_le_bytes(raw);
    let signed = t & 1 == 1;
    if signed {
        let shift = 64 - 8 * n as u32;
        Ok(Value::Int(((u << shift) as i64) >> shift))
    } else if u <= i64::MAX as u64 {
        Ok(Value::Int(u as i64))
    } else {
        vm.new_bigint(BigInt::from(u))
    }
}

/// Write `v` as a scalar of type `t` at `addr`.
fn set_scalar(vm: &mut Vm, t: i64, addr: u64, big: bool, v: Value) -> PyResult<()> {
    let mut b = if t == FLOAT32 {
        (util::float_arg(vm, v)? as f32).to_le_bytes().to_vec()
    } else if t == FLOAT64 {
        util::float_arg(vm, v)?.to_le_bytes().to_vec()
    } else {
        let i = int_value(vm, v)?;
        i.to_le_bytes()[..scalar_size(t)].to_vec()
    };
    if big {
        b.reverse();
    }
    write(vm, addr, &b)
}

fn int_value(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if !util::is_int(vm, v) {
        let t = vm.type_name(v);
        return vm.type_error(format!("can't convert {} to int", t));
    }
    let b = util::int_arg(vm, v)?;
    Ok(truncate(&b))
}

fn field(vm: &mut Vm, a: &Args, set: Option<Value>) -> PyResult<Value> {
    let (desc, addr, layout) = this(vm, a)?;
    let Some(d) = dict_gc(vm, desc) else {
        return vm.type_error("struct: no fields");
    };
    let name = a.arg(0);
    let Some(deref) = dict_get_str(vm, d, name) else {
        return vm.key_error(name);
    };
    let big = layout == BIG_ENDIAN;
    if let Some(x) = small(deref) {
        let vt = val_type(x);
        let off = val_offset(x);
        if vt <= INT64 || vt == FLOAT32 || vt == FLOAT64 {
            let at = addr.wrapping_add(off as u64);
            return match set {
                None => get_scalar(vm, vt, at, big),
                Some(v) => set_scalar(vm, vt, at, big, v).map(|_| Value::None),
            };
        }
        // A bitfield.
        let pos = (off >> OFFSET_BITS) & 31;
        let len = (off >> LEN_BITS) & 31;
        let at = addr.wrapping_add((off & ((1 << OFFSET_BITS) - 1)) as u64);
        let container = vt & 6;
        // A bitfield's container is UINT8/16/32, which reads as a small int.
        let Value::Int(cur) = get_scalar(vm, container, at, big)? else {
            unreachable!("at most 32 bits")
        };
        let cur = cur as u64;
        let mask = (1u64 << len) - 1;
        return match set {
            None => Ok(Value::Int(((cur >> pos) & mask) as i64)),
            Some(v) => {
                let nv = (int_value(vm, v)? & mask) << pos;
                let new = (cur & !(mask << pos)) | nv;
                set_scalar(vm, container, at, big, Value::Int(new as i64))?;
                Ok(Value::None)
            }
        };
    }
    let Some(sub) = tuple_items(vm, deref) else {
        return syntax_error(vm);
    };
    if set.is_some() || sub.is_empty() {
        // Aggregates cannot be assigned to.
        return syntax_error(vm);
    }
    let first = small_item(vm, sub[0])?;
    let at = addr.wrapping_add(agg_offset(first) as u64);
    match agg_type(first) {
        STRUCT => {
            let inner = sub.get(1).copied().unwrap_or(Value::None);
            new_struct(vm, inner, at, layout)
        }
        ARRAY if sub.len() == 2 && small(sub[1]).map(val_type) == Some(UINT8) => {
            let mut max = 0;
            let n = agg_size(vm, &sub, layout, &mut max)?;
            memory_view(vm, at, n)
        }
        _ => new_struct(vm, deref, at, layout),
    }
}

fn s_getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    field(vm, a, None)
}

fn s_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    field(vm, a, Some(a.arg(1)))
}

/// The address a pointer at `addr` holds (a native 64-bit word).
fn load_ptr(vm: &mut Vm, addr: u64) -> PyResult<u64> {
    // `read` gives exactly the 8 bytes asked for, or raises.
    let b = read(vm, addr, 8)?;
    Ok(u64::from_le_bytes(b[..8].try_into().expect("8 bytes")))
}

fn subscr(vm: &mut Vm, a: &Args, set: Option<Value>) -> PyResult<Value> {
    let (desc, addr, layout) = this(vm, a)?;
    let Some(t) = tuple_items(vm, desc) else {
        return vm.type_error("struct: can't index");
    };
    let index = match small(a.arg(0)) {
        Some(i) => i,
        None => util::i64_arg(vm, a.arg(0))?,
    };
    let first = match t.first().copied().and_then(small) {
        Some(x) => x,
        None => return syntax_error(vm),
    };
    let big = layout == BIG_ENDIAN;
    match agg_type(first) {
        ARRAY => {
            let n = small_item(vm, t.get(1).copied().unwrap_or(Value::None))?;
            let vt = val_type(n);
            let count = val_offset(n);
            if index >= count || index < 0 {
                return vm.index_error("struct: index out of range");
            }
            if t.len() == 2 {
                let at = addr.wrapping_add(scalar_size(vt) as u64 * index as u64);
                match set {
                    None => get_scalar(vm, vt, at, big),
                    Some(v) => set_scalar(vm, vt, at, big, v).map(|_| Value::None),
                }
            } else if set.is_none() {
                let mut max = 0;
                let size = desc_size(vm, t[2], layout, &mut max)?;
                new_struct(
                    vm,
                    t[2],
                    addr.wrapping_add(size as u64 * index as u64),
                    layout,
                )
            } else {
                let tn = vm.type_name(a.this());
                vm.type_error(format!("'{}' object doesn't support item assignment", tn))
            }
        }
        PTR => {
            let p = load_ptr(vm, addr)?;
            let target = t.get(1).copied().unwrap_or(Value::None);
            if let Some(x) = small(target) {
                let vt = val_type(x);
                let at = p.wrapping_add((scalar_size(vt) as i64).wrapping_mul(index) as u64);
                match set {
                    None => get_scalar(vm, vt, at, false),
                    Some(v) => set_scalar(vm, vt, at, false, v).map(|_| Value::None),
                }
            } else if set.is_none() {
                let mut max = 0;
                let size = desc_size(vm, target, layout, &mut max)?;
                let at = p.wrapping_add((size as i64).wrapping_mul(index) as u64);
                check_address(vm, at)?;
                new_struct(vm, target, at, layout)
            } else {
                let tn = vm.type_name(a.this());
                vm.type_error(format!("'{}' object doesn't support item assignment", tn))
            }
        }
        _ => vm.type_error("struct: can't index"),
    }
}

fn s_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    subscr(vm, a, None)
}

fn s_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    subscr(vm, a, Some(a.arg(1)))
}

fn s_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (desc, addr, _) = this(vm, a)?;
    if let Some(t) = tuple_items(vm, desc) {
        if t.first().copied().and_then(small).map(agg_type) == Some(PTR) {
            let p = load_ptr(vm, addr)?;
            return vm.new_bigint(BigInt::from(p));
        }
    }
    let tn = vm.type_name(a.this());
    vm.type_error(format!("can't convert {} to int", tn))
}

fn u_sizeof(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = a.arg(0);
    if let Value::Obj(g) = vm.unwrap_base(obj) {
        if let Obj::ByteArray(b) = vm.heap.get(g) {
            return Ok(Value::Int(b.len() as i64));
        }
    }
    // What upy gives for arrays of UINT8, which MicroPython makes bytearrays.
    if let Some(m) = native::<MemView>(vm, obj) {
        return Ok(Value::Int((m.len * m.itemsize) as i64));
    }
    let (desc, layout) = match native::<UStruct>(vm, obj) {
        Some(u) => {
            let r = (u.desc, u.layout);
            if a.get(1).is_some() {
                return vm.type_error("");
            }
            r
        }
        None => {
            let layout = match a.get(1) {
                Some(v) => util::i64_arg(vm, v)?,
                None => NATIVE,
            };
            (obj, layout)
        }
    };
    let mut max = 0;
    let n = desc_size(vm, desc, layout, &mut max)?;
    Ok(Value::Int(n as i64))
}

fn u_addressof(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.arg(0);
    let Some((obj, start)) = buffer_base(vm, v)? else {
        return vm.type_error("object with buffer protocol required");
    };
    let reg = registry_ref(vm)?;
    let k = match reg.bufs.iter().position(|b| b.is(obj)) {
        Some(k) => k,
        None => {
            reg.bufs.push(obj);
            reg.bufs.len() - 1
        }
    };
    let addr = BASE + ((k as u64) << REGION_BITS) + start as u64;
    Ok(Value::Int(addr as i64))
}

fn at_args(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    let addr = addr_arg(vm, a.arg(0))?;
    let size = int_value(vm, a.arg(1))?;
    let size = size.to_usize().unwrap_or(usize::MAX);
    read(vm, addr, size)
}

fn u_bytes_at(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = at_args(vm, a)?;
    vm.new_bytes(b)
}

fn u_bytearray_at(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let addr = addr_arg(vm, a.arg(0))?;
    let size = int_value(vm, a.arg(1))?;
    memory_view(vm, addr, size.to_usize().unwrap_or(usize::MAX))
}

/// A memoryview of the `n` bytes at `addr`, which shares their memory
/// (MicroPython gives a bytearray that does).
fn memory_view(vm: &mut Vm, addr: u64, n: usize) -> PyResult<Value> {
    let (obj, off) = resolve(vm, addr)?;
    let Value::Obj(g) = obj else {
        return bad_address(vm, addr);
    };
    if off.saturating_add(n) > storage(vm, obj).len() {
        return out_of_bounds(vm, addr, n);
    }
    let readonly = matches!(vm.heap.get(g), Obj::Bytes(_));
    let t = vm.types.memoryview;
    let v = vm.alloc_val(Obj::Native(
        t,
        Box::new(MemView {
            obj,
            start: off,
            step: 1,
            len: n,
            format: 'B',
            itemsize: 1,
            readonly,
            released: false,
        }),
    ))?;
    if let Value::Obj(g) = v {
        vm.heap.views.push(g);
    }
    Ok(v)
}

const FUNCTIONS: &[Native] = &[
    Native::new("sizeof(struct, layout_type=..., /)", u_sizeof),
    Native::new("addressof(obj, /)", u_addressof),
    Native::new("bytes_at(addr, size, /)", u_bytes_at),
    Native::new("bytearray_at(addr, size, /)", u_bytearray_at),
];

const METHODS: &[Native] = &[
    Native::new("__new__(cls, addr, descriptor, layout_type=..., /)", s_new),
    Native::new("__repr__(self, /)", s_repr),
    Native::new("__getattr__(self, name, /)", s_getattr),
    Native::new("__setattr__(self, name, value, /)", s_setattr),
    Native::new("__getitem__(self, index, /)", s_getitem),
    Native::new("__setitem__(self, index, value, /)", s_setitem),
    Native::new("__int__(self, /)", s_int),
];

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "uctypes", FUNCTIONS)?;
    let t = match vm.native_types.get("uctypes.struct") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(vm, "struct", "builtins", None, BaseKind::Other, METHODS)?;
            util::type_attr(vm, t, "__hash__", Value::None);
            vm.heap.make_permanent(t);
            vm.native_types.insert("uctypes.struct", t);
            t
        }
    };
    vm.module_set(m, "struct", Value::Obj(t))?;
    let mut consts: Vec<(&str, i64)> = vec![
        ("NATIVE", NATIVE),
        ("LITTLE_ENDIAN", LITTLE_ENDIAN),
        ("BIG_ENDIAN", BIG_ENDIAN),
        ("VOID", flag(UINT8, 4)),
        ("BF_POS", OFFSET_BITS),
        ("BF_LEN", LEN_BITS),
        ("PTR", flag(PTR, 2)),
        ("ARRAY", flag(ARRAY, 2)),
    ];
    let names = [
        "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64", "BFUINT8",
        "BFINT8", "BFUINT16", "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64",
    ];
    for (i, n) in names.iter().enumerate() {
        consts.push((n, flag(i as i64, 4)));
    }
    // C's types as on a 64-bit Unix, as MicroPython's unix port has them.
    for (n, i) in [
        ("SHORT", 3),
        ("USHORT", 2),
        ("INT", 5),
        ("UINT", 4),
        ("LONG", 7),
        ("ULONG", 6),
        ("LONGLONG", 7),
        ("ULONGLONG", 6),
    ] {
        consts.push((n, flag(i, 4)));
    }
    for (n, v) in consts {
        vm.module_set(m, n, Value::Int(v))?;
    }
    Ok(m)
}
