use newswire_text::*;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_sync() {
    assert_send_sync::<Span>();
    assert_send_sync::<Error>();
    assert_send_sync::<Document>();
    assert_send_sync::<Segmenter>();
    assert_send_sync::<Paragraph<'static>>();
    assert_send_sync::<Paragraphs<'static>>();
    assert_send_sync::<Sentence<'static>>();
    assert_send_sync::<Sentences<'static>>();
    assert_send_sync::<AllSentences<'static>>();
    assert_send_sync::<Token<'static>>();
    assert_send_sync::<Tokens<'static>>();
    assert_send_sync::<Normalized<'static>>();
    assert_send_sync::<OffsetUnit>();
}
