//! A first draft of content from a post the author already wrote, the way people really write
//! them, in any of the languages we ship ([`lexicon`]): Markdown, MDX or HTML; front matter
//! (YAML or TOML); options named in the title, in headings, in a table's header or first column,
//! as the subjects of pros and cons or a flowchart's leaves; questions from decision lines,
//! when-to-choose sections, advice in sentences and conclusions, pros and cons, headings asked as
//! questions, use-case columns and requirement tables; the grid from any table that compares the
//! options; code in fences, `~~~`, indented blocks, `{% highlight %}` and `{{< highlight >}}`;
//! the verdict from the conclusion. Every drafted word (answers, frames, reasons, labels) is in
//! the post's language.
//!
//! The author stays in charge: the draft comes with what was found (the options and where, every
//! proposed question with the line it came from and the option it leans to, the grid's rows), at
//! most [`sources::PROPOSED`] questions kept, the strongest first, and the rest listed as
//! candidates; [`Draft::with`] makes the content of another choice. What could not be found or
//! used is listed in [`Draft::notes`], in words an author understands.
//!
//! - `lexicon`: the words of each language;
//! - `read`, `html`: the article as blocks (front matter, site generators' code tags, HTML);
//! - `names`: which options the post compares;
//! - `tables`: the grid; `aspects`: a grid from sections about one aspect each;
//! - `kinds`: what a part of the post is (pros, cons, when to choose…);
//! - `sources`: the proposed questions;
//! - `ask`: wording them as yes/no questions about the reader;
//! - `sections`: the when-to-choose sections, "What is X?", who uses each, the verdict.

pub mod ask;
pub mod aspects;
pub mod body;
pub mod html;
pub mod kinds;
pub mod lexicon;
pub mod names;
pub mod quarry;
pub mod read;
pub mod sections;
pub mod sources;
pub mod tables;

use kinds::Kind;
use read::{Block, Text};
use sections::{parts_of, prose};
use sources::Proposal;

use verdict_core::content::{Answer, Choice, Content, Grid, Question};
use verdict_core::id_map::IdMap;

/// A draft, what was found, and what the importer could not find.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The content made from the article with the proposals kept (checked like any other
    /// content afterwards).
    pub content: Content,
    /// What was missing or left out, one sentence each.
    pub notes: Vec<String>,
    /// Where each option was found, in the content's order.
    pub options: Vec<names::Found>,
    /// Every question the post suggests, kept ones first (in the content's order), then the
    /// candidates.
    pub proposals: Vec<Proposal>,
    /// Which proposals the content holds (the first ones).
    pub kept: Vec<bool>,
    /// The language the post was read in (its subtag).
    pub lang: String,
}

impl Draft {
    /// The content with the proposals `questions` says and the grid rows `rows` says (one flag
    /// each; a missing flag keeps nothing). Questions point at the rows kept.
    pub fn with(&self, questions: &[bool], rows: &[bool]) -> Content {
        let mut content = self.content.clone();
        content.grid.rows = std::mem::take(&mut content.grid.rows)
            .into_iter()
            .zip(rows)
            .filter(|(_, k)| **k)
            .map(|(r, _)| r)
            .collect();
        content.questions = self::questions(
            &content.options,
            self.proposals
                .iter()
                .zip(questions)
                .filter(|(_, k)| **k)
                .map(|(p, _)| p),
            &content.grid,
            self.lexicon(),
        );
        content
    }

    /// The words of the post's language.
    pub fn lexicon(&self) -> &'static lexicon::Lexicon {
        lexicon::of(&self.lang).unwrap_or_else(lexicon::english)
    }

    /// Which way `proposal` leans: "to Django", or "away from Flask" for a con.
    pub fn leaning(&self, proposal: &Proposal) -> String {
        let name = std::iter::once(proposal.option)
            .chain(proposal.also.iter().copied())
            .map(|o| self.content.options.get(o).map_or("?", |o| o.name.as_str()))
            .collect::<Vec<_>>()
            .join(" and ");
        if proposal.weight < 0 {
            format!("away from {name}")
        } else {
            format!("to {name}")
        }
    }
}

