//! The story as one self-contained web page: no script, no network, no
//! font or stylesheet from elsewhere. Article text is untrusted, so every
//! string from the data goes through [`esc`] and only into text or quoted
//! attribute positions.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::report::{group_digits, short};
use crate::story::{word_key, words, QuoteInfo, Story};

/// HTML-escapes text for element content and double- or single-quoted
/// attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than line breaks and tabs have no place in a
            // page (and NUL is a parse error).
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink:#1d2330; --muted:#5b6475; --line:#e3e6ec; --bg:#fafbfc; --card:#fff; --accent:#2f5bd3; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif; color:var(--ink); background:var(--bg); }
header { padding:28px 40px 18px; background:#16203a; color:#fff; }
header h1 { margin:0 0 4px; font-size:26px; letter-spacing:-.01em; }
header p { margin:0; color:#c9d2ea; }
nav { position:sticky; top:0; z-index:2; display:flex; gap:18px; padding:10px 40px; background:#fff; border-bottom:1px solid var(--line); }
nav a { color:var(--accent); text-decoration:none; font-weight:600; font-size:14px; }
main { max-width:1180px; margin:0 auto; padding:8px 40px 60px; }
section { margin-top:34px; }
h2 { font-size:20px; margin:0 0 12px; padding-bottom:6px; border-bottom:2px solid var(--line); }
h3 { font-size:16px; margin:0; }
table { width:100%; border-collapse:collapse; background:var(--card); border:1px solid var(--line); border-radius:8px; overflow:hidden; }
th, td { text-align:left; vertical-align:top; padding:8px 12px; border-bottom:1px solid var(--line); }
th { background:#f1f3f7; font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
tr:last-child td { border-bottom:none; }
.muted { color:var(--muted); font-size:13px; }
.swatch { display:inline-block; width:10px; height:10px; border-radius:50%; margin-right:8px; background:var(--c); vertical-align:baseline; }
.chip { display:inline-block; margin:2px 4px 2px 0; padding:1px 8px; border-radius:10px; background:#eef1f7; font-size:13px; unicode-bidi:isolate; }
.badge { display:inline-block; padding:0 7px; border-radius:9px; font-size:11px; font-weight:700; text-transform:uppercase; letter-spacing:.03em; }
.badge.stated, .badge.given { background:#e3f4e8; color:#1f6b35; }
.badge.inferred { background:#fff1d6; color:#8a5a00; }
.badge.none { background:#f1f1f1; color:#777; }
.kind-direct { background:#e6ecfb; color:#2441a0; }
.kind-mixed { background:#efe6fb; color:#5b2aa0; }
.kind-indirect { background:#eef0f2; color:#4a5261; }
ol.timeline { list-style:none; margin:0; padding:0 0 0 22px; border-left:3px solid #cfd6e4; }
li.day { position:relative; margin:0 0 26px; }
li.day::before { content:""; position:absolute; left:-31px; top:4px; width:15px; height:15px; border-radius:50%; background:var(--accent); border:3px solid var(--bg); }
li.day > h3 { margin-bottom:10px; }
li.day > h3 .muted { font-weight:400; margin-left:8px; }
details.speaker { margin:0 0 10px; background:var(--card); border:1px solid var(--line); border-left:5px solid var(--c); border-radius:8px; }
details.speaker > summary { cursor:pointer; padding:8px 12px; font-weight:600; }
details.speaker > summary .muted { font-weight:400; }
ol.entries { list-style:none; margin:0; padding:0 12px 6px; }
li.entry { padding:8px 0; border-top:1px dashed var(--line); }
li.entry blockquote { margin:2px 0 4px; padding:0; font-size:15px; unicode-bidi:plaintext; }
li.entry blockquote::before { content:"“"; color:var(--muted); }
li.entry blockquote::after { content:"”"; color:var(--muted); }
.statements { display:grid; grid-template-columns:repeat(auto-fill,minmax(520px,1fr)); gap:14px; }
article.statement { background:var(--card); border:1px solid var(--line); border-top:4px solid var(--c); border-radius:8px; padding:12px 14px; }
article.statement ul { list-style:none; margin:8px 0 0; padding:0; }
article.statement li { padding:8px 0; border-top:1px solid var(--line); }
article.statement .src { font-size:12px; color:var(--muted); display:block; }
mark { background:#ffe58f; padding:0 1px; border-radius:2px; }
.figure { margin-bottom:18px; }
.figure h3 { margin-bottom:6px; }
.bar { height:10px; border-radius:5px; background:linear-gradient(90deg,#7ea2ff,#2f5bd3); min-width:2px; }
td.date, time { white-space:nowrap; }
td.num { text-align:right; font-variant-numeric:tabular-nums; font-weight:700; white-space:nowrap; }
td.barcell { width:28%; }
.newest { background:#fff7e0; }
footer { margin-top:40px; color:var(--muted); font-size:12px; }
"#;

/// Hue for the person at index `i`: golden-angle steps keep neighbours
/// apart.
fn colour(i: usize) -> String {
    format!("hsl({:.0} 62% 46%)", (i as f64 * 137.508) % 360.0)
}

/// Writes the whole page for `story`.
pub fn page(story: &Story) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let colour_of: BTreeMap<&str, String> =
        story.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), colour(i))).collect();
    let grey = "hsl(220 10% 60%)".to_string();
    let c = |speaker: Option<&str>| speaker.and_then(|s| colour_of.get(s)).unwrap_or(&grey).clone();

    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>Who said what, when — {} documents</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        story.documents.len()
    );
    let _ = writeln!(
        h,
        "<header><h1>Who said what, when</h1><p>{} documents · {} people · {} quotes · {} statements reported by \
         several sources · {} figures that disagree</p></header>",
        story.documents.len(),
        story.people.len(),
        story.quotes.len(),
        story.statements.len(),
        story.figures.len()
    );
    h.push_str(
        "<nav><a href=\"#documents\">Documents</a><a href=\"#people\">People</a><a href=\"#timeline\">Timeline</a>\
         <a href=\"#statements\">Same statement</a><a href=\"#figures\">Figures</a></nav>\n<main>\n",
    );

    // Documents.
    h.push_str(
        "<section id=\"documents\"><h2>Documents</h2>\n<table class=\"documents\"><thead><tr><th>Document</th>\
         <th>Date</th><th>How the date is known</th></tr></thead><tbody>\n",
    );
    for d in &story.documents {
        let source = d.dct_source.unwrap_or("none");
        let title = d.title.as_deref().map(|t| format!("<div class=\"muted\">{}</div>", esc(t))).unwrap_or_default();
        let outlet =
            d.outlet.as_deref().map(|o| format!(" <span class=\"chip\">{}</span>", esc(o))).unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td><strong>{}</strong>{outlet}{title}</td><td class=\"date\">{}</td><td><span class=\"badge {}\">{}</span> \
             <span class=\"muted\">{}</span></td></tr>",
            esc(&d.id),
            esc(d.dct.as_deref().unwrap_or("unknown")),
            esc(source),
            esc(source),
            esc(d.dct_reason.as_deref().unwrap_or(""))
        );
    }
    h.push_str("</tbody></table></section>\n");

    // People.
    h.push_str(
        "<section id=\"people\"><h2>People</h2>\n<table class=\"people\"><thead><tr><th>Person</th><th>Role</th>\
         <th>Written as</th><th>Mentions</th><th>Statements</th></tr></thead><tbody>\n",
    );
    for p in &story.people {
        let said = story.quotes.iter().filter(|q| q.speaker.as_deref() == Some(p.id.as_str())).count();
        let variants: String = p
            .variants
            .iter()
            .map(|v| {
                let docs: BTreeSet<&str> = p.mentions.iter().filter(|m| &m.text == v).map(|m| m.doc.as_str()).collect();
                let docs: Vec<&str> = docs.into_iter().collect();
                format!("<span class=\"chip\" dir=\"auto\" title=\"in {}\">{}</span>", esc(&docs.join(", ")), esc(v))
            })
            .collect();
        let _ = writeln!(
            h,
            "<tr><td style=\"--c:{}\"><span class=\"swatch\"></span><strong dir=\"auto\">{}</strong></td><td>{}</td>\
             <td>{variants}</td><td>{}</td><td>{said}</td></tr>",
            colour_of[p.id.as_str()],
            esc(&p.canonical),
            esc(p.role.as_deref().unwrap_or("—")),
            p.mentions.len()
        );
    }
    h.push_str("</tbody></table></section>\n");

    // Timeline: days in order, within a day one group per speaker.
    h.push_str("<section id=\"timeline\"><h2>Timeline of statements</h2>\n<ol class=\"timeline\">\n");
    let mut days: BTreeMap<&str, Vec<&QuoteInfo>> = BTreeMap::new();
    for q in &story.quotes {
        days.entry(q.said_on.as_deref().unwrap_or("~")).or_default().push(q);
    }
    for (day, quotes) in &days {
        let label = if *day == "~" { "Date unknown".to_string() } else { esc(day) };
        let _ = writeln!(
            h,
            "<li class=\"day\"><h3><time>{label}</time><span class=\"muted\">{} statements</span></h3>",
            quotes.len()
        );
        let mut speakers: Vec<Option<&str>> = Vec::new();
        for q in quotes {
            if !speakers.contains(&q.speaker.as_deref()) {
                speakers.push(q.speaker.as_deref());
            }
        }
        for sp in speakers {
            let mine: Vec<&&QuoteInfo> = quotes.iter().filter(|q| q.speaker.as_deref() == sp).collect();
            let name = match sp.and_then(|id| story.person(id)) {
                Some(p) => esc(&p.canonical),
                None => "Other speakers".to_string(),
            };
            let _ = writeln!(
                h,
                "<details class=\"speaker\" open style=\"--c:{}\"><summary>{name} <span class=\"muted\">· {}</span>\
                 </summary><ol class=\"entries\">",
                c(sp),
                mine.len()
            );
            for q in mine {
                let _ = writeln!(
                    h,
                    "<li class=\"entry\" id=\"{}\"><blockquote dir=\"auto\">{}</blockquote><div class=\"muted\">\
                     <span class=\"badge kind-{}\">{}</span> {} · “{}” {} </div></li>",
                    esc(&q.id),
                    // The closing comma of "“…,” he said" belongs to the sentence.
                    esc(q.text.trim_end_matches([',', ' '])),
                    esc(q.kind),
                    esc(q.kind),
                    esc(&q.doc),
                    esc(q.speaker_mention.as_deref().unwrap_or("?")),
                    esc(q.cue.as_deref().unwrap_or(""))
                );
            }
            h.push_str("</ol></details>\n");
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ol></section>\n");

    // Statements, with the words only one wording uses marked.
    h.push_str(
        "<section id=\"statements\"><h2>The same statement across sources</h2>\n<p class=\"muted\">Highlighted: \
         words the other reports of the statement do not use.</p>\n<div class=\"statements\">\n",
    );
    for (n, s) in story.statements.iter().enumerate() {
        let members: Vec<&QuoteInfo> = s.quotes.iter().filter_map(|id| story.quote(id)).collect();
        let sp = members.first().and_then(|q| q.speaker.as_deref());
        let who = sp.and_then(|id| story.person(id)).map_or("Unknown speaker".to_string(), |p| esc(&p.canonical));
        let docs: BTreeSet<&str> = members.iter().map(|q| q.doc.as_str()).collect();
        let _ = writeln!(
            h,
            "<article class=\"statement\" style=\"--c:{}\"><h3>#{} · {who} <span class=\"muted\">· {} sources</span>\
             </h3><ul>",
            c(sp),
            n + 1,
            docs.len()
        );
        for (k, q) in members.iter().enumerate() {
            let others: BTreeSet<String> = members
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .flat_map(|(_, o)| words(&o.text).filter_map(word_key))
                .collect();
            let _ = writeln!(
                h,
                "<li><span class=\"src\">{} · {} · {}</span><span dir=\"auto\">{}</span></li>",
                esc(&q.doc),
                esc(q.said_on.as_deref().unwrap_or("")),
                esc(q.kind),
                highlight(&q.text, &others)
            );
        }
        h.push_str("</ul></article>\n");
    }
    h.push_str("</div></section>\n");

    // Figures.
    h.push_str("<section id=\"figures\"><h2>Figures that disagree</h2>\n");
    for f in &story.figures {
        let max = f.reports.iter().map(|r| r.value).max().unwrap_or(1).max(1);
        let min = f.reports.iter().map(|r| r.value).min().unwrap_or(0);
        let _ = writeln!(
            h,
            "<div class=\"figure\"><h3>{} <span class=\"muted\">· {} reports, {} to {}</span></h3>\
             <table class=\"figures\"><thead><tr><th>Figure</th><th></th><th>Date</th><th>Source</th>\
             <th>As written</th><th>According to</th></tr></thead><tbody>",
            esc(&f.about),
            f.reports.len(),
            group_digits(min),
            group_digits(max)
        );
        // "Newest" only means something when the dates differ.
        let dates: BTreeSet<&str> = f.reports.iter().filter_map(|r| r.date.as_deref()).collect();
        let newest = if dates.len() > 1 { dates.last().copied() } else { None };
        for r in &f.reports {
            let is_newest = newest.is_some() && r.date.as_deref() == newest;
            let _ = writeln!(
                h,
                "<tr{}><td class=\"num\">{}</td><td class=\"barcell\"><div class=\"bar\" style=\"width:{:.1}%\"></div>\
                 </td><td>{}{}</td><td>{}</td><td>“{}”</td><td>{}</td></tr>",
                if is_newest { " class=\"newest\"" } else { "" },
                group_digits(r.value),
                100.0 * r.value as f64 / max as f64,
                esc(r.date.as_deref().unwrap_or("unknown")),
                if is_newest { " <span class=\"badge inferred\">newest</span>" } else { "" },
                esc(&r.doc),
                esc(&r.text),
                esc(r.attributed_to.as_deref().unwrap_or("—"))
            );
        }
        h.push_str("</tbody></table></div>\n");
    }
    if story.figures.is_empty() {
        h.push_str("<p class=\"muted\">No figure is reported differently by two sources.</p>\n");
    }
    h.push_str("</section>\n");
    let _ = write!(
        h,
        "<footer>Made by newswire from {} documents. Quotes are shown as the articles print them; speakers \
         resolved from “he”, “the minister” and the like are the program’s reading. {}</footer>\n</main>\n\
         </body>\n</html>\n",
        story.documents.len(),
        esc(&short(&story.documents.iter().map(|d| d.id.as_str()).collect::<Vec<_>>().join(", "), 300))
    );
    h
}

/// `text`, escaped, with the words whose key is not in `others` marked.
fn highlight(text: &str, others: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut last = 0;
    for w in words(text) {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        out.push_str(&esc(&text[last..at]));
        match word_key(w) {
            Some(k) if !others.contains(&k) => {
                let _ = write!(out, "<mark>{}</mark>", esc(w));
            }
            _ => out.push_str(&esc(w)),
        }
        last = at + w.len();
    }
    out.push_str(&esc(&text[last..]));
    out
}
