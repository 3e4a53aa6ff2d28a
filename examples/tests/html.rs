//! The web page: every string from the data is escaped, so hostile
//! article text, ids and names add no element, attribute or script.

use newswire_examples::{build, html};
use newswire_text::Document;

/// Tags the page itself writes; anything else came from the data.
const OUR_TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "nav",
    "a",
    "main",
    "section",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "div",
    "span",
    "ol",
    "ul",
    "li",
    "time",
    "details",
    "summary",
    "blockquote",
    "article",
    "mark",
    "footer",
];

/// Every tag name opened or closed in `page`.
fn tags(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect();
        out.push(name);
    }
    out
}

fn hostile() -> Vec<Document> {
    vec![
        Document::new(
            "<img src=x onerror=alert(1)>.txt",
            "<h1>Breaking</h1> <script>alert('title')</script>\n\n\
             <b>Reuters</b>/ World: Foreign Minister John O'Reilly met Anna \"Annie\" Kowalski on Monday.\n\n\
             “<script>alert('quote')</script> is what we want, and 12,000 people were killed,” O'Reilly said.\n\n\
             Kowalski said that the <iframe src=\"javascript:alert(2)\"></iframe> talks would go on for weeks.",
        )
        .with_dct("2024-03-05"),
        Document::new(
            "b\" onmouseover=\"alert(3)",
            "John O'Reilly said that \"><svg onload=alert(4)> the talks would go on for weeks.\n\n\
             Officials said 12,500 people were killed in the <style>body{display:none}</style> war.",
        )
        .with_dct("2024-03-06"),
    ]
}

#[test]
fn hostile_text_adds_no_element() {
    let story = build(&hostile());
    let page = html::page(&story);
    // The hostile strings made it into the story…
    assert!(story.quotes.iter().any(|q| q.text.contains("<script>")), "{:#?}", story.quotes);
    assert!(story.figures.len() == 1, "{:#?}", story.figures);
    // …and into the page only as text.
    for t in tags(&page) {
        assert!(OUR_TAGS.contains(&t.as_str()), "tag <{t}> came from the data");
    }
    assert_eq!(page.matches("<style>").count(), 1);
    // Event-handler text survives only inside escaped markup, never as an
    // attribute of ours.
    for bad in ["<script", "<img", "<iframe", "<svg", "onmouseover=\""] {
        assert!(!page.contains(bad), "{bad}");
    }
    assert!(page.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;"));
    assert!(page.contains("b&quot; onmouseover=&quot;alert(3)"));
}

#[test]
fn escaping_covers_markup_and_controls() {
    assert_eq!(html::esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assert_eq!(html::esc("a\u{0}b\u{7}c\nd"), "a\u{FFFD}b\u{FFFD}c\nd");
    assert_eq!(html::esc("حسين أمير"), "حسين أمير");
}

#[test]
fn empty_corpus_is_a_page() {
    let page = html::page(&build(&[]));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("No figure is reported differently"));
    assert!(page.trim_end().ends_with("</html>"));
}
