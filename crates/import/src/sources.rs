//! Where a post says what fits whom, each turned into a proposed question that leans to (or
//! away from) one option, with the post's own sentence as the reason:
//! - quick decision lines, `Do you need an admin panel? → Django` (the seed's format);
//! - when-to-choose sections and lists ("When to choose X", "Use X when:", "X is best suited
//!   to:"), and when-not-to sections, leaning away;
//! - recommendations anywhere ("X is recommended if you want …", "choose X if …") and
//!   conditions in the conclusion ("If you want A, use X; if your team runs B, stay with Y");
//! - headings asked as yes/no questions ("Do you need CTEs?"), leaning to the option the section
//!   answers with;
//! - pros and cons, under any common heading (pros, advantages, "what I like", "you might like…",
//!   "where it hurts", "you might hate…"), as lists or table columns;
//! - a use-case column or row of a comparison table ("When to use", "Best for");
//! - what the post praises an option for ("Nginx is often selected … for its resource
//!   efficiency", "X excels at …") and the characteristics it lists under an option.
//!
//! Near-duplicates are merged (the stronger kept), and at most [`PROPOSED`] are proposed, the
//! strongest first; the rest are listed as candidates.

use super::ask::{self, Tone};
use super::kinds::{classify, concludes, Kind};
use super::read::{escape, Block, Text};
use super::tables::{self, Layout};
use verdict_core::content::Choice;

/// Questions proposed at most; the rest are candidates the author can add.
pub const PROPOSED: usize = 12;

/// A question the post suggests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The question, yes/no, about the reader.
    pub text: String,
    /// The option it is about.
    pub option: usize,
    /// What "Yes" gives that option.
    pub weight: i32,
    /// Why, in the post's words (the reason the result shows).
    pub reason: String,
    /// The line it came from, plain.
    pub from: String,
    /// What it was found in.
    pub kind: Kind,
    /// Advice that applies whoever wins (a decision line's words after the option).
    pub note: Option<String>,
    /// The block it came from (for the article's order).
    pub at: usize,
}

/// The option named first in `text` (its earliest mention; the longest name where names share
/// a start, so ".NET Framework" is not ".NET").
pub fn option_in(options: &[Choice], text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let name = o.name.to_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find(&name) {
                let start = from + at;
                let end = start + name.len();
                let ok = lower[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && lower[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
                if ok {
                    return Some((start, usize::MAX - name.len(), i));
                }
                from = end;
            }
            None
        })
        .min()
        .map(|(_, _, i)| i)
}

/// `text` starting with an option's name: that option and the rest.
fn led_by<'a>(options: &[Choice], text: &'a str) -> Option<(usize, &'a str)> {
    let lower = text.to_lowercase();
    options
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            let name = o.name.to_lowercase();
            lower.starts_with(&name) && lower[name.len()..].starts_with([' ', '\'', '’', ','])
        })
        .max_by_key(|(_, o)| o.name.len())
        .map(|(i, o)| {
            (
                i,
                text[o.name.len()..]
                    .trim_start_matches(['\'', '’', 's'])
                    .trim_start(),
            )
        })
}

/// The sentences of a paragraph or list item (split at ". ", "; ", "! ").
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1).copied();
        let breaks = matches!(c, '.' | ';' | '!' | '?') && next.is_none_or(|n| n == ' ');
        // Not after "e.g", "i.e", "vs" or a single capital (an initial).
        let tail: String = current
            .chars()
            .rev()
            .skip(1)
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let abbreviation = *c == '.'
            && (tail.ends_with("e.g")
                || tail.ends_with("i.e")
                || tail.ends_with("vs")
                || tail.ends_with("etc"));
        if breaks && !abbreviation {
            let s = current.trim().to_owned();
            if !s.is_empty() {
                out.push(s);
            }
            current.clear();
        }
    }
    let s = current.trim().to_owned();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// What a condition ("you want your tests to run anywhere", "testing React apps") asks.
