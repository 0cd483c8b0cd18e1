//! The post as the author's quarry: every block of it (headings, paragraphs, the sentences of a
//! long paragraph, list items, table rows) as a [`Piece`] the studio shows, and what one piece
//! becomes in one action: a question (asked about the reader where a pattern allows, else in the
//! language's neutral frame, leaning to the options it names), a grid row, a when-to-choose
//! section, or the verdict. Whatever the importer finds or misses, any post in any language is
//! workable this way.

use super::advice::advice;
use super::ask::{self, Tone};
use super::kinds::{classify, Kind};
use super::lexicon::{self, Lexicon};
use super::named::{named_spans, options_in};
use super::read::{self, Block, Text};
use super::sections::prose;
use super::sources::sentences;
use super::tables;
use super::{slug, unique, yes_no};
use verdict_core::content::{Choice, GridRow, Question, Section, Verdict};
use verdict_core::id_map::IdMap;
use verdict_core::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// What a piece of the post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// A heading (its level in [`Piece::level`]).
    Heading,
    /// A paragraph short enough to be one piece.
    Paragraph,
    /// A sentence of a longer paragraph.
    Sentence,
    /// A list item.
    Item,
    /// A table's row (its cells in [`Piece::cells`]).
    Row,
    /// A code sample.
    Code,
}

/// One piece of the post.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// What it is.
    pub kind: PieceKind,
    /// Its words, plain.
    pub text: String,
    /// Its words with the widget's inline markup.
    pub rich: String,
    /// A heading's level (1–6), else the level of the heading it is under (0: none).
    pub level: u8,
    /// A table row's cells, plain (the first is the row's name); a table's header row is the
    /// `head` of its rows.
    pub cells: Vec<String>,
    /// The header of the table a row is in.
    pub head: Vec<String>,
    /// The heading it is under (an index into the pieces).
    pub under: Option<usize>,
    /// What the heading it is under says its part is (pros, cons, when to choose…).
    pub part: Option<Kind>,
}

/// The post read into pieces, with the words of its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarry {
    /// Every piece, in order.
    pub pieces: Vec<Piece>,
    /// The post's language (its subtag).
    pub lang: String,
}

impl Quarry {
    /// The words of the post's language.
    pub fn lexicon(&self) -> &'static Lexicon {
        lexicon::of(&self.lang).unwrap_or_else(lexicon::english)
    }
}

/// A paragraph of more words than this is offered sentence by sentence.
const LONG_PARAGRAPH: usize = 40;

/// About how many words `text` has (a language written without spaces has about one word to two
/// characters).
fn words_in(text: &str, lex: &Lexicon) -> usize {
    if lex.unspaced() {
        text.chars().filter(|c| c.is_alphanumeric()).count() / 2
    } else {
        text.split_whitespace().count()
    }
}

