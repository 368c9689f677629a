//! The REPL's line editor on a terminal: raw mode only while a line is
//! typed (the terminal is restored while the line runs), MicroPython's
//! keys (arrows, Home/End, Delete, Ctrl-A/B/D/E/F/K/N/P/U) and a history.
//!
//! It takes its bytes from `upy_vm::stdio`'s standard-input buffer, which
//! `input()` and `sys.stdin` share, so nothing typed ahead or pasted is
//! lost between the REPL and the program.

use std::io::Write;
use std::os::fd::AsFd;

use nix::sys::termios::{self, InputFlags, LocalFlags, SetArg, SpecialCharacterIndices, Termios};
use upy_vm::vm::Vm;

/// What reading a line gave.
pub(crate) enum Line {
    /// The bytes typed, without the line ending (not necessarily UTF-8).
    Text(Vec<u8>),
    Interrupted,
    Eof,
}

/// Terminal output of the editor itself (echo, cursor movement).
fn term_write(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

/// The terminal in raw mode (no echo, no line assembly, Ctrl-C a byte)
/// while it lives; the saved mode comes back on drop.
struct RawMode {
    saved: Termios,
}

impl RawMode {
    fn enter() -> Option<RawMode> {
        let stdin = std::io::stdin();
        let saved = termios::tcgetattr(stdin.as_fd()).ok()?;
        let mut raw = saved.clone();
        raw.local_flags
            .remove(LocalFlags::ECHO | LocalFlags::ICANON | LocalFlags::ISIG | LocalFlags::IEXTEN);
        // Enter arrives as "\r"; pasted text keeps its bytes.
        raw.input_flags
            .remove(InputFlags::ICRNL | InputFlags::INLCR | InputFlags::IGNCR | InputFlags::IXON);
        raw.control_chars[SpecialCharacterIndices::VMIN as usize] = 1;
        raw.control_chars[SpecialCharacterIndices::VTIME as usize] = 0;
        // TCSADRAIN, not TCSAFLUSH: input typed ahead must stay.
        termios::tcsetattr(stdin.as_fd(), SetArg::TCSADRAIN, &raw).ok()?;
        Some(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = termios::tcsetattr(std::io::stdin().as_fd(), SetArg::TCSADRAIN, &self.saved);
    }
}

/// One position of the line being edited: a character, or a byte that is
/// not UTF-8 (kept as typed; shown as U+FFFD).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cell {
    Char(char),
    Byte(u8),
}

fn render(cells: &[Cell]) -> String {
    cells
        .iter()
        .map(|c| match c {
            // A tab would move the cursor by a varying amount.
            Cell::Char('\t') => ' ',
            Cell::Char(c) => *c,
            Cell::Byte(_) => '\u{fffd}',
        })
        .collect()
}

fn cells_bytes(cells: &[Cell]) -> Vec<u8> {
    let mut out = Vec::new();
    for c in cells {
        match c {
            Cell::Char(ch) => {
                let mut b = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
            }
            Cell::Byte(b) => out.push(*b),
        }
    }
    out
}

fn cells_of(s: &str) -> Vec<Cell> {
    s.chars().map(Cell::Char).collect()
}

/// Cursor left by `n` columns.
fn left(n: usize) -> String {
    if n == 0 {
        String::new()
    } else {
        format!("\x1b[{}D", n)
    }
}

/// What a key does.
enum Key {
    Insert(Cell),
    Enter,
    Interrupt,
    /// Ctrl-D: the end of input on an empty line, else delete.
    EndOrDelete,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    KillToEnd,
    KillToStart,
    Up,
    Down,
    Ignore,
}

/// The line editor for a terminal (MicroPython's keys: arrows, Home/End,
/// Delete, Ctrl-A/B/D/E/F/K/N/P/U) with a history.
pub(crate) struct Editor {
    history: Vec<String>,
    /// The last line ended with "\r": a "\n" right after it is part of
    /// that ending (a pasted "\r\n").
    skip_lf: bool,
}

const HISTORY: usize = 1000;

impl Editor {
    pub(crate) fn new() -> Editor {
        Editor {
            history: Vec::new(),
            skip_lf: false,
        }
    }

    /// One character of input (a byte that does not start valid UTF-8 on
    /// its own); Err for Ctrl-C while waiting, None at the end.
    fn next(&mut self, vm: &mut Vm) -> Result<Option<Vec<Cell>>, ()> {
        let b = upy_vm::stdio::read_stdin(vm, true, Some(1), false).map_err(|_| ())?;
        if b.is_empty() {
            return Ok(None);
        }
        Ok(Some(match std::str::from_utf8(&b) {
            Ok(s) => cells_of(s),
            Err(_) => b.into_iter().map(Cell::Byte).collect(),
        }))
    }

    /// The rest of an escape sequence (after ESC) as a key.
    fn escape(&mut self, vm: &mut Vm) -> Result<Key, ()> {
        let Some(c) = self.next(vm)? else {
            return Ok(Key::Ignore);
        };
        let intro = c.first().copied();
        if intro != Some(Cell::Char('[')) && intro != Some(Cell::Char('O')) {
            return Ok(Key::Ignore);
        }
        // Parameter bytes, then a final byte.
        let mut param = String::new();
        let fin = loop {
            let Some(c) = self.next(vm)? else {
                return Ok(Key::Ignore);
            };
            match c.first() {
                Some(Cell::Char(ch @ '0'..='?')) => param.push(*ch),
                Some(Cell::Char(ch)) if ('@'..='~').contains(ch) => break *ch,
                _ => return Ok(Key::Ignore),
            }
        };
        Ok(match (fin, param.as_str()) {
            ('A', _) => Key::Up,
            ('B', _) => Key::Down,
            ('C', _) => Key::Right,
            ('D', _) => Key::Left,
            ('H', _) => Key::Home,
            ('F', _) => Key::End,
            ('~', "1" | "7") => Key::Home,
            ('~', "4" | "8") => Key::End,
            ('~', "3") => Key::Delete,
            _ => Key::Ignore,
        })
    }

    fn key(&mut self, vm: &mut Vm, cell: Cell) -> Result<Key, ()> {
        let lf_ends = std::mem::replace(&mut self.skip_lf, false);
        let Cell::Char(c) = cell else {
            return Ok(Key::Insert(cell));
        };
        Ok(match c {
            '\r' => {
                self.skip_lf = true;
                Key::Enter
            }
            '\n' if lf_ends => Key::Ignore,
            '\n' => Key::Enter,
            '\x03' => Key::Interrupt,
            '\x04' => Key::EndOrDelete,
            '\x7f' | '\x08' => Key::Backspace,
            '\x01' => Key::Home,
            '\x05' => Key::End,
            '\x02' => Key::Left,
            '\x06' => Key::Right,
            '\x0b' => Key::KillToEnd,
            '\x15' => Key::KillToStart,
            '\x10' => Key::Up,
            '\x0e' => Key::Down,
            '\x1b' => self.escape(vm)?,
            '\t' => Key::Insert(cell),
            c if (c as u32) < 0x20 => Key::Ignore,
            _ => Key::Insert(cell),
        })
    }

    /// Read a line with editing, `prompt` shown first.
    pub(crate) fn read_line(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        vm.flush_stdout();
        term_write(prompt);
        let raw = RawMode::enter();
        let mut cells: Vec<Cell> = Vec::new();
        let mut cur = 0;
        // Where in the history Up/Down are; the line being typed is kept.
        let mut hist = self.history.len();
        let mut typed: Vec<Cell> = Vec::new();
        let result = loop {
            let input = match self.next(vm) {
                Ok(Some(c)) => c,
                Ok(None) => break Line::Eof,
                Err(()) => break Line::Interrupted,
            };
            let mut out = String::new();
            let mut done = None;
            for cell in input {
                let key = match self.key(vm, cell) {
                    Ok(k) => k,
                    Err(()) => {
                        done = Some(Line::Interrupted);
                        break;
                    }
                };
                match key {
                    Key::Insert(c) => {
                        cells.insert(cur, c);
                        cur += 1;
                        out.push_str(&render(&cells[cur - 1..]));
                        out.push_str(&left(cells.len() - cur));
                    }
                    Key::Enter => {
                        out.push_str(&render(&cells[cur..]));
                        done = Some(Line::Text(cells_bytes(&cells)));
                    }
                    Key::Interrupt => done = Some(Line::Interrupted),
                    Key::EndOrDelete if cells.is_empty() => done = Some(Line::Eof),
                    Key::Delete | Key::EndOrDelete => {
                        if cur < cells.len() {
                            cells.remove(cur);
                            out.push_str(&render(&cells[cur..]));
                            out.push(' ');
                            out.push_str(&left(cells.len() - cur + 1));
                        }
                    }
                    Key::Backspace => {
                        if cur > 0 {
                            cur -= 1;
                            cells.remove(cur);
                            out.push('\x08');
                            out.push_str(&render(&cells[cur..]));
                            out.push(' ');
                            out.push_str(&left(cells.len() - cur + 1));
                        }
                    }
                    Key::Left => {
                        if cur > 0 {
                            cur -= 1;
                            out.push('\x08');
                        }
                    }
                    Key::Right => {
                        if cur < cells.len() {
                            out.push_str(&render(&cells[cur..cur + 1]));
                            cur += 1;
                        }
                    }
                    Key::Home => {
                        out.push_str(&left(cur));
                        cur = 0;
                    }
                    Key::End => {
                        out.push_str(&render(&cells[cur..]));
                        cur = cells.len();
                    }
                    Key::KillToEnd => {
                        cells.truncate(cur);
                        out.push_str("\x1b[K");
                    }
                    Key::KillToStart => {
                        cells.drain(..cur);
                        out.push_str(&left(cur));
                        out.push_str(&render(&cells));
                        out.push_str("\x1b[K");
                        out.push_str(&left(cells.len()));
                        cur = 0;
                    }
                    Key::Up | Key::Down => {
                        let next = match key {
                            Key::Up if hist > 0 => hist - 1,
                            Key::Down if hist < self.history.len() => hist + 1,
                            _ => hist,
                        };
                        if next != hist {
                            if hist == self.history.len() {
                                typed = cells.clone();
                            }
                            hist = next;
                            cells = match self.history.get(hist) {
                                Some(h) => cells_of(h),
                                None => typed.clone(),
                            };
                            out.push_str(&left(cur));
                            out.push_str(&render(&cells));
                            out.push_str("\x1b[K");
                            cur = cells.len();
                        }
                    }
                    Key::Ignore => {}
                }
                if done.is_some() {
                    break;
                }
            }
            term_write(&out);
            if let Some(line) = done {
                break line;
            }
        };
        drop(raw);
        if let Line::Text(bytes) = &result {
            let s = String::from_utf8_lossy(bytes).into_owned();
            if !s.trim().is_empty() && self.history.last() != Some(&s) {
                if self.history.len() >= HISTORY {
                    self.history.remove(0);
                }
                self.history.push(s);
            }
        }
        if !matches!(result, Line::Interrupted) {
            term_write("\n");
        }
        result
    }
}
