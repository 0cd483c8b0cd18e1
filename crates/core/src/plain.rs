//! Prose as plain text, for places that show no markup: a page's description and `og:` tags,
//! the card drawn for chat apps.

use super::markup::{self, Span};

/// What a reader sees of `text`, on one line: the inline markup taken away (a link's text kept,
/// its address not), runs of whitespace as one space.
pub fn plain_line(text: &str) -> String {
    let seen: String = markup::parse(text)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) | Span::Emphasis(t) | Span::Strong(t) | Span::Code(t) => t,
            Span::Link { text, .. } => text,
        })
        .collect();
    seen.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` in at most `max` characters, cut with an ellipsis where it is longer.
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!(
            "{}…",
            text.chars()
                .take(max.saturating_sub(1))
                .collect::<String>()
                .trim_end()
        )
    }
}