/// `post` (Markdown, MDX or HTML) in pieces.
pub fn quarry(post: &str) -> Quarry {
    let mut article = read::article(post);
    let lex = lexicon::detect(
        &read::plain_text(&article.blocks),
        article.front.lang.as_deref(),
    );
    read::clean(&mut article.blocks, lex);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut under: Option<usize> = None;
    let mut level = 0;
    let mut part: Option<Kind> = None;
    let piece = |kind, text: &Text, level, under, part| Piece {
        kind,
        text: text.plain.trim().to_owned(),
        rich: text.rich.trim().to_owned(),
        level,
        cells: Vec::new(),
        head: Vec::new(),
        under,
        part,
    };
    for block in &article.blocks {
        match block {
            Block::Heading { level: l, text } => {
                level = *l;
                part = classify(text, lex);
                pieces.push(piece(
                    PieceKind::Heading,
                    &Text::plain_text(text),
                    *l,
                    None,
                    part,
                ));
                under = Some(pieces.len() - 1);
            }
            Block::Paragraph(lines) => {
                let (plain, rich) = (read::plain_prose(lines), prose(lines));
                // Lines that are each a statement of their own ("Question? → Option"): a piece each.
                let lined = lines.len() > 1
                    && lines.iter().all(|l| l.plain.chars().count() <= 200)
                    && lines
                        .iter()
                        .any(|l| ["→", "->", "=>"].iter().any(|a| l.plain.contains(a)));
                if lined {
                    for line in lines {
                        pieces.push(piece(PieceKind::Sentence, line, level, under, part));
                    }
                } else if words_in(&plain, lex) > LONG_PARAGRAPH || plain.chars().count() > 400 {
                    for sentence in sentences(&plain, lex) {
                        pieces.push(piece(
                            PieceKind::Sentence,
                            &Text::plain_text(&sentence),
                            level,
                            under,
                            part,
                        ));
                    }
                } else {
                    let text = Text {
                        rich,
                        plain,
                        ..Text::default()
                    };
                    pieces.push(piece(PieceKind::Paragraph, &text, level, under, part));
                }
            }
            Block::List(items) => {
                for item in items {
                    pieces.push(piece(PieceKind::Item, item, level, under, part));
                }
            }
            Block::Table { head, rows } => {
                let head: Vec<String> = head.iter().map(|c| c.plain.clone()).collect();
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| c.plain.clone()).collect();
                    let text = Text::plain_text(&cells.join(" · "));
                    let mut p = piece(PieceKind::Row, &text, level, under, part);
                    p.cells = row.iter().map(|c| tables::cell(c, lex)).collect();
                    p.head = head.clone();
                    pieces.push(p);
                }
            }
            Block::Code(code) => {
                let text = Text::plain_text(&code.source);
                pieces.push(piece(PieceKind::Code, &text, level, under, part));
            }
            Block::Html => {}
        }
    }
    pieces.retain(|p| !p.text.is_empty());
    Quarry {
        pieces,
        lang: lex.lang.clone(),
    }
}

/// The options a piece names (by index, in the order it names them), else those its heading
/// names.
pub fn named(pieces: &[Piece], at: usize, options: &[Choice]) -> Vec<usize> {
    let Some(piece) = pieces.get(at) else {
        return Vec::new();
    };
    let mut found: Vec<usize> = options_in(options, &piece.text)
        .into_iter()
        .map(|(_, o)| o)
        .collect();
    found.dedup();
    if found.is_empty() {
        if let Some(h) = piece.under.and_then(|h| pieces.get(h)) {
            found = options_in(options, &h.text)
                .into_iter()
                .map(|(_, o)| o)
                .collect();
            found.truncate(1);
        }
    }
    found
}

