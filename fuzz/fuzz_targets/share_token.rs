//! Fuzzes the share-token decoder and the fragment helpers with arbitrary input: they must
//! never panic, and whatever decodes must re-encode to exactly the same token.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use verdict_core::content::Content;
use verdict_core::share;
use verdict_core::load;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| load::embedded_default().expect("default content"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let content = content();
    if let Ok(progress) = share::decode(content, text) {
        assert_eq!(share::encode(content, &progress), text);
    }
    let key = share::key(&content.id);
    if let share::Found::Token(token) = share::find(text, &key) {
        let _ = share::decode(content, token);
    }
    let _ = share::with_token(text, &key, Some("v1.1.r0000000"));
    let _ = share::with_token(text, &key, None);
});
