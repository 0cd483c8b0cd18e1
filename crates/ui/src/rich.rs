//! Content prose with its inline markup ([`verdict_core::markup`]) as Yew nodes.
//!
//! Every span becomes a text node or an element built here; nothing from the content reaches
//! the page as HTML, so a `<script>` written in a field shows as text.

use yew::prelude::*;

use verdict_core::markup::{self, Span};

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

/// Quotation marks, opening or closing, in the languages we ship.
const QUOTES: [char; 8] = ['“', '”', '„', '«', '»', '「', '」', '"'];

/// Whether a text holds quotation marks of its own.
pub fn quotes(text: &str) -> bool {
    text.chars().any(|c| QUOTES.contains(&c))
}

/// A template of the widget's words with its `{0}`, `{1}`… holes filled by `args`, each isolated
/// ([`bdi`]); a hole with no argument is left as written, as [`verdict_core::locale::fill`] does.
pub fn fill_html(template: &str, args: &[&str]) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let hole = after.find('}').and_then(|close| {
            let arg = after[..close].parse::<usize>().ok()?;
            Some((close, *args.get(arg)?))
        });
        match hole {
            Some((close, arg)) => {
                let (mut before, mut next) = (&rest[..open], &after[close + 1..]);
                // A question that quotes already ("Does this matter to you? “Speed”") drops the
                // template's own marks around it.
                if let (true, Some(b), Some(n)) = (
                    quotes(arg),
                    before.chars().next_back().filter(|c| QUOTES.contains(c)),
                    next.chars().next().filter(|c| QUOTES.contains(c)),
                ) {
                    before = &before[..before.len() - b.len_utf8()];
                    next = &next[n.len_utf8()..];
                }
                out.push(html! { { before.to_owned() } });
                out.push(bdi(arg));
                rest = next;
            }
            None => {
                out.push(html! { { rest[..=open].to_owned() } });
                rest = after;
            }
        }
    }
    out.push(html! { { rest.to_owned() } });
    out.into_iter().collect()
}
