//! The post's supporting material: each option's "What is X?" and "When to choose X" sections
//! (code samples kept), who uses it ("Companies using X"), the short answer, the verdict, and the
//! closing line.

use super::ask;
use super::kinds::{classify, Kind};
use super::lexicon::Lexicon;
use super::named::option_in;
use super::read::{escape, Block, Text};
use verdict_core::content::{Choice, Section, Verdict};
use verdict_core::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// A title within the rules' limit.
fn title(text: &str) -> String {
    ask::shortened(text.trim(), MAX_SHORT_TEXT)
}

/// Prose within the rules' limit (cut at a word, never inside the markup's escapes).
fn long(text: String) -> String {
    if text.chars().count() <= MAX_LONG_TEXT {
        return text;
    }
    let cut = ask::shortened(&text, MAX_LONG_TEXT - 2);
    cut.trim_end_matches('\\').to_owned()
}

/// The marks a heading sets a label apart with ("React VS Vue: 성능", "Eklentiler - VsCode",
/// "Django vs Flask – Performance").
pub const LABEL_MARKS: [&str; 6] = [":", "：", " – ", " — ", " - ", " | "];

/// A section of the article: a heading and the blocks up to the next heading at its level or
/// above.
pub struct Part<'a> {
    /// The heading.
    pub title: &'a str,
    /// Its level.
    pub level: u8,
    /// Where its heading is among the blocks.
    pub at: usize,
    /// The blocks under it.
    pub blocks: &'a [Block],
}

/// The article's sections, in order (nested ones too).
pub fn parts_of(blocks: &[Block], offset: usize) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if let Block::Heading { level, text } = block {
            let end = blocks[i + 1..]
                .iter()
                .position(|b| matches!(b, Block::Heading { level: l, .. } if l <= level))
                .map_or(blocks.len(), |n| i + 1 + n);
            out.push(Part {
                title: text,
                level: *level,
                at: offset + i,
                blocks: &blocks[i + 1..end],
            });
        }
    }
    out
}

/// A paragraph's lines as one line of prose, inline markup kept.
pub fn prose(lines: &[Text]) -> String {
    lines
        .iter()
        .map(|l| l.rich.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A heading's text without a leading "1.", "1)", "#1", "1 -", "2、", "3.1" or "1 " (a number
/// of at most two digits before a word: "2023 roadmap" keeps its year).
pub fn unnumbered(text: &str) -> &str {
    let text = text.trim_start();
    let hashed = text.strip_prefix('#').unwrap_or(text);
    let rest = hashed.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let number = &hashed[..hashed.len() - rest.len()];
    // "A) Setup & Einstieg", "b) Performance": a letter numbers it as a digit would.
    let mut chars = hashed.chars();
    if let (Some(letter), Some(')')) = (chars.next(), chars.next()) {
        if letter.is_ascii_alphabetic() && chars.as_str().starts_with(' ') {
            return chars.as_str().trim_start();
        }
    }
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return text;
    }
    if let Some(rest) = rest.strip_prefix([')', ':', '、', '．']) {
        return rest.trim_start();
    }
    if let Some(rest) = rest.trim_start().strip_prefix(['-', '–', '—']) {
        return rest.trim_start();
    }
    let short = number.contains('.') || number.len() <= 2 || hashed.len() < text.len();
    if short && rest.starts_with(char::is_whitespace) {
        return rest.trim_start();
    }
    // "1.Bersifat Open Source": a number and its dot run into a capitalised word.
    if number.ends_with('.') && number.len() <= 3 && rest.starts_with(char::is_uppercase) {
        return rest;
    }
    text
}

/// A section of content from the blocks under a heading.
pub fn section(heading: &str, blocks: &[Block]) -> Section {
    let mut s = Section {
        title: title(heading),
        ..Section::default()
    };
    for block in blocks {
        match block {
            Block::Paragraph(lines) => {
                if lines.iter().all(Text::mostly_linked) {
                    continue;
                }
                let text = long(prose(lines));
                if s.body.is_none() && s.bullets.is_empty() && s.code.is_empty() {
                    s.body = Some(text);
                } else if s.after.is_none() {
                    s.after = Some(text);
                } else {
                    s.points.push(text);
                }
            }
            Block::List(items) => s.bullets.extend(
                items
                    .iter()
                    .filter(|i| !i.mostly_linked())
                    .map(|i| long(i.rich.clone())),
            ),
            Block::Code(code) => s.code.push(code.clone()),
            Block::Heading { .. } => break,
            Block::Table { .. } | Block::Html => {}
        }
    }
    s
}

/// An item's text as a reason: a sentence that introduced a code sample ("… returning JSON:")
/// ends with a full stop when it stands alone.
pub fn as_reason(text: &str) -> String {
    match text.trim_end().strip_suffix(':') {
        Some(sentence) => format!("{sentence}."),
        None => text.to_owned(),
    }
}

/// The items of a when-to-choose part: its sub-headings (each a section with its code), else
/// its list items (a bold label or the words before a colon as the title, the rest as body).
pub fn items(part: &Part<'_>) -> Vec<Section> {
    let subs: Vec<Part<'_>> = parts_of(part.blocks, 0)
        .into_iter()
        .filter(|p| p.level > part.level)
        .collect();
    if !subs.is_empty() {
        return subs
            .iter()
            .map(|s| section(unnumbered(s.title), s.blocks))
            .collect();
    }
    part.blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(items) => Some(items),
            _ => None,
        })
        .flatten()
        .filter(|item| !item.mostly_linked())
        .map(|item| match label_and_rest(item) {
            Some((label, rest)) => Section {
                title: title(&label),
                body: Some(long(escape(&rest))),
                ..Section::default()
            },
            None => Section {
                title: title(&item.plain),
                ..Section::default()
            },
        })
        .collect()
}