/// A short id from a name: lowercase letters, digits and dashes (`django-vs-flask`).
pub fn slug(text: &str) -> String {
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

/// Most rows a drafted grid keeps (the post's first ones).
pub const MAX_GRID_ROWS: usize = 40;

/// `base`, or `base-2`, `base-3`… when taken.
pub fn unique(base: String, taken: &[String]) -> String {
    let mut id = base.clone();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// The questions of these proposals: "Yes" gives the option the proposal's weight (a con's is
/// negative: away from it) with the post's sentence as the reason; each points at the grid rows
/// that share its words.
pub fn questions<'a>(
    options: &[Choice],
    proposals: impl Iterator<Item = &'a Proposal>,
    grid: &Grid,
    lex: &lexicon::Lexicon,
) -> Vec<Question> {
    let mut out: Vec<Question> = Vec::new();
    for p in proposals {
        let Some(option) = options.get(p.option) else {
            continue;
        };
        let id = unique(
            slug(&p.text),
            &out.iter().map(|q| q.id.clone()).collect::<Vec<_>>(),
        );
        let words = ask::keywords(&p.text);
        let rows = grid
            .rows
            .iter()
            .filter(|r| ask::keywords(&r.feature).iter().any(|k| words.contains(k)))
            .map(|r| r.id.clone())
            .collect();
        out.push(Question {
            id,
            text: p.text.clone(),
            help: None,
            answers: yes_no(
                [lex.yes.clone(), lex.no.clone()],
                std::iter::once(p.option)
                    .chain(p.also.iter().copied())
                    .filter_map(|o| options.get(o))
                    .map(|o| (o.id.clone(), p.weight))
                    .collect(),
                Some(reason(p, &option.name, lex)),
                p.note.clone(),
            ),
            rows,
        });
    }
    out
}

/// A yes-or-no question's answers, as a draft or the studio makes them: "Yes" (`yes`, in the
/// post's language), counting `weights` for `reason`, and "No" (`no`), counting nothing.
pub fn yes_no(
    [yes, no]: [String; 2],
    weights: IdMap<i32>,
    reason: Option<String>,
    note: Option<String>,
) -> Vec<Answer> {
    vec![
        Answer {
            id: "yes".to_owned(),
            label: yes,
            weights,
            rules_out: Vec::new(),
            reason,
            note,
        },
        Answer {
            id: "no".to_owned(),
            label: no,
            weights: IdMap::new(),
            rules_out: Vec::new(),
            reason: None,
            note: None,
        },
    ]
}

/// Why "Yes" counts, for the result: the post's own sentence where it says more than the
/// question, else the language's sentence for the kind ("The post counts this among Django's
/// strengths."), so a reason never only repeats its question.
fn reason(p: &Proposal, option: &str, lex: &lexicon::Lexicon) -> String {
    let said = sections::as_reason(&p.reason);
    let question = ask::keywords(&p.text);
    let words = ask::keywords(&said);
    let adds = words.iter().any(|w| !question.contains(w)) && said.chars().count() <= 2000;
    if adds {
        return said;
    }
    let template = match p.kind {
        Kind::Con => &lex.reason_con,
        Kind::WhenNot => &lex.reason_avoid,
        Kind::Pro | Kind::Praise | Kind::Trait | Kind::Comparative | Kind::Aspect => {
            &lex.reason_pro
        }
        _ => &lex.reason_fits,
    };
    read::escape(&lexicon::Lexicon::fill(template, option))
}

/// Without a comparison table, a grid from what the post says for and against each option: a
/// "Good at" row and a "Watch out for" row, the first few of each (when two options have some).
fn pros_and_cons_rows<'a>(
    options: &[Choice],
    proposals: impl Iterator<Item = &'a Proposal> + Clone,
    lex: &lexicon::Lexicon,
    counted: &dyn Fn(&Proposal) -> bool,
) -> Vec<verdict_core::content::GridRow> {
    let mut rows = Vec::new();
    for (id, feature, against) in [
        ("good-at", lex.good_at.as_str(), false),
        ("watch-out-for", lex.watch_out.as_str(), true),
    ] {
        let cells: Vec<(String, String)> = options
            .iter()
            .enumerate()
            .map(|(o, option)| {
                let said: Vec<String> = proposals
                    .clone()
                    .filter(|p| p.option == o && (p.weight < 0) == against && counted(p))
                    .map(|p| ask::topic(&p.text))
                    .take(4)
                    .collect();
                (
                    option.id.clone(),
                    if said.is_empty() {
                        "-".to_owned()
                    } else {
                        read::escape(&ask::shortened(
                            &said.join("; "),
                            verdict_core::validate::MAX_SHORT_TEXT,
                        ))
                    },
                )
            })
            .collect();
        if cells.iter().filter(|(_, c)| c != "-").count() >= 2 {
            rows.push(verdict_core::content::GridRow {
                id: id.to_owned(),
                feature: feature.to_owned(),
                cells: cells.into_iter().collect(),
            });
        }
    }
    rows
}

