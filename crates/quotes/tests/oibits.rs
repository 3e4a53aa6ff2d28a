use newswire_quotes::*;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_sync() {
    assert_send_sync::<QuoteFinder>();
    assert_send_sync::<Quote<'static>>();
    assert_send_sync::<QuoteKind>();
    assert_send_sync::<Speaker>();
}
