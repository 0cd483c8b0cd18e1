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