/// The question a piece asks, as a question of the content: asked about the reader where a
/// pattern allows, else quoted in the language's frame; "Yes" leaning to the options it names
/// (away from them under a heading of cons or when-not-to), its words as the reason. Its id is
/// unique among `taken`.
pub fn as_question(
    quarry: &Quarry,
    at: usize,
    options: &[Choice],
    taken: &[String],
) -> Option<Question> {
    let lex = quarry.lexicon();
    let piece = quarry.pieces.get(at)?;
    let words = match piece.kind {
        PieceKind::Row => piece.cells.first().cloned().unwrap_or_default(),
        _ => piece.text.clone(),
    };
    let kind = piece.part;
    let leans = named(&quarry.pieces, at, options);
    // A line about an option, not the reader ("React has the larger ecosystem"), is something
    // the reader may want; a line about the reader describes their situation.
    let about_option = !leans.is_empty() && !lex.has(&words, &lex.if_you);
    let tone = match kind {
        Some(Kind::Con | Kind::WhenNot) => Tone::Avoid,
        Some(Kind::Pro | Kind::Trait) => Tone::Want,
        _ if about_option => Tone::Want,
        _ => Tone::Use,
    };
    // Advice ("If you are new to front-end work, Svelte is the easier start") asks its condition.
    let advised = match piece.kind {
        PieceKind::Heading | PieceKind::Row | PieceKind::Code => None,
        _ => advice(options, &words, true, lex).into_iter().next(),
    };
    let text = match &advised {
        Some((_, asked, _)) => asked.clone(),
        None => ask::question(&words, tone, lex)?,
    };
    let weight = match kind {
        Some(Kind::Con) => -2,
        Some(Kind::WhenNot) => -3,
        Some(Kind::WhenToChoose) => 3,
        _ => 2,
    };
    // The option the line is about: advice's, else the first it names (a line naming two
    // leaning to both would tell them apart in nothing).
    let leans = match &advised {
        Some((o, ..)) => vec![*o],
        None => leans.into_iter().take(1).collect(),
    };
    let weights: IdMap<i32> = leans
        .iter()
        .map(|&o| (options[o].id.clone(), weight))
        .collect();
    let reason = (!weights.is_empty()).then(|| {
        let said = ask::shortened(&piece.rich, MAX_LONG_TEXT);
        if ask::keywords(&said)
            .iter()
            .any(|w| !ask::keywords(&text).contains(w))
        {
            said
        } else {
            let template = if weight < 0 {
                &lex.reason_con
            } else {
                &lex.reason_fits
            };
            read::escape(&Lexicon::fill(template, &options[leans[0]].name))
        }
    });
    Some(Question {
        id: unique(slug(&words), taken),
        text,
        help: None,
        answers: yes_no([lex.yes.clone(), lex.no.clone()], weights, reason, None),
        rows: Vec::new(),
    })
}

/// The grid row a piece makes: a table row with its cells under the options its table's header
/// names (or in the table's order), else the piece's words as the feature with a "-" per option
/// for the author to fill in.
pub fn as_row(quarry: &Quarry, at: usize, options: &[Choice], taken: &[String]) -> Option<GridRow> {
    let piece = quarry.pieces.get(at)?;
    let (feature, cells): (String, IdMap<String>) =
        if piece.kind == PieceKind::Row && !piece.cells.is_empty() {
            let feature = piece.cells[0].clone();
            let cells = options
                .iter()
                .enumerate()
                .map(|(o, option)| {
                    let column = piece
                        .head
                        .iter()
                        .skip(1)
                        .position(|h| tables::option_of(options, h) == Some(o))
                        .map_or(o + 1, |c| c + 1);
                    let value = piece
                        .cells
                        .get(column)
                        .cloned()
                        .filter(|v| !v.is_empty())
                        .unwrap_or_else(|| "-".to_owned());
                    (option.id.clone(), ask::shortened(&value, MAX_SHORT_TEXT))
                })
                .collect();
            (feature, cells)
        } else {
            (
                row_feature(&quarry.pieces, at, options),
                clause_cells(&piece.text, options),
            )
        };
    let feature = ask::shortened(feature.trim(), MAX_SHORT_TEXT);
    Some(GridRow {
        id: unique(slug(&feature), taken),
        feature,
        cells,
    })
}

/// A row's name from a sentence: the heading it is under, where that heading is a part of the
/// post about one aspect ("Performance", "Lernkurve") rather than about an option, else the
/// sentence itself.
fn row_feature(pieces: &[Piece], at: usize, options: &[Choice]) -> String {
    let piece = &pieces[at];
    piece
        .under
        .and_then(|h| pieces.get(h))
        .filter(|h| h.level > 1 && h.part.is_none() && options_in(options, &h.text).is_empty())
        .map_or_else(|| ask::shortened(&piece.text, 60), |h| h.text.clone())
}

