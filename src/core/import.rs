//! A first draft of content from an article the author already wrote: CommonMark with GFM
//! tables, read with `pulldown-cmark` (a maintained parser; no Markdown is read by hand here).
//!
//! What it recognises:
//! - the title (the first heading) and the intro (the paragraph under it);
//! - the options and the comparison grid: a table whose header row names them
//!   (`| Feature | Django | Flask |`), else the title's "X vs Y";
//! - quick decision lines, `Do you need an admin panel? → Django` (also `->`, `=>`): a question
//!   whose "Yes" leans to that option, with the line as its reason (words after the option's name,
//!   "Flask first, then Django", become a note);
//! - sections titled "When to choose X" or "When to use X": each item (a sub-heading, else a list
//!   item) becomes one of X's "when to choose" sections, code samples kept, and a question leaning
//!   to X with the item's text as the reason; an item about what a decision line already asks
//!   gives that question its reason instead of a second question;
//! - "What is X?" sections (the option's "about"), lists after "Companies using X" (who uses it),
//!   a section titled like a verdict, a "Short answer", and the last paragraph as the closing
//!   line.
//!
//! What it could not find or use is listed in [`Draft::notes`], in words an author understands.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::content::{
    Answer, Choice, CodeSample, Content, Grid, GridRow, Question, Section, Verdict,
};
use super::id_map::IdMap;

/// A draft and what the importer could not find.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The content made from the article (checked like any other content afterwards).
    pub content: Content,
    /// What was missing or left out, one sentence each.
    pub notes: Vec<String>,
}

/// The weight a recognised answer gives the option it leans to.
const LEAN: i32 = 3;

/// One block of the article, in order.
#[derive(Debug, Clone)]
enum Block {
    Heading {
        level: u8,
        text: String,
    },
    /// Lines of a paragraph (split at line breaks), with inline markup kept.
    Paragraph(Vec<Text>),
    List(Vec<Text>),
    Code(CodeSample),
    Table {
        head: Vec<Text>,
        rows: Vec<Vec<Text>>,
    },
    Html,
}

/// A piece of text both with its inline markup (for prose) and plain (for titles and ids).
#[derive(Debug, Clone, Default)]
struct Text {
    rich: String,
    plain: String,
}

impl Text {
    fn push(&mut self, rich: &str, plain: &str) {
        self.rich.push_str(rich);
        self.plain.push_str(plain);
    }

    fn trimmed(mut self) -> Self {
        self.rich = self.rich.trim().to_owned();
        self.plain = self.plain.trim().to_owned();
        self
    }
}

/// Text with the markup characters escaped (`core::markup` reads a backslash as "literal").
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '`' | '[' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The article's blocks, read with pulldown-cmark.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let text = inline(&mut parser, TagEnd::Heading(level))
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                out.push(Block::Heading {
                    level: heading_level(level),
                    text: text.plain,
                });
            }
            Event::Start(Tag::Paragraph) => {
                let lines: Vec<Text> = inline(&mut parser, TagEnd::Paragraph)
                    .into_iter()
                    .filter(|l| !l.plain.is_empty())
                    .collect();
                if !lines.is_empty() {
                    out.push(Block::Paragraph(lines));
                }
            }
            Event::Start(Tag::List(_)) => out.push(Block::List(list(&mut parser))),
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_owned()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                let mut source = String::new();
                for event in parser.by_ref() {
                    match event {
                        Event::Text(t) => source.push_str(&t),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                out.push(Block::Code(CodeSample {
                    language: if language.is_empty() {
                        "code".to_owned()
                    } else {
                        language
                    },
                    caption: None,
                    source: source.trim_end_matches('\n').to_owned(),
                }));
            }
            Event::Start(Tag::Table(_)) => out.push(table(&mut parser)),
            Event::Html(_) | Event::Start(Tag::HtmlBlock) => {
                for event in parser.by_ref() {
                    if matches!(event, Event::End(TagEnd::HtmlBlock)) {
                        break;
                    }
                }
                out.push(Block::Html);
            }
            // Quotes and other containers: their paragraphs and lists come through as blocks.
            _ => {}
        }
    }
    out
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Inline content up to `end`, as lines (split at line breaks); always at least one line.
fn inline(parser: &mut Parser<'_>, end: TagEnd) -> Vec<Text> {
    let mut lines = vec![Text::default()];
    let mut link: Option<String> = None;
    for event in parser.by_ref() {
        let Some(line) = lines.last_mut() else { break };
        match event {
            Event::End(e) if e == end => break,
            Event::Text(t) => line.push(&escape(&t), &t),
            Event::Code(t) if !t.contains('`') => line.push(&format!("`{t}`"), &t),
            Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => line.push(&escape(&t), &t),
            Event::SoftBreak | Event::HardBreak => lines.push(Text::default()),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => line.push("*", ""),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => line.push("**", ""),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let href = dest_url.to_string();
                if super::markup::is_safe_href(&href) {
                    line.push("[", "");
                    link = Some(href);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(href) = link.take() {
                    line.push(&format!("]({href})"), "");
                }
            }
            _ => {}
        }
    }
    lines.into_iter().map(Text::trimmed).collect()
}

