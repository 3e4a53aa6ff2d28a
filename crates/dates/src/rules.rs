//! The matchers: small functions, each recognising one family of
//! expressions at a token position and normalising it. At every position
//! the longest match wins.

use jiff::civil::Date;

use crate::lexicon::{self, Word};
use crate::timex::{Anchor, TimexType};
use crate::tokens::Tok;

/// A match: tokens `start..end`, with its attributes.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub anchor: Anchor,
    /// True when the expression names a quarter outright ("the third
    /// quarter"): later "the quarter" and "a year earlier" refer to it.
    pub names_quarter: bool,
}

pub(crate) struct Ctx<'a> {
    pub toks: &'a [Tok],
    pub dct: Option<Date>,
    /// The last quarter named in the document, as (year, quarter): what
    /// "the quarter" and "a year earlier" refer to in financial news.
    pub quarter: Option<(i16, u8)>,
    /// True when that quarter was named as one ahead ("will result in a
    /// fourth-quarter charge"): it has no results yet.
    pub quarter_ahead: bool,
    /// The last calendar date the text named, as (year, month if given):
    /// what "the following year" counts from.
    pub last_date: Option<(i16, Option<i8>)>,
}

type Rule = fn(&Ctx<'_>, usize) -> Option<Found>;

const RULES: &[Rule] = &[
    the_unit,
    spoken_year,
    year_end,
    century,
    iso_date,
    slash_date,
    month_date,
    year,
    weekday,
    day_ref,
    relative_unit,
    ago,
    quarter,
    duration,
    fuzzy,
    set,
    season,
    clock,
    weekend,
    period_a_year_back,
    vague_future,
];

/// All expressions in the tokens, left to right, longest match first.
pub(crate) fn find_all(toks: &[Tok], dct: Option<Date>) -> Vec<Found> {
    let mut ctx = Ctx { toks, dct, quarter: None, quarter_ahead: false, last_date: None };
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let best = RULES.iter().filter_map(|r| r(&ctx, i)).filter(|f| f.end > i).max_by_key(|f| f.end);
        match best {
            Some(f) => {
                if f.names_quarter {
                    ctx.quarter = parse_quarter(&f.value);
                    // Ahead: said of the future, or not over by the
                    // document date and not reported on in the past.
                    let now = dct.map(|d| (d.year(), quarter_of(d)));
                    let open = matches!((ctx.quarter, now), (Some(named), Some(now)) if named >= now);
                    ctx.quarter_ahead = future_context(&ctx, f.start) || (open && !past_context(&ctx, f.start));
                }
                if f.kind == TimexType::Date {
                    if let Some(d) = calendar_date(&f.value) {
                        ctx.last_date = Some(d);
                    }
                }
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

/// The year and month of a DATE value written "YYYY", "YYYY-MM" or
/// "YYYY-MM-DD".
fn calendar_date(v: &str) -> Option<(i16, Option<i8>)> {
    let y: i16 = v.get(..4)?.parse().ok()?;
    match v.len() {
        4 => Some((y, None)),
        7 | 10 if v.as_bytes()[4] == b'-' => Some((y, Some(v.get(5..7)?.parse().ok()?))),
        _ => None,
    }
}

fn parse_quarter(v: &str) -> Option<(i16, u8)> {
    let (y, q) = v.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

// ---- token helpers ----

fn lw<'a>(c: &'a Ctx<'_>, i: usize) -> &'a str {
    c.toks.get(i).map_or("", |t| t.lower.as_str())
}

fn found(start: usize, end: usize, kind: TimexType, value: String, anchor: Anchor) -> Option<Found> {
    Some(Found { start, end, kind, value, modifier: None, anchor, names_quarter: false })
}

fn with_mod(mut f: Found, m: Option<&'static str>) -> Found {
    if m.is_some() {
        f.modifier = m;
    }
    f
}

/// A cardinal at `i`: digits, or number words ("twenty four",
/// "twenty-six", "a hundred thirty", "two thousand"). Returns the value
/// and the next token.
fn number_at(c: &Ctx<'_>, i: usize) -> Option<(u32, usize)> {
    let t = c.toks.get(i)?;
    if t.is_number {
        return t.lower.replace(',', "").parse().ok().map(|n| (n, i + 1));
    }
    let mut total = 0u32;
    let mut current = 0u32;
    let mut j = i;
    let mut any = false;
    while let Some(n) = lexicon::find(lw(c, j), |w| if let Word::Number(n) = w { Some(*n) } else { None }) {
        let article = lw(c, j) == "a" || lw(c, j) == "an";
        if article && any {
            break;
        }
        // "a five year plan", "a few days": the article is not the number.
        if article && (lexicon::number(lw(c, j + 1)).is_some_and(|n| n > 1) || matches!(lw(c, j + 1), "few" | "couple"))
        {
            return None;
        }
        match n {
            100 => current = current.max(1) * 100,
            1000 => {
                total += current.max(1) * 1000;
                current = 0;
            }
            _ => current += n,
        }
        any = true;
        j += 1;
        // "twenty-six"
        if lw(c, j) == "-" && lexicon::number(lw(c, j + 1)).is_some_and(|n| n < 10) {
            j += 1;
        }
    }
    any.then_some((total + current, j))
}

/// A unit at `i` ("year", "years"), with whether it was plural.
fn unit_at(c: &Ctx<'_>, i: usize) -> Option<(&'static str, bool)> {
    let w = lw(c, i);
    lexicon::unit(w).map(|u| (u, w.ends_with('s') || w == "centuries" || w == "millennia"))
}

fn year_of(c: &Ctx<'_>) -> Option<i16> {
    c.dct.map(|d| d.year())
}

fn four_digit_year(t: &Tok) -> Option<i16> {
    if t.is_number && t.lower.len() == 4 {
        t.lower.parse::<i16>().ok().filter(|y| (1000..=2200).contains(y))
    } else {
        None
    }
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The calendar quarter of a date, 1 to 4.
fn quarter_of(d: Date) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n)).ok()
}

/// True when the sentence around token `i` speaks of the future.
fn future_context(c: &Ctx<'_>, i: usize) -> bool {
    // "The talks resume (on) Thursday": a present-tense verb of
    // arrangement right before the date.
    // Not after "to" ("had been due to expire Friday"): that is no
    // present tense, and the clause decides below.
    let verb = if i > 0 && lw(c, i - 1) == "on" { i.wrapping_sub(2) } else { i.wrapping_sub(1) };
    if lexicon::is_scheduling(lw(c, verb)) && lw(c, verb.wrapping_sub(1)) != "to" {
        return true;
    }
    let from = i.saturating_sub(10);
    let to = (i + 4).min(c.toks.len());
    let mut j = i;
    while j > from {
        j -= 1;
        // A closing quotation mark or a reporting verb in the past ends
        // the clause the date belongs to: in "“We will win,” he said on
        // Monday" the Monday is when he said it.
        if matches!(lw(c, j), "." | "!" | "?" | "”" | "\"" | "said" | "told" | "added" | "stated" | "announced") {
            break;
        }
        let cue = matches!(
            lw(c, j),
            "will"
                | "'ll"
                | "shall"
                | "next"
                | "expected"
                | "scheduled"
                | "plans"
                | "planned"
                | "due"
                | "until"
                | "coming"
                | "upcoming"
                | "likely"
                | "effective"
                | "payable"
        );
        // "is to resume", "set to resume": an arrangement ahead.
        let arranged = lw(c, j) == "to" && matches!(lw(c, j.wrapping_sub(1)), "is" | "are" | "set");
        if cue || arranged {
            // "had been due to expire", "than expected", "lower-than-
            // expected": the arrangement or expectation is past.
            let before = |k: usize| lw(c, j.wrapping_sub(k));
            let past = matches!(before(1), "than" | "-" | "been" | "had" | "was" | "were")
                || before(2) == "had"
                || before(1) == "been" && before(2) == "had";
            return !past;
        }
    }
    (i + 1..to).any(|k| matches!(lw(c, k), "will" | "'ll"))
}

/// True when the sentence around token `i` is told in the past ("who
/// stepped down in March", "In January, the company brought in …").
fn past_context(c: &Ctx<'_>, i: usize) -> bool {
    let stop = |k: usize| matches!(lw(c, k), "." | "!" | "?" | "”" | "\"" | ";");
    // A verb in -ed after a determiner or an auxiliary is an adjective or
    // a passive ("the reduced dividend", "is based"); before "to" it
    // reports an intention ("agreed to buy … in February").
    let past = |k: usize| {
        let w = lw(c, k);
        if !lexicon::is_past(w) {
            return false;
        }
        !w.ends_with("ed")
            || !(matches!(
                lw(c, k.wrapping_sub(1)),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "is" | "are" | "be" | "been" | "being"
            ) || lw(c, k + 1) == "to")
    };
    // What the clause says of the time ahead outweighs a past verb in it.
    let ahead = |k: usize| matches!(lw(c, k), "will" | "would" | "'ll" | "effective" | "payable" | "through" | "until");
    let mut verdict = false;
    let mut j = i;
    while j > i.saturating_sub(12) {
        j -= 1;
        if stop(j) {
            break;
        }
        if ahead(j) {
            return false;
        }
        verdict |= past(j);
    }
    for k in i + 1..(i + 10).min(c.toks.len()) {
        if stop(k) {
            break;
        }
        if ahead(k) {
            return false;
        }
        verdict |= past(k);
    }
    verdict
}

/// `n` and a half units as a TIMEX3 period ("P2Y6M", "PT1M30S"); `None`
/// for units whose half is not a whole number of a smaller one.
fn and_a_half(n: u32, unit: &str) -> Option<String> {
    Some(match unit {
        "Y" => format!("P{n}Y6M"),
        "D" => format!("P{n}DT12H"),
        "H" => format!("PT{n}H30M"),
        "MIN" => format!("PT{n}M30S"),
        "DE" => format!("P{}Y", n * 10 + 5),
        _ => return None,
    })
}

/// A TIMEX3 period: `amount` of the lexicon's `unit` ("P3W", "PT10H",
/// "PXDE"); clock units go after the `T`.
fn period(amount: &str, unit: &str) -> String {
    match unit {
        "H" | "S" => format!("PT{amount}{unit}"),
        "MIN" => format!("PT{amount}M"),
        u => format!("P{amount}{u}"),
    }
}

// ---- rules ----

/// 2023-10-31, optionally with a clock time: 2023-10-31 20:22:40.
fn iso_date(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let y = four_digit_year(c.toks.get(i)?)?;
    if lw(c, i + 1) != "-" || lw(c, i + 3) != "-" {
        return None;
    }
    let m: i8 = lw(c, i + 2).parse().ok()?;
    let d: i8 = lw(c, i + 4).parse().ok()?;
    let date = Date::new(y, m, d).ok()?;
    if let Some(t) = c.toks.get(i + 5).filter(|t| t.is_number && t.lower.contains(':')) {
        return found(i, i + 6, TimexType::Time, format!("{}T{}", ymd(date), t.lower), Anchor::Absolute);
    }
    found(i, i + 5, TimexType::Date, ymd(date), Anchor::Absolute)
}

/// 10/31/2023 (US order unless the first number cannot be a month).
fn slash_date(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let a: i8 = c.toks.get(i).filter(|t| t.is_number)?.lower.parse().ok()?;
    if lw(c, i + 1) != "/" || lw(c, i + 3) != "/" {
        return None;
    }
    let b: i8 = lw(c, i + 2).parse().ok()?;
    let y = four_digit_year(c.toks.get(i + 4)?)?;
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let date = Date::new(y, m, d).ok()?;
    found(i, i + 5, TimexType::Date, ymd(date), Anchor::Absolute)
}

/// The month of a token, if it reads as one here. "May" and "March" are
/// also a verb and a noun: capitalised and next to a day, a year or a
/// temporal preposition.
fn month_here(c: &Ctx<'_>, i: usize) -> Option<u8> {
    let t = c.toks.get(i)?;
    let m = lexicon::month(&t.lower)?;
    if !t.capitalised {
        return None;
    }
    if matches!(t.lower.as_str(), "may" | "march" | "mar" | "jun" | "sun") {
        let next_num = c.toks.get(i + 1).is_some_and(|n| n.is_number);
        let prev = if i > 0 { lw(c, i - 1) } else { "" };
        if !next_num
            && !matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "of"
                    | "last"
                    | "this"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "by"
                    | "-"
                    | "through"
                    | "before"
                    | "after"
            )
        {
            return None;
        }
    }
    Some(m)
}

/// Year for a month (and day) written without one: the one that puts the
/// date nearest the document date, looking further back than forward.
fn infer_year(c: &Ctx<'_>, month: u8, at: usize) -> Option<i16> {
    let dct = c.dct?;
    let diff = i32::from(month) - i32::from(dct.month());
    if diff < 0 && future_context(c, at) {
        return Some(dct.year() + 1);
    }
    // Told in the past, a month early in the year is this year's, not
    // next year's.
    Some(if diff > 4 && !future_context(c, at) {
        dct.year() - 1
    } else if diff < -7 && !past_context(c, at) {
        dct.year() + 1
    } else {
        dct.year()
    })
}

/// "October 31, 2023", "Oct. 31", "31 October 2023", "October 2023",
/// "October", "mid-October", "the end of October".
fn month_date(c: &Ctx<'_>, i: usize) -> Option<Found> {
    // "last April", "this September", "next May".
    if let ("last" | "this" | "next", Some(m)) = (lw(c, i), month_here(c, i + 1)) {
        if !c.toks.get(i + 2).is_some_and(|t| t.is_number) {
            let dct = c.dct;
            let y = dct.map(|d| {
                let (dm, y) = (d.month() as u8, d.year());
                match lw(c, i) {
                    "last" if m >= dm => y - 1,
                    "next" if m <= dm => y + 1,
                    _ => y,
                }
            });
            let y = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
            return found(i, i + 2, TimexType::Date, format!("{y}-{m:02}"), Anchor::Dct);
        }
    }
    let (mut start, modifier, mut j) = leading_mod(c, i);
    let mut day: Option<i8> = None;
    let month;
    if let Some(m) = month_here(c, j) {
        month = m;
        j += 1;
        if let Some(t) = c.toks.get(j).filter(|t| t.is_number) {
            let d = lexicon::ordinal(&t.lower).or_else(|| t.lower.parse().ok()).filter(|d| (1..=31).contains(d));
            if let (Some(d), true) = (d, four_digit_year(t).is_none()) {
                day = Some(d as i8);
                j += 1;
            }
        }
    } else if let Some(t) = c.toks.get(j).filter(|t| t.is_number) {
        // 31 October
        let d = lexicon::ordinal(&t.lower).or_else(|| t.lower.parse().ok()).filter(|d| (1..=31).contains(d))?;
        let k = if lw(c, j + 1) == "of" { j + 2 } else { j + 1 };
        month = month_here(c, k)?;
        day = Some(d as i8);
        j = k + 1;
    } else {
        return None;
    }
    let mut year: Option<i16> = None;
    let k = if lw(c, j) == "," { j + 1 } else { j };
    if let Some(y) = c.toks.get(k).and_then(four_digit_year) {
        year = Some(y);
        j = k + 1;
    } else if let Some(f) = spoken_year(c, j) {
        // "January nineteen ninety-seven"
        year = f.value.parse().ok();
        j = f.end;
    } else if matches!(lw(c, j), "this" | "last" | "next") && lw(c, j + 1) == "year" {
        // "January this year", "June last year".
        let n = match lw(c, j) {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        year = year_of(c).map(|y| y + n);
        j += 2;
    }
    if start > i && lw(c, i) == "the" && modifier.is_none() {
        start = i;
    }
    let (year, anchor) = match year {
        Some(y) => (Some(y), Anchor::Absolute),
        None => (infer_year(c, month, i), if c.dct.is_some() { Anchor::Dct } else { Anchor::Unanchored }),
    };
    let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    let value = match day {
        Some(d) => {
            if let Some(yy) = year {
                Date::new(yy, month as i8, d).ok()?;
            }
            format!("{y}-{month:02}-{d:02}")
        }
        None => format!("{y}-{month:02}"),
    };
    Some(with_mod(
        Found { start, end: j, kind: TimexType::Date, value, modifier: None, anchor, names_quarter: false },
        modifier,
    ))
}

/// "early", "late", "mid-", "the end of", "the beginning of" before an
/// expression: (start token, mod, first token of the expression).
fn leading_mod(c: &Ctx<'_>, i: usize) -> (usize, Option<&'static str>, usize) {
    let w = lw(c, i);
    // "the late 1970s", "the early years"
    if w == "the" && matches!(lw(c, i + 1), "early" | "late" | "mid") {
        let (_, m, j) = leading_mod(c, i + 1);
        return (i, m, j);
    }
    if w == "the" && matches!(lw(c, i + 1), "end" | "beginning" | "start" | "middle") && lw(c, i + 2) == "of" {
        let m = match lw(c, i + 1) {
            "end" => "END",
            "middle" => "MID",
            _ => "START",
        };
        return (i, Some(m), i + 3);
    }
    match w {
        "early" => (i, Some("START"), i + 1),
        "late" => (i, Some("END"), i + 1),
        "mid" if lw(c, i + 1) == "-" => (i, Some("MID"), i + 2),
        "mid" => (i, Some("MID"), i + 1),
        _ => (i, None, i),
    }
}

/// 1988, fiscal 1989, the 1990s, mid-1990.
fn year(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (start, modifier, mut j) = leading_mod(c, i);
    let start = if lw(c, j) == "the" && lw(c, j + 1).ends_with('s') { j } else { start };
    if lw(c, j) == "the" {
        j += 1;
    }
    let fiscal = lw(c, j) == "fiscal";
    if fiscal {
        j += 1;
    }
    let t = c.toks.get(j)?;
    if t.is_number && t.lower.len() == 5 && t.lower.ends_with('s') {
        let y: i16 = t.lower[..4].parse().ok()?;
        if y % 10 == 0 && (1000..2200).contains(&y) {
            let f = Found {
                start,
                end: j + 1,
                kind: TimexType::Date,
                value: format!("{:03}", y / 10),
                modifier: None,
                anchor: Anchor::Absolute,
                names_quarter: false,
            };
            return Some(with_mod(f, modifier));
        }
        return None;
    }
    let y = four_digit_year(t)?;
    // "1,988 shares" is not a year; neither is "1988 percent".
    if lexicon::unit(lw(c, j + 1)).is_some() || matches!(lw(c, j + 1), "percent" | "%" | "people" | "shares") {
        return None;
    }
    if i > 0 && matches!(lw(c, i - 1), "$" | "#" | "no") {
        return None;
    }
    let mut end = j + 1;
    let mut start = start;
    if start == i && lw(c, i) == "the" && modifier.is_none() && !lw(c, j).ends_with('s') {
        if lw(c, end) == "period" {
            end += 1;
        } else {
            start = i + 1;
        }
    }
    let f = Found {
        start,
        end,
        kind: TimexType::Date,
        value: format!("{y:04}"),
        modifier: None,
        anchor: Anchor::Absolute,
        names_quarter: false,
    };
    Some(with_mod(f, modifier))
}

/// Friday, last Friday, next Tuesday, Saturday night.
fn weekday(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (start, modifier, i0) = leading_mod(c, i);
    let (dir, j) = match (lw(c, i0), lw(c, i0 + 1)) {
        ("the", "previous") => (-1, i0 + 2),
        ("earlier" | "later", w) if lexicon::weekday(w).is_some() => (2, i0 + 1),
        ("this", "coming") => (1, i0 + 2),
        ("last" | "past", _) => (-1, i0 + 1),
        ("next" | "coming", _) => (1, i0 + 1),
        ("this", _) => (0, i0 + 1),
        _ => (2, i0),
    };
    // "Saturday, April 25": the weekday names the date that follows.
    let k = if lw(c, j + 1) == "," { j + 2 } else { j + 1 };
    if lexicon::weekday(lw(c, j)).is_some() && c.toks.get(j).is_some_and(|t| t.capitalised) {
        if let Some(d) = month_date(c, k).filter(|d| d.value.len() == 10) {
            return Some(with_mod(Found { start, ..d }, modifier));
        }
    }
    weekday_only(c, start, dir, j).map(|f| with_mod(f, modifier))
}

fn weekday_only(c: &Ctx<'_>, start: usize, dir: i32, j: usize) -> Option<Found> {
    let t = c.toks.get(j)?;
    let wd = lexicon::weekday(&t.lower)?;
    // "Sun" is also a company and a star: abbreviations need their stop.
    if !t.capitalised || (!t.lower.ends_with("day") && lw(c, j + 1) != ".") {
        return None;
    }
    let mut end = j + 1;
    let part = lexicon::find(lw(c, end), |w| if let Word::PartOfDay(p) = w { Some(*p) } else { None });
    let Some(dct) = c.dct else {
        let v = format!("XXXX-WXX-{wd}");
        return found(start, end, TimexType::Date, v, Anchor::Unanchored);
    };
    let today = dct.weekday().to_monday_one_offset() as i64;
    let target = wd as i64;
    let dir = if dir == 2 {
        if future_context(c, j) {
            1
        } else {
            -1
        }
    } else {
        dir
    };
    let offset = match dir {
        -1 => {
            let back = (today - target).rem_euclid(7);
            if j > 0 && lw(c, j - 1) == "last" && back == 0 {
                -7
            } else {
                -back
            }
        }
        1 => {
            let fwd = (target - today).rem_euclid(7);
            if fwd == 0 && j > 0 && lw(c, j - 1) == "next" {
                7
            } else {
                fwd
            }
        }
        _ => target - today,
    };
    let date = add_days(dct, offset)?;
    if let Some(p) = part {
        if !p.contains(':') {
            end += 1;
            return found(start, end, TimexType::Time, format!("{}T{p}", ymd(date)), Anchor::Dct);
        }
    }
    found(start, end, TimexType::Date, ymd(date), Anchor::Dct)
}

/// today, yesterday, tomorrow (with a part of the day), tonight, last
/// night, this morning, late yesterday.
fn day_ref(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (start, modifier, mut j) = leading_mod(c, i);
    // "mid-afternoon yesterday", "morning today": the part of the day
    // first ("mid-" is the leading modifier).
    let before = lexicon::find(lw(c, j), |x| if let Word::PartOfDay(p) = x { Some(*p) } else { None })
        .filter(|p| !p.contains(':'));
    if let Some(part) = before {
        let d = lexicon::find(lw(c, j + 1), |x| if let Word::DayRef(d) = x { Some(*d) } else { None });
        if let (Some(offset), Some(dct)) = (d, c.dct) {
            let value = format!("{}T{part}", ymd(add_days(dct, i64::from(offset))?));
            let f = Found {
                start,
                end: j + 2,
                kind: TimexType::Time,
                value,
                modifier: None,
                anchor: Anchor::Dct,
                names_quarter: false,
            };
            return Some(with_mod(f, modifier));
        }
    }
    let (offset, part_given) = match (lw(c, j), lw(c, j + 1)) {
        ("tonight", _) => (0, Some("NI")),
        ("last", "night") => {
            j += 1;
            (-1, Some("NI"))
        }
        ("this", w) | ("that", w) if matches!(w, "morning" | "afternoon" | "evening") => {
            j += 1;
            (0, lexicon::find(w, |x| if let Word::PartOfDay(p) = x { Some(*p) } else { None }))
        }
        (w, _) => (lexicon::find(w, |x| if let Word::DayRef(d) = x { Some(*d) } else { None })?, None),
    };
    let mut end = j + 1;
    let part = part_given.or_else(|| {
        let p = lexicon::find(lw(c, end), |x| if let Word::PartOfDay(p) = x { Some(*p) } else { None })
            .filter(|p| !p.contains(':'));
        if p.is_some() {
            end += 1;
        }
        p
    });
    let (value, anchor) = match c.dct {
        Some(d) => (ymd(add_days(d, i64::from(offset))?), Anchor::Dct),
        None if offset == 0 && part.is_none() => ("PRESENT_REF".to_string(), Anchor::Unanchored),
        None => ("XXXX-XX-XX".to_string(), Anchor::Unanchored),
    };
    let f = match part {
        Some(p) => Found {
            start,
            end,
            kind: TimexType::Time,
            value: format!("{value}T{p}"),
            modifier: None,
            anchor,
            names_quarter: false,
        },
        None => Found { start, end, kind: TimexType::Date, value, modifier: None, anchor, names_quarter: false },
    };
    Some(with_mod(f, modifier))
}

/// Value of the period `n` units from the document date's, at the unit's
/// granularity: year → 2022, month → 2023-09, week → 2023-W43.
fn shifted(c: &Ctx<'_>, unit: &str, n: i64) -> Option<String> {
    let d = c.dct?;
    // Each value with the first year it covers.
    let (year, value) = match unit {
        "Y" => {
            let y = i64::from(d.year()) + n;
            (y, format!("{y:04}"))
        }
        "M" => {
            let x = d.checked_add(jiff::Span::new().months(n)).ok()?;
            (i64::from(x.year()), format!("{:04}-{:02}", x.year(), x.month()))
        }
        "W" | "WE" => {
            let w = add_days(d, 7 * n)?.iso_week_date();
            let we = if unit == "WE" { "-WE" } else { "" };
            (i64::from(w.year()), format!("{:04}-W{:02}{we}", w.year(), w.week()))
        }
        "D" => {
            let x = add_days(d, n)?;
            (i64::from(x.year()), ymd(x))
        }
        "Q" => {
            let q = i64::from(quarter_of(d)) - 1 + n;
            let y = i64::from(d.year()) + q.div_euclid(4);
            (y, format!("{y:04}-Q{}", q.rem_euclid(4) + 1))
        }
        "DE" => {
            let decade = i64::from(d.year()) / 10 + n;
            (decade.saturating_mul(10), format!("{decade:03}"))
        }
        "CE" => {
            let century = i64::from(d.year()) / 100 + n;
            (century.saturating_mul(100), format!("{century:02}"))
        }
        _ => return None,
    };
    // A year outside 0–9999 has no TIMEX3 value ("2023 decades ago"):
    // it is some time in the past (or future).
    if !(0..=9999).contains(&year) {
        return Some(if n < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string());
    }
    Some(value)
}

/// last year, this month, next week, the past year, earlier this month,
/// early next year, the current quarter.
fn relative_unit(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (start, mut modifier, mut j) = leading_mod(c, i);
    if matches!(lw(c, j), "earlier" | "later") && lw(c, j + 1) == "this" {
        modifier = Some(if lw(c, j) == "earlier" { "START" } else { "END" });
        j += 1;
    }
    let mut k = j;
    if lw(c, k) == "the" {
        k += 1;
    }
    // "the past week", "the last year": a period ending now, a duration
    // (see `duration`); "last week" is the calendar week.
    if k > j && matches!(lw(c, k), "last" | "past") {
        return None;
    }
    let n = match lw(c, k) {
        "last" | "past" | "previous" | "prior" => -1,
        "this" | "current" | "present" => 0,
        "next" | "coming" | "following" => 1,
        // "the latest fiscal year": the last one completed.
        "latest" if k > j && matches!(lw(c, k + 1), "fiscal" | "year") => -1,
        _ => return None,
    };
    // "the current fiscal year", "last fiscal year"
    let fiscal = usize::from(lw(c, k + 1) == "fiscal");
    let (unit, plural) = unit_at(c, k + 1 + fiscal)?;
    if plural || (fiscal == 1 && unit != "Y") || (lw(c, k) == "latest" && unit != "Y") {
        return None;
    }
    // "the following year" counts from the date the text last named.
    let anaphoric = match (lw(c, k), c.last_date, unit) {
        ("following", Some((y, _)), "Y") => Some(format!("{:04}", y + 1)),
        ("following", Some((y, Some(m))), "M") => {
            let d = Date::new(y, m, 1).ok()?.checked_add(jiff::Span::new().months(1)).ok()?;
            Some(format!("{:04}-{:02}", d.year(), d.month()))
        }
        _ => None,
    };
    // "This quarter's loss" in a report on a quarter just ended: that one.
    let reported = match (lw(c, k), unit, c.quarter) {
        ("this", "Q", Some((y, q))) if !c.quarter_ahead && !future_context(c, k) => Some(format!("{y:04}-Q{q}")),
        _ => None,
    };
    let value = match anaphoric.or(reported) {
        Some(v) => v,
        None => shifted(c, unit, n)?,
    };
    let f = Found {
        start,
        end: k + 2 + fiscal,
        kind: TimexType::Date,
        value,
        modifier: None,
        anchor: Anchor::Dct,
        names_quarter: false,
    };
    Some(with_mod(f, modifier))
}

/// three weeks ago, a year earlier, two days later, a year-earlier
/// quarter, the year-ago period.
fn ago(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (start, mut j) = if lw(c, i) == "the" { (i, i + 1) } else { (i, i) };
    let (modifier, jj) = match (lw(c, j), lw(c, j + 1)) {
        ("more", "than") | ("over", _) => (Some("MORE_THAN"), if lw(c, j) == "more" { j + 2 } else { j + 1 }),
        ("about", _) | ("some", _) | ("around", _) => (Some("APPROX"), j + 1),
        ("nearly", _) | ("almost", _) => (Some("LESS_THAN"), j + 1),
        _ => (None, j),
    };
    j = jj;
    // "the year-ago quarter", "year-earlier"
    if lexicon::unit(lw(c, j)) == Some("Y") && lw(c, j + 1) == "-" && matches!(lw(c, j + 2), "ago" | "earlier") {
        let mut end = j + 3;
        if matches!(lw(c, end), "quarter" | "period") && start < j {
            end += 1;
        }
        // "the year-ago results": the article goes with "results".
        let start = if end == j + 3 { j } else { start };
        return year_back(c, start, end, 1, modifier);
    }
    let (n, after_num) = match number_at(c, j) {
        Some(x) => x,
        None if matches!(lw(c, j), "several" | "few" | "some") => (0, j + 1),
        None if lw(c, j) == "a" && lw(c, j + 1) == "few" => (0, j + 2),
        None => return None,
    };
    let (unit, _) = unit_at(c, after_num)?;
    let dir = match lw(c, after_num + 1) {
        "ago" | "earlier" | "before" | "previously" => -1,
        "later" | "hence" => 1,
        "from" if lw(c, after_num + 2) == "now" => 1,
        _ => return None,
    };
    let end = after_num + if lw(c, after_num + 1) == "from" { 3 } else { 2 };
    if start == i && lw(c, i) == "the" {
        return None;
    }
    if n == 0 {
        let v = if dir < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return found(start, end, TimexType::Date, v.to_string(), Anchor::Dct);
    }
    if unit == "Y" && dir < 0 {
        return year_back(c, start, end, n as i64, modifier);
    }
    let value = shifted(c, unit, dir * n as i64)?;
    Some(with_mod(
        Found { start, end, kind: TimexType::Date, value, modifier: None, anchor: Anchor::Dct, names_quarter: false },
        modifier,
    ))
}

/// `n` years back: the same quarter a year earlier when the document has
/// been talking about a quarter, else the year.
/// "the near term", "the short term", "the near future", "future
/// quarters", "coming months": the future (FUTURE_REF); "the weeks ahead":
/// a stretch of it. Hyphenated adjectives ("short-term debt") are not times.
fn vague_future(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let plural_unit = |k: usize| unit_at(c, k).filter(|u| u.1).map(|u| u.0);
    // "will one day be": some day ahead.
    if lw(c, i) == "one"
        && lw(c, i + 1) == "day"
        && matches!(lw(c, i.wrapping_sub(1)), "will" | "would" | "could" | "may" | "might" | "'ll")
    {
        return found(i, i + 2, TimexType::Date, "FUTURE_REF".into(), Anchor::Dct);
    }
    match (lw(c, i), lw(c, i + 1), lw(c, i + 2)) {
        ("the", "near" | "short", "term") | ("the", "near", "future") if lw(c, i + 3) != "-" => {
            found(i, i + 3, TimexType::Date, "FUTURE_REF".into(), Anchor::Dct)
        }
        ("future" | "coming", _, _) if lw(c, i.wrapping_sub(1)) != "the" => match plural_unit(i + 1)? {
            "M" | "Q" | "Y" => found(i, i + 2, TimexType::Date, "FUTURE_REF".into(), Anchor::Dct),
            _ => None,
        },
        ("the", _, "ahead") => {
            let unit = plural_unit(i + 1)?;
            found(i, i + 3, TimexType::Duration, period("X", unit), Anchor::Dct)
        }
        _ => None,
    }
}

/// "the corresponding period last year", "the same quarter a year ago",
/// "last year's quarter": the quarter the text speaks of, a year back.
fn period_a_year_back(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let k = if lw(c, i) == "the" { i + 1 } else { i };
    if lw(c, i) == "last" && lw(c, i + 1) == "year" && matches!(lw(c, i + 2), "'" | "’") && lw(c, i + 3) == "s" {
        if matches!(lw(c, i + 4), "quarter" | "period") {
            return year_back(c, i, i + 5, 1, None);
        }
        return None;
    }
    if !matches!(lw(c, k), "corresponding" | "comparable" | "same") || !matches!(lw(c, k + 1), "quarter" | "period") {
        return None;
    }
    let j = k + 2;
    let end = match (lw(c, j), lw(c, j + 1), lw(c, j + 2)) {
        ("last", "year", _) => j + 2,
        ("of", "last", "year") => j + 3,
        ("a", "year", "ago" | "earlier") => j + 3,
        _ => return None,
    };
    year_back(c, i, end, 1, None)
}

/// True when the sentence before token `i` reports a period longer than
/// a quarter ("For the nine months, … a year earlier", "the first half"):
/// a comparison with a year earlier is then with last year, not with last
/// year's quarter.
fn longer_period_in_sentence(c: &Ctx<'_>, i: usize) -> bool {
    let mut j = i;
    while j > i.saturating_sub(40) {
        j -= 1;
        match lw(c, j) {
            "." | "!" | "?" => return false,
            "months" if lexicon::number(lw(c, j.wrapping_sub(1))).is_some_and(|n| n > 3) => return true,
            "half" if matches!(lw(c, j.wrapping_sub(1)), "first" | "second") => return true,
            _ => {}
        }
    }
    false
}

fn year_back(c: &Ctx<'_>, start: usize, end: usize, n: i64, modifier: Option<&'static str>) -> Option<Found> {
    let (value, anchor) = match c.quarter.filter(|_| !longer_period_in_sentence(c, start)) {
        Some((y, q)) => (format!("{:04}-Q{q}", i64::from(y) - n), Anchor::Discourse),
        None => (format!("{:04}", i64::from(year_of(c)?) - n), Anchor::Dct),
    };
    // Before year 0 there is no TIMEX3 year: some time in the past.
    let value = if value.starts_with('-') { "PAST_REF".to_string() } else { value };
    Some(with_mod(
        Found { start, end, kind: TimexType::Date, value, modifier: None, anchor, names_quarter: false },
        modifier,
    ))
}

/// the third quarter, fourth-quarter, the first quarter of 1990, the
/// fiscal first quarter, the quarter, the latest quarter, the latest
/// period.
fn quarter(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut j = i;
    // "this year's third quarter", "last year's fourth quarter"
    let mut year_shift = None;
    if matches!(lw(c, j), "this" | "last" | "next")
        && lw(c, j + 1) == "year"
        && matches!(lw(c, j + 2), "'" | "’")
        && lw(c, j + 3) == "s"
    {
        year_shift = Some(match lw(c, j) {
            "last" => -1,
            "next" => 1,
            _ => 0,
        });
        j += 4;
    }
    let the = lw(c, j) == "the";
    if the {
        j += 1;
    }
    if lw(c, j) == "fiscal" {
        j += 1;
    }
    // "the 1988 second quarter", "the 1988 quarter"
    let named_year = c.toks.get(j).and_then(four_digit_year);
    if let Some(y) = named_year {
        j += 1;
        // "the 1988 quarter", "the 1989 period": that year's instance of
        // the quarter the text speaks of.
        if the && matches!(lw(c, j), "quarter" | "period") {
            return match c.quarter.filter(|_| !longer_period_in_sentence(c, i)) {
                Some((_, q)) => found(i, j + 1, TimexType::Date, format!("{y:04}-Q{q}"), Anchor::Discourse),
                None if lw(c, j) == "period" => found(i, j + 1, TimexType::Date, format!("{y:04}"), Anchor::Absolute),
                // No quarter named yet: the one earnings news reports on,
                // the last completed.
                None => {
                    let q = match quarter_of(c.dct?) {
                        1 => 4,
                        q => q - 1,
                    };
                    found(i, j + 1, TimexType::Date, format!("{y:04}-Q{q}"), Anchor::Dct)
                }
            };
        }
        if lw(c, j) == "quarter" {
            return None;
        }
    }
    let q = lexicon::ordinal(lw(c, j)).filter(|q| (1..=4).contains(q));
    let hyphen = q.is_some() && lw(c, j + 1) == "-";
    let k = if q.is_some() { j + 1 + usize::from(hyphen) } else { j };
    if lw(c, k) != "quarter" {
        // "the latest quarter", "the current quarter", "the latest period"
        if the
            && matches!(lw(c, j), "latest" | "current" | "recent" | "most" | "same")
            && matches!(lw(c, j + 1), "quarter" | "period")
        {
            // The current quarter is the document's, whatever quarter
            // the text spoke of before.
            if lw(c, j) == "current" && lw(c, j + 1) == "quarter" {
                return found(i, j + 2, TimexType::Date, shifted(c, "Q", 0)?, Anchor::Dct);
            }
            // The latest quarter is one with results: a completed one.
            let completed_only = matches!(lw(c, j), "latest" | "recent" | "most");
            return discourse_quarter_if(c, i, j + 2, completed_only);
        }
        return None;
    }
    let Some(q) = q else {
        return if the { discourse_quarter(c, i, k + 1) } else { None };
    };
    let mut end = k + 1;
    let year = if lw(c, end) == "of" && c.toks.get(end + 1).and_then(four_digit_year).is_some() {
        let y = c.toks.get(end + 1).and_then(four_digit_year);
        end += 2;
        y
    } else if named_year.is_some() {
        named_year
    } else if let (None, Some(dct)) = (year_shift, c.dct) {
        // Results reported for a quarter still ahead in the calendar are
        // last year's ("announced a drop in profits for the fourth
        // quarter" in January).
        let later = q > u32::from(quarter_of(dct));
        Some(if later && past_context(c, i) && !future_context(c, i) { dct.year() - 1 } else { dct.year() })
    } else {
        year_of(c).map(|y| y + year_shift.unwrap_or(0))
    };
    let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    // "the third-quarter results": the article belongs to "results".
    let start = if hyphen && the { i + 1 } else { i };
    let mut f = found(start, end, TimexType::Date, format!("{y}-Q{q}"), Anchor::Dct)?;
    f.names_quarter = true;
    Some(f)
}

fn discourse_quarter(c: &Ctx<'_>, start: usize, end: usize) -> Option<Found> {
    discourse_quarter_if(c, start, end, false)
}

/// The quarter the text last named (with `completed_only`, unless it was
/// named as one ahead), else the last completed quarter.
fn discourse_quarter_if(c: &Ctx<'_>, start: usize, end: usize, completed_only: bool) -> Option<Found> {
    if let Some((y, q)) = c.quarter.filter(|_| !completed_only || !c.quarter_ahead) {
        return found(start, end, TimexType::Date, format!("{y:04}-Q{q}"), Anchor::Discourse);
    }
    // The last completed quarter: what earnings news reports on.
    found(start, end, TimexType::Date, shifted(c, "Q", -1)?, Anchor::Dct)
}

/// 75 years, the last two weeks, three-month, several days, the first
/// nine months, more than a year, a few minutes, no more than sixty days.
fn duration(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut j = i;
    let mut modifier = None;
    let mod_word = |w: &str| lexicon::find(w, |x| if let Word::Mod(m) = x { Some(*m) } else { None });
    match (lw(c, j), lw(c, j + 1)) {
        ("no", "more") if lw(c, j + 2) == "than" => {
            modifier = Some("EQUAL_OR_LESS");
            j += 3;
        }
        ("more", "than") | ("less", "than") | ("at", "least") | ("up", "to") => {
            modifier = mod_word(&format!("{} {}", lw(c, j), lw(c, j + 1)));
            j += 2;
        }
        // "over" is a modifier before a number ("over 20 years"), a
        // preposition before "the last two weeks".
        ("over", _) if lexicon::number(lw(c, j + 1)).is_none() => {}
        ("about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "over", _) => {
            modifier = mod_word(lw(c, j));
            j += 1;
        }
        _ => {}
    }
    let the = lw(c, j) == "the";
    if the {
        j += 1;
    }
    let span_word = matches!(
        lw(c, j),
        "past" | "last" | "next" | "first" | "coming" | "previous" | "final" | "latest" | "entire" | "full"
    );
    if span_word {
        j += 1;
    }
    // "the past week": one week.
    if the
        && matches!(lw(c, j - 1), "past" | "last" | "next" | "coming" | "previous")
        && lexicon::unit(lw(c, j)).is_some()
        && !lw(c, j).ends_with('s')
        && lw(c, j + 1) != "-"
    {
        let (unit, _) = unit_at(c, j)?;
        let value = period("1", unit);
        let f = Found {
            start: i,
            end: j + 1,
            kind: TimexType::Duration,
            value,
            modifier: None,
            anchor: Anchor::Absolute,
            names_quarter: false,
        };
        return Some(with_mod(f, modifier));
    }
    // "a decades-long war": the article does not count a plural.
    let article_before_plural = matches!(lw(c, j), "a" | "an") && unit_at(c, j + 1).is_some_and(|(_, plural)| plural);
    let (n, k) = match number_at(c, j) {
        _ if article_before_plural => (None, j + 1),
        Some((n, k)) if lw(c, j) != "a" || !the => (Some(n), k),
        _ if matches!(lw(c, j), "several" | "few" | "some" | "many") => (None, j + 1),
        _ if lw(c, j) == "a" && lw(c, j + 1) == "few" => (None, j + 2),
        _ if lw(c, j) == "a" && lw(c, j + 1) == "couple" && lw(c, j + 2) == "of" => (Some(2), j + 3),
        _ => (None, j),
    };
    // "20 more years", "two more weeks": as long as the number says.
    let k =
        if n.is_some() && k > j && matches!(lw(c, k), "more" | "additional" | "further") && unit_at(c, k + 1).is_some()
        {
            k + 1
        } else {
            k
        };
    // "two and a half years", "2 1/2 years": half a unit more.
    let half_at = |k: usize| -> Option<usize> {
        let words = (lw(c, k), lw(c, k + 1), lw(c, k + 2));
        matches!(words, ("and", "a", "half") | ("1", "/", "2")).then_some(k + 3)
    };
    let (mut half, k) = match half_at(k).filter(|_| n.is_some() && k > j) {
        Some(after) => (true, after),
        None => (false, k),
    };
    // "two-year" is a duration; "last-minute" is not.
    let hyphen = lw(c, k) == "-" && k > j;
    let k = if hyphen { k + 1 } else { k };
    let (unit, plural) = unit_at(c, k)?;
    // "the 1988 quarter": a year, not 1,988 quarters.
    if !plural && c.toks.get(j).and_then(four_digit_year).is_some() {
        return None;
    }
    // A bare unit ("year") is not a duration; a bare plural only after
    // "for"/"over"/"within".
    let long = lw(c, k + 1) == "-" && lw(c, k + 2) == "long";
    let extent_prep = i > 0 && matches!(lw(c, i - 1), "throughout" | "over" | "during" | "for" | "within");
    if n.is_none() && k == j && !(plural && i > 0 && matches!(lw(c, i - 1), "for" | "over" | "within")) && !the && !long
    {
        return None;
    }
    // "the years" alone is not a duration, except after a preposition of
    // extent ("throughout the years"); "the last few years" is one.
    if the && n.is_none() && k == j && !(plural && extent_prep) {
        return None;
    }
    // "a year ago" is a date (see `ago`), and so is "year-earlier".
    if matches!(lw(c, k + 1), "ago" | "earlier" | "later" | "hence")
        || lw(c, k + 1) == "-" && matches!(lw(c, k + 2), "ago" | "earlier" | "end" | "old")
    {
        return None;
    }
    // Ages ("52 years old") and fractions ("three-quarters of") are not
    // times.
    if lw(c, k + 1) == "old" || unit == "Q" && (hyphen || lw(c, k + 1) == "of") && n.is_some_and(|n| n > 1) {
        return None;
    }
    let mut end = k + 1;
    // "decades-long", "years-long"
    if lw(c, end) == "-" && lw(c, end + 1) == "long" {
        end += 2;
    } else if n.is_none() && k == j && !the && !extent_prep {
        return None;
    }
    // "a minute and a half" (not for units whose half has no value:
    // "three weeks and a half" stays three weeks).
    if let Some(n) = n.filter(|_| !half && lw(c, end) == "and") {
        if let Some(after) = half_at(end).filter(|_| and_a_half(n, unit).is_some()) {
            half = true;
            end = after;
        }
    }
    let amount = n.map_or("X".to_string(), |n| n.to_string());
    let value = n.filter(|_| half).and_then(|n| and_a_half(n, unit)).unwrap_or_else(|| period(&amount, unit));
    // "a two-year plan", "a five year plan": adjectival, so the article
    // belongs to the noun.
    let adjectival = (the || matches!(lw(c, i), "a" | "an")) && modifier.is_none() && n.is_some() && j > i;
    let start = if article_before_plural {
        j + 1
    } else if adjectival && (hyphen || !plural) && lw(c, j) != "a" {
        j
    } else {
        i
    };
    let f = Found {
        start,
        end,
        kind: TimexType::Duration,
        value,
        modifier: None,
        anchor: Anchor::Absolute,
        names_quarter: false,
    };
    Some(with_mod(f, modifier))
}

/// now, currently, recently, the past, the future, recent years.
fn fuzzy(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let w = lw(c, i);
    if w == "the" && matches!(lw(c, i + 1), "past" | "future" | "present") {
        if lexicon::unit(lw(c, i + 2)).is_some() || lexicon::number(lw(c, i + 2)).is_some() {
            return None;
        }
        let v = match lw(c, i + 1) {
            "past" => "PAST_REF",
            "future" => "FUTURE_REF",
            _ => "PRESENT_REF",
        };
        return found(i, i + 2, TimexType::Date, v.to_string(), Anchor::Dct);
    }
    if w == "right" && lw(c, i + 1) == "now" {
        return found(i, i + 2, TimexType::Date, "PRESENT_REF".into(), Anchor::Dct);
    }
    if w == "these" && lw(c, i + 1) == "days" {
        return found(i, i + 2, TimexType::Date, "PRESENT_REF".into(), Anchor::Dct);
    }
    let v = lexicon::find(w, |x| if let Word::Fuzzy(v) = x { Some(*v) } else { None })?;
    // "recent years", "recent months"
    // TimeBank reads "recent months" and "recent weeks" as a stretch of
    // time (PXM, PXW), "recent years" and "recent days" as the past.
    if w == "recent" {
        // "recent weeks and months": the past, as a whole.
        if unit_at(c, i + 1).is_some_and(|u| u.1) && lw(c, i + 2) == "and" && unit_at(c, i + 3).is_some_and(|u| u.1) {
            return found(i, i + 4, TimexType::Date, "PAST_REF".into(), Anchor::Dct);
        }
        match unit_at(c, i + 1) {
            Some((unit @ ("M" | "W"), true)) => {
                return found(i, i + 2, TimexType::Duration, period("X", unit), Anchor::Dct);
            }
            Some((_, true)) => return found(i, i + 2, TimexType::Date, "PAST_REF".into(), Anchor::Dct),
            _ => {}
        }
    }
    // "current" and "recent" as adjectives of other nouns are not times,
    // except "current" before a unit ("the current quarter" is handled
    // elsewhere).
    if matches!(w, "future" | "once") {
        return None;
    }
    found(i, i + 1, TimexType::Date, v.to_string(), Anchor::Dct)
}

/// daily, every Monday, each year, every month, Tuesday nights.
fn set(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let w = lw(c, i);
    if let Some(v) = lexicon::find(w, |x| if let Word::Set(v) = x { Some(*v) } else { None }) {
        return found(i, i + 1, TimexType::Set, v.to_string(), Anchor::Absolute);
    }
    // "$1.76 a year", "twice a week", "700 seats a week": a rate.
    if matches!(w, "a" | "per") && !lw(c, i + 1).ends_with('s') {
        let after_amount = i > 0
            && (c.toks[i - 1].is_number
                || matches!(lw(c, i - 1), "twice" | "times" | "once" | "seats" | "dollars" | "shares"));
        if let (true, Some(u)) = (after_amount || w == "per", lexicon::unit(lw(c, i + 1))) {
            let v = period("1", u);
            return found(i, i + 2, TimexType::Set, v, Anchor::Absolute);
        }
    }
    if !matches!(w, "every" | "each" | "per") {
        if w == "on" && lw(c, i + 1) == "a" && lw(c, i + 3) == "basis" {
            let v = lexicon::find(lw(c, i + 2), |x| if let Word::Set(v) = x { Some(*v) } else { None })?;
            return found(i + 2, i + 3, TimexType::Set, v.to_string(), Anchor::Absolute);
        }
        return None;
    }
    let j = i + 1;
    if let Some(wd) = lexicon::weekday(lw(c, j)) {
        return found(i, j + 1, TimexType::Set, format!("XXXX-WXX-{wd}"), Anchor::Absolute);
    }
    if let Some(m) = month_here(c, j) {
        return found(i, j + 1, TimexType::Set, format!("XXXX-{m:02}"), Anchor::Absolute);
    }
    let (n, k) = number_at(c, j).filter(|(_, k)| *k > j && lw(c, j) != "a").unwrap_or((1, j));
    let (unit, _) = unit_at(c, k)?;
    let value = period(&n.to_string(), unit);
    found(i, k + 1, TimexType::Set, value, Anchor::Absolute)
}

/// this summer, last spring, the winter.
fn season(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (n, j) = match lw(c, i) {
        "this" => (0, i + 1),
        "last" | "past" => (-1, i + 1),
        "next" | "coming" => (1, i + 1),
        _ => return None,
    };
    // "this past spring": the one just past ("last spring" is left as
    // last year's: writers use it both ways).
    let just_past = n == 0 && lw(c, j) == "past";
    let (n, j) = if just_past { (-1, j + 1) } else { (n, j) };
    let s = lexicon::find(lw(c, j), |x| if let Word::Season(v) = x { Some(*v) } else { None })?;
    // The spring just past is this year's once spring has begun; the
    // winter just past began last December until December comes.
    let start_month = match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    let n = match c.dct {
        Some(d) if just_past && start_month < d.month() => 0,
        _ => n,
    };
    let y = year_of(c).map_or("XXXX".to_string(), |y| format!("{:04}", i64::from(y) + n));
    found(i, j + 1, TimexType::Date, format!("{y}-{s}"), Anchor::Dct)
}

/// 6 a.m., 7:15 p.m. EST, noon Thursday, midnight Friday, around 10 p.m.
fn clock(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut start = i;
    let mut j = i;
    let mut modifier = None;
    if matches!(lw(c, j), "around" | "about" | "approximately") {
        modifier = Some("APPROX");
        j += 1;
    }
    let time = if matches!(lw(c, j), "noon" | "midnight") {
        j += 1;
        if lw(c, j - 1) == "noon" {
            "12:00".to_string()
        } else {
            "24:00".to_string()
        }
    } else {
        let t = c.toks.get(j).filter(|t| t.is_number)?;
        let (h, m) = match t.lower.split_once(':') {
            Some((h, m)) => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?),
            None => (t.lower.parse::<u8>().ok()?, 0),
        };
        let ampm = lw(c, j + 1);
        let zoned = t.lower.contains(':') && matches!(lw(c, j + 1), "gmt" | "est" | "et" | "utc");
        if !(matches!(ampm, "am" | "pm") || zoned) {
            return None;
        }
        if h > 12 && matches!(ampm, "am" | "pm") || m > 59 {
            return None;
        }
        let h = match ampm {
            "pm" if h < 12 => h + 12,
            "am" if h == 12 => 0,
            _ => h,
        };
        j += 2;
        format!("{h:02}:{m:02}")
    };
    if matches!(lw(c, j), "est" | "edt" | "et" | "gmt" | "utc" | "pst" | "cst") {
        j += 1;
    }
    if modifier.is_none() {
        start = i;
    }
    // A day after the time: "noon Thursday", "10 p.m. Wednesday", "5 p.m. EST Nov. 9".
    let k = if lw(c, j) == "," { j + 1 } else { j };
    let mut end = j;
    let mut date = c.dct.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".to_string());
    if let Some(f) = weekday(c, k).or_else(|| day_ref(c, k)).or_else(|| month_date(c, k)) {
        if f.value.len() >= 10 {
            date = f.value[..10].to_string();
            end = f.end;
        }
    }
    let f = Found {
        start,
        end,
        kind: TimexType::Time,
        value: format!("{date}T{time}"),
        modifier: None,
        anchor: Anchor::Dct,
        names_quarter: false,
    };
    Some(with_mod(f, modifier))
}

/// the weekend, this weekend, last weekend.
fn weekend(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let (n, j) = match lw(c, i) {
        "the" => (None, i + 1),
        "this" => (Some(0), i + 1),
        "last" | "past" => (Some(-1), i + 1),
        "next" | "coming" => (Some(1), i + 1),
        _ => return None,
    };
    if lw(c, j) != "weekend" {
        return None;
    }
    let n = n.unwrap_or_else(|| {
        // Monday to Thursday: the weekend just past.
        let wd = c.dct.map_or(7, |d| d.weekday().to_monday_one_offset());
        if wd <= 4 {
            -1
        } else {
            0
        }
    });
    found(i, j + 1, TimexType::Date, shifted(c, "WE", n)?, Anchor::Dct)
}

/// "nineteen ninety-six", "the year two thousand": years said in words.
fn spoken_year(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut j = i;
    let the_year = lw(c, j) == "the" && lw(c, j + 1) == "year";
    if the_year {
        j += 2;
    }
    let centuries = lexicon::number(lw(c, j)).filter(|n| (10..=20).contains(n) && !c.toks[j].is_number);
    let y = match centuries {
        Some(hundreds) => {
            let (rest, end) = number_at(c, j + 1)?;
            if !(10..100).contains(&rest) || c.toks[j + 1].is_number {
                return None;
            }
            (hundreds * 100 + rest, end)
        }
        None if the_year => {
            let (n, end) = number_at(c, j)?;
            if !(1000..=2100).contains(&n) || c.toks[j].is_number {
                return None;
            }
            (n, end)
        }
        None => return None,
    };
    found(i, y.1, TimexType::Date, format!("{:04}", y.0), Anchor::Absolute)
}

/// "year-end", "the year-end": the last day of the document's year.
fn year_end(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let j = if lw(c, i) == "the" { i + 1 } else { i };
    if lw(c, j) == "year" && lw(c, j + 1) == "-" && lw(c, j + 2) == "end" {
        // "since year-end": the last one passed.
        let back = i > 0 && lw(c, i - 1) == "since" && c.dct.is_some_and(|d| d.month() < 12);
        let y = year_of(c)? - i16::from(back);
        return found(j, j + 3, TimexType::Date, format!("{y:04}-12-31"), Anchor::Dct);
    }
    None
}

/// "the 20th century", "the eleventh century".
fn century(c: &Ctx<'_>, i: usize) -> Option<Found> {
    let j = if lw(c, i) == "the" { i + 1 } else { i };
    let n = lexicon::ordinal(lw(c, j)).filter(|n| (1..=30).contains(n))?;
    if lw(c, j + 1) != "century" {
        return None;
    }
    found(i, j + 2, TimexType::Date, format!("{:02}", n - 1), Anchor::Absolute)
}

/// "the year", "the fiscal year", "the week", "the day": the period the
/// document is in — a DATE — except after "for"/"during"/"over", where it
/// is how long something lasted — a DURATION.
fn the_unit(c: &Ctx<'_>, i: usize) -> Option<Found> {
    if lw(c, i) != "the" {
        return None;
    }
    let mut j = i + 1;
    if matches!(lw(c, j), "fiscal" | "full" | "calendar" | "current") {
        j += 1;
    }
    let unit = match lw(c, j) {
        "year" => "Y",
        "week" => "W",
        "day" => "D",
        "month" => "M",
        _ => return None,
    };
    // "the year-earlier period", "the year before": other rules.
    if matches!(lw(c, j + 1), "-" | "before" | "after" | "earlier" | "ago") {
        return None;
    }
    // "the year ended Sept. 30", "throughout the fiscal year": a
    // year-long period. "for the year", "results for the full year": the
    // year itself (TimeML annotates the calendar or fiscal year as a date).
    let duration = matches!(lw(c, j + 1), "ended" | "ending")
        || i > 0 && matches!(lw(c, i - 1), "during" | "over" | "through" | "throughout");
    if duration {
        return found(i, j + 1, TimexType::Duration, format!("P1{unit}"), Anchor::Absolute);
    }
    found(i, j + 1, TimexType::Date, shifted(c, unit, 0)?, Anchor::Dct)
}
