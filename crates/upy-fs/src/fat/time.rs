//! FAT timestamps: local date and time packed in two 16-bit words with
//! 2-second resolution, read back as seconds since 1970 (treated as UTC,
//! as MicroPython does).

use crate::civil::{civil_from_days, days_from_civil};

/// `(year, month, day, hour, minute, second)` of a time in seconds since
/// 1970 (UTC).
fn civil(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let (y, m, d) = civil_from_days(secs.div_euclid(86400));
    let rem = secs.rem_euclid(86400);
    (
        y,
        m as u32,
        d as u32,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
        (rem % 60) as u32,
    )
}

/// Seconds since 1970 for a FAT `(time, date)`.
pub fn to_unix(time: u16, date: u16) -> i64 {
    let y = 1980 + (date >> 9) as i64;
    let m = ((date >> 5) & 0xf).clamp(1, 12) as u32;
    let d = (date & 0x1f).max(1) as u32;
    let hh = (time >> 11) as i64;
    let mm = ((time >> 5) & 0x3f) as i64;
    let ss = 2 * (time & 0x1f) as i64;
    days_from_civil(y, m as i64, d as i64) * 86400 + hh * 3600 + mm * 60 + ss
}

/// A time in seconds since 1970 as FAT's packed `(date << 16) | time`,
/// clamped to FAT's range (1980-2107).
pub fn from_unix(secs: i64) -> u32 {
    let (y, m, d, hh, mm, ss) = civil(secs);
    if y < 1980 {
        return super::fat_time(1980, 1, 1, 0, 0, 0);
    }
    if y > 2107 {
        return super::fat_time(2107, 12, 31, 23, 59, 58);
    }
    super::fat_time(y as u32, m, d, hh, mm, ss)
}

/// Now, packed for FAT (the host clock; UTC).
pub fn now() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    from_unix(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        // 2000-01-01 00:00:00, the time MicroPython gives the root.
        assert_eq!(to_unix(0, 0x2821), 946684800);
        for t in [315532800i64, 946684800, 1700000000, 1700000001, 4354819198] {
            let p = from_unix(t);
            assert_eq!(to_unix(p as u16, (p >> 16) as u16), t - t % 2, "{}", t);
        }
        assert_eq!(from_unix(0), super::super::fat_time(1980, 1, 1, 0, 0, 0));
    }
}
