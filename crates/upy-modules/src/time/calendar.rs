//! Proleptic Gregorian calendar arithmetic for `time`: seconds since the
//! epoch to broken-down UTC time and back, and `strftime` formatting.

/// Broken-down time, as the nine fields of `struct_time`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday is 0.
    pub wday: i64,
    /// January 1st is 1.
    pub yday: i64,
    pub isdst: i64,
}

pub use upy_fs::civil::{civil_from_days, days_from_civil};

/// UTC broken-down time of whole seconds since the epoch.
pub fn gmtime(t: i64) -> Tm {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
    }
}

/// Seconds since the epoch of a UTC broken-down time (fields may be out
/// of range, as C's `mktime` allows).
pub fn timegm(tm: &Tm) -> i64 {
    let m0 = tm.mon - 1;
    let year = tm.year + m0.div_euclid(12);
    let mon = m0.rem_euclid(12) + 1;
    let days = days_from_civil(year, mon, 1) + tm.mday - 1;
    days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).rem_euclid(12) as usize]
}

/// `asctime` text: "Thu Jan  1 00:00:00 1970".
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `strftime` for the C locale's common directives; unknown ones are
/// copied through.
pub fn strftime(fmt: &str, tm: &Tm, zone: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let s = match d {
            'Y' => tm.year.to_string(),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'm' => format!("{:02}", tm.mon),
            'd' => format!("{:02}", tm.mday),
            'e' => format!("{:2}", tm.mday),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{:02}", hour12),
            'M' => format!("{:02}", tm.min),
            'S' => format!("{:02}", tm.sec),
            'j' => format!("{:03}", tm.yday),
            'p' => if tm.hour < 12 { "AM" } else { "PM" }.to_string(),
            'a' => day_name(tm)[..3].to_string(),
            'A' => day_name(tm).to_string(),
            'b' | 'h' => month_name(tm)[..3].to_string(),
            'B' => month_name(tm).to_string(),
            'w' => ((tm.wday + 1) % 7).to_string(),
            'u' => (tm.wday + 1).to_string(),
            'Z' => zone.to_string(),
            'z' => "+0000".to_string(),
            'c' => asctime(tm),
            'x' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'X' | 'T' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'D' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'R' => format!("{:02}:{:02}", tm.hour, tm.min),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{}", other),
        };
        out.push_str(&s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_back() {
        let tm = gmtime(0);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.wday, tm.yday),
            (1970, 1, 1, 3, 1)
        );
        let tm = gmtime(-2);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.sec, tm.yday),
            (1969, 12, 31, 23, 58, 365)
        );
        for t in [
            0i64,
            1_000_000,
            -86_400 * 365 * 3,
            951_782_400,
            4_102_444_800,
        ] {
            assert_eq!(timegm(&gmtime(t)), t);
        }
        assert_eq!(asctime(&gmtime(0)), "Thu Jan  1 00:00:00 1970");
    }
}