/// A row's cells from a sentence comparing the options ("Django ships an admin, while Flask
/// leaves it to extensions"): for each option, what the first clause naming only it says after
/// its name; "-" for an option no clause names, for the author to fill in.
fn clause_cells(text: &str, options: &[Choice]) -> IdMap<String> {
    let clauses: Vec<&str> = text
        .split([
            ',', ';', ':', '.', '!', '?', '，', '；', '：', '、', '。', '！', '？', '(', ')',
        ])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    options
        .iter()
        .enumerate()
        .map(|(o, option)| {
            let said = clauses.iter().find_map(|clause| {
                // Where the name ends as the clause spells it ("Vue" of "Vue.js").
                let named = named_spans(options, clause);
                let [(at, end, which)] = named[..] else {
                    return None;
                };
                if which != o {
                    return None;
                }
                // "Flask leaves it to extensions", "while Flask leaves…": what follows the name,
                // where the name is the clause's subject; else the whole clause ("React's hooks…").
                let before = &clause[..at];
                let after = &clause[end..];
                let subject = before.split_whitespace().count() <= 2
                    && !after.starts_with(['\'', '’', '-'])
                    && after.split_whitespace().count() >= 2;
                let said = if subject { after.trim_start() } else { clause };
                let said = said
                    .trim_end_matches(|c: char| c.is_ascii_punctuation() || "。！？".contains(c));
                (!said.is_empty()).then(|| ask::capitalized(said))
            });
            (
                option.id.clone(),
                ask::shortened(&said.unwrap_or_else(|| "-".to_owned()), MAX_SHORT_TEXT),
            )
        })
        .collect()
}

/// The when-to-choose section a piece makes: a heading with the items and paragraphs under it, or
/// an item or sentence alone as the section's title.
pub fn as_section(quarry: &Quarry, at: usize) -> Option<Section> {
    let piece = quarry.pieces.get(at)?;
    let mut section = Section {
        title: ask::shortened(&piece.text, MAX_SHORT_TEXT),
        ..Section::default()
    };
    if piece.kind == PieceKind::Heading {
        for p in quarry.pieces[at + 1..]
            .iter()
            .take_while(|p| p.kind != PieceKind::Heading || p.level > piece.level)
        {
            match p.kind {
                PieceKind::Item => section.bullets.push(ask::shortened(&p.rich, MAX_LONG_TEXT)),
                PieceKind::Paragraph | PieceKind::Sentence if section.body.is_none() => {
                    section.body = Some(ask::shortened(&p.rich, MAX_LONG_TEXT));
                }
                _ => {}
            }
        }
    } else if piece.text.chars().count() > MAX_SHORT_TEXT {
        section.title = ask::shortened(&piece.text, 80);
        section.body = Some(ask::shortened(&piece.rich, MAX_LONG_TEXT));
    }
    Some(section)
}

/// The verdict a piece makes: a heading with what is under it, or a paragraph (its heading, if
/// it has one, as the title).
pub fn as_verdict(quarry: &Quarry, at: usize, options: &[Choice]) -> Option<Verdict> {
    let piece = quarry.pieces.get(at)?;
    let section = as_section(quarry, at)?;
    let heading = piece
        .under
        .and_then(|h| quarry.pieces.get(h))
        .map(|h| h.text.clone());
    let (title, body, bullets) = if piece.kind == PieceKind::Heading {
        (section.title, section.body, section.bullets)
    } else {
        (
            // Without a heading above it, the language's word for a conclusion.
            ask::shortened(
                &heading.unwrap_or_else(|| {
                    ask::capitalized(
                        quarry
                            .lexicon()
                            .conclusion
                            .first()
                            .map_or("Verdict", String::as_str),
                    )
                }),
                MAX_SHORT_TEXT,
            ),
            Some(ask::shortened(&piece.rich, MAX_LONG_TEXT)),
            Vec::new(),
        )
    };
    let picks = named(&quarry.pieces, at, options);
    Some(Verdict {
        title,
        pick: (picks.len() == 1).then(|| options[picks[0]].id.clone()),
        body,
        bullets,
        after: None,
    })
}
