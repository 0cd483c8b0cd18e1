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
//! - `names`: which options the post compares; `named`: where a text names each;
//! - `tables`: the grid; `aspects`: a grid from sections about one aspect each;
//! - `kinds`: what a part of the post is (pros, cons, when to choose…);
//! - `sources`: the proposed questions, from what the post's blocks say; `advice`: what one
//!   sentence advises, and the question it asks;
//! - `outline`: those its outline makes (decision lines, sub-headings, headings that praise);
//! - `ask`: wording them as yes/no questions about the reader;
//! - `sections`: the when-to-choose sections, "What is X?", who uses each, the verdict.

pub mod advice;
pub mod ask;
pub mod aspects;
pub mod body;
pub mod html;
pub mod kinds;
pub mod lexicon;
pub mod named;
pub mod names;
pub mod outline;
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
    // A heading or field with no text ("# ![logo](logo.png)", `title: ""`) gives no title.
    // Where the front matter gives the title and the body has several headings of level 1, the
    // theme draws the title and those headings are the post's sections ("# Pricing").
    let said = |t: &str| !t.trim().is_empty();
    let sectioned = article.front.title.as_deref().is_some_and(said)
        && parts.iter().filter(|p| p.level == 1).count() > 1;
    let h1 = parts
        .iter()
        .find(|p| p.level == 1 && said(p.title))
        .filter(|_| !sectioned);
    let title = h1
        .map(|p| p.title.to_owned())
        .or_else(|| article.front.title.clone().filter(|t| said(t)))
        .or_else(|| {
            parts
                .iter()
                .find(|p| said(p.title))
                .map(|p| p.title.to_owned())
        })
        .unwrap_or_default();
    if title.is_empty() {
        notes.push("No title: start the article with a heading (# Title), or give it one in its front matter.".to_owned());
    }
    let first_paragraph = |from: &[Block]| {
        read::before_heading(from).find_map(|b| match b {
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
            .or_else(|| first_paragraph(blocks))
            // A post in sections of level 1 may start straight with its first.
            .or_else(|| {
                let first = parts.first().filter(|_| sectioned)?;
                first_paragraph(first.blocks)
            }),
    }
    .map(|text| ask::shortened(&text, 600));
    if intro.is_none() {
        notes.push("No introduction: the paragraph right under the title becomes it.".to_owned());
    }

    // The options.
    let body: String = blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(lines) => read::plain_prose(lines),
            // A line each: an item's last word and the next one's first are no phrase, and an
            // item opens as a sentence does ("Do you …? → Use st").
            Block::List(items) => items
                .iter()
                .map(|item| item.plain.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
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
    let mut found = names::options(
        &titles,
        &intro_sentences,
        blocks,
        &body::Body::new(&body),
        lex,
        &hints,
    );
    // A ranking of more than a comparison holds: its first ones, the rest named in a note.
    let most = *verdict_core::limits::OPTIONS.end();
    if found.len() > most {
        let left: Vec<String> = found.split_off(most).into_iter().map(|f| f.name).collect();
        notes.push(format!(
            "The post compares {} options and a comparison holds {most}: the first {most} are drafted; {} left out (swap one in where it matters more).",
            most + left.len(),
            left.join(", ")
        ));
    }
    let mut options: Vec<Choice> = Vec::new();
    for f in &found {
        let id = unique(
            slug(&f.name),
            &options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
        );
        // Until the content is put together, an option is also found by the abbreviation the
        // post writes it as ("Cloudflare Pages (CFP)": a table's "CFP" row is its).
        let name = match &f.short {
            Some(short) => format!("{} ({short})", f.name),
            None => f.name.clone(),
        };
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
    let mut all = outline::decision_lines(blocks, &options, &mut notes);
    all.extend(outline::sub_heading_items(blocks, &options, lex));
    let preferred = outline::preferred(&options, &titles, lex);
    let subject = preferred.or_else(|| outline::destination(&options, &titles, lex));
    all.extend(sources::proposals(blocks, &options, subject, lex));
    let mut aspects = aspects::of(&parts, &options, preferred, lex);
    aspects.extend(aspects::of_leads(blocks, &options, preferred, lex));
    all.extend(aspects::proposals(&aspects, lex));
    all.extend(outline::praising_headings(blocks, &options, &titles, lex));
    all.extend(outline::purpose_headings(blocks, &options, lex));
    all.extend(outline::purpose_sections(blocks, &options, lex));
    for proposal in &mut all {
        proposal.text = as_the_post_writes(&proposal.text, &options);
    }
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
    let mut proposals: Vec<Proposal> = kept.into_iter().chain(rest).collect();
    let mut kept_flags = vec![true; kept_count];
    kept_flags.resize(proposals.len(), false);
    // The options by the names they show, in what the draft says of them too.
    for (o, f) in options.iter_mut().zip(&found) {
        if o.name != f.name {
            for p in proposals.iter_mut() {
                p.reason = p.reason.replace(&o.name, &f.name);
                p.text = p.text.replace(&o.name, &f.name);
                p.from = p.from.replace(&o.name, &f.name);
            }
            for note in notes.iter_mut() {
                *note = note.replace(&o.name, &f.name);
            }
            o.name.clone_from(&f.name);
        }
    }
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

/// A question's names as the post writes them: the capital a question opens with is not part of
/// a name written in lowercase ("Npm install needs …" is "npm install needs …").
fn as_the_post_writes(text: &str, options: &[Choice]) -> String {
    let mut text = text.to_owned();
    for name in options.iter().map(|o| o.name.as_str()) {
        let capital = ask::capitalized(name);
        if capital == name {
            continue;
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(&capital).map(|at| from + at) {
            let end = at + capital.len();
            let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            from = if bounded(text[..at].chars().next_back()) && bounded(text[end..].chars().next())
            {
                text.replace_range(at..end, name);
                at + name.len()
            } else {
                end
            };
        }
    }
    text
}
