//! The story page in a real browser: headless Chromium renders the seed
//! story and a script the test adds (the page itself has none) measures
//! what is on screen — the timeline with every quote, the people and
//! figure tables, the statement cards — and writes it into the DOM that
//! `--dump-dom` prints.
//!
//! Needs Debian's `chromium` (or `NEWSWIRE_CHROMIUM=/path/to/chrome`).
//! Without one the test says so and passes, except under CI (`CI` set),
//! where `.ci/run` installs Chromium and a missing browser is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use newswire_examples::{build, html};
use newswire_text::corpus::{InputFormat, Records};
use newswire_text::Document;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSWIRE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

fn seeds() -> Vec<Document> {
    let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds"));
    Records::open(&[dir], InputFormat::Auto).map(|r| r.expect("seed article")).collect()
}

/// Measures the rendered page: counts only boxes the browser laid out
/// with a size, so hidden or collapsed content does not count.
const PROBE: &str = r#"<script id="probe">
window.addEventListener('load', () => {
  const shown = sel => [...document.querySelectorAll(sel)].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
  const tl = document.querySelector('#timeline ol.timeline');
  const r = tl ? tl.getBoundingClientRect() : {width: 0, height: 0};
  const out = {
    timeline_w: Math.round(r.width), timeline_h: Math.round(r.height),
    days: shown('li.day'), entries: shown('li.entry'),
    people_rows: shown('table.people tbody tr'), document_rows: shown('table.documents tbody tr'),
    statements: shown('article.statement'), marks: shown('article.statement mark'),
    figure_rows: shown('table.figures tbody tr'), bars: shown('.bar'),
    foreign: document.querySelectorAll('script:not(#probe), img, iframe, svg, object, embed').length,
    overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
  };
  const pre = document.createElement('pre');
  pre.id = 'layout';
  pre.textContent = 'LAYOUT' + JSON.stringify(out) + 'END';
  document.body.appendChild(pre);
});
</script>"#;

/// Renders `page` (with the probe) in headless Chromium; the measurement.
fn render(chrome: &Path, page: &str, dir: &Path) -> serde_json::Value {
    // The page forbids scripts by CSP; the test's copy lets its own probe run.
    let probed = page
        .replace(
            "default-src 'none'; style-src 'unsafe-inline'",
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
        )
        .replace("</body>", &format!("{PROBE}</body>"));
    let file = dir.join("story.html");
    std::fs::write(&file, probed).expect("write page");
    let profile = dir.join("profile");
    let out = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    let marker = "id=\"layout\">LAYOUT";
    let start = dom.find(marker).map(|i| i + marker.len() - "LAYOUT".len()).unwrap_or_else(|| {
        panic!("no layout in the dumped DOM; chromium said: {}", String::from_utf8_lossy(&out.stderr))
    });
    let end = dom[start..].find("END").expect("end marker") + start;
    serde_json::from_str(&dom[start + "LAYOUT".len()..end]).expect("layout JSON")
}

#[test]
fn story_page_renders_in_chromium() {
    let Some(chrome) = chromium() else {
        assert!(std::env::var_os("CI").is_none(), "CI must have Chromium: .ci/run installs Debian's chromium");
        eprintln!("skipped: no Chromium found (apt-get install chromium, or set NEWSWIRE_CHROMIUM)");
        return;
    };
    let story = build(&seeds());
    let dir = std::env::temp_dir().join(format!("newswire-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let layout = render(&chrome, &html::page(&story), &dir);
    let _ = std::fs::remove_dir_all(&dir);
    let n = |k: &str| layout[k].as_u64().unwrap_or_else(|| panic!("{k} in {layout}"));

    // The timeline is laid out, one entry per quote, on the days they were said.
    assert!(n("timeline_w") > 600 && n("timeline_h") > 1000, "{layout}");
    assert_eq!(n("entries"), story.quotes.len() as u64, "{layout}");
    let days: std::collections::BTreeSet<_> = story.quotes.iter().map(|q| q.said_on.clone()).collect();
    assert_eq!(n("days"), days.len() as u64);
    // Tables and cards.
    assert_eq!(n("people_rows"), 8);
    assert_eq!(n("document_rows"), 5);
    assert_eq!(n("statements"), story.statements.len() as u64);
    assert!(n("marks") > 0, "wording differences are highlighted");
    assert_eq!(n("figure_rows"), 7);
    assert_eq!(n("bars"), 7);
    // Nothing but the page's own markup, and nothing wider than the window.
    assert_eq!(n("foreign"), 0);
    assert_eq!(layout["overflow"], false, "{layout}");
}
