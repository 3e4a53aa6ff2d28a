use newswire_dates::*;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_sync() {
    assert_send_sync::<DateFinder>();
    assert_send_sync::<Timex<'static>>();
    assert_send_sync::<TimexType>();
    assert_send_sync::<Anchor>();
    assert_send_sync::<DocumentDate>();
    assert_send_sync::<DctSource>();
}
