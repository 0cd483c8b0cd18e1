//! The proposals a post's outline makes, beside what its blocks say ([`crate::sources`]):
//! quick decision lines ("Question? → Option"), the sub-headings of a when-to-choose or pros
//! section ("### 1. You need an admin panel"), and headings that praise one option ("Chrome è più
//! veloce" under "Chrome over Firefox").

use crate::advice;
use crate::ask;
use crate::kinds::{self, Kind};
use crate::lexicon::Lexicon;
use crate::named;
use crate::read::{self, Block};
use crate::sections::{self, parts_of, prose};
use crate::sources::{self, Proposal};
use std::collections::HashMap;
use verdict_core::content::Choice;

/// Quick decision lines: "Question? → Option" (also `->`, `=>`); words after the option's name
/// ("Flask first, then Django") become advice.
pub(crate) fn decision_lines(
    blocks: &[Block],
    options: &[Choice],
    notes: &mut Vec<String>,
) -> Vec<Proposal> {
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
            let Some(pick) = named::option_in(options, answer) else {
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
pub(crate) fn preferred(options: &[Choice], titles: &[&str], lex: &Lexicon) -> Option<usize> {
    titles.iter().find_map(|title| {
        let named = named::named_spans(options, title);
        // "Why I chose Jekyll", "Kenapa pake Hugo?", "为什么选择 Hexo": asked why, the one option
        // named is the post's pick; not where the title denies it ("为什么我不用七牛云").
        if let [(_, _, only)] = named[..] {
            let why = lex.has_or_english(title, |l| &l.why);
            let denied = lex.has(title, &lex.negations);
            return (why && !denied).then_some(only);
        }
        let [(_, first_end, first), (second_at, _, second)] = named[..] else {
            return None;
        };
        let between = title.get(first_end..second_at)?;
        let sets = lex.has_or_english(between, |l| &l.prefers)
            || lex.sets_against(title, &options[second].name);
        sets.then_some(first)
    })
}

/// Where a title's move goes ("From Angular to React", "Passare da Android a iPhone", "Back to
/// Chrome from Firefox"): the post's subject, for its pros and cons that name no option.
pub(crate) fn destination(options: &[Choice], titles: &[&str], lex: &Lexicon) -> Option<usize> {
    titles.iter().find_map(|title| {
        let [(first_at, first_end, first), (second_at, _, second)] =
            named::named_spans(options, title)[..]
        else {
            return None;
        };
        let before = crate::lexicon::lowercase(title.get(..first_at)?);
        let between = crate::lexicon::lowercase(title.get(first_end..second_at)?);
        [lex, crate::lexicon::english()].iter().find_map(|l| {
            crate::lexicon::moves(&l.from_to).find_map(|(from, to)| {
                let (f, t) = (l.find(&between, from), l.find(&between, to));
                if l.find(&before, from).is_some() && t.is_some() && f.is_none() {
                    Some(second)
                } else if l.find(&before, to).is_some() && f.is_some() && t.is_none() {
                    Some(first)
                } else {
                    None
                }
            })
        })
    })
}

/// Headings that praise, with the language's comparatives, the option a title prefers ("Chrome
/// è più veloce", "Migliore gestione dei plugin" under "Chrome over Firefox"), or the one option
/// they name: each a pro of it, asked whether it matters to the reader.
pub(crate) fn praising_headings(
    blocks: &[Block],
    options: &[Choice],
    titles: &[&str],
    lex: &Lexicon,
) -> Vec<Proposal> {
    let preferred = preferred(options, titles, lex);
    // Each heading with the one option it names set apart: "What Umami does better" and "What
    // Plausible does better" are one frame, the sections' titles, not praise of either.
    let frames: Vec<Option<(usize, String)>> = blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } => {
                let text = sections::unnumbered(text).trim();
                match named::named_spans(options, text)[..] {
                    [(at, end, o)] => Some((o, format!("{}\u{0}{}", &text[..at], &text[end..]))),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    // Per frame, whether two options or more head sections with it (a map: a post can head
    // ten thousand sections).
    let mut by_frame: std::collections::HashMap<&str, (usize, bool)> =
        std::collections::HashMap::new();
    for (o, frame) in frames.iter().flatten() {
        by_frame
            .entry(frame.as_str())
            .and_modify(|(first, several)| *several |= first != o)
            .or_insert((*o, false));
    }
    let paired = |i: usize| {
        frames[i]
            .as_ref()
            .is_some_and(|(_, frame)| by_frame[frame.as_str()].1)
    };
    let mut out = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { text, .. } = block else {
            continue;
        };
        if paired(at) {
            continue;
        }
        let text = sections::unnumbered(text).trim();
        // A grade of the one option it names praises too ("Jekyll è veloce", "Hugo ist
        // schnell"), said after the name and taking nothing back.
        let graded = match named::named_spans(options, text)[..] {
            [(0, end, _)] => {
                let said = &text[end..];
                lex.praises(said) && !lex.has(said, &lex.hedges) && !lex.has(said, &lex.than)
            }
            _ => false,
        };
        if !(lex.has(text, &lex.favours) || graded)
            || kinds::classify(text, lex).is_some()
            || text.ends_with(['?', '？', '؟'])
            || text.split_whitespace().count() > 8
        {
            continue;
        }
        let named = named::named_spans(options, text);
        // "React: La Biblioteca Más Popular", "Vite, sencillo y optimizado", "Bootstrap 5 : a
        // good compromise" head the option's own section with a tagline.
        let tagline = |at: usize, end: usize| {
            at == 0
                && text.get(end..).is_some_and(|rest| {
                    rest.trim_start()
                        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                        .trim_start()
                        .starts_with([':', '：', '-', '–', '—', '|', ','])
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
        // "Vim wins" over a list of its reasons asks through them, not itself.
        let lists_reasons =
            read::before_heading(&blocks[at + 1..]).any(|b| matches!(b, Block::List(_)));
        if lists_reasons {
            continue;
        }
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
pub(crate) fn sub_heading_items(
    blocks: &[Block],
    options: &[Choice],
    lex: &Lexicon,
) -> Vec<Proposal> {
    let mut out = Vec::new();
    // A heading written again under another section ("#### DDL" under each option's votes) is
    // a label of the post's, no point of one option's.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for block in blocks {
        if let Block::Heading { text, .. } = block {
            *seen
                .entry(sections::unnumbered(text).trim().to_lowercase())
                .or_default() += 1;
        }
    }
    let recurs = |title: &str| {
        seen.get(&title.trim().to_lowercase())
            .is_some_and(|n| *n >= 2)
    };
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
        let Some(o) = named::only_option(options, part.title)
            .or_else(|| named::only_option(options, &read::without_asides(part.title)))
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
            if recurs(title) {
                continue;
            }
            if kind != Kind::WhenToChoose
                && kind != Kind::WhenNot
                && (kinds::classify(title, lex).is_some()
                    || kinds::concludes(title, lex)
                    || title.trim_end().ends_with(['?', '？', '؟'])
                    || possessive
                    || named::options_in(options, title)
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

/// Whether a heading is one option's own: it names that option alone, in two words at most
/// besides its name ("Vercel", "1. Fish", "Why Hugo").
pub(crate) fn own_heading(options: &[Choice], heading: &str) -> bool {
    let heading = sections::unnumbered(heading);
    named::only_option(options, heading).is_some()
        && heading
            .split_whitespace()
            .filter(|w| named::options_in(options, w).is_empty())
            .count()
            <= 2
}

/// Headings giving one option a purpose each ("Python for Data Science", "JavaScript for Mobile",
/// "Web Uygulamaları için JavaScript"), two or more in a post: each asks whether the reader's need
/// is that purpose, leaning to its option.
pub(crate) fn purpose_headings(
    blocks: &[Block],
    options: &[Choice],
    lex: &Lexicon,
) -> Vec<Proposal> {
    let strip_suffix = |text: &str, word: &str| -> Option<String> {
        let lower = crate::lexicon::lowercase(text);
        let word = crate::lexicon::lowercase(word);
        lower
            .strip_suffix(word.as_str())
            .map(|rest| text[..rest.len()].trim().to_owned())
    };
    let mut found: Vec<(usize, usize, String, String)> = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { text, .. } = block else {
            continue;
        };
        let title = sections::unnumbered(text).trim();
        let Some(o) = named::only_option(options, title) else {
            continue;
        };
        let Some(&(name_at, name_end, _)) = named::named_spans(options, title).first() else {
            continue;
        };
        let need = if name_at == 0 {
            let rest = title.get(name_end..).unwrap_or("").trim_start();
            crate::lexicon::after_opening(rest, &lex.purpose).map(|need| need.trim().to_owned())
        } else if title
            .get(name_end..)
            .is_some_and(|rest| rest.trim().is_empty())
        {
            let before = title.get(..name_at).unwrap_or("").trim_end();
            lex.purpose_after
                .iter()
                .find_map(|p| strip_suffix(before, p))
        } else {
            None
        };
        let Some(need) = need else { continue };
        let letters = need.chars().filter(|c| c.is_alphanumeric()).count();
        if letters >= 3 && need.split_whitespace().count() <= 8 && !need.ends_with(['?', '？']) {
            found.push((at, o, need, title.to_owned()));
        }
    }
    if found.len() < 2 {
        return Vec::new();
    }
    found
        .into_iter()
        .filter_map(|(at, o, need, title)| {
            Some(Proposal {
                text: ask::question(&need, ask::Tone::Use, lex)?,
                option: o,
                also: Vec::new(),
                weight: Kind::WhenToChoose.weight(),
                reason: read::escape(&title),
                from: title,
                kind: Kind::WhenToChoose,
                note: None,
                at,
            })
        })
        .collect()
}

/// Headings that name a purpose and no option ("For gaming:", "Für Einsteiger", "Para
/// principiantes"), two or more in a post, each over prose that praises one or more options
/// ("Red and Black switches are the best for these"): each asks whether the reader's need is that
/// purpose, leaning to the options its first such sentence names before its praise.
pub(crate) fn purpose_sections(
    blocks: &[Block],
    options: &[Choice],
    lex: &Lexicon,
) -> Vec<Proposal> {
    let mut found: Vec<Proposal> = Vec::new();
    let mut purposes = 0;
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { text, .. } = block else {
            continue;
        };
        let title = sections::unnumbered(text).trim();
        let Some(need) = crate::lexicon::after_opening(title, &lex.purpose) else {
            continue;
        };
        let need = need.trim().trim_end_matches([':', '：']).trim();
        let words = need.split_whitespace().count();
        if !named::options_in(options, title).is_empty() || words == 0 || words > 5 {
            continue;
        }
        purposes += 1;
        // Line by line: a line broken by hand ("Office: Brown/Red > Others") is no sentence's.
        let praise = read::before_heading(&blocks[at + 1..])
            .filter_map(|b| match b {
                Block::Paragraph(lines) | Block::List(lines) => Some(lines),
                _ => None,
            })
            .flatten()
            .flat_map(|line| sources::sentences(&line.plain, lex))
            .find_map(|s| {
                let (word_at, word) = lex.first(&s, &lex.favours)?;
                if lex.has(&s, &lex.hedges) || advice::denied(&s, word_at, word.len(), lex) {
                    return None;
                }
                // The options its clause names before the praise, a few words back.
                let before = &s[..word_at];
                let clause_at = before.rfind([';', ':', '>', '|']).map_or(0, |i| i + 1);
                let words: Vec<(usize, &str)> = before[clause_at..]
                    .split_whitespace()
                    .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
                    .collect();
                let from = words
                    .len()
                    .checked_sub(12)
                    .map_or(clause_at, |i| words[i].0);
                let mut named: Vec<usize> = named::options_in(options, &before[from..])
                    .into_iter()
                    .map(|(_, o)| o)
                    .collect();
                named.dedup();
                (!named.is_empty()).then_some((named, s))
            });
        let (Some((named, sentence)), Some(question)) =
            (praise, ask::question(need, ask::Tone::Use, lex))
        else {
            continue;
        };
        found.push(Proposal {
            text: question,
            option: named[0],
            also: named[1..].to_vec(),
            weight: Kind::Recommendation.weight(),
            reason: read::escape(&ask::cleaned(&sentence)),
            from: sentence,
            kind: Kind::Recommendation,
            note: None,
            at,
        });
    }
    if purposes < 2 {
        return Vec::new();
    }
    found
}
