//! The small inline markup allowed in content prose.
//!
//! `*emphasis*`, `**strong**`, `` `code` `` and `[link text](https://example.com)`; a backslash
//! makes the next character literal. Nothing nests, and anything that does not close is plain
//! text, so a stray `*` never swallows a paragraph. The result is a list of spans the UI turns
//! into its own nodes: content is never handed to the browser as HTML, so `<script>` in a field
//! is just text. Links must be `http://` or `https://`; anything else (`javascript:`, `data:`)
//! is kept as plain text here and reported by validation.

/// One run of inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// `*…*`
    Emphasis(String),
    /// `**…**`
    Strong(String),
    /// `` `…` ``
    Code(String),
    /// `[text](href)` with an http(s) address.
    Link {
        /// The visible text.
        text: String,
        /// The address, always `http://` or `https://`.
        href: String,
    },
}

/// Whether a link address is one the widget will follow: http(s) only.
pub fn is_safe_href(href: &str) -> bool {
    let lower = href.get(..8).unwrap_or(href).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !href.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Link addresses in a text that the widget refuses (not http(s)), in order.
pub fn refused_links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    scan(text, &mut |token| {
        if let Token::Link { href, .. } = token {
            if !is_safe_href(href) {
                out.push(href.to_owned());
            }
        }
    });
    out
}

/// Splits a text into spans. Plain text without markup comes back as one [`Span::Text`].
pub fn parse(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut plain = String::new();
    scan(text, &mut |token| {
        let span = match token {
            Token::Plain(s) => {
                plain.push_str(s);
                return;
            }
            Token::Escaped(c) => {
                plain.push(c);
                return;
            }
            Token::Link { text, href } if !is_safe_href(href) => {
                // Refused links keep their text, without the address.
                plain.push_str(&unescape(text));
                return;
            }
            Token::Link { text, href } => Span::Link {
                text: unescape(text),
                href: href.to_owned(),
            },
            Token::Emphasis(s) => Span::Emphasis(unescape(s)),
            Token::Strong(s) => Span::Strong(unescape(s)),
            Token::Code(s) => Span::Code(s.to_owned()),
        };
        if !plain.is_empty() {
            spans.push(Span::Text(std::mem::take(&mut plain)));
        }
        spans.push(span);
    });
    if !plain.is_empty() || spans.is_empty() {
        spans.push(Span::Text(plain));
    }
    spans
}

enum Token<'a> {
    Plain(&'a str),
    Escaped(char),
    Emphasis(&'a str),
    Strong(&'a str),
    Code(&'a str),
    Link { text: &'a str, href: &'a str },
}

/// Removes backslash escapes inside a marked-up run.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next().unwrap_or('\\')),
            c => out.push(c),
        }
    }
    out
}

/// The first `marker` at or after `from` that is not escaped with a backslash.
fn closing(text: &str, from: usize, marker: &str) -> Option<usize> {
    let mut i = from;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(after) = rest.strip_prefix('\\') {
            i += 1 + after.chars().next().map_or(0, char::len_utf8);
        } else if rest.starts_with(marker) {
            return Some(i);
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

/// Length of a link address up to its closing `)`, allowing balanced parentheses inside
/// (`https://en.wikipedia.org/wiki/Flask_(web_framework)`).
fn href_end(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in rest.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(i),
            b')' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn scan<'a>(text: &'a str, emit: &mut impl FnMut(Token<'a>)) {
    let mut i = 0;
    let mut plain_from = 0;
    while i < text.len() {
        let rest = &text[i..];
        let found: Option<(Token<'a>, usize)> = if let Some(after) = rest.strip_prefix('\\') {
            after
                .chars()
                .next()
                .map(|c| (Token::Escaped(c), 1 + c.len_utf8()))
        } else if rest.starts_with("**") {
            closing(text, i + 2, "**")
                .filter(|&end| end > i + 2)
                .map(|end| (Token::Strong(&text[i + 2..end]), end + 2 - i))
        } else if rest.starts_with('*') {
            closing(text, i + 1, "*")
                .filter(|&end| end > i + 1)
                .map(|end| (Token::Emphasis(&text[i + 1..end]), end + 1 - i))
        } else if let Some(after) = rest.strip_prefix('`') {
            // Code is literal: no escapes inside, it ends at the next backtick.
            after
                .find('`')
                .filter(|&len| len > 0)
                .map(|len| (Token::Code(&after[..len]), len + 2))
        } else if rest.starts_with('[') {
            closing(text, i + 1, "](").and_then(|mid| {
                let href_from = mid + 2;
                href_end(&text[href_from..]).map(|len| {
                    (
                        Token::Link {
                            text: &text[i + 1..mid],
                            href: &text[href_from..href_from + len],
                        },
                        href_from + len + 1 - i,
                    )
                })
            })
        } else {
            None
        };
        match found {
            Some((token, len)) => {
                if plain_from < i {
                    emit(Token::Plain(&text[plain_from..i]));
                }
                emit(token);
                i += len;
                plain_from = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        emit(Token::Plain(&text[plain_from..]));
    }
}