/// Quick decision lines: "Question? → Option" (also `->`, `=>`); words after the option's name
/// ("Flask first, then Django") become advice.
fn decision_lines(blocks: &[Block], options: &[Choice], notes: &mut Vec<String>) -> Vec<Proposal> {
    let mut out = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
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
            let Some(pick) = sources::option_in(options, answer) else {
                notes.push(format!(
                    "\"{}\" points to \"{answer}\", which is not one of the options.",
                    line.plain
                ));
                continue;
            };
            let note = (answer.to_lowercase() != options[pick].name.to_lowercase())
                .then(|| format!("The article says: {answer}."));
            out.push(Proposal {
                text: question.to_owned(),
                option: pick,
                also: Vec::new(),
                weight: Kind::Decision.weight(),
                reason: line.rich.clone(),
                from: line.plain.clone(),
                kind: Kind::Decision,
                note,
                at,
            });
        }
    }
    out
}

/// The option a title prefers to another ("Chrome over Firefox", "Vim instead of VS Code",
/// "Hugo statt Jekyll"): the first of two named around the words that set one against the
/// other.
fn preferred(options: &[Choice], titles: &[&str], lex: &lexicon::Lexicon) -> Option<usize> {
    titles.iter().find_map(|title| {
        let named = sources::named_spans(options, title);
        let [(_, first_end, first), (second_at, _, second)] = named[..] else {
            return None;
        };
        let between = title.get(first_end..second_at)?;
        let sets = lex.has_or_english(between, |l| &l.prefers)
            || lex.sets_against(title, &options[second].name);
        sets.then_some(first)
    })
}

/// Headings that praise, with the language's comparatives, the option a title prefers ("Chrome
/// è più veloce", "Migliore gestione dei plugin" under "Chrome over Firefox"), or the one option
/// they name: each a pro of it, asked whether it matters to the reader.
fn praising_headings(
    blocks: &[Block],
    options: &[Choice],
    titles: &[&str],
    lex: &lexicon::Lexicon,
) -> Vec<Proposal> {
    let preferred = preferred(options, titles, lex);
    let mut out = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { text, .. } = block else {
            continue;
        };
        let text = sections::unnumbered(text).trim();
        if !lex.has(text, &lex.favours)
            || kinds::classify(text, lex).is_some()
            || text.ends_with(['?', '？', '؟'])
            || text.split_whitespace().count() > 8
        {
            continue;
        }
        let named = sources::named_spans(options, text);
        // "React: La Biblioteca Más Popular" heads the option's own section with a tagline.
        let tagline = |at: usize, end: usize| {
            at == 0
                && text.get(end..).is_some_and(|rest| {
                    rest.trim_start()
                        .starts_with([':', '：', '-', '–', '—', '|'])
                })
        };
        let option = match named[..] {
            [] => preferred,
            [(at, end, o)] if !tagline(at, end) && !lex.sets_against(text, &options[o].name) => {
                Some(o)
            }
            _ => None,
        };
        let Some(o) = option else { continue };
        // What the heading praises, without the option's name ("Chrome è più veloce": "è più
        // veloce" says nothing alone): quoted whole.
        out.push(Proposal {
            text: ask::framed(text, ask::Tone::Want, lex),
            option: o,
            also: Vec::new(),
            weight: Kind::Pro.weight(),
            reason: read::escape(text),
            from: text.to_owned(),
            kind: Kind::Pro,
            note: None,
            at,
        });
    }
    out
}

