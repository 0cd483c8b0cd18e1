//! Content prose with its inline markup ([`crate::core::markup`]) as Yew nodes.
//!
//! Every span becomes a text node or an element built here; nothing from the content reaches
//! the page as HTML, so a `<script>` written in a field shows as text.

use yew::prelude::*;

use crate::core::markup::{self, Span};

/// Renders one prose field.
pub fn rich(text: &str) -> Html {
    markup::parse(text)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => html! { { t } },
            Span::Emphasis(t) => html! { <em>{ t }</em> },
            Span::Strong(t) => html! { <strong>{ t }</strong> },
            Span::Code(t) => html! { <code class="vd-inline-code">{ t }</code> },
            // A new tab: following a link must not throw away the reader's place in the quiz.
            Span::Link { text, href } => html! {
                <a class="vd-content-link" href={href} target="_blank" rel="noopener noreferrer">{ text }</a>
            },
        })
        .collect()
}

/// Content text that keeps its direction to itself (`<bdi>`): a name or question shown inside a
/// line of the widget's own words, which an unclosed right-to-left mark in it would otherwise
/// reverse ("seY" for "Yes").
pub fn bdi(text: &str) -> Html {
    html! { <bdi>{ text.to_owned() }</bdi> }
}

/// A template of the widget's words with its `{0}`, `{1}`… holes filled by `args`, each isolated
/// ([`bdi`]); the holes as [`crate::core::locale::fill`] reads them.
pub fn fill_html(template: &str, args: &[&str]) -> Html {
    const MARK: char = '\u{0}';
    let marks: Vec<String> = (0..args.len())
        .map(|i| format!("{MARK}{i}{MARK}"))
        .collect();
    let refs: Vec<&str> = marks.iter().map(String::as_str).collect();
    let filled = crate::core::locale::fill(template, &refs);
    filled
        .split(MARK)
        .enumerate()
        .map(
            |(i, part)| match part.parse::<usize>().ok().filter(|_| i % 2 == 1) {
                Some(arg) => bdi(args.get(arg).copied().unwrap_or("")),
                None => html! { { part.to_owned() } },
            },
        )
        .collect()
}
