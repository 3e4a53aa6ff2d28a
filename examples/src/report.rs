//! The terminal report: the story as plain text, one section per question.

use std::io::{self, Write};

use crate::story::Story;

/// `text` on one line, cut to `n` characters with an ellipsis.
pub(crate) fn short(text: &str, n: usize) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = folded.chars().take(n).collect();
    if cut.len() < folded.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Writes the readable report of `story`.
pub fn write_report(story: &Story, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "Documents")?;
    for d in &story.documents {
        let how = match (d.dct_source, &d.dct_reason) {
            (Some("inferred"), Some(r)) => format!("inferred: {r}"),
            (Some(s), _) => s.to_string(),
            (None, _) => "no date".to_string(),
        };
        writeln!(out, "  {}  {}  ({how})", d.id, d.dct.as_deref().unwrap_or("----------"))?;
        if let Some(t) = &d.title {
            writeln!(out, "      {}", short(t, 100))?;
        }
    }
    writeln!(out, "\nPeople")?;
    for p in &story.people {
        let role = p.role.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
        writeln!(out, "  {} {}{role} — {} mentions", p.id, p.canonical, p.mentions.len())?;
        writeln!(out, "      written {}", p.variants.join(" · "))?;
    }
    writeln!(out, "\nWho said what, when")?;
    // One group per person, then the quotes whose speaker is no person of
    // the corpus ("officials", an unnamed source).
    let mut groups: Vec<(String, Option<&str>)> =
        story.people.iter().map(|p| (p.canonical.clone(), Some(p.id.as_str()))).collect();
    groups.push(("Others, not a person found in the corpus".to_string(), None));
    for (name, id) in groups {
        let said: Vec<_> = story.quotes.iter().filter(|q| q.speaker.as_deref() == id).collect();
        if said.is_empty() {
            continue;
        }
        writeln!(out, "  {name} ({} statements)", said.len())?;
        for q in said {
            writeln!(
                out,
                "    {} [{} · {} · {}] {}",
                q.said_on.as_deref().unwrap_or("----------"),
                q.doc,
                q.kind,
                q.speaker_mention.as_deref().unwrap_or("?"),
                short(&q.text, 100)
            )?;
        }
    }
    writeln!(out, "\nThe same statement across sources")?;
    if story.statements.is_empty() {
        writeln!(out, "  (no statement is reported by two sources)")?;
    }
    for (n, s) in story.statements.iter().enumerate() {
        writeln!(out, "  #{}", n + 1)?;
        for id in &s.quotes {
            if let Some(q) = story.quote(id) {
                writeln!(out, "    {} {}: {}", q.doc, q.said_on.as_deref().unwrap_or(""), short(&q.text, 110))?;
            }
        }
    }
    writeln!(out, "\nFigures that disagree")?;
    if story.figures.is_empty() {
        writeln!(out, "  (no count is reported differently by two sources)")?;
    }
    for f in &story.figures {
        writeln!(out, "  {}:", f.about)?;
        for r in &f.reports {
            let by = r.attributed_to.as_deref().map(|a| format!(" (according to {a})")).unwrap_or_default();
            writeln!(
                out,
                "    {:>9}  {}  {}  “{}”{by}",
                group_digits(r.value),
                r.date.as_deref().unwrap_or("----------"),
                r.doc,
                r.text
            )?;
        }
    }
    Ok(())
}

/// 1234567 → "1,234,567".
pub(crate) fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