/// Items of when-to-choose sections written as sub-headings ("### 1. You need an admin
/// panel"): each a proposal, asked by the condition its first paragraph names (if it names
/// one), else by its heading, with that paragraph as the reason. Under one option's own heading
/// ("### Vercel"), its sub-headings are its characteristics ("#### Vercel Toolbar").
fn sub_heading_items(
    blocks: &[Block],
    options: &[Choice],
    lex: &lexicon::Lexicon,
) -> Vec<Proposal> {
    let mut out = Vec::new();
    for part in parts_of(blocks, 0) {
        let kind = match kinds::classify(part.title, lex) {
            // "Why Should You Use Vim?", "Nachteile von Hugo": their sub-headings are its
            // reasons ("1. Efficient Editing", "4. Unlimited Customizations").
            // A question about problems ("Jak WordPress rozwiązał moje problemy?") is no list of
            // cons.
            Some(Kind::Con) if part.title.trim_end().ends_with(['?', '？', '؟']) => continue,
            Some(kind @ (Kind::WhenToChoose | Kind::WhenNot | Kind::Pro | Kind::Con)) => kind,
            // One option's own heading ("### Vercel", "## Fish"): its sub-headings are what it
            // has ("#### Vercel Toolbar", "### Autosuggestions").
            None if part.level >= 2 && own_heading(options, part.title) => Kind::Trait,
            _ => continue,
        };
        // One option's section: the post's title ("Flutter vs React Native: ¿cuál es mejor
        // para tu proyecto?") names them all, and its sub-headings are the whole post.
        // An option in an aside is the one set against ("Why Use Vim (Instead Of Vscode)?").
        let Some(o) = sources::only_option(options, part.title)
            .or_else(|| sources::only_option(options, &without_asides(part.title)))
        else {
            continue;
        };
        for sub in parts_of(part.blocks, part.at + 1).into_iter().filter(|s| {
            s.level == part.level + 1 || (s.level > part.level && s.level <= part.level + 2)
        }) {
            let title = sections::unnumbered(sub.title);
            // A point of the option's, not a section of the post's own ("Conclusion", "Pros") nor
            // one about another option.
            // A question there is about the option ("Czy WordPress jest ciężki?"), and "MySQL's
            // Threads" about its insides.
            let possessive = ["'s", "’s"]
                .iter()
                .any(|s| title.contains(&format!("{}{s}", options[o].name)));
            if kind != Kind::WhenToChoose
                && kind != Kind::WhenNot
                && (kinds::classify(title, lex).is_some()
                    || kinds::concludes(title, lex)
                    || title.trim_end().ends_with(['?', '？', '؟'])
                    || possessive
                    || sources::options_in(options, title)
                        .iter()
                        .any(|(_, other)| *other != o)
                    || lex.has(title, &lex.what_is)
                    || lex.has(title, &lex.noise))
            {
                continue;
            }
            let body = sub.blocks.iter().find_map(|b| match b {
                Block::Paragraph(lines) => Some(lines.clone()),
                _ => None,
            });
            let plain = body.as_ref().map(|l| {
                l.iter()
                    .map(|t| t.plain.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let tone = match kind {
                Kind::Trait | Kind::Pro => ask::Tone::Want,
                Kind::Con => ask::Tone::Avoid,
                _ => ask::Tone::Use,
            };
            // "Efficient Editing: Thought To Code At The Speed Of Thought" asks its label.
            let label = title
                .split_once([':', '：'])
                .map(|(label, _)| label.trim())
                .filter(|label| label.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
                .unwrap_or(title);
            // A reason's heading is often an adjective or a sentence about the option
            // ("Extremely Lightweight", "Vim Is Ubiquitous"): quoted in the language's frame.
            let text = match kind {
                Kind::Pro | Kind::Con => Some(ask::framed(label, tone, lex)),
                _ => ask::question(label, tone, lex),
            };
            let reason = body
                .as_ref()
                .map(|l| prose(l))
                .unwrap_or_else(|| read::escape(title));
            if let Some(text) = text {
                out.push(Proposal {
                    text,
                    option: o,
                    also: Vec::new(),
                    weight: kind.weight(),
                    reason,
                    from: plain.unwrap_or_else(|| title.to_owned()),
                    kind,
                    note: None,
                    at: sub.at,
                });
            }
        }
    }
    out
}

/// A heading without what it says in parentheses.
fn without_asides(heading: &str) -> String {
    let mut out = String::with_capacity(heading.len());
    let mut depth = 0usize;
    for c in heading.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a heading is one option's own: it names that option alone, in two words at most
/// besides its name ("Vercel", "1. Fish", "Why Hugo").
fn own_heading(options: &[Choice], heading: &str) -> bool {
    let heading = sections::unnumbered(heading);
    sources::only_option(options, heading).is_some()
        && heading
            .split_whitespace()
            .filter(|w| sources::options_in(options, w).is_empty())
            .count()
            <= 2
}

/// A draft of content from a post (Markdown, MDX or HTML), what was found, and what could not
/// be found.
pub fn draft(post: &str) -> Draft {
    let mut article = read::article(post);
    let plain_text = read::plain_text(&article.blocks);
    let lex = lexicon::detect(&plain_text, article.front.lang.as_deref());
    read::clean(&mut article.blocks, lex);
    let blocks = &article.blocks;
    let mut notes = Vec::new();
    let parts = parts_of(blocks, 0);

    // The title: the body's first heading of level 1, else the front matter's, else the first
    // heading; the intro: the paragraph under it, else the front matter's description.
    let h1 = parts.iter().find(|p| p.level == 1);
    let title = h1
        .map(|p| p.title.to_owned())
        .or_else(|| article.front.title.clone())
        .or_else(|| parts.first().map(|p| p.title.to_owned()))
        .unwrap_or_default();
    if title.is_empty() {
        notes.push("No title: start the article with a heading (# Title), or give it one in its front matter.".to_owned());
    }
    let first_paragraph = |from: &[Block]| {
        from.iter()
            .take_while(|b| !matches!(b, Block::Heading { .. }))
            .find_map(|b| match b {
                Block::Paragraph(lines)
                    if !lines.iter().all(Text::mostly_linked)
                        && lines.iter().map(|l| l.plain.len()).sum::<usize>() >= 20 =>
                {
                    Some(prose(lines))
                }
                _ => None,
            })
    };
    let intro = match h1 {
        Some(p) => first_paragraph(p.blocks),
        None => article
            .front
            .description
            .clone()
            .or_else(|| first_paragraph(blocks)),
    }
    .map(|text| ask::shortened(&text, 600));
    if intro.is_none() {
        notes.push("No introduction: the paragraph right under the title becomes it.".to_owned());
    }

    // The options.
    let body: String = blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(lines) | Block::List(lines) => read::plain_prose(lines),
            Block::Heading { text, .. } => text.clone(),
            Block::Table { head, rows } => head
                .iter()
                .chain(rows.iter().flatten())
                .map(|c| c.plain.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let intro_sentences: Vec<String> = article
        .front
        .description
        .iter()
        .cloned()
        .chain(blocks.iter().filter_map(|b| {
            match b {
                Block::Paragraph(lines) => Some(
                    lines
                        .iter()
                        .map(|l| l.plain.clone())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                _ => None,
            }
        }))
        .take(7)
        .collect();
    let mut titles: Vec<&str> = Vec::new();
    if let Some(p) = h1 {
        titles.push(p.title);
    }
    if let Some(t) = &article.front.title {
        titles.push(t);
    }
    if titles.is_empty() {
        titles.extend(parts.first().map(|p| p.title));
    }
    let marked = read::marked(blocks);
    let hints = names::Hints {
        tags: &article.front.tags,
        marked: &marked,
    };
    let found = names::options(
        &titles,
        &intro_sentences,
        blocks,
        &body::Body::new(&body),
        lex,
        &hints,
    );
    let mut options: Vec<Choice> = Vec::new();
    for f in &found {
        let id = unique(
            slug(&f.name),
            &options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
        );
        options.push(Choice {
            id,
            name: f.name.clone(),
            tagline: None,
            about: None,
            when_to_choose: Vec::new(),
            used_by: Vec::new(),
        });
    }
    if options.len() < 2 {
        notes.push("Could not tell which options are compared: name them in the title (\"X vs Y\", \"X or Y\", \"Choosing between X and Y\"), in one heading each, or in a table's header row.".to_owned());
    }

    // The grid: every table that compares the options.
    let mut grid = Grid {
        title: None,
        feature_label: lex.feature.clone(),
        rows: Vec::new(),
    };
    let mut taken: Vec<String> = Vec::new();
    let mut comparing = 0;
    let mut left_out: Vec<String> = Vec::new();
    for (at, head, rows) in tables::tables(blocks) {
        if tables::is_pros_and_cons(head, lex)
            || tables::pros_and_cons_by_row(&options, head, rows, lex).is_some()
        {
            continue;
        }
        let layout = tables::layout(&options, head, rows);
        if matches!(layout, tables::Layout::Neither) {
            left_out.push(tables::header(head));
            continue;
        }
        comparing += 1;
        if grid.title.is_none() {
            grid.title = blocks[..at].iter().rev().find_map(|b| match b {
                Block::Heading { text, .. } => Some(ask::shortened(text, 200)),
                _ => None,
            });
            if let tables::Layout::Columns(_) = layout {
                grid.feature_label = head
                    .first()
                    .map(|c| ask::shortened(c.plain.trim(), 200))
                    .filter(|c| !c.is_empty())
                    .unwrap_or_else(|| lex.feature.clone());
            }
        }
        for row in rows.iter() {
            // The options' cells of the row (not a "Notes" column's).
            let cells: Vec<&str> = match &layout {
                tables::Layout::Columns(columns) => columns
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.is_some())
                    .map(|(j, _)| row.get(j + 1).map_or("", |c| c.plain.as_str()))
                    .collect(),
                _ => Vec::new(),
            };
            if cells.iter().any(|c| c.is_empty()) && !cells.iter().all(|c| c.is_empty()) {
                if let Some(feature) = row.first() {
                    notes.push(format!(
                        "The table row \"{}\" has empty cells: they say \"-\" in the draft.",
                        feature.plain
                    ));
                }
            }
        }
        grid.rows.extend(tables::rows_of(
            &options, head, rows, &layout, &mut taken, lex,
        ));
    }
    grid.rows.truncate(MAX_GRID_ROWS);
    if comparing == 0 {
        notes.push(
            "No table compares the options (one naming them in its header row or first column)."
                .to_owned(),
        );
    }
    match left_out.len() {
        0 => {}
        1 => notes.push(format!(
            "The table {} compares none of the options: left out.",
            left_out[0]
        )),
        n => notes.push(format!(
            "{n} tables compare none of the options (such as {}): left out.",
            left_out[0]
        )),
    }

    // The questions.
    let mut all = decision_lines(blocks, &options, &mut notes);
    all.extend(sub_heading_items(blocks, &options, lex));
    all.extend(sources::proposals(blocks, &options, lex));
    let aspects = aspects::of(&parts, &options, lex);
    all.extend(aspects::proposals(&aspects, lex));
    all.extend(praising_headings(blocks, &options, &titles, lex));
    let (kept, rest) = sources::choose(all, options.len());
    // Without a table: the sections about one aspect each, unless there is only one and the
    // post lists pros and cons.
    if grid.rows.is_empty() {
        let by_aspect = aspects::rows(&aspects, &options, &mut taken);
        let pros_and_cons = pros_and_cons_rows(&options, kept.iter().chain(&rest), lex, &|p| {
            matches!(
                p.kind,
                Kind::Pro | Kind::Con | Kind::Praise | Kind::Trait | Kind::WhenNot
            )
        });
        if by_aspect.len() >= 2 || pros_and_cons.is_empty() {
            grid.rows = by_aspect;
            if !grid.rows.is_empty() {
                notes.push("The grid is drafted from the sections about one aspect each: each cell is the first sentence there that names its option; shorten them.".to_owned());
            }
        }
        if grid.rows.is_empty() {
            grid.rows = pros_and_cons;
            if !grid.rows.is_empty() {
                grid.title = Some(lex.pros_and_cons.clone());
                notes.push("The grid is drafted from the pros and cons the post lists: rewrite its rows as features the options differ in.".to_owned());
            }
        }
        // Else what the drafted questions say each option is for: a widget needs a grid, and
        // this one says only what the post does.
        if grid.rows.is_empty() {
            // Only a short reason reads as a cell ("high volumes of reads"), not a sentence.
            let short = |p: &Proposal| {
                let topic = ask::topic(&p.text);
                p.kind.is_criterion()
                    && topic.split_whitespace().count() <= 6
                    && topic.chars().count() <= 48
                    && topic.chars().filter(|c| c.is_alphanumeric()).count() >= 4
            };
            grid.rows = pros_and_cons_rows(&options, kept.iter(), lex, &short);
            if !grid.rows.is_empty() {
                grid.title = Some(lex.pros_and_cons.clone());
                notes.push("The grid is drafted from the reasons the questions give for each option: rewrite its rows as features the options differ in.".to_owned());
            }
        }
    }
    let listed = kept.iter().filter(|p| p.kind == Kind::Trait).count();
    if listed > 0 {
        notes.push(format!(
            "{listed} of the questions ask whether what the post lists of an option matters to the reader: keep those a reader chooses by."
        ));
    }
    if kept.is_empty() {
        notes.push("No questions: add quick decision lines (\"Do you need X? → Option\"), \"When to choose X\" sections, pros and cons, or recommendations (\"X is recommended if …\").".to_owned());
    }
    if !rest.is_empty() {
        notes.push(format!(
            "{} more questions the post suggests are listed as candidates, not in the draft.",
            rest.len()
        ));
    }

    let material = sections::material(&parts, &mut options, &mut notes, lex);
    for o in &options {
        if o.when_to_choose.is_empty() {
            notes.push(format!("No \"When to choose {}\" section.", o.name));
        }
    }
    if blocks.iter().any(|b| matches!(b, Block::Html)) {
        notes.push("Some HTML in the article was left out (asides, navigation, scripts or forms: not the argument).".to_owned());
    }
    if article.tags_left_out > 0 {
        let n = article.tags_left_out;
        notes.push(format!(
            "{n} {} of template tags ({{{{ … }}}}, {{% … %}}) or MDX imports and exports {} left out.",
            if n == 1 { "line" } else { "lines" },
            if n == 1 { "was" } else { "were" },
        ));
    }

    // The last paragraph, unless it is a decision line or the verdict's: the closing line.
    let closing = blocks
        .iter()
        .rev()
        .find_map(|b| match b {
            Block::Paragraph(lines) => Some(lines),
            _ => None,
        })
        .filter(|lines: &&Vec<Text>| {
            lines
                .iter()
                .all(|l| !l.plain.contains('→') && !l.plain.contains("->") && !l.mostly_linked())
                && !lex.has(
                    &lines.iter().map(|l| l.plain.as_str()).collect::<String>(),
                    &lex.noise,
                )
        })
        .map(|lines| prose(lines))
        // A line that opens a list ("When you port an app:") closes nothing.
        .filter(|c| !c.trim_end().ends_with([':', '：']))
        .filter(|c| material.verdict.as_ref().and_then(|v| v.after.as_ref()) != Some(c))
        .filter(|c| material.verdict.as_ref().and_then(|v| v.body.as_ref()) != Some(c))
        .map(|c| ask::shortened(&c, 600));

    let kept_count = kept.len();
    let proposals: Vec<Proposal> = kept.into_iter().chain(rest).collect();
    let mut kept_flags = vec![true; kept_count];
    kept_flags.resize(proposals.len(), false);
    let content = Content {
        schema: None,
        // The title's main clause ("Django vs Flask" of "Django vs Flask: Which …?").
        id: slug(title.split([':', '?', '—', '|']).next().unwrap_or(&title)),
        version: 1,
        title: ask::shortened(&title, 200),
        intro,
        short_answer: material.short_answer,
        close_margin: 2,
        questions: questions(&options, proposals.iter().take(kept_count), &grid, lex),
        options,
        grid,
        usage: material.usage,
        verdict: material.verdict,
        closing,
    };
    Draft {
        content,
        notes,
        options: found,
        proposals,
        kept: kept_flags,
        lang: lex.lang.clone(),
    }
}