fn ask_condition(condition: &str) -> Option<String> {
    let condition = ask::cleaned(condition);
    let condition = condition
        .split([',', ';'])
        .next()
        .unwrap_or(&condition)
        .trim();
    ask::about_the_reader(condition).or_else(|| ask::question(condition, Tone::Use))
}

/// A recommendation in one sentence: the option, and the question its condition asks.
fn recommendation(options: &[Choice], sentence: &str, conclusion: bool) -> Vec<(usize, String)> {
    // "Use .NET for your server application when:" introduces a list; it asks nothing itself.
    if sentence.trim_end().ends_with(':') {
        return Vec::new();
    }
    let s = ask::cleaned(sentence);
    let lower = s.to_lowercase();
    let mut found = Vec::new();
    // "X is recommended if …", "X is the better choice when …", "X is best suited for …".
    if let Some((o, rest)) = led_by(options, &s) {
        let rest_lower = rest.to_lowercase();
        const LEADS: &[&str] = &[
            "is recommended if ",
            "is recommended when ",
            "is recommended for ",
            "is the better choice if ",
            "is the better choice when ",
            "is the best choice if ",
            "is the best choice when ",
            "is the right choice if ",
            "is a good choice if ",
            "is a great choice if ",
            "is a good choice for ",
            "is a great choice for ",
            "is the better choice for ",
            "is the best choice for ",
            "is best suited for ",
            "is best suited to ",
            "is better suited for ",
            "is better suited to ",
            "is ideal for ",
            "is ideal if ",
            "is perfect for ",
            "is the way to go if ",
            "makes sense if ",
            "makes sense when ",
            "wins if ",
            "wins when ",
            "fits best if ",
            "is a better fit if ",
            "is a good fit if ",
            "is a good fit for ",
        ];
        if let Some(lead) = LEADS.iter().find(|l| rest_lower.starts_with(*l)) {
            if let Some(q) = ask_condition(&rest[lead.len()..]) {
                found.push((o, q));
            }
        } else if rest_lower.starts_with("is ") || rest_lower.starts_with("'s ") {
            // "Jest is an all-purpose test-runner and is recommended for testing React apps".
            for join in [
                " is recommended for ",
                " is recommended if ",
                " is recommended when ",
                " is ideal for ",
                " is the best choice for ",
            ] {
                if let Some(at) = rest_lower.find(join) {
                    if let Some(q) = ask_condition(&rest[at + join.len()..]) {
                        found.push((o, q));
                    }
                    break;
                }
            }
        }
    }
    // "Use X if …", "Choose X when …", "Go with X for …".
    for verb in [
        "use ",
        "choose ",
        "pick ",
        "go with ",
        "stick with ",
        "stay with ",
        "try ",
        "learn ",
        "consider ",
        "prefer ",
    ] {
        let Some(rest) = lower.strip_prefix(verb).map(|_| &s[verb.len()..]) else {
            continue;
        };
        if let Some((o, after)) = led_by(options, rest) {
            let after_lower = after.to_lowercase();
            for join in ["if ", "when ", "for "] {
                if let Some(cond) = after_lower.strip_prefix(join).map(|_| &after[join.len()..]) {
                    if let Some(q) = ask_condition(cond) {
                        found.push((o, q));
                    }
                }
            }
        }
    }
    // In a conclusion: "If A, use X; if B, stay with Y", "When A, choose X".
    if conclusion || found.is_empty() {
        for lead in ["if ", "when "] {
            if !lower.starts_with(lead) {
                continue;
            }
            let Some((cond, then)) = s[lead.len()..].split_once(", ") else {
                continue;
            };
            let then_lower = then.to_lowercase();
            let names_advice = [
                "use ",
                "choose ",
                "pick ",
                "go with ",
                "stick with ",
                "stay with ",
                "learn ",
                "try ",
                "consider ",
                "you'll want ",
                "you want ",
            ]
            .iter()
            .any(|v| then_lower.contains(v));
            let explicit = conclusion || names_advice;
            if let (true, Some(o)) = (
                explicit && (names_advice || option_in(options, then).is_some()),
                option_in(options, then),
            ) {
                if let Some(q) = ask_condition(cond) {
                    found.push((o, q));
                }
            }
        }
    }
    found
}