/// A list's items (nested lists flattened into their own items).
fn list(parser: &mut Parser<'_>) -> Vec<Text> {
    let mut items = Vec::new();
    let mut depth = 1;
    let mut current: Option<Text> = None;
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Start(Tag::Item) => {
                if let Some(item) = current.take() {
                    items.push(item.trimmed());
                }
                current = Some(Text::default());
            }
            Event::End(TagEnd::Item) => {
                if let Some(item) = current.take() {
                    items.push(item.trimmed());
                }
            }
            Event::Start(Tag::Paragraph) => {
                let lines = inline(parser, TagEnd::Paragraph);
                let item = current.get_or_insert_with(Text::default);
                for line in lines {
                    if !item.plain.is_empty() {
                        item.push(" ", " ");
                    }
                    item.push(&line.rich, &line.plain);
                }
            }
            Event::Text(t) => current
                .get_or_insert_with(Text::default)
                .push(&escape(&t), &t),
            Event::Code(t) => current
                .get_or_insert_with(Text::default)
                .push(&format!("`{}`", t.replace('`', "")), &t),
            Event::SoftBreak | Event::HardBreak => {
                current.get_or_insert_with(Text::default).push(" ", " ")
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => {
                current.get_or_insert_with(Text::default).push("*", "")
            }
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => {
                current.get_or_insert_with(Text::default).push("**", "")
            }
            _ => {}
        }
    }
    items.into_iter().filter(|i| !i.plain.is_empty()).collect()
}

fn table(parser: &mut Parser<'_>) -> Block {
    let mut head = Vec::new();
    let mut rows = Vec::new();
    let mut in_head = false;
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                let cell = inline(parser, TagEnd::TableCell)
                    .into_iter()
                    .reduce(|mut a, b| {
                        a.push(" ", " ");
                        a.push(&b.rich, &b.plain);
                        a
                    })
                    .unwrap_or_default();
                match (in_head, rows.last_mut()) {
                    (true, _) => head.push(cell),
                    (false, Some(row)) => row.push(cell),
                    (false, None) => rows.push(vec![cell]),
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    Block::Table { head, rows }
}

/// A short id from a name: lowercase letters, digits and dashes (`django-vs-flask`).
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(64).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "item".to_owned()
    } else {
        out
    }
}

/// `base`, or `base-2`, `base-3`… when taken.
fn unique(base: String, taken: &[String]) -> String {
    let mut id = base.clone();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// The words that say what a sentence is about (for telling two sentences about the same thing).
fn keywords(text: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "you", "are", "the", "and", "for", "need", "building", "build", "with", "your", "just",
        "want", "what", "when", "use", "using", "choose", "does", "that", "this", "have", "will",
        "full", "simple", "small", "large", "new", "app", "apps", "project", "web",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !COMMON.contains(&w.as_str()))
        .map(|w| w.strip_suffix('s').map(str::to_owned).unwrap_or(w))
        .collect()
}

/// A heading's text without a leading "1." or "1)".
fn unnumbered(text: &str) -> &str {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    match rest.strip_prefix(['.', ')']) {
        Some(rest) if rest.len() < text.len() => rest.trim_start(),
        _ => text,
    }
}

/// The option named in `text` (the earliest mention, by whole name, ignoring case).
fn option_in(options: &[Choice], text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| lower.find(&o.name.to_lowercase()).map(|at| (at, i)))
        .min()
        .map(|(_, i)| i)
}