/// A list item's label (its bold start, or the words before its colon) and the rest.
fn label_and_rest(item: &Text) -> Option<(String, String)> {
    let plain = item.plain.trim();
    let (label, rest) = match &item.lead {
        Some(lead) => (
            lead.clone(),
            // Not at a character's middle where the text spells the bold words otherwise.
            plain
                .get(lead.len().min(plain.len())..)
                .unwrap_or(plain)
                .to_owned(),
        ),
        None => {
            let (l, r) = plain.split_once(':')?;
            if !(1..=6).contains(&l.split_whitespace().count()) {
                return None;
            }
            (l.to_owned(), r.to_owned())
        }
    };
    let rest = rest
        .trim()
        .trim_start_matches([':', '—', '–'])
        .trim()
        .to_owned();
    (!rest.is_empty()).then(|| (ask::cleaned(&label), rest))
}

/// What the material sections give the draft.
#[derive(Default)]
pub struct Material {
    /// The short answer.
    pub short_answer: Option<Section>,
    /// Who uses the options.
    pub usage: Option<Section>,
    /// The verdict.
    pub verdict: Option<Verdict>,
}

/// Fills each option's "about", "when to choose" and "used by" from the parts, and returns the
/// short answer, usage notes and verdict.
pub fn material(
    parts: &[Part<'_>],
    options: &mut [Choice],
    notes: &mut Vec<String>,
    lex: &Lexicon,
) -> Material {
    let mut found = Material::default();
    for part in parts {
        let lower = part.title.to_lowercase();
        // A conclusion asking "which fits you?" is the verdict, not a when-to-choose list.
        let concluding = lex.has(part.title, &lex.conclusion);
        let kind = classify(part.title, lex).filter(|_| !concluding);
        if matches!(kind, Some(Kind::WhenToChoose)) {
            match option_in(options, part.title) {
                Some(o) => {
                    let items = items(part);
                    if items.is_empty() {
                        notes.push(format!("The section \"{}\" has no items (sub-headings or a list) to ask about.", part.title));
                    }
                    options[o].when_to_choose.extend(items);
                }
                None if options.len() >= 2 => notes.push(format!(
                    "The section \"{}\" is about something that is not one of the options.",
                    part.title
                )),
                None => {}
            }
        } else if lex
            .first(part.title, &lex.what_is)
            // "What is X?" opens the heading; "Xとは", "X nedir", "X क्या है" end it.
            .is_some_and(|(at, word)| at < 4 || at + word.len() + 4 >= lower.len())
            && option_in(options, part.title).is_some()
        {
            if let Some(o) = option_in(options, part.title) {
                let about = section(part.title, part.blocks);
                if about.body.is_some() || !about.bullets.is_empty() {
                    options[o].about = Some(about);
                }
            }
        } else if lower.contains("short answer")
            || lower.contains("tl;dr")
            || lower.contains("tldr")
        {
            let mut s = section(part.title, part.blocks);
            s.points = s
                .body
                .take()
                .into_iter()
                .chain(s.after.take())
                .chain(s.points)
                .collect();
            found.short_answer = Some(s);
        } else if found.verdict.is_none() && lex.has(part.title, &lex.conclusion) {
            let s = section(part.title, part.blocks);
            if s.body.is_some() || !s.bullets.is_empty() {
                found.verdict = Some(Verdict {
                    title: s.title,
                    pick: None,
                    body: s.body,
                    bullets: s.bullets,
                    after: s.after,
                });
            }
        }
        // An option's own section ("# Angular", "## Go: practical, pragmatic, plain"), where it
        // has no "What is X?": its first paragraph and the code samples under it.
        // Any of its spellings: "Github Codespaces" is the section of "Github Codespaces
        // (Codespaces)", the option as the draft finds it until the content is put together.
        let own = options.iter().position(|o| {
            let t = crate::lexicon::lowercase(part.title.trim());
            crate::named::spellings(&o.name)
                .iter()
                .any(|(spelled, _)| t == *spelled || t.starts_with(&format!("{spelled}:")))
        });
        if let Some(o) = own.filter(|&o| options[o].about.is_none()) {
            let mut about = section(part.title, part.blocks);
            about.code = part
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Code(code) => Some(code.clone()),
                    _ => None,
                })
                .take(3)
                .collect();
            if about.body.is_some() || !about.code.is_empty() {
                options[o].about = Some(about);
            }
        }
        // "Companies using X" followed by a list: who uses X; the section is the usage notes.
        for (i, block) in part.blocks.iter().enumerate() {
            let label = match block {
                Block::Paragraph(lines) if lines.len() == 1 => lines[0].plain.to_lowercase(),
                _ => continue,
            };
            let Some((at, word)) = lex.first(&label, &lex.usage) else {
                continue;
            };
            let Some(rest) = label.get(at + word.len()..) else {
                continue;
            };
            if let (Some(o), Some(Block::List(items))) =
                (option_in(options, rest), part.blocks.get(i + 1))
            {
                options[o].used_by = items.iter().map(|i| i.plain.clone()).collect();
                let after = part.blocks[i + 2..].iter().find_map(|b| match b {
                    Block::Paragraph(lines) if !lex.has(&lines[0].plain, &lex.usage) => {
                        Some(prose(lines))
                    }
                    _ => None,
                });
                found.usage = Some(Section {
                    title: title(part.title),
                    after,
                    ..Section::default()
                });
            }
        }
    }
    found
}