/// What a sentence praises an option for: "X is often chosen … for its A, B, and C", "X excels
/// at A", "X is known for A".
fn praise(options: &[Choice], sentence: &str) -> Vec<(usize, String)> {
    let s = ask::cleaned(sentence);
    let Some((o, rest)) = led_by(options, &s) else {
        return Vec::new();
    };
    let lower = rest.to_lowercase();
    let mut found = Vec::new();
    for verb in [
        "chosen",
        "selected",
        "preferred",
        "favored",
        "favoured",
        "picked",
        "known",
        "loved",
        "praised",
        "valued",
    ] {
        let Some(at) = lower.find(verb) else { continue };
        if at > 30 {
            continue;
        }
        let Some(for_at) = lower[at..].find(" for ") else {
            continue;
        };
        let list = &rest[at + for_at + 5..];
        let list = list
            .strip_prefix("its ")
            .or_else(|| list.strip_prefix("their "))
            .unwrap_or(list);
        for item in list.split(", ").flat_map(|p| p.split(" and ")) {
            let item = item
                .trim()
                .trim_start_matches("its ")
                .trim_start_matches("and ");
            if item.split_whitespace().count() <= 6 {
                if let Some(q) = ask::question(item, Tone::Want) {
                    found.push((o, q));
                }
            }
        }
        return found;
    }
    for lead in [
        "excels at ",
        "excels in ",
        "shines at ",
        "shines in ",
        "is great at ",
        "is good at ",
        "is very good at ",
        "is strong at ",
    ] {
        if let Some(phrase) = lower.strip_prefix(lead).map(|_| &rest[lead.len()..]) {
            let phrase = phrase.split(" and is ").next().unwrap_or(phrase);
            if let Some(q) = ask::question(phrase, Tone::Use) {
                found.push((o, q));
            }
        }
    }
    found
}

/// A list item or table cell as a question in `tone`: its bold label or the words before its
/// colon when it has one, else the whole of it when it is short.
fn item_question(item: &Text, tone: Tone) -> Option<String> {
    let plain = item.plain.trim();
    let label = item
        .lead
        .clone()
        .or_else(|| {
            plain
                .split_once([':', '—', '–'])
                .map(|(l, _)| l.trim().to_owned())
                .filter(|l| (1..=6).contains(&l.split_whitespace().count()))
        })
        .map(|l| l.trim_end_matches([':', ' ']).to_owned());
    match label {
        Some(label) => ask::question(&label, tone),
        None if plain.split_whitespace().count() <= 12 => ask::question(plain, tone),
        None => None,
    }
}

/// The tone a kind asks in.
fn tone(kind: Kind) -> Tone {
    match kind {
        Kind::Con | Kind::WhenNot => Tone::Avoid,
        Kind::WhenToChoose | Kind::TableUse => Tone::Use,
        _ => Tone::Want,
    }
}