/// A section of the article: a heading and the blocks up to the next heading at its level or
/// above.
struct Part<'a> {
    title: &'a str,
    level: u8,
    blocks: &'a [Block],
}

fn parts_of(blocks: &[Block]) -> Vec<Part<'_>> {
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
                blocks: &blocks[i + 1..end],
            });
        }
    }
    out
}

/// A section of content from the blocks under a heading.
fn section(title: &str, blocks: &[Block]) -> Section {
    let mut s = Section {
        title: title.to_owned(),
        ..Section::default()
    };
    for block in blocks {
        match block {
            Block::Paragraph(lines) => {
                let text = prose(lines);
                if s.body.is_none() && s.bullets.is_empty() && s.code.is_empty() {
                    s.body = Some(text);
                } else if s.after.is_none() {
                    s.after = Some(text);
                } else {
                    s.points.push(text);
                }
            }
            Block::List(items) => s.bullets.extend(items.iter().map(|i| i.rich.clone())),
            Block::Code(code) => s.code.push(code.clone()),
            Block::Heading { .. } => break,
            Block::Table { .. } | Block::Html => {}
        }
    }
    s
}

/// A paragraph's lines as one line of prose, inline markup kept.
fn prose(lines: &[Text]) -> String {
    lines
        .iter()
        .map(|l| l.rich.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An item's text as a reason: a sentence that introduced a code sample ("… returning JSON:")
/// ends with a full stop when it stands alone.
fn as_reason(text: &str) -> String {
    match text.trim_end().strip_suffix(':') {
        Some(sentence) => format!("{sentence}."),
        None => text.to_owned(),
    }
}

/// A question whose "Yes" leans to `option` for `reason`.
fn leaning(
    id: String,
    text: String,
    option: &Choice,
    reason: String,
    note: Option<String>,
) -> Question {
    Question {
        id,
        text,
        help: None,
        answers: vec![
            Answer {
                id: "yes".to_owned(),
                label: "Yes".to_owned(),
                weights: IdMap::from([(option.id.clone(), LEAN)]),
                reason: Some(reason),
                note,
            },
            Answer {
                id: "no".to_owned(),
                label: "No".to_owned(),
                weights: IdMap::new(),
                reason: None,
                note: None,
            },
        ],
        rows: Vec::new(),
    }
}

/// A draft of content from `markdown`, and what could not be found.
pub fn draft(markdown: &str) -> Draft {
    let blocks = blocks(markdown);
    let mut notes = Vec::new();
    let parts = parts_of(&blocks);

    let title = parts
        .first()
        .map(|p| p.title.to_owned())
        .unwrap_or_default();
    if title.is_empty() {
        notes.push("No title: start the article with a heading (# Title).".to_owned());
    }
    // The intro: the first paragraph under the title, before any other heading.
    let intro = parts.first().and_then(|p| {
        p.blocks
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { .. }))
            .find_map(|b| match b {
                Block::Paragraph(lines) => Some(prose(lines)),
                _ => None,
            })
    });
    if intro.is_none() {
        notes.push("No introduction: the paragraph right under the title becomes it.".to_owned());
    }

    // The options: the comparison table's header, else "X vs Y" in the title.
    let grid_table = blocks.iter().enumerate().find_map(|(i, b)| match b {
        Block::Table { head, rows } if head.len() >= 3 => Some((i, head, rows)),
        _ => None,
    });
    let mut options: Vec<Choice> = Vec::new();
    let names: Vec<String> = match &grid_table {
        Some((_, head, _)) => head[1..].iter().map(|c| c.plain.clone()).collect(),
        None => {
            notes.push(
                "No comparison table whose header row names the options (| Feature | A | B |): the draft has no grid rows."
                    .to_owned(),
            );
            title
                .split([':', '?'])
                .next()
                .unwrap_or("")
                .split(" vs ")
                .flat_map(|p| p.split(" vs. "))
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty() && p.split_whitespace().count() <= 3)
                .collect()
        }
    };
    for name in names {
        let id = unique(
            slug(&name),
            &options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
        );
        options.push(Choice {
            id,
            name,
            tagline: None,
            about: None,
            when_to_choose: Vec::new(),
            used_by: Vec::new(),
        });
    }
    if options.len() < 2 {
        notes.push("Could not tell which options are compared: name them in a table's header row, or in the title as \"X vs Y\".".to_owned());
    }

    // The grid.
    let mut grid = Grid {
        title: None,
        feature_label: "Feature".to_owned(),
        rows: Vec::new(),
    };
    if let Some((at, head, rows)) = &grid_table {
        grid.feature_label = head[0].plain.clone();
        grid.title = blocks[..*at].iter().rev().find_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        });
        for row in rows.iter() {
            // GFM pads a short row with empty cells: they become "-", said once per row.
            let Some(feature) = row.first() else { continue };
            if row.iter().skip(1).any(|c| c.plain.is_empty()) {
                notes.push(format!(
                    "The table row \"{}\" has empty cells: they say \"-\" in the draft.",
                    feature.plain
                ));
            }
            let id = unique(
                slug(&feature.plain),
                &grid.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
            );
            let cells = options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let cell = row
                        .get(i + 1)
                        .map(|c| c.rich.clone())
                        .filter(|c| !c.is_empty());
                    (o.id.clone(), cell.unwrap_or_else(|| "-".to_owned()))
                })
                .collect();
            grid.rows.push(GridRow {
                id,
                feature: feature.plain.clone(),
                cells,
            });
        }
    }

    // Quick decision lines: "Question? → Option".
    let mut questions: Vec<Question> = Vec::new();
    let mut leans: Vec<usize> = Vec::new();
    for block in &blocks {
        let Block::Paragraph(lines) = block else {
            continue;
        };
        for line in lines {
            let Some((question, answer)) = ["→", "->", "=>"]
                .iter()
                .find_map(|arrow| line.plain.split_once(arrow))
                .filter(|(q, _)| q.trim_end().ends_with('?'))
            else {
                continue;
            };
            let (question, answer) = (question.trim(), answer.trim());
            let Some(pick) = option_in(&options, answer) else {
                notes.push(format!(
                    "\"{}\" points to \"{answer}\", which is not one of the options.",
                    line.plain
                ));
                continue;
            };
            // Words after the option's name ("Flask first, then Django") are advice: a note.
            let note = (answer.to_lowercase() != options[pick].name.to_lowercase())
                .then(|| format!("The article says: {answer}."));
            let id = unique(
                slug(question),
                &questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>(),
            );
            questions.push(leaning(
                id,
                question.to_owned(),
                &options[pick],
                line.rich.clone(),
                note,
            ));
            leans.push(pick);
        }
    }

    // The article's sections.
    let mut usage: Option<Section> = None;
    let mut verdict: Option<Verdict> = None;
    let mut short_answer: Option<Section> = None;
    for part in &parts {
        let lower = part.title.to_lowercase();
        let named = ["when to choose ", "when to use ", "what is ", "why choose "]
            .iter()
            .find_map(|prefix| lower.strip_prefix(prefix).map(|rest| (*prefix, rest)));
        match named {
            Some((prefix, rest)) if prefix.starts_with("when") || prefix.starts_with("why") => {
                let Some(o) = option_in(&options, rest) else {
                    notes.push(format!(
                        "The section \"{}\" is about something that is not one of the options.",
                        part.title
                    ));
                    continue;
                };
                // Items: the sub-headings, else the list items.
                let subs: Vec<Part<'_>> = parts_of(part.blocks)
                    .into_iter()
                    .filter(|p| p.level > part.level)
                    .collect();
                let items: Vec<Section> = if subs.is_empty() {
                    part.blocks
                        .iter()
                        .filter_map(|b| match b {
                            Block::List(items) => Some(items),
                            _ => None,
                        })
                        .flatten()
                        .map(|i| Section {
                            title: i.plain.clone(),
                            ..Section::default()
                        })
                        .collect()
                } else {
                    subs.iter()
                        .map(|s| section(unnumbered(s.title), s.blocks))
                        .collect()
                };
                if items.is_empty() {
                    notes.push(format!(
                        "The section \"{}\" has no items (sub-headings or a list) to ask about.",
                        part.title
                    ));
                }
                for item in items {
                    let reason = as_reason(item.body.as_deref().unwrap_or(&escape(&item.title)));
                    let about = keywords(&item.title);
                    let same = questions.iter().zip(&leans).position(|(q, &lean)| {
                        lean == o && keywords(&q.text).iter().any(|k| about.contains(k))
                    });
                    match same {
                        // A decision line asks this already: the item's text explains its "Yes".
                        Some(q) => questions[q].answers[0].reason = Some(reason),
                        None => {
                            let text = if item.title.ends_with('?') {
                                item.title.clone()
                            } else {
                                format!("{}?", item.title.trim_end_matches('.'))
                            };
                            let id = unique(
                                slug(&item.title),
                                &questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>(),
                            );
                            questions.push(leaning(id, text, &options[o], reason, None));
                            leans.push(o);
                        }
                    }
                    options[o].when_to_choose.push(item);
                }
            }
            Some((_, rest)) => {
                if let Some(o) = option_in(&options, rest) {
                    options[o].about = Some(section(part.title, part.blocks));
                }
            }
            None if lower.contains("verdict") => {
                let s = section(part.title, part.blocks);
                verdict = Some(Verdict {
                    title: s.title,
                    pick: None,
                    body: s.body,
                    bullets: s.bullets,
                    after: s.after,
                });
            }
            None if lower.contains("short answer") || lower.contains("tl;dr") => {
                let mut s = section(part.title, part.blocks);
                s.points = s
                    .body
                    .take()
                    .into_iter()
                    .chain(s.after.take())
                    .chain(s.points)
                    .collect();
                short_answer = Some(s);
            }
            None => {}
        }
        // "Companies using X" followed by a list: who uses X; the section is the usage notes.
        for (i, block) in part.blocks.iter().enumerate() {
            let label = match block {
                Block::Paragraph(lines) if lines.len() == 1 => lines[0].plain.to_lowercase(),
                _ => continue,
            };
            let Some(rest) = label.strip_prefix("companies using ") else {
                continue;
            };
            if let (Some(o), Some(Block::List(items))) =
                (option_in(&options, rest), part.blocks.get(i + 1))
            {
                options[o].used_by = items.iter().map(|i| i.plain.clone()).collect();
                let after = part.blocks[i + 2..].iter().find_map(|b| match b {
                    Block::Paragraph(lines)
                        if !lines[0]
                            .plain
                            .to_lowercase()
                            .starts_with("companies using ") =>
                    {
                        Some(prose(lines))
                    }
                    _ => None,
                });
                usage = Some(Section {
                    title: part.title.to_owned(),
                    after,
                    ..Section::default()
                });
            }
        }
    }

    // The last paragraph, unless it is a decision line or the verdict's: the closing line.
    let closing = blocks.iter().rev().find_map(|b| match b {
        Block::Paragraph(lines) => Some(lines),
        _ => None,
    });
    let closing = closing
        .filter(|lines| {
            lines
                .iter()
                .all(|l| !l.plain.contains('→') && !l.plain.contains("->"))
        })
        .map(|lines| prose(lines))
        .filter(|c| verdict.as_ref().and_then(|v| v.after.as_ref()) != Some(c));

    // Questions point at the grid rows they are about (shared words).
    for q in &mut questions {
        let words = keywords(&q.text);
        q.rows = grid
            .rows
            .iter()
            .filter(|r| keywords(&r.feature).iter().any(|k| words.contains(k)))
            .map(|r| r.id.clone())
            .collect();
    }
    if questions.is_empty() {
        notes.push(
            "No questions: add quick decision lines (\"Do you need X? → Option\") or \"When to choose X\" sections."
                .to_owned(),
        );
    }
    for o in &options {
        if o.when_to_choose.is_empty() {
            notes.push(format!("No \"When to choose {}\" section.", o.name));
        }
    }
    if blocks.iter().any(|b| matches!(b, Block::Html)) {
        notes.push("HTML in the article was left out.".to_owned());
    }

    Draft {
        content: Content {
            schema: None,
            // The title's main clause ("Django vs Flask" of "Django vs Flask: Which …?").
            id: slug(title.split([':', '?', '—', '|']).next().unwrap_or(&title)),
            version: 1,
            title,
            intro,
            short_answer,
            close_margin: 2,
            options,
            questions,
            grid,
            usage,
            verdict,
            closing,
        },
        notes,
    }
}
