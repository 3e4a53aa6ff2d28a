use newswire_names::*;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_sync() {
    assert_send_sync::<Name>();
    assert_send_sync::<NamePart>();
    assert_send_sync::<NameMatcher>();
    assert_send_sync::<NameMatch>();
    assert_send_sync::<Alignment>();
}
