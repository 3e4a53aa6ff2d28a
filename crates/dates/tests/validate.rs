//! A TIMEX3 value validator, used by the property tests: every value the
//! crate produces must be well formed.

/// True when `value` is a well-formed TIMEX3 value of a `kind` expression.
pub fn is_valid(kind: &str, value: &str) -> bool {
    match kind {
        "DURATION" => is_duration(value),
        "SET" => is_duration(value) || is_date_or_time(value),
        "DATE" | "TIME" => is_date_or_time(value),
        _ => false,
    }
}

fn is_duration(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('P') else { return false };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let units_ok = |s: &str, units: &[&str]| {
        if s.is_empty() {
            return true;
        }
        let (digits, unit) = match s.strip_prefix('X') {
            Some(unit) => ("X", unit),
            None => {
                let d = s.trim_end_matches(|c: char| c.is_ascii_uppercase());
                (d, &s[d.len()..])
            }
        };
        (digits == "X" || (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')))
            && units.contains(&unit)
    };
    (date.is_empty() || units_ok(date, &["Y", "M", "W", "D", "Q", "DE", "CE", "L", "WE"]))
        && units_ok(time, &["H", "M", "S"])
        && !(date.is_empty() && time.is_empty())
}

fn is_date_or_time(v: &str) -> bool {
    if matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") {
        return true;
    }
    let (date, time) = v.split_once('T').unwrap_or((v, ""));
    let digitish = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == 'X');
    let parts: Vec<&str> = date.split('-').collect();
    let date_ok = match parts.as_slice() {
        [y] => digitish(y) && (2..=4).contains(&y.len()),
        [y, p] => {
            digitish(y)
                && y.len() == 4
                && (digitish(p) && p.len() == 2
                    || p.starts_with('Q') && p.len() == 2
                    || p.starts_with('H') && p.len() == 2
                    || p.starts_with('W') && p.len() == 3
                    || matches!(*p, "SP" | "SU" | "FA" | "WI"))
        }
        [y, m, d] => {
            digitish(y)
                && (digitish(m) && m.len() == 2 && digitish(d) && d.len() == 2
                    || m.starts_with('W') && (d.len() == 1 && digitish(d) || *d == "WE"))
        }
        _ => false,
    };
    let time_ok = time.is_empty()
        || matches!(time, "MO" | "AF" | "EV" | "NI" | "MI" | "DT")
        || time.split(':').all(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_digit()));
    date_ok && time_ok
}

#[test]
fn validator_accepts_and_rejects() {
    for (k, v) in [
        ("DATE", "2023-10-31"),
        ("DATE", "2023-W44"),
        ("DATE", "2023-Q3"),
        ("TIME", "2023-10-31TAF"),
        ("DURATION", "P3W"),
        ("DURATION", "PXDE"),
        ("DURATION", "PT10H"),
        ("SET", "XXXX-WXX-1"),
        ("DATE", "199"),
        ("DATE", "PAST_REF"),
    ] {
        assert!(is_valid(k, v), "{k} {v}");
    }
    for (k, v) in
        [("DURATION", "P"), ("DATE", "20231031"), ("TIME", "2023-10-31T25h"), ("DURATION", "2023"), ("DURATION", "PYX")]
    {
        assert!(!is_valid(k, v), "{k} {v}");
    }
}
