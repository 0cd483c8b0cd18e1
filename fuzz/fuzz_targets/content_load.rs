//! Fuzzes the content reader with arbitrary bytes: parsing, decoding, validation and the inline
//! markup must never panic, every refusal must say where and why, and accepted content must
//! score for any responses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verdict_core::load;
use verdict_core::markup;
use verdict_core::quiz::Response;
use verdict_core::scoring::score;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = markup::parse(text);
    match load::from_json(text) {
        Ok(content) => {
            let all_first = vec![Response::Chose(0); content.questions.len()];
            let _ = score(&content, &all_first);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.iter().all(|p| !p.message.is_empty()));
        }
    }
});