/// A use-case column or row of a comparison table ("When to use", "Best for").
fn is_use_case(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "when to use",
        "use when",
        "best for",
        "ideal for",
        "good for",
        "use it for",
        "use case",
        "recommended for",
        "great for",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Every proposal the post makes, in the article's order.
pub fn proposals(blocks: &[Block], options: &[Choice]) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    let add = |out: &mut Vec<Proposal>,
               text: Option<String>,
               option: usize,
               kind: Kind,
               reason: String,
               from: String,
               at: usize| {
        if let Some(text) = text {
            out.push(Proposal {
                text,
                option,
                weight: kind.weight(),
                reason,
                from,
                kind,
                note: None,
                at,
            });
        }
    };

    // The option each block is about: the deepest heading above it that names one; where a
    // generic heading ("Takeaways") came between, the last option heading before it.
    let mut stack: Vec<(u8, String)> = Vec::new();
    let mut last_option: Option<usize> = None;
    let mut section_kind: Option<Kind> = None;
    let mut section_option: Option<usize> = None;
    let mut in_conclusion = false;
    let mut heading_question: Option<(String, usize)> = None;
    let mut intro_kind: Option<(Kind, Option<usize>)> = None;

    for (at, block) in blocks.iter().enumerate() {
        if let Block::Heading { level, text } = block {
            while stack.last().is_some_and(|(l, _)| l >= level) {
                stack.pop();
            }
            stack.push((*level, text.clone()));
            let named = stack.iter().rev().find_map(|(_, t)| option_in(options, t));
            if let Some(o) = option_in(options, text) {
                last_option = Some(o);
            }
            section_option = named.or(last_option);
            section_kind = classify(text).filter(|_| !ask::is_yes_no(text));
            in_conclusion = stack.iter().any(|(_, t)| concludes(t));
            heading_question = ask::is_yes_no(text).then(|| (text.clone(), at));
            intro_kind = None;
            continue;
        }
        match block {
            Block::Paragraph(lines) => {
                let plain = lines
                    .iter()
                    .map(|l| l.plain.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                // A heading asked as a question, answered by the section's first paragraph.
                if let Some((question, from_at)) = heading_question.take() {
                    if let Some(o) = option_in(options, &plain) {
                        add(
                            &mut out,
                            ask::question(&question, Tone::Use),
                            o,
                            Kind::Heading,
                            escape(&ask::cleaned(&plain)),
                            question.clone(),
                            from_at,
                        );
                    }
                }
                // An intro line before a list: "Use .NET when:", "It has the following characteristics:".
                intro_kind = if plain.trim_end().ends_with(':') {
                    classify(&plain)
                        .or(section_kind)
                        .map(|k| (k, option_in(options, &plain).or(section_option)))
                } else {
                    None
                };
                for sentence in sentences(&plain) {
                    for (o, q) in recommendation(options, &sentence, in_conclusion) {
                        add(
                            &mut out,
                            Some(q),
                            o,
                            Kind::Recommendation,
                            escape(&ask::cleaned(&sentence)),
                            sentence.clone(),
                            at,
                        );
                    }
                    for (o, q) in praise(options, &sentence) {
                        add(
                            &mut out,
                            Some(q),
                            o,
                            Kind::Praise,
                            escape(&ask::cleaned(&sentence)),
                            sentence.clone(),
                            at,
                        );
                    }
                }
            }
            Block::List(items) => {
                let (kind, option) = match intro_kind.take() {
                    Some((k, o)) => (Some(k), o),
                    None => (section_kind, section_option),
                };
                for item in items {
                    // Recommendations in list items ("🏅Mocha is recommended if …").
                    let mut recommended = false;
                    for sentence in sentences(&item.plain) {
                        for (o, q) in recommendation(options, &sentence, in_conclusion) {
                            recommended = true;
                            add(
                                &mut out,
                                Some(q),
                                o,
                                Kind::Recommendation,
                                item.rich.clone(),
                                item.plain.clone(),
                                at,
                            );
                        }
                    }
                    if recommended {
                        continue;
                    }
                    if let (Some(kind), Some(o)) = (kind, option) {
                        add(
                            &mut out,
                            item_question(item, tone(kind)),
                            o,
                            kind,
                            item.rich.clone(),
                            item.plain.clone(),
                            at,
                        );
                    }
                }
            }
            Block::Table { head, rows } => {
                if tables::is_pros_and_cons(head) {
                    let Some(o) = section_option else { continue };
                    for (j, column) in head.iter().enumerate() {
                        let Some(kind) = classify(&column.plain) else {
                            continue;
                        };
                        for row in rows {
                            if let Some(cell) = row.get(j).filter(|c| !c.plain.is_empty()) {
                                add(
                                    &mut out,
                                    item_question(cell, tone(kind)),
                                    o,
                                    kind,
                                    cell.rich.clone(),
                                    cell.plain.clone(),
                                    at,
                                );
                            }
                        }
                    }
                    continue;
                }
                match tables::layout(options, head, rows) {
                    Layout::Rows(by_row) => {
                        for (j, column) in head.iter().enumerate().skip(1) {
                            if !is_use_case(&column.plain) {
                                continue;
                            }
                            for (row, o) in rows.iter().zip(&by_row) {
                                if let (Some(cell), Some(o)) = (row.get(j), o) {
                                    add(
                                        &mut out,
                                        ask::question(&cell.plain, Tone::Use),
                                        *o,
                                        Kind::TableUse,
                                        cell.rich.clone(),
                                        cell.plain.clone(),
                                        at,
                                    );
                                }
                            }
                        }
                    }
                    Layout::Columns(columns) => {
                        for row in rows {
                            if !row.first().is_some_and(|c| is_use_case(&c.plain)) {
                                continue;
                            }
                            for (j, o) in columns.iter().enumerate() {
                                if let (Some(cell), Some(o)) = (row.get(j + 1), o) {
                                    for piece in cell
                                        .plain
                                        .split([',', ';'])
                                        .map(str::trim)
                                        .filter(|p| !p.is_empty())
                                    {
                                        add(
                                            &mut out,
                                            ask::question(piece, Tone::Use),
                                            *o,
                                            Kind::TableUse,
                                            escape(piece),
                                            cell.plain.clone(),
                                            at,
                                        );
                                    }
                                }
                            }
                        }
                    }
                    Layout::Neither => {}
                }
            }
            _ => {}
        }
    }
    out
}

/// The proposals worth asking: near-duplicates merged (the stronger kept, and a decision line
/// given the reason of an item that repeats it), a trait every option has dropped; sorted, the
/// strongest first (in the article's order among equals). The first [`PROPOSED`] (each option
/// with at least its best one) are kept; the rest are candidates.
pub fn choose(mut all: Vec<Proposal>, options: usize) -> (Vec<Proposal>, Vec<Proposal>) {
    all.sort_by_key(|p| (std::cmp::Reverse(p.kind.strength()), p.at));
    let mut merged: Vec<(Proposal, Vec<String>)> = Vec::new();
    for p in all {
        let words = ask::keywords(&p.text);
        let same = merged.iter().position(|(k, kw)| {
            k.option == p.option
                && k.weight.signum() == p.weight.signum()
                && (ask::same_topic(kw, &words) || words.is_empty())
        });
        match same {
            Some(i) => {
                // The item explains the decision line's "Yes" better than the line itself.
                let keeper = &mut merged[i].0;
                if keeper.kind == Kind::Decision
                    && matches!(p.kind, Kind::WhenToChoose | Kind::Recommendation)
                {
                    keeper.reason = p.reason;
                }
            }
            None => merged.push((p, words)),
        }
    }
    // A pro or trait said of every option tells them apart in nothing.
    let shared: Vec<bool> = merged
        .iter()
        .map(|(p, kw)| {
            matches!(p.kind, Kind::Trait | Kind::Pro | Kind::Praise)
                && merged
                    .iter()
                    .filter(|(q, qk)| {
                        q.option != p.option
                            && q.weight.signum() == p.weight.signum()
                            && ask::same_topic(kw, qk)
                    })
                    .count()
                    > 0
        })
        .collect();
    let ranked: Vec<Proposal> = merged
        .into_iter()
        .zip(shared)
        .filter(|(_, s)| !s)
        .map(|((p, _), _)| p)
        .collect();
    // Each option's best first, then the strongest of the rest.
    let mut kept_at: Vec<usize> = Vec::new();
    for o in 0..options {
        if let Some(i) = ranked.iter().position(|p| p.option == o) {
            kept_at.push(i);
        }
    }
    for i in 0..ranked.len() {
        if kept_at.len() >= PROPOSED {
            break;
        }
        if !kept_at.contains(&i) {
            kept_at.push(i);
        }
    }
    kept_at.truncate(PROPOSED.max(options.min(PROPOSED)));
    kept_at.sort_unstable();
    let mut kept = Vec::new();
    let mut rest = Vec::new();
    for (i, p) in ranked.into_iter().enumerate() {
        if kept_at.contains(&i) {
            kept.push(p);
        } else {
            rest.push(p);
        }
    }
    (kept, rest)
}
