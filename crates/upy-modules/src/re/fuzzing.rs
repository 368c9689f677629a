//! The `re` fuzz target's harness (`fuzz/fuzz_targets/re.rs`), kept here
//! so that a plain test replays its corpus on stable Rust.
//!
//! An input is a flags byte, then a pattern and a subject separated by
//! the first NUL byte, both as Latin-1 code points (the flags byte's top
//! bit makes them a str's, its other bits are `re` flags). The pattern is
//! parsed and compiled; if that succeeds it is searched for in the
//! subject, then matched at every position, with bounded work and
//! memory. A syntax error is expected; a panic, a stack overflow, a hang
//! or memory beyond the bound is a finding.

use std::rc::Rc;

use super::exec::{Anchor, Exec, Step, Text};

/// Matcher work allowed per search, in the matcher's units.
pub const FUEL: u64 = 2_000_000;
/// Bytes the backtracking stack may grow to.
pub const MEMORY: usize = 16 << 20;
/// Group nesting allowed.
pub const DEPTH: usize = 200;

/// Run one input.
pub fn run(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let split = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let pattern: Vec<u32> = rest[..split].iter().map(|&b| b as u32).collect();
    let subject: Vec<u8> = rest.get(split + 1..).unwrap_or(&[]).to_vec();
    let istext = flags & 0x80 != 0;
    // IGNORECASE, LOCALE (bytes only), MULTILINE, DOTALL, VERBOSE, ASCII.
    let mut f = 0;
    for (bit, flag) in [(1, 2), (2, 4), (4, 8), (8, 16), (16, 64), (32, 256)] {
        if flags & bit != 0 {
            f |= flag;
        }
    }
    let Ok(parsed) = super::parse::parse(&pattern, istext, f, DEPTH) else {
        return;
    };
    let Ok(prog) = super::compile::compile(&parsed.ast, parsed.root, parsed.groups) else {
        return;
    };
    let prog = Rc::new(prog);
    let wide: Vec<u32> = subject.iter().map(|&b| b as u32).collect();
    let text = if istext && flags & 0x40 != 0 {
        Text::Wide(&wide)
    } else {
        Text::Narrow(&subject)
    };
    let n = subject.len();
    let mut ex = Exec::new(Rc::clone(&prog), 0, n, Anchor::Search);
    let mut found = 0;
    while drive(&mut ex, text) && found < 64 {
        found += 1;
        let (s, e) = (ex.slots()[0], ex.slots()[1]);
        assert!(s <= e && e <= n, "match outside the subject");
        ex.restart(e, s == e);
    }
    for start in 0..=n.min(16) {
        for anchor in [Anchor::Start, Anchor::Full] {
            let mut ex = Exec::new(Rc::clone(&prog), start, n, anchor);
            if drive(&mut ex, text) {
                let (s, e) = (ex.slots()[0], ex.slots()[1]);
                assert_eq!(s, start);
                assert!(anchor != Anchor::Full || e == n);
            }
        }
    }
}

/// Run a matcher to its end within `FUEL` and `MEMORY`.
fn drive(ex: &mut Exec, text: Text) -> bool {
    let mut fuel = FUEL;
    loop {
        match ex.run(text, &mut fuel) {
            Step::Found => return true,
            Step::NotFound | Step::OutOfFuel => return false,
            Step::NeedMemory(bytes) if bytes <= MEMORY => ex.grant(bytes),
            Step::NeedMemory(_) => return false,
        }
    }
}
