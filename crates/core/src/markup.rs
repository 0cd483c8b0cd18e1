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

/// Where each marker closes, precomputed once so that a scan of the text takes time in proportion
/// to its length: searching forward from every unclosed `[` or `**` again made 100 KB of `[`
/// freeze a page for 42 s (the square of the length).
struct Closings {
    /// For each byte offset, the first unescaped `**` at or after it (escapes read from there).
    strong: Vec<u32>,
    /// Likewise for `*`.
    emphasis: Vec<u32>,
    /// Likewise for `](`.
    link_middle: Vec<u32>,
    /// For each byte offset, the `)` that closes a link address starting there (parentheses
    /// inside balanced: `https://en.wikipedia.org/wiki/Flask_(web_framework)`).
    href_end: Vec<u32>,
}

/// "Not found" in [`Closings`].
const NONE: u32 = u32::MAX;

impl Closings {
    fn of(text: &str) -> Self {
        let n = text.len();
        let bytes = text.as_bytes();
        let mut strong = vec![NONE; n + 1];
        let mut emphasis = vec![NONE; n + 1];
        let mut link_middle = vec![NONE; n + 1];
        // Right to left: the answer at `i` is `i` itself, or the answer where an escape-aware
        // scan from `i` goes next (past the character, or past `\` and the character it
        // escapes). Offsets inside a character are never asked for.
        for i in (0..n).rev() {
            if !text.is_char_boundary(i) {
                continue;
            }
            let width = |at: usize| text[at..].chars().next().map_or(1, char::len_utf8);
            let next = if bytes[i] == b'\\' {
                if i + 1 >= n {
                    n
                } else {
                    i + 1 + width(i + 1)
                }
            } else {
                i + width(i)
            };
            let escaped = bytes[i] == b'\\';
            let at = |list: &Vec<u32>, hit: bool| if hit { i as u32 } else { list[next] };
            strong[i] = at(&strong, !escaped && bytes[i..].starts_with(b"**"));
            emphasis[i] = at(&emphasis, !escaped && bytes[i] == b'*');
            link_middle[i] = at(&link_middle, !escaped && bytes[i..].starts_with(b"]("));
        }
        // A link address from `i` ends at the first `)` where the running balance of parentheses
        // drops below what it was at `i`: the next smaller prefix balance, found for every offset
        // at once with a stack.
        let mut balance = vec![0i64; n + 1];
        for i in 0..n {
            balance[i + 1] = balance[i]
                + match bytes[i] {
                    b'(' => 1,
                    b')' => -1,
                    _ => 0,
                };
        }
        let mut href_end = vec![NONE; n + 1];
        let mut waiting: Vec<usize> = vec![0];
        for j in 1..=n {
            while let Some(&i) = waiting.last() {
                if balance[j] < balance[i] {
                    // Byte j - 1 is the `)` that took the balance below the start's.
                    href_end[i] = (j - 1) as u32;
                    waiting.pop();
                } else {
                    break;
                }
            }
            waiting.push(j);
        }
        Self {
            strong,
            emphasis,
            link_middle,
            href_end,
        }
    }

    fn get(list: &[u32], from: usize) -> Option<usize> {
        list.get(from)
            .copied()
            .filter(|&at| at != NONE)
            .map(|at| at as usize)
    }
}

fn scan<'a>(text: &'a str, emit: &mut impl FnMut(Token<'a>)) {
    let closings = Closings::of(text);
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
            Closings::get(&closings.strong, i + 2)
                .filter(|&end| end > i + 2)
                .map(|end| (Token::Strong(&text[i + 2..end]), end + 2 - i))
        } else if rest.starts_with('*') {
            Closings::get(&closings.emphasis, i + 1)
                .filter(|&end| end > i + 1)
                .map(|end| (Token::Emphasis(&text[i + 1..end]), end + 1 - i))
        } else if let Some(after) = rest.strip_prefix('`') {
            // Code is literal: no escapes inside, it ends at the next backtick.
            after
                .find('`')
                .filter(|&len| len > 0)
                .map(|len| (Token::Code(&after[..len]), len + 2))
        } else if rest.starts_with('[') {
            Closings::get(&closings.link_middle, i + 1).and_then(|mid| {
                let href_from = mid + 2;
                Closings::get(&closings.href_end, href_from).map(|end| {
                    let len = end - href_from;
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
