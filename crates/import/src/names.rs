//! Which options a post compares, wherever it names them, in any language we have words for
//! ([`Lexicon`]): its title or a sentence listing them ("X vs Y", "X, Y und Z", "X ou Y",
//! "XとYの比較", "X 和 Y 如何选择", "between X and Y"), one heading each (numbered or not,
//! "What is X?" in the post's language), a table's header or first column (case, emoji, links
//! and footnote marks ignored), the subjects of its pros and cons, and the leaves of a mermaid
//! flowchart. Each name is spelled as the post spells it most.
//!
//! A name the post never compares is left out: one found outside the title and such a sentence
//! must come back in the text at least three times, and a heading under another option's
//! heading belongs to that option.

use super::body::Body;
use super::lexicon::{continues, is_unspaced_script, Lexicon};
use super::read::Block;
use super::sections::unnumbered;
use std::collections::{HashMap, HashSet};

/// Where a name was found, for the author's inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The option's name as the draft writes it.
    pub name: String,
    /// Where it was found ("the title", "headings", "a table", "its pros and cons").
    pub from: String,
}

/// Separators between the clauses of a title.
const TITLE_BREAKS: &[&str] = &[
    ":", "?", "!", " - ", " – ", " — ", "|", "：", "？", "！", "｜", "؟", "「", "」", "【", "】",
    "《", "》", "«", "»",
];

/// `text` without its parenthesised asides ("Visual Studio Code (VS Code)"), except the Latin
/// spelling right after a name in another script ("티스토리(Tistory)"), which is part of it.
fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    // Where a kept spelling opened: it closes into the name too.
    let mut kept = false;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '（' if depth == 0 && spelling_follows(text, at) => {
                kept = true;
                out.push(c);
            }
            ')' | '）' if kept => {
                kept = false;
                out.push(c);
            }
            '(' | '（' | '[' => depth += 1,
            ')' | '）' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the bracket at `at` holds a Latin spelling of the non-Latin word right before it.
fn spelling_follows(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let inside: String = text[at..]
        .chars()
        .skip(1)
        .take_while(|c| !matches!(c, ')' | '）'))
        .collect();
    before.is_some_and(|c| c.is_alphabetic() && !c.is_ascii()) && latin_spelling(&inside)
}

/// Whether text is a name spelled in Latin letters (and the signs names use).
fn latin_spelling(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '+' | '#' | '-'))
}

/// Characters that separate list items.
const COMMAS: &[char] = &[',', '、', '，', '،', ';', '；'];

/// The names a title (or a sentence) lists: "X vs Y", "X, Y and Z", "between X and Y", "X or Y".
/// `body` is the post's text: where a piece holds more words than the name, the words the post
/// uses most as a name win.
pub fn listed(text: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    let mut best: Vec<String> = Vec::new();
    for clause in clauses(text) {
        // A move ("从Eclipse到IDEA，金字塔到太空堡垒") says its two names whatever follows.
        if let Some(names) = moved(&clause, lex, body) {
            return names;
        }
        let mut names = names_in_clause(&clause, lex, body);
        if names.is_empty() || names.iter().any(|n| junk(n, lex)) {
            // "X와 Y, 어느 것을 사용할까": the list is one of the clause's comma parts.
            names = clause
                .split(COMMAS)
                .map(|part| names_in_clause(part.trim(), lex, body))
                .find(|n| n.len() >= 2)
                .unwrap_or_default();
        }
        if (2..=6).contains(&names.len()) && names.len() > best.len() {
            best = names;
        }
    }
    if best.is_empty() {
        best = clauses(text)
            .iter()
            .find_map(|clause| moved(clause, lex, body))
            .unwrap_or_default();
    }
    // In a title written without spaces, the Latin-script words it lists are the names
    // ("静态博客框架jekyll、hexo和hugo三者之间的区别与差异"): not the script's own words
    // between its joining words.
    let native_only = |n: &String| !n.chars().any(|c| c.is_ascii_alphabetic());
    if text.chars().any(is_unspaced_script) && best.iter().any(native_only) {
        let latin: Vec<String> = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-')))
            .map(|w| w.trim_matches(['.', '-']))
            .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .fold(Vec::new(), |mut out: Vec<String>, w| {
                // Runs a space apart that the post writes together are one name ("VS CODE").
                if let Some(last) = out.last_mut() {
                    let both = format!("{last} {w}");
                    if text.contains(&both) && body.mentions(&both) * 2 >= body.as_written(w) {
                        *last = both;
                        return out;
                    }
                }
                if !out.iter().any(|o| o.eq_ignore_ascii_case(w)) {
                    out.push(w.to_owned());
                }
                out
            });
        let joined = lex.has(text, &lex.and) || lex.has(text, &lex.versus) || text.contains('、');
        if joined && (2..=6).contains(&latin.len()) {
            best = latin;
        }
    }
    best
}

/// The two names of a move from one to the other, in the language's words ("From Jekyll to
/// Hugo", "Von iCloud zu Nextcloud", "从Hugo到Hexo"), where the post names each again.
fn moved(clause: &str, lex: &Lexicon, body: &Body) -> Option<Vec<String>> {
    let lower = clause.to_lowercase();
    if lower.len() != clause.len() {
        return None;
    }
    for pair in &lex.from_to {
        let Some((from, to)) = pair.split_once('|') else {
            continue;
        };
        let Some(from_at) = lex.find(&lower, from) else {
            continue;
        };
        let after_from = from_at + from.len();
        let Some(to_at) = lex.find(&lower[after_from..], to).map(|at| at + after_from) else {
            continue;
        };
        let first = name_in(&clause[after_from..to_at], Side::End, body)?;
        let second = name_in(&clause[to_at + to.len()..], Side::Start, body)?;
        let named = |n: &String| strictly_named(n, lex) && body.mentions(n) >= 2;
        if named(&first) && named(&second) && !first.eq_ignore_ascii_case(&second) {
            return Some(vec![first, second]);
        }
    }
    None
}

fn clauses(text: &str) -> Vec<String> {
    // "::" joins a name's parts ("Test::Unit"); kept aside while the title is cut at ":".
    const JOINED: &str = "\u{E000}";
    let text = text.replace("**", "").replace("::", JOINED);
    let mut parts = vec![without_asides(&text)];
    for sep in TITLE_BREAKS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_owned).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().replace(JOINED, "::"))
        .filter(|p| !p.is_empty())
        .collect()
}

/// `text` cut at each occurrence of any of `words` (as the lexicon finds them). With
/// `leading_names`, a word with nothing before it separates nothing but begins a name ("VS Code
/// vs Sublime Text"); without, it is dropped ("…, and Service Bus"). A word written with a
/// capital that begins a name `body` writes again and again cuts nothing either ("I'm Ditching
/// VS Code").
fn split_words(
    text: &str,
    words: &[String],
    lex: &Lexicon,
    leading_names: bool,
    body: &Body,
) -> Vec<String> {
    let mut pieces = vec![text.to_owned()];
    for word in words {
        let mut next = Vec::new();
        for piece in pieces {
            let mut rest = piece.as_str();
            let mut from = 0;
            loop {
                let lower = rest.to_lowercase();
                // Lowercasing keeps byte offsets for the texts met here only when their length does
                // not change; otherwise the piece is kept whole.
                if lower.len() != rest.len() {
                    next.push(rest.to_owned());
                    break;
                }
                match lex.find(&lower[from..], word).map(|at| at + from) {
                    Some(at)
                        if (leading_names && rest[..at].trim().is_empty())
                            || begins_a_name(rest, at, word.len(), body) =>
                    {
                        from = at + word.len();
                    }
                    Some(at) => {
                        next.push(rest[..at].to_owned());
                        rest = &rest[at + word.len()..];
                        from = 0;
                    }
                    None => {
                        next.push(rest.to_owned());
                        break;
                    }
                }
            }
        }
        pieces = next;
    }
    pieces
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether the word at `at` (`len` bytes) in `text` is written with a capital and, with the word
/// after it, is a name `body` writes at least twice ("VS Code").
fn begins_a_name(text: &str, at: usize, len: usize, body: &Body) -> bool {
    if !text[at..].starts_with(char::is_uppercase) {
        return false;
    }
    let rest = &text[at + len..];
    let Some(next) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
    else {
        return false;
    };
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !next.starts_with(char::is_uppercase) {
        return false;
    }
    let name = format!("{} {next}", &text[at..at + len]);
    body.matches(name.as_str()).count() >= 2
}

fn names_in_clause(clause: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    // What comes after "between", "comparing", "comparison of" is the list.
    if let Some((at, lead)) = lex.first(clause, &lex.between) {
        if clause.to_lowercase().len() == clause.len() {
            // The list comes after the word ("between X and Y"), or before it ("XとYの比較",
            // "X vs Y 对比分析"): whichever side lists names.
            let after = clause[at + lead.len()..].trim();
            let before = clause[..at].trim();
            for side in [after, before] {
                if side.chars().count() >= 2 {
                    let names = names_in_text(side, lex, body);
                    if names.len() >= 2 {
                        return names;
                    }
                }
            }
            return Vec::new();
        }
    }
    names_in_text(clause, lex, body)
}

fn names_in_text(text: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    let text = first_sentence(text, lex);
    let versus = split_words(text, &lex.versus, lex, true, body);
    let pieces: Vec<String> = if versus.len() >= 2 {
        // "Vim、Emacs 和 IDE": the enumeration comma lists names within a side.
        versus
            .iter()
            .flat_map(|p| p.split('、').map(str::trim).filter(|p| !p.is_empty()))
            .map(str::to_owned)
            .collect()
    } else {
        // "X, Y, and Z", "X, Y or Z", "X and Y", "X or Y".
        let joins: Vec<String> = lex.and.iter().chain(&lex.or).cloned().collect();
        let commas: Vec<&str> = text.split(COMMAS).collect();
        let mut pieces: Vec<String> = Vec::new();
        for (i, part) in commas.iter().enumerate() {
            let part = part.trim();
            let last = i + 1 == commas.len();
            let split = split_words(part, &joins, lex, false, body);
            if split.len() >= 2 && (last || commas.len() == 1) {
                pieces.extend(split);
            } else if let [only] = &split[..] {
                // "…, and Service Bus", "…, or Vue": the name after the join.
                pieces.push(only.clone());
            } else if !part.is_empty() {
                pieces.push(part.to_owned());
            }
        }
        if pieces.len() < 2 {
            return Vec::new();
        }
        pieces
    };
    let count = pieces.len();
    let names: Vec<String> = pieces
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            // The first piece's name ends where the list starts; the last's starts there.
            let side = if i == 0 {
                Side::End
            } else if i + 1 == count {
                Side::Start
            } else {
                Side::Whole
            };
            name_in(p, side, body)
        })
        .collect();
    if names.len() != count {
        return Vec::new();
    }
    // A name that is only the start of another one listed ("ASP.NET" of "ASP.NET 4.x и ASP.NET
    // Core") is its piece whole.
    let names: Vec<String> = names
        .iter()
        .zip(&pieces)
        .map(|(name, piece)| {
            let prefix = format!("{} ", name.to_lowercase());
            let shared = names
                .iter()
                .any(|other| other.to_lowercase().starts_with(&prefix));
            if let Some(whole) = shared.then(|| tidy(piece)).flatten() {
                return whole;
            }
            // Only the end of another ("Native" of "Android Native, Flutter atau React
            // Native"): with the named word before it in its piece.
            let suffix = format!(" {}", name.to_lowercase());
            let ends_another = names
                .iter()
                .any(|other| other.to_lowercase().ends_with(&suffix));
            let words: Vec<&str> = piece.split_whitespace().collect();
            if ends_another && words.len() >= 2 && words.last().is_some_and(|w| *w == name) {
                let two = words[words.len() - 2..].join(" ");
                if two
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
                {
                    return two;
                }
            }
            name.clone()
        })
        .collect();
    names
}

/// `text` up to its first full stop that ends a sentence (not the one of "vs.", "e.g.").
fn first_sentence<'a>(text: &'a str, lex: &Lexicon) -> &'a str {
    let mut from = 0;
    while let Some(at) = text[from..].find(|c: char| lex.ends_sentence(c) && c != '?') {
        let end = from + at;
        let c = text[end..].chars().next().unwrap_or('.');
        let next = text[end + c.len_utf8()..].chars().next();
        let word = text[..end].rsplit(' ').next().unwrap_or("").to_lowercase();
        let abbreviation = c == '.'
            && (matches!(
                word.as_str(),
                "vs" | "e.g" | "i.e" | "etc" | "v" | "z.b" | "bzw" | "p.ex"
            ) || next.is_some_and(|n| !n.is_whitespace()));
        if !abbreviation {
            return &text[..end];
        }
        from = end + c.len_utf8();
    }
    text
}

/// Where the name sits in a piece of a list.
#[derive(Clone, Copy)]
enum Side {
    /// At its end (the first piece: "Welches Framework: Django").
    End,
    /// At its start (the last piece: "Flask für kleine Projekte").
    Start,
    /// The whole piece.
    Whole,
}

/// The name in a piece of a list: the piece itself when it is short and written like a name,
/// else the run of name-like words at the side where the list's separator was, of the length
/// the post uses most.
fn name_in(piece: &str, side: Side, body: &Body) -> Option<String> {
    let piece = piece.trim().trim_matches(|c: char| {
        matches!(
            c,
            '"' | '\''
                | '*'
                | '`'
                | '“'
                | '”'
                | '„'
                | '«'
                | '»'
                | '「'
                | '」'
                | '『'
                | '』'
                | '¿'
                | '¡'
        )
    });
    // A name in the post's script with its Latin spelling beside it ("티스토리(Tistory)") is
    // written so whole.
    if let Some((native, rest)) = piece.split_once(['(', '（']) {
        let latin = rest.trim_end_matches([')', '）']);
        let spelled = !native.is_empty()
            && native.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
            && latin_spelling(latin)
            && rest.ends_with([')', '）']);
        if spelled {
            return tidy(piece);
        }
    }
    // Names written in scripts without spaces ("ReactとVue", "Vue和React") are cut where the
    // script changes: the Latin-script run beside the separator is the name.
    let cjk_run = |piece: &str, side: Side| -> Option<String> {
        let chars: Vec<char> = piece.chars().collect();
        if !chars.iter().any(|c| is_unspaced_script(*c)) {
            return None;
        }
        let latin =
            |c: &char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_' | ' ');
        let run: String = match side {
            Side::End => {
                let rev: Vec<char> = chars
                    .iter()
                    .rev()
                    .take_while(|c| latin(c))
                    .copied()
                    .collect();
                rev.into_iter().rev().collect()
            }
            _ => chars.iter().take_while(|c| latin(c)).collect(),
        };
        let run = run.trim().to_owned();
        if run.chars().any(|c| c.is_ascii_alphanumeric()) {
            return Some(run);
        }
        // Not at the side, but the piece's only Latin run ("らHugoへ" of "JekyllからHugoへ").
        let runs: Vec<String> = piece
            .split(|c: char| !latin(&c))
            .map(str::trim)
            .filter(|r| r.chars().any(|c| c.is_ascii_alphabetic()))
            .map(str::to_owned)
            .collect();
        if let [only] = &runs[..] {
            return Some(only.clone());
        }
        // A name in the script itself: the piece when it is short.
        let bare: String = chars.iter().filter(|c| !c.is_whitespace()).collect();
        (bare.chars().count() <= 8).then_some(bare)
    };
    if let Some(name) = cjk_run(piece, side) {
        return tidy(&name);
    }
    let mut words: Vec<&str> = piece.split_whitespace().collect();
    // A comma ends the name ("Bootstrap, from a Rails developer's point of view").
    let ends_clause = |w: &&str| w.ends_with([',', ';', '，']);
    match side {
        Side::Start | Side::Whole => {
            if let Some(at) = words.iter().position(ends_clause) {
                words.truncate(at + 1);
            }
        }
        Side::End => {
            if let Some(at) = words.iter().rposition(ends_clause) {
                if at + 1 < words.len() {
                    words.drain(..=at);
                }
            }
        }
    }
    let words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_end_matches([',', ';', '，']))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    // The runs of 1–4 words at the list's side, each counted in the post ("Are Django" of a
    // question title, "Framework Django" of a German one: "Django" is what the post names);
    // the most used wins, the longer among nearly equals (a name of two words said as often).
    let runs: Vec<String> = (1..=4.min(words.len()))
        .map(|n| match side {
            Side::End => words[words.len() - n..].join(" "),
            Side::Start | Side::Whole => words[..n].join(" "),
        })
        .filter(|run| looks_named(run) && !mixed_scripts(run))
        .collect();
    // A run with a capital counts where the post writes it so ("Service Bus": "service" is a
    // word of every sentence, "Service" is not).
    let counted: Vec<(usize, &String)> = runs
        .iter()
        .map(|run| {
            // A title in capitals ("POSTGRESQL VS SQL SERVER") writes no name as the post does.
            let shouted = !run.chars().any(char::is_lowercase) && run.contains(' ');
            let n = if run.chars().any(char::is_uppercase) && !shouted {
                body.as_written(run)
            } else {
                body.mentions(run)
            };
            (n, run)
        })
        .collect();
    let most = counted.iter().map(|(n, _)| *n).max().unwrap_or(0);
    counted
        .iter()
        // A longer run the post names often enough is the name ("SQL Server" against "SQL",
        // ".NET Framework" against ".NET").
        .filter(|(n, run)| {
            let every_word_named = run
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase));
            (*n > 0 && *n * 3 >= most * 2) || (*n >= 2 && *n * 4 >= most && every_word_named)
        })
        .max_by_key(|(_, run)| run.len())
        .and_then(|(_, run)| tidy(run))
        .or_else(|| {
            // Nothing in the post to go by: a short piece written like a name.
            (words.len() <= 2 && looks_named(piece)).then(|| piece.to_owned())
        })
}

/// Whether words look like a product's name: a capital, a digit or a dot in them, or a
/// lowercase word with a digit or a sign ("k3d", "pnpm", "htmx", ".NET", "C#").
fn looks_named(text: &str) -> bool {
    let first = text.chars().next();
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
        // "iCloud", "macOS", "pnPm": a capital inside the first word.
        || text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().skip(1).any(char::is_uppercase))
        || text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '#' | '+' | '.'))
        || (text.split_whitespace().count() == 1
            && text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && (2..=12).contains(&text.len()))
}

/// A name without the punctuation and filler around it, short enough to be one.
fn tidy(name: &str) -> Option<String> {
    let name = name
        .trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '*' | '`' | '“' | '”' | '„' | '«' | '»'))
        .trim_end_matches(['.', ',', ';', '、', '，', '。'])
        // Emoji and marks before a name ("🟢 Vue.js"); ".NET" keeps its dot.
        .trim_start_matches(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '.' | '#' | '"' | '\'' | '“' | '„' | '«')
        })
        .trim();
    // "Integrations-" of "Integrations- und Automatisierungsdienste" is half a word.
    let elided = name.ends_with('-');
    // A particle of another script after a Latin name ("Vue 의") is not part of it.
    let words_of: Vec<&str> = name.split_whitespace().collect();
    let latin_word = |w: &str| w.chars().any(|c| c.is_ascii_alphanumeric());
    let name = match words_of.iter().rposition(|w| latin_word(w)) {
        Some(last) if latin_word(words_of[0]) && last + 1 < words_of.len() => {
            words_of[..=last].join(" ")
        }
        _ => name.to_owned(),
    };
    // A Korean particle joined to a Latin name ("Silicon이", "Vue는"): the name ends where its
    // script does.
    let name = match name
        .rsplit_once(' ')
        .map_or(("", name.as_str()), |(a, b)| (a, b))
    {
        (head, last)
            if latin_word(&name) && last.starts_with(|c: char| c.is_ascii_alphanumeric()) =>
        {
            let cut = last
                .char_indices()
                .find(|(_, c)| ('\u{AC00}'..='\u{D7A3}').contains(c))
                .map(|(at, _)| at);
            match cut {
                Some(at) if head.is_empty() => last[..at].to_owned(),
                Some(at) => format!("{head} {}", &last[..at]),
                None => name.clone(),
            }
        }
        _ => name.clone(),
    };
    let words = name.split_whitespace().count();
    let chars = name.chars().count();
    (!elided
        && (1..=4).contains(&words)
        && (1..=40).contains(&chars)
        && name.chars().any(char::is_alphanumeric))
    .then_some(name)
}

/// A name as written in a heading or a table: without a leading number ("1. BigBlueButton"),
/// emoji or marks ("🏠 Home Assistant"), a link's extra words ("SWR (Website)"), footnote marks
/// and markup; None when it does not look like a name.
pub fn as_name(piece: &str) -> Option<String> {
    let text = unnumbered(piece.trim());
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'));
    // Asides and taglines after a bar ("Jekyll｜Ruby") are not the name.
    let text = text
        .split(['(', '[', '（', '｜', '|'])
        .next()
        .unwrap_or(text);
    let text = text
        .trim_end_matches(['*', '†', '‡', '¹', '²', '³', ':', '：'])
        .replace("**", "");
    let text = text.trim();
    (looks_named(text) || text.chars().any(is_unspaced_script))
        .then(|| tidy(text))
        .flatten()
}

/// How often `name` comes back in `text`, as a whole word (ignoring case).
pub fn mentions(text: &str, name: &str) -> usize {
    let lower = text.to_lowercase();
    let name = name.to_lowercase();
    if name.is_empty() || lower.len() != text.len() {
        return text.matches(&name).count();
    }
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = lower[from..].find(&name) {
        let start = from + at;
        let end = start + name.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let first = name.chars().next().unwrap_or(' ');
        let last = name.chars().next_back().unwrap_or(' ');
        let boundary =
            |edge: char, c: Option<char>| c.is_none_or(|c| !continues(edge, c)) && c != Some('-');
        if boundary(first, before) && boundary(last, after) {
            count += 1;
        }
        from = end;
    }
    count
}

/// The spelling of `name` the post uses most (its case), where it uses it at all.
pub fn best_spelling(name: &str, body: &Body) -> String {
    let lower = name.to_lowercase();
    let mut seen: Vec<(String, usize)> = Vec::new();
    if body.to_lowercase().len() == body.len() {
        let body_lower = body.to_lowercase();
        let mut from = 0;
        while let Some(at) = body_lower[from..].find(&lower) {
            let start = from + at;
            let written = &body[start..start + lower.len()];
            // "postgres" inside "PostgreSQL" is not a spelling of it.
            if !cut_from_a_word(body, start, lower.len()) {
                match seen.iter_mut().find(|(w, _)| w == written) {
                    Some((_, n)) => *n += 1,
                    None => seen.push((written.to_owned(), 1)),
                }
            }
            from = start + lower.len();
        }
    }
    // Most used, where one spelling is used twice as often as any other; else the one with the
    // most capitals (a name as its makers write it: "Sublime Text" over "Sublime text").
    let most = seen.iter().map(|(_, n)| *n).max().unwrap_or(0);
    seen.into_iter()
        .filter(|(_, n)| *n * 2 > most)
        .max_by_key(|(w, n)| (w.chars().filter(|c| c.is_uppercase()).count(), *n))
        .map(|(w, _)| w)
        .filter(|w| w.chars().any(char::is_uppercase) || !name.chars().any(char::is_uppercase))
        .unwrap_or_else(|| name.to_owned())
}

/// Whether `text[at..at + len]` is part of a longer word: a letter or digit of the same script
/// (Latin beside Latin; a CJK name may touch CJK text, which has no spaces) on either side.
fn cut_from_a_word(text: &str, at: usize, len: usize) -> bool {
    let found = &text[at..at + len];
    let joined = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if o.is_alphanumeric() && i.is_alphanumeric() && o.is_ascii() == i.is_ascii());
    joined(text[..at].chars().next_back(), found.chars().next())
        || joined(text[at + len..].chars().next(), found.chars().next_back())
}

/// A heading that looks like the name of a thing: short, not a question or a topic line
/// ("Comparison of services", "Event vs. message services" are topics).
fn short_heading(text: &str, lex: &Lexicon) -> Option<String> {
    let text = text.replace("**", "");
    let text = unnumbered(text.trim());
    // "X vs Y" is a topic; "VS Code" is a name.
    let versus = lex.first(text, &lex.versus).is_some_and(|(at, _)| at > 0);
    if text.contains(['?', '？', '؟', ',', '，']) || versus {
        return None;
    }
    // A heading of a part ("Conclusion", "Vorteile", "Final thoughts") is not a name.
    let parts = [
        &lex.conclusion,
        &lex.pros,
        &lex.cons,
        &lex.when_to_choose,
        &lex.when_not,
        &lex.traits,
        &lex.usage,
    ];
    if parts.iter().any(|words| lex.has(text, words)) {
        return None;
    }
    let name = as_name(text)?;
    // The heading is the name alone (a colon's tagline aside: "Go: practical, pragmatic").
    let head = text
        .split([':', '：', '—', '–', '｜', '|'])
        .next()
        .unwrap_or(text)
        .trim();
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'));
    (head.split(['(', '[', '（']).next().unwrap_or(head).trim() == name
        && name.split_whitespace().count() <= 3
        && !lex.has(&name, &lex.and)
        && !lex.has(&name, &lex.or))
    .then_some(name)
}

/// The names in a heading or a header cell: the name alone, or names joined by the language's
/// "and", "&" or "/" ("Angular e Vue", "**Emacs** and **Vim**", "VS Code & Sublime Text").
fn heading_names(text: &str, lex: &Lexicon) -> Vec<String> {
    if let Some(name) = short_heading(text, lex) {
        // "Blogger / Blogspot": a name and another it goes by.
        let name = match name.split_once(" / ") {
            Some((first, _)) => first.trim().to_owned(),
            None => name,
        };
        return vec![name];
    }
    let text = unnumbered(text.trim()).replace("**", "");
    let text = text.trim_end_matches([':', '：', ' ']);
    // "esbuild, la alternativa rápida a Webpack": a name and its tagline in lowercase words.
    if let Some((name, tagline)) = text.split_once([',', '，']) {
        let tagline = tagline.trim();
        if tagline.starts_with(char::is_lowercase) && tagline.split_whitespace().count() >= 2 {
            return short_heading(name, lex).into_iter().collect();
        }
    }
    if text.contains(['?', '？', '؟', ',', '，']) {
        return Vec::new();
    }
    let joins: Vec<String> = lex
        .and
        .iter()
        .cloned()
        .chain(["&".to_owned(), "/".to_owned()])
        .collect();
    let parts: Vec<String> = split_words(text, &joins, lex, false, &Body::new(""))
        .iter()
        .flat_map(|p| {
            p.split('/')
                .map(str::trim)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    if !(2..=3).contains(&parts.len()) {
        return Vec::new();
    }
    let names: Vec<String> = parts.iter().filter_map(|p| short_heading(p, lex)).collect();
    if names.len() == parts.len() {
        names
    } else {
        Vec::new()
    }
}

/// Names found in the post besides its title: headings that are a name each, among siblings of
/// the same level under the same parent ("headings" where two or more siblings are names, "a
/// heading" for one alone; a heading under another name's heading is that name's), "What is X?"
/// and pros-and-cons headings, a table's header ("a table header") and first column ("a
/// table"), and mermaid flowcharts' leaves. Each with the kind of place it was found.
fn other_names(
    blocks: &[Block],
    lex: &Lexicon,
    body: &Body,
) -> (Vec<(String, &'static str)>, Vec<Group>) {
    let mut found = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // Every heading: its level, the names it gives, the heading it is under.
    let mut headings: Vec<(u8, Vec<String>, Option<usize>)> = Vec::new();
    // The headings about one option's pros or cons ("Kelebihan MySQL"), and the names they give.
    let mut about_one: HashSet<usize> = HashSet::new();
    let mut pros_of: Vec<String> = Vec::new();
    let mut pros_seen: HashSet<String> = HashSet::new();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    for block in blocks {
        if let Block::Heading { level, text } = block {
            while stack.last().is_some_and(|(l, _)| *l >= *level) {
                stack.pop();
            }
            let names: Vec<String> = heading_names(text, lex)
                .into_iter()
                .filter(|n| name_like(n, body, lex) || lowercase_name(n, body, lex))
                .collect();
            if let Some(subject) = subject_of(text, lex) {
                if pros_seen.insert(subject.to_lowercase()) {
                    pros_of.push(subject.clone());
                }
                found.push((subject, "its pros and cons"));
                about_one.insert(headings.len());
            }
            headings.push((*level, names, stack.last().map(|(_, i)| *i)));
            stack.push((*level, headings.len() - 1));
        }
    }
    // Sibling groups: (level, parent) → their names. A group of two or more names is the
    // options'; a heading under one of theirs is about that option, not another.
    let group_of = |i: usize| (headings[i].0, headings[i].2);
    let mut sizes: HashMap<SiblingKey, usize> = HashMap::new();
    for (i, heading) in headings.iter().enumerate() {
        *sizes.entry(group_of(i)).or_default() += heading.1.len();
    }
    let size = |key: SiblingKey| sizes.get(&key).copied().unwrap_or(0);
    let under_option = |mut i: usize| {
        while let Some(parent) = headings[i].2 {
            // Under "Kelebihan MySQL", "1. Bersifat Open Source" is one of MySQL's pros.
            if (!headings[parent].1.is_empty() && size(group_of(parent)) >= 2)
                || about_one.contains(&parent)
            {
                return true;
            }
            i = parent;
        }
        false
    };
    let mut by_key: Vec<Vec<String>> = Vec::new();
    let mut key_at: HashMap<SiblingKey, usize> = HashMap::new();
    for (i, (_, names, _)) in headings.iter().enumerate() {
        if names.is_empty() || under_option(i) {
            continue;
        }
        let kind = if size(group_of(i)) >= 2 {
            "headings"
        } else {
            "a heading"
        };
        found.extend(names.iter().map(|n| (n.clone(), kind)));
        match key_at.get(&group_of(i)) {
            Some(&at) => by_key[at].extend(names.iter().cloned()),
            None => {
                key_at.insert(group_of(i), by_key.len());
                by_key.push(names.clone());
            }
        }
    }
    groups.extend(by_key.into_iter().filter(|g| g.len() >= 2).map(|g| Group {
        kind: "headings",
        names: g,
    }));
    // The options whose pros or cons have headings of their own ("Kelebihan MySQL",
    // "Kekurangan Postgree").
    if pros_of.len() >= 2 && pros_of.iter().all(|n| strictly_named(n, lex)) {
        groups.push(Group {
            kind: "its pros and cons",
            names: pros_of,
        });
    }
    // Headings that each set one subject against another ("How is Jotai different from
    // Zustand?", "Jotai vs Recoil"): the subject and every other one.
    let pairs: Vec<Vec<String>> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text),
            _ => None,
        })
        .filter(|t| lex.first(t, &lex.versus).is_some_and(|(at, _)| at > 0))
        .map(|t| listed(t, lex, body))
        .filter(|names| names.len() == 2 && names.iter().all(|n| name_like(n, body, lex)))
        .collect();
    if pairs.len() >= 2 {
        let shared = pairs[0].iter().find(|n| {
            pairs
                .iter()
                .all(|p| p.iter().any(|m| m.eq_ignore_ascii_case(n)))
        });
        if let Some(subject) = shared {
            let mut names = vec![subject.clone()];
            for n in pairs.iter().flatten() {
                if !names.iter().any(|m| m.eq_ignore_ascii_case(n)) {
                    names.push(n.clone());
                }
            }
            found.extend(names.iter().map(|n| (n.clone(), "headings")));
            groups.push(Group {
                kind: "headings",
                names,
            });
        }
    }
    for block in blocks {
        match block {
            Block::Table { head, rows } => {
                // A header naming two or more things the post names again is the options'.
                let mut named: Vec<String> = Vec::new();
                // Over an empty corner cell the header is the options' ("| | Ansible | Chef |"),
                // each maybe named only there; a table of criteria heads its column of options.
                let least = if head.first().is_some_and(|c| c.plain.trim().is_empty()) {
                    1
                } else {
                    2
                };
                for cell in head.iter().skip(1) {
                    for name in heading_names(&cell.plain, lex)
                        .into_iter()
                        .chain(as_name(&cell.plain))
                    {
                        if !named.iter().any(|n| n.eq_ignore_ascii_case(&name))
                            && body.mentions(&name) >= least
                        {
                            named.push(name);
                        }
                    }
                }
                if named.len() >= 2 {
                    found.extend(named.iter().map(|n| (n.clone(), "a table header")));
                    groups.push(Group {
                        kind: "a table header",
                        names: named,
                    });
                }
                if rows.len() >= 2 {
                    let column: Vec<String> = rows
                        .iter()
                        .filter_map(|r| r.first())
                        .filter_map(|c| as_name(&c.plain))
                        .collect();
                    found.extend(column.iter().map(|n| (n.clone(), "a table")));
                    if (2..=6).contains(&column.len()) && column.len() == rows.len() {
                        groups.push(Group {
                            kind: "a table",
                            names: column,
                        });
                    }
                }
            }
            Block::Code(code) if code.language.eq_ignore_ascii_case("mermaid") => {
                let leaves = flowchart_leaves(&code.source);
                found.extend(leaves.iter().map(|n| (n.clone(), "a flowchart")));
                if leaves.len() >= 2 {
                    groups.push(Group {
                        kind: "a flowchart",
                        names: leaves,
                    });
                }
            }
            _ => {}
        }
    }
    (found, groups)
}

/// A group's names with two or more versions of one among others taken as that one ("Vue 2"
/// and "Vue 3" beside React are Vue; "Python 2" and "Python 3" alone are the choice).
fn one_per_version(group: &[String]) -> Vec<String> {
    let versions: Vec<Option<String>> = group.iter().map(|n| without_version(n)).collect();
    let mut versioned: HashMap<&str, usize> = HashMap::new();
    for base in versions.iter().flatten() {
        *versioned.entry(base.as_str()).or_default() += 1;
    }
    let base_of = |i: usize| versions[i].as_deref().unwrap_or(group[i].as_str());
    let others_too = (0..group.len()).any(|i| !base_of(i).eq_ignore_ascii_case(base_of(0)));
    let mut names: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (i, n) in group.iter().enumerate() {
        let n = match versions[i].as_deref() {
            Some(base) if others_too && versioned[base] >= 2 => base.to_owned(),
            _ => n.clone(),
        };
        if seen.insert(n.to_lowercase()) {
            names.push(n);
        }
    }
    names
}

/// Lists of the alternatives (under a heading, or after a line, naming them in the language's
/// word) whose items each open with a name, in bold, as a link or before a comma ("-
/// **[Verdaccio](…)**, the best self-hosted registry", "- NPM Enterprise, which …").
fn list_groups(blocks: &[Block], lex: &Lexicon) -> Vec<Group> {
    let english = super::lexicon::english();
    let says = |text: &str| {
        lex.first(text, &lex.alternatives).is_some()
            || english.first(text, &english.alternatives).is_some()
    };
    let mut heading_says = false;
    let mut groups = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let items = match block {
            Block::Heading { text, .. } => {
                heading_says = says(text);
                continue;
            }
            Block::List(items) => items,
            _ => continue,
        };
        let line_says = at > 0
            && matches!(&blocks[at - 1], Block::Paragraph(lines) if lines.iter().any(|l| says(&l.plain)));
        if !heading_says && !line_says {
            continue;
        }
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                let opening = item.lead.clone().unwrap_or_else(|| {
                    let plain = item.plain.trim();
                    let cut = plain
                        .find([',', ':', '：', '，'])
                        .or_else(|| plain.find(" - "))
                        .or_else(|| plain.find(" – "))
                        .unwrap_or(plain.len());
                    plain[..cut].to_owned()
                });
                let opening = opening.trim().trim_end_matches([',', ':', '：']);
                (opening.split_whitespace().count() <= 4)
                    .then(|| as_name(opening))
                    .flatten()
            })
            .collect();
        if names.len() >= 2 && names.len() * 3 >= items.len() * 2 {
            groups.push(Group {
                kind: "a list",
                names,
            });
        }
    }
    groups
}

/// How many of a section's named words are weighed as the page's subject.
const SUBJECTS_WEIGHED: usize = 32;

/// The name each option's section sets its option against, where the page compares one
/// subject with the others ("Vitest" under "Jest", "Cypress" and "uvu"): written as a name,
/// in every section (all but one of four or more), and named in the post at least as often as
/// any option.
fn subject_of_sections(
    names: &[String],
    blocks: &[Block],
    body: &Body,
    lex: &Lexicon,
) -> Option<String> {
    // Each option's section: the blocks under the heading that names it.
    let mut sections: Vec<String> = Vec::new();
    for name in names {
        let at = blocks
            .iter()
            .position(|b| matches!(b, Block::Heading { text, .. } if mentions(text, name) > 0))?;
        let Block::Heading { level, .. } = &blocks[at] else {
            return None;
        };
        let text: Vec<String> = blocks[at + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { level: l, .. } if l <= level))
            .map(|b| match b {
                Block::Paragraph(lines) | Block::List(lines) => lines
                    .iter()
                    .map(|l| l.plain.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                Block::Heading { text, .. } => text.clone(),
                _ => String::new(),
            })
            .collect();
        sections.push(text.join(" "));
    }
    let least = if sections.len() >= 4 {
        sections.len() - 1
    } else {
        sections.len()
    };
    let most = names.iter().map(|n| body.mentions(n)).max()?;
    // Candidates: the named words inside the first section's sentences (not the capital a
    // sentence opens with), each looked up in every section.
    let mut seen: HashSet<String> = HashSet::new();
    sections
        .first()?
        .split(['.', '!', '?', '\n', ':', ';', '。', '！', '？'])
        .flat_map(|sentence| {
            sentence
                .split(|c: char| !(c.is_alphanumeric() || matches!(c, '+' | '#' | '-')))
                .filter(|w| !w.is_empty())
                .skip(1)
        })
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().count() >= 2 && strictly_named(w, lex) && !junk(w, lex))
        .filter(|w| seen.insert(w.to_lowercase()))
        .filter(|w| !names.iter().any(|n| mentions(n, w) > 0))
        .map(|w| (body.mentions(w), w))
        .filter(|(said, _)| *said >= most)
        // Each is sought in every section: a section of thousands of names weighs a few.
        .take(SUBJECTS_WEIGHED)
        .filter(|(_, w)| sections.iter().filter(|s| mentions(s, w) > 0).count() >= least)
        .filter(|(_, w)| name_like(w, body, lex))
        .max_by_key(|(said, _)| *said)
        .map(|(_, w)| best_spelling(w, body))
}

/// A heading's place among its siblings: its level and the heading it is under.
type SiblingKey = (u8, Option<usize>);

/// Names the post gives together, one per heading of a group, cell of a header or first column,
/// or leaf of a flowchart: the options, where the group is theirs.
struct Group {
    kind: &'static str,
    names: Vec<String>,
}

/// The labels of a mermaid flowchart's leaves (nodes no arrow leaves): where a decision tree
/// ends, it names what to pick.
fn flowchart_leaves(source: &str) -> Vec<String> {
    let mut labels: Vec<(String, String)> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let node = |text: &str| -> Option<(String, Option<String>)> {
        let text = text.trim().trim_end_matches(';');
        let id: String = text
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if id.is_empty() {
            return None;
        }
        let rest = &text[id.len()..];
        let label = rest
            .trim_start_matches(['[', '(', '{', '>', '/'])
            .trim_end_matches([']', ')', '}', '/'])
            .trim_matches('"')
            .trim();
        Some((
            id,
            (!rest.is_empty() && !label.is_empty()).then(|| label.to_owned()),
        ))
    };
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with("graph") || line.starts_with("flowchart") || line.starts_with("%%") {
            continue;
        }
        let parts: Vec<&str> = line.split("-->").flat_map(|p| p.split("---")).collect();
        for (i, part) in parts.iter().enumerate() {
            // "|Yes| C[Django]": the edge's label goes.
            let part = match part.trim().strip_prefix('|') {
                Some(rest) => rest.split_once('|').map_or(rest, |(_, after)| after),
                None => part,
            };
            if let Some((id, label)) = node(part) {
                if let Some(label) = label {
                    labels.push((id.clone(), label));
                }
                if i + 1 < parts.len() {
                    sources.push(id);
                }
            }
        }
    }
    let mut leaves: Vec<String> = Vec::new();
    for (id, label) in labels {
        if !sources.contains(&id) {
            if let Some(name) = as_name(&label) {
                if !leaves.contains(&name) {
                    leaves.push(name);
                }
            }
        }
    }
    leaves
}

/// The option a pros-and-cons, when-to-use or "What is" heading is about ("Advantages of
/// SQLite", "Vorteile von Go", "When To Use MySQL", "¿Qué es Django?").
pub fn subject_of(heading: &str, lex: &Lexicon) -> Option<String> {
    let lists = [
        &lex.pros,
        &lex.cons,
        &lex.when_to_choose,
        &lex.when_not,
        &lex.what_is,
    ];
    for list in lists {
        if let Some((at, word)) = lex.first(heading, list) {
            if heading.to_lowercase().len() != heading.len() {
                continue;
            }
            let rest = heading[at + word.len()..]
                .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'));
            // "Vorteile von Go", "Avantages de React": the word that joins them goes.
            let rest = rest
                .split_once(' ')
                .filter(|(join, _)| {
                    join.chars().count() <= 3 && join.chars().all(char::is_lowercase)
                })
                .map_or(rest, |(_, after)| after);
            let rest = rest.trim_end_matches(['?', ':', '.', '!', '？', '：', '؟']);
            let frequent_word = |n: &String| {
                lex.common.iter().any(|w| w.eq_ignore_ascii_case(n)) || n.chars().count() < 2
            };
            if let Some(name) = as_name(rest).filter(|n| !frequent_word(n)) {
                return Some(name);
            }
            // Where the language puts the name first ("VUE 缺点", "Hugoのスキなところ",
            // "Go'nun avantajları", "X के फायदे").
            if HEAD_FINAL.contains(&lex.lang.as_str()) {
                if let Some(name) = name_before(&heading[..at]) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Languages that say "X's advantages" with the name before the topic word.
const HEAD_FINAL: &[&str] = &["ja", "zh", "ko", "tr", "hi", "bn", "ur", "fa"];

/// The name a heading gives before its topic word: the first run of Latin letters (and the signs
/// names use) in it, without a possessive ending ("Go'nun"), or the whole of a short part.
fn name_before(before: &str) -> Option<String> {
    let latin =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_' | ' ');
    let run: String = before
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .chars()
        .take_while(|c| latin(*c))
        .collect();
    let run = run.split(['\'', '’']).next().unwrap_or("").trim();
    if run.chars().any(|c| c.is_ascii_alphabetic()) {
        return as_name(run).or_else(|| tidy(run));
    }
    let bare = before.trim().trim_end_matches(['の', '的', '의', ' ']);
    (bare.chars().any(is_unspaced_script) && (1..=8).contains(&bare.chars().count()))
        .then(|| bare.to_owned())
}

/// What else the post says about the names it may compare: its front matter's tags, the words
/// it marks (bold, italic, code, link text) and the post's text.
pub struct Hints<'a> {
    /// The front matter's tags.
    pub tags: &'a [String],
    /// Every span the post marks, plain.
    pub marked: &'a [String],
}

/// The names the post compares, in the order it gives them, and where each was found.
pub fn options(
    titles: &[&str],
    intro_sentences: &[String],
    blocks: &[Block],
    body: &Body,
    lex: &Lexicon,
    hints: &Hints<'_>,
) -> Vec<Found> {
    let (others, groups) = other_names(blocks, lex, body);
    if std::env::var_os("VERDICT_DEBUG_NAMES").is_some() {
        eprintln!("others: {others:?}");
        eprintln!(
            "groups: {:?}",
            groups
                .iter()
                .map(|g| (g.kind, &g.names))
                .collect::<Vec<_>>()
        );
    }
    // The kinds of places each name was found in, looked up once per name (a post can give
    // thousands).
    let mut kinds_of: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (n, k) in &others {
        let kinds = kinds_of.entry(n.to_lowercase()).or_default();
        if !kinds.contains(k) {
            kinds.push(k);
        }
    }
    for kinds in kinds_of.values_mut() {
        kinds.sort_unstable();
    }
    let evidence = |name: &str| -> Vec<&'static str> {
        kinds_of
            .get(&name.to_lowercase())
            .cloned()
            .unwrap_or_default()
    };
    let found = |names: Vec<String>, from: &str| -> Vec<Found> {
        names
            .into_iter()
            .map(|name| Found {
                name,
                from: from.to_owned(),
            })
            .collect()
    };
    let distinct = |names: &[String]| {
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        lower.len() == names.len()
    };
    // A listing name with extra words takes the shorter form the post's headings use ("Vue JS"
    // in the title, "Vue" in the headings), unless the listing names both or the headings use
    // the full name too.
    let reconcile = |names: Vec<String>| -> Vec<String> {
        names
            .iter()
            .filter(|name| !junk(name, lex))
            .map(|name| {
                if others.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                    return name.clone();
                }
                others
                    .iter()
                    .filter(|(_, k)| matches!(*k, "headings" | "a table header" | "a table"))
                    .map(|(n, _)| n)
                    .filter(|n| {
                        name.len() > n.len()
                            && name
                                .to_lowercase()
                                .starts_with(&format!("{} ", n.to_lowercase()))
                    })
                    .find(|n| !names.iter().any(|other| other.eq_ignore_ascii_case(n)))
                    .cloned()
                    .unwrap_or_else(|| name.clone())
            })
            // A short form the title uses where the tables and headings write the name whole
            // ("postgres" for "PostgreSQL"; not "Vue" for "Vue Router").
            .map(|name| {
                let lower = name.to_lowercase();
                others
                    .iter()
                    .map(|(n, _)| n)
                    .find(|n| {
                        let longer = n.to_lowercase();
                        longer.len() > lower.len()
                            && longer.len() <= lower.len() + 3
                            && longer.starts_with(&lower)
                            && longer[lower.len()..]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == '.')
                            && body.mentions(n) > body.mentions(&name)
                    })
                    .cloned()
                    .unwrap_or(name)
            })
            .map(|name| best_spelling(&name, body))
            .collect()
    };
    // The siblings of a listing's names in one group of headings the listing left out ("React,
    // Angular ou Vue" over headings for Svelte, React, Angular and Vue).
    let with_siblings = |mut names: Vec<String>, from_intro: bool| -> Vec<String> {
        // The one group of headings that holds the most of the listed names ("Windows:" and
        // "Linux:" beside "Produtividade" under another heading are two groups).
        let holds = |g: &&Group| {
            g.names
                .iter()
                .filter(|n| names.iter().any(|m| m.eq_ignore_ascii_case(n)))
                .count()
        };
        let group: Vec<&String> = groups
            .iter()
            .filter(|g| g.kind == "headings")
            .max_by_key(holds)
            .filter(|g| holds(g) > 0)
            .map(|g| g.names.iter().collect())
            .unwrap_or_default();
        let shared = names
            .iter()
            .filter(|n| group.iter().any(|g| g.eq_ignore_ascii_case(n)))
            .count();
        let least = names.iter().map(|n| body.mentions(n)).min().unwrap_or(0);
        // Every listed name in the group, or, in the introduction, all but the post's subject
        // ("Zustand in comparison to …, including Redux" over headings for Redux, Valtio, Jotai
        // and Recoil).
        let all_but_subject =
            from_intro && shared >= 1 && names.len() == shared + 1 && group.len() >= 3;
        // Where the listing writes its names in lowercase ("zigbee, z-wave czy wifi?"), a
        // sibling in lowercase is as much a name ("bluetooth").
        let lowercase_listing = names.iter().any(|n| !strictly_named(n, lex));
        if (shared >= 2 && shared == names.len()) || all_but_subject {
            for g in group {
                let often = body.mentions(g) >= 3 && body.mentions(g) * 4 >= least;
                // "Zsh plugins" beside "Zsh" is about Zsh.
                if names.len() < 6
                    && !names.iter().any(|n| mentions(g, n) > 0)
                    && often
                    && (strictly_named(g, lex) || (lowercase_listing && !junk(g, lex)))
                {
                    names.push(best_spelling(g, body));
                }
            }
        }
        names
    };

    // A title weighing one option against its alternatives ("Las alternativas de Webpack" over
    // headings for esbuild, vite, WMR and Snowpack): that one, then the group its headings name.
    let alternatives = titles
        .iter()
        .filter(|t| {
            lex.first(t, &lex.alternatives).is_some()
                || super::lexicon::english()
                    .first(t, &super::lexicon::english().alternatives)
                    .is_some()
        })
        .find_map(|t| {
            // "React 和它的替代品": the alternatives are no name.
            let alternative = |n: &String| {
                let lower = n.to_lowercase();
                lex.first(&lower, &lex.alternatives).is_some()
            };
            let mut named = reconcile(listed(t, lex, body));
            // Written as names in the post, not the title's case ("Private Registry").
            named.retain(|n| !alternative(n) && name_like(n, body, lex));
            if named.is_empty() {
                named = title_names(t, lex, body)
                    .into_iter()
                    .filter(|n| n.chars().any(char::is_alphabetic))
                    .filter(|n| strictly_named(n, lex) && body.mentions(n) >= 2)
                    .filter(|n| !alternative(n) && name_like(n, body, lex))
                    .collect();
            }
            match named.as_slice() {
                [one] => Some(best_spelling(one, body)),
                _ => None,
            }
        });
    if let Some(incumbent) = alternatives {
        let lists = list_groups(blocks, lex);
        let group = groups
            .iter()
            .filter(|g| g.kind == "headings")
            .chain(&lists)
            .map(|g| {
                let names = one_per_version(&g.names)
                    .into_iter()
                    .filter(|n| !n.eq_ignore_ascii_case(&incumbent))
                    .collect::<Vec<_>>();
                (g.kind, names)
            })
            .filter(|(_, names)| (2..=5).contains(&names.len()) && distinct(names))
            .max_by_key(|(_, names)| names.len());
        if let Some((kind, group)) = group {
            let mut all = found(vec![incumbent.clone()], "the title");
            all.extend(found(
                group.iter().map(|n| best_spelling(n, body)).collect(),
                kind,
            ));
            // A list of the alternatives may hold the title's own option: it stays where it is.
            if let Some(at) = lists.iter().find_map(|l| {
                l.names
                    .iter()
                    .position(|n| n.eq_ignore_ascii_case(&incumbent))
            }) {
                let own = all.remove(0);
                all.insert(at.min(all.len()), own);
            }
            return all;
        }
    }
    // 1. The title listing them (or a description setting them against each other: "npm vs
    //    yarn vs pnpm").
    // The description's listing counts where no group of names says otherwise (a group of
    // headings for Jekyll, Hugo and Hexo over "Static-Site-Generators と HTML").
    let versus_lines = intro_sentences
        .iter()
        .take(1)
        .filter(|d| lex.first(d, &lex.versus).is_some_and(|(at, _)| at > 0))
        .filter(|d| {
            let names = listed(d, lex, body);
            groups.iter().all(|g| g.names.len() < 2)
                || groups.iter().any(|g| {
                    g.names
                        .iter()
                        .any(|n| names.iter().any(|m| m.eq_ignore_ascii_case(n)))
                })
        });
    let listing = |title: &str| -> Option<Vec<String>> {
        // Titles of posts in other languages are often English ("why I prefer mercurial over
        // git" over a German post).
        let english = super::lexicon::english();
        let mut names = reconcile(listed(title, lex, body));
        if names.len() < 2 && lex.lang != english.lang {
            names = reconcile(listed(title, english, body));
        }
        // Words joined by "and" or "or" in lowercase are a phrase ("remotos y gratuitos"), not
        // names, unless the post writes them as names elsewhere (its headings, tables, tags or
        // marks); set against each other ("vim vs emacs") they are names.
        let versus = lex.first(title, &lex.versus).is_some()
            || english.first(title, &english.versus).is_some();
        let evidenced = |name: &String| {
            let lower = name.to_lowercase();
            strictly_named(name, lex)
                || others.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
                || hints.tags.iter().any(|t| t.to_lowercase() == lower)
                || hints.marked.iter().any(|m| m.to_lowercase() == lower)
        };
        // Set against each other, a lowercase name the post comes back to is one ("vim vs
        // emacs"); "Jekyll over competition" names one thing.
        let named = |n: &String| evidenced(n) || (versus && body.mentions(n) >= 2);
        if !(names.len() >= 2 && distinct(&names) && names.iter().all(named)) {
            return None;
        }
        // "Kelebihan Linux Fedora Dari Ubuntu dan Windows" (the pros of Fedora over Ubuntu and
        // Windows): the subject of the pros before the listing is an option too.
        let first_at = names
            .iter()
            .filter_map(|n| title.find(n.as_str()))
            .min()
            .unwrap_or(0);
        let before = &title[..first_at];
        if let Some((at, word)) = lex.first(before, &lex.pros) {
            let subject = title_names(&before[at + word.len()..], lex, body)
                .into_iter()
                .rev()
                .find(|n| {
                    !junk(n, lex)
                        && name_like(n, body, lex)
                        && body.mentions(n) >= 3
                        && !names.iter().any(|m| m.eq_ignore_ascii_case(n))
                });
            if let Some(subject) = subject {
                let mut all = vec![best_spelling(&subject, body)];
                all.extend(names);
                return Some(all);
            }
        }
        Some(names)
    };
    for title in titles {
        if let Some(names) = listing(title) {
            return found(with_siblings(names, false), "the title");
        }
    }
    // A title naming two to four things the post comes back to, with no listing word between
    // them ("Dlaczego porzuciłem Ghost na rzecz WordPress", "Why I left Ghost for WordPress"):
    // those, where no group of names the post gives holds any of them.
    for title in titles {
        let mut named: Vec<String> = Vec::new();
        for n in title_names(title, lex, body) {
            // A name right after the last one, which the post writes with it, is part of it
            // ("Circle CI").
            if let Some(last) = named.last_mut() {
                let both = format!("{last} {n}");
                if mentions(title, &both) > 0 && body.mentions(&both) * 2 >= body.mentions(last) {
                    *last = both;
                    continue;
                }
            }
            // The word before it where the post writes the two together as often ("Adobe
            // Connect", whose "Adobe" opens the title).
            let n = run_before(title, &n)
                .map(|before| format!("{before} {n}"))
                .filter(|both| body.mentions(both) * 2 >= body.as_written(&n))
                .unwrap_or(n);
            if n.chars().any(char::is_alphabetic)
                && !junk(&n, lex)
                && mentions(title, &n) > 0
                && name_like(&n, body, lex)
                && body.mentions(&n) >= 3
                && !title_case_only(&n, body)
                && !named.iter().any(|m| m.eq_ignore_ascii_case(&n))
            {
                named.push(n);
            }
        }
        // A group naming one of them, whole or as part of a name ("Github Action"), is theirs.
        let grouped = |n: &String| {
            groups
                .iter()
                .any(|g| g.names.iter().any(|m| mentions(m, n) > 0))
        };
        if (2..=4).contains(&named.len()) && !named.iter().any(grouped) {
            let named = named.iter().map(|n| best_spelling(n, body)).collect();
            return found(named, "the title");
        }
    }
    // The description's listing, after the title's names.
    for line in versus_lines {
        if let Some(names) = listing(line) {
            return found(with_siblings(names, false), "the title");
        }
    }
    // 2. The group of names (a table's header or first column, a group of headings, a
    //    flowchart's leaves) the post most stands behind: names it gives in more kinds of places
    //    (the title, headings, tables, marked words, tags) and names more often. A table of
    //    criteria ("Open issues", "Scalabilité") names them in one place and seldom.
    let places = |name: &str| -> f64 {
        let lower = name.to_lowercase();
        let mut kinds = evidence(name).len();
        kinds += usize::from(titles.iter().any(|t| mentions(t, name) > 0));
        kinds += usize::from(hints.marked.iter().any(|m| m.to_lowercase() == lower));
        kinds += usize::from(hints.tags.iter().any(|t| t.to_lowercase() == lower));
        kinds as f64 + body.mentions(name).min(20) as f64 / 5.0
    };
    // The introduction's listing competes too ("a comparison of the AVA, Jest, and Mocha test
    // runners"), where its names are written as names (or set against each other) and come back.
    let intro_group = intro_sentences.iter().find_map(|text| {
        let names = reconcile(listed(text, lex, body));
        let versus = lex.first(text, &lex.versus).is_some_and(|(at, _)| at > 0);
        let listing = names.len() >= 2
            && distinct(&names)
            && names
                .iter()
                .all(|n| (versus || strictly_named(n, lex)) && body.mentions(n) >= 2);
        listing.then_some(Group {
            kind: "the introduction",
            names,
        })
    });
    let best = groups
        .iter()
        .chain(&intro_group)
        .map(|g| (g.kind, one_per_version(&g.names)))
        // Only a group that can be the options is weighed (a post can head ten thousand
        // sections).
        .filter(|(_, names)| (2..=6).contains(&names.len()))
        .map(|(kind, names)| {
            // A group holding a name the title gives is the title's ("为什么我不用七牛云" over a
            // table of 阿里云, 腾讯云 and 七牛云).
            let titled = names
                .iter()
                .any(|n| titles.iter().any(|t| mentions(t, n) > 0));
            let score = names.iter().map(|n| places(n)).sum::<f64>() / names.len() as f64
                + f64::from(u8::from(titled));
            (score, kind, names)
        })
        .fold(None::<(f64, &str, Vec<String>)>, |best, g| match best {
            Some(b) if b.0 >= g.0 => Some(b),
            _ => Some(g),
        });
    if let Some((_, kind, names)) = best {
        let names: Vec<String> = names.iter().map(|n| best_spelling(n, body)).collect();
        if kind == "the introduction" {
            return found(with_siblings(names, true), kind);
        }
        // A page comparing its own subject with the others ("Comparisons with Other Test
        // Runners", one heading each): the name every section sets them against.
        let untitled = !names
            .iter()
            .any(|n| titles.iter().any(|t| mentions(t, n) > 0));
        // "Quel framework JS choisir ?" asks among the group itself.
        let asks_which = titles.iter().any(|t| {
            lex.has(t, &lex.which)
                || super::lexicon::english().has(t, &super::lexicon::english().which)
        });
        // A subject the introduction sets against the whole group, in the sentence that lists
        // it ("Zustand in comparison to …, including Redux, Valtio, Jotai, and Recoil"); else
        // the one every section weighs its option against.
        let subject = subject_against(&names, intro_sentences, body, lex)
            .map(|s| (s, "the introduction"))
            .or_else(|| {
                (kind == "headings" && untitled && !asks_which)
                    .then(|| subject_of_sections(&names, blocks, body, lex))
                    .flatten()
                    .map(|s| (s, "every section"))
            });
        if let Some((subject, from)) = subject {
            let mut all = found(vec![subject], from);
            all.extend(found(names, kind));
            return all;
        }
        return found(names, kind);
    }
    // 3. Names found in two kinds of places, or in a flowchart, and named often.
    let mut names: Vec<Found> = Vec::new();
    for (name, _) in &others {
        if names.iter().any(|f| f.name.eq_ignore_ascii_case(name)) {
            continue;
        }
        let kinds = evidence(name);
        if (kinds.len() >= 2 || kinds.contains(&"a flowchart")) && body.mentions(name) >= 3 {
            names.push(Found {
                name: best_spelling(name, body),
                from: kinds.join(" and "),
            });
        }
    }
    names.truncate(6);
    if names.len() >= 2 {
        return names;
    }
    // 4. The names the post talks about most, among those its title, tags, headings or marked
    //    words give: a post about one choice ("Migrando a Hugo", "Go или не Go?") names the
    //    others in its text.
    frequent(titles, &others, body, lex, hints)
}

/// The one other name an introduction's sentence gives beside every name of a group (at most
/// five), named first and about as often as they are: what the post compares them with.
fn subject_against(
    group: &[String],
    intro_sentences: &[String],
    body: &Body,
    lex: &Lexicon,
) -> Option<String> {
    if group.len() >= 6 {
        return None;
    }
    let least = group.iter().map(|n| body.mentions(n)).min()?.max(3);
    intro_sentences.iter().take(3).find_map(|sentence| {
        if !group.iter().all(|n| mentions(sentence, n) > 0) {
            return None;
        }
        // It comes before the group's names, within a sentence's reach of them.
        let first_of_group = group
            .iter()
            .filter_map(|n| sentence.to_lowercase().find(&n.to_lowercase()))
            .min()?;
        let before: Vec<&str> = sentence
            .get(..first_of_group)?
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
            .collect();
        let mut others: Vec<String> = Vec::new();
        for word in &before[before.len().saturating_sub(30)..] {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '#' | '+'));
            let is_other = !word.is_empty()
                && strictly_named(word, lex)
                && !junk(word, lex)
                && !group
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(word) || mentions(n, word) > 0)
                && body.mentions(word) >= least;
            if is_other && !others.iter().any(|o| o == word) {
                others.push(word.to_owned());
            }
        }
        match &others[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    })
}

/// A name without its version number ("Vue" of "Vue 3", "Python" of "Python 2.7").
fn without_version(name: &str) -> Option<String> {
    let (base, version) = name.rsplit_once(' ')?;
    let version = version.trim_start_matches(['v', 'V']);
    (!version.is_empty()
        && version.starts_with(|c: char| c.is_ascii_digit())
        && version
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == 'x'))
    .then(|| base.trim().to_owned())
}

/// Words no product is named: the language's own joining words and most frequent words ("or",
/// "und"), numbers alone ("1" of "Part 1"), the English "I", and a site's address.
fn junk(name: &str, lex: &Lexicon) -> bool {
    let lower = name.trim().to_lowercase();
    let is = |words: &[String]| words.iter().any(|w| w.to_lowercase() == lower);
    is(&lex.and)
        || is(&lex.or)
        || is(&lex.versus)
        || is(&lex.which)
        || is(&lex.common)
        || lower.chars().all(|c| c.is_ascii_digit() || c == '.')
        || name == "I"
        || website(&lower)
}

/// A site's address ("nparisi.com", "example.org"), not a product ("Vue.js", "Socket.io").
fn website(lower: &str) -> bool {
    const ENDS: &[&str] = &[
        ".com", ".org", ".net", ".info", ".blog", ".me", ".de", ".fr", ".it", ".es", ".co.uk",
        ".uk", ".nl", ".pl", ".ru", ".jp", ".cn", ".kr", ".br", ".in", ".id", ".vn", ".tr",
    ];
    !lower.contains(' ')
        && ENDS
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// Whether a heading's words are a name as the post uses them: a name written as one, which the
/// post writes in lowercase less often than as written ("Atom", "Go"), or one no dictionary
/// word looks like ("ReactJs", "Vue.js", "pnpm").
fn name_like(name: &str, body: &Body, lex: &Lexicon) -> bool {
    // A heading's phrase opens with one of the language's frequent words ("The Switch").
    let opens_with_common = name.split_whitespace().count() > 1
        && name
            .split_whitespace()
            .next()
            .is_some_and(|w| lex.common.contains(&w.to_lowercase()));
    if !strictly_named(name, lex) || opens_with_common || sentence_case(name, body) {
        return false;
    }
    // In a language written without spaces, only a name in Latin script is told from the words.
    let foreign = name.chars().any(|c| c.is_alphabetic() && !latin_letter(c));
    if foreign {
        return false;
    }
    let distinctive = name
        .chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit())
        || name.chars().any(|c| matches!(c, '#' | '+' | '.'));
    // In a post written in another script, a word in Latin letters written as a name is one.
    let latin_post = lex
        .common
        .iter()
        .any(|w| w.chars().all(|c| !c.is_alphabetic() || latin_letter(c)));
    distinctive || !latin_post || {
        let lowered = body.as_written(&name.to_lowercase());
        let said = body.mentions(name);
        said >= 2 && lowered * 2 < said
    }
}

/// The Latin-script word right before `name` in `title`, a space between ("Adobe" of "Adobe
/// Connect und Zoom", "VS" of "エディタ「VS CODE」").
fn run_before(title: &str, name: &str) -> Option<String> {
    let at = title
        .match_indices(name)
        .map(|(at, _)| at)
        .find(|&at| mentions(&title[at..], name) > 0)?;
    let before = title[..at].strip_suffix(' ')?;
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!word.is_empty()).then_some(word)
}

/// A phrase in sentence case ("HTML elementleri", "Web clipping", "BEM desteği"): words opening
/// with a capital and ending in a lowercase word, which the post never writes capitalised.
/// Names of several words end in a capital ("Sublime Text", "Ruby on Rails") or are
/// lowercase throughout ("yarn berry").
fn sentence_case(name: &str, body: &Body) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., last] = words.as_slice() else {
        return false;
    };
    if words.len() < 2 || !name.starts_with(char::is_uppercase) {
        return false;
    }
    let lowercase = last.chars().count() >= 3 && last.chars().all(char::is_lowercase);
    let mut capitalised = last.chars();
    let capitalised: String = capitalised
        .next()
        .map(|c| c.to_uppercase().chain(capitalised).collect())
        .unwrap_or_default();
    let written = format!("{} {capitalised}", words[..words.len() - 1].join(" "));
    lowercase && body.as_written(&written) == 0
}

/// Words of another script between Latin-script ones ("Apple Silicon이 탑재된 Mac": "Apple
/// Silicon" equipped with "Mac"): a phrase of the post's language about names, not a name.
/// "Композиційне API" is one.
fn mixed_scripts(run: &str) -> bool {
    let latin = |w: &&str| w.chars().any(|c| c.is_ascii_alphabetic());
    let other = |w: &str| w.chars().any(|c| c.is_alphabetic() && !latin_letter(c));
    let words: Vec<&str> = run.split_whitespace().collect();
    match (words.iter().position(latin), words.iter().rposition(latin)) {
        (Some(first), Some(last)) => words[first..last].iter().any(|w| other(w)),
        _ => false,
    }
}

/// Whether a title's capitalised words are only its case: the post writes them in lowercase at
/// least as often as the title does ("¿Por qué uso Windows como mi Sistema Operativo principal?").
/// One word is left to the other tests ("Go" is a name and a verb).
fn title_case_only(name: &str, body: &Body) -> bool {
    name.contains(' ') && body.as_written(&name.to_lowercase()) >= body.as_written(name).max(1)
}

/// A heading that starts in lowercase where headings start with a capital is a name written so
/// ("## esbuild, la alternativa rápida", "## vite"): one word, not a frequent one, that the post
/// names again and again.
fn lowercase_name(name: &str, body: &Body, lex: &Lexicon) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.contains(' ')
        && name.chars().count() >= 3
        && !lex.common.contains(&name.to_lowercase())
        && !junk(name, lex)
        && body.mentions(name) >= 3
}

/// A letter of the Latin script.
fn latin_letter(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Whether a name is written as one (not a lowercase word of a sentence, nor one of the
/// language's frequent words).
fn strictly_named(name: &str, lex: &Lexicon) -> bool {
    let lower = name.to_lowercase();
    !lex.common.contains(&lower)
        && (name
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
            || name
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '#' | '+' | '.'))
            || name.chars().skip(1).any(char::is_uppercase)
            || name.chars().any(is_unspaced_script))
}

/// The names a post mostly about one choice compares, by how often it names them: candidates
/// from its title, tags, headings and marked words, each written as a name and named at least
/// three times (twice where the post marks or heads them); the title's first, then the most
/// named, at most six.
fn frequent(
    titles: &[&str],
    others: &[(String, &'static str)],
    body: &Body,
    lex: &Lexicon,
    hints: &Hints<'_>,
) -> Vec<Found> {
    let title_most = titles
        .iter()
        .flat_map(|t| title_names(t, lex, body))
        .map(|n| body.mentions(&n))
        .max()
        .unwrap_or(0);
    let mut candidates: Vec<(String, &'static str)> = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut add = |name: String, from: &'static str| {
        if junk(&name, lex) || taken.contains(&name.to_lowercase()) {
            return;
        }
        let named = match from {
            "the text" => strictly_named(&name, lex),
            "the title" => name_like(&name, body, lex) && !title_case_only(&name, body),
            _ => name_like(&name, body, lex),
        };
        if named {
            taken.insert(name.to_lowercase());
            candidates.push((name, from));
        }
    };
    for title in titles {
        for name in title_names(title, lex, body) {
            add(name, "the title");
        }
    }
    for tag in hints.tags {
        if let Some(name) = as_name(tag) {
            add(name, "the tags");
        }
    }
    for (name, _) in others {
        add(name.clone(), "headings");
    }
    // Only the spans and words the post repeats most are weighed: each is looked up in the whole
    // post, and a post can mark or capitalise a hundred thousand different words.
    let marked = most_repeated(
        hints
            .marked
            .iter()
            .filter_map(|span| as_name(span).filter(|n| n.split_whitespace().count() <= 2)),
    );
    for (name, _) in marked {
        add(name, "marked words");
    }
    if latin_script(body) {
        // A word written with a capital inside its sentences ("Linux" in a post titled "¿Por
        // qué uso Windows?"): a name, where the post names it about as often as the title's.
        let in_prose = most_repeated(body.split(['.', '!', '?', '\n', ':', ';']).flat_map(|s| {
            s.split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '+'))
                .filter(|w| w.len() >= 2 && w.starts_with(char::is_uppercase))
                .map(str::to_owned)
        }));
        for (word, n) in in_prose {
            if title_most >= 3 && n * 2 >= title_most {
                add(word, "the text");
            }
        }
    } else {
        // In a post not written in Latin script, a word in Latin script is a name ("на Go",
        // "Hugo로").
        let latin_words = most_repeated(
            body.split(|c: char| {
                !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_'))
            })
            .map(|w| w.trim_matches(['.', '-', '_']))
            .filter(|w| w.len() >= 2 && w.chars().any(|c| c.is_ascii_alphabetic()))
            .map(str::to_owned),
        );
        for (word, _) in latin_words {
            add(word, "the text");
        }
    }
    let mut counted: Vec<(usize, String, &'static str)> = candidates
        .into_iter()
        .map(|(name, from)| (body.mentions(&name), name, from))
        .filter(|(n, _, from)| *n >= 3 || (*n >= 2 && *from != "the text"))
        .collect();
    // The title's names first, then by how often the post names them.
    counted.sort_by_key(|(n, _, from)| (*from != "the title", std::cmp::Reverse(*n)));
    let top = counted
        .iter()
        .filter(|(_, _, f)| *f != "the title")
        .map(|(n, _, _)| *n)
        .max()
        .unwrap_or(0);
    // Where the title names two or more, another is an option only if the post names it as
    // often as the title's least named (not a class in its code, "User", "Schema").
    let title_least = {
        let title: Vec<usize> = counted
            .iter()
            .filter(|(_, _, f)| *f == "the title")
            .map(|(n, _, _)| *n)
            .collect();
        (title.len() >= 2).then(|| title.iter().copied().min().unwrap_or(0))
    };
    let mut names: Vec<Found> = Vec::new();
    for (n, name, from) in counted {
        if names.len() == 6 {
            break;
        }
        // Names much rarer than the most named are mentions, not options.
        if from != "the title" && (n * 3 < top || title_least.is_some_and(|least| n < least)) {
            continue;
        }
        // A name inside one already taken ("Code" of "VS Code") is that one.
        if names.iter().any(|f| {
            let (a, b) = (f.name.to_lowercase(), name.to_lowercase());
            a.contains(&b) || b.contains(&a)
        }) {
            continue;
        }
        names.push(Found {
            name: best_spelling(&name, body),
            from: from.to_owned(),
        });
    }
    if names.len() >= 2 {
        names
    } else {
        Vec::new()
    }
}

/// How many of the items [`most_repeated`] keeps.
const MOST_REPEATED: usize = 16;

/// The [`MOST_REPEATED`] items that come most often, each with its count, in the order they
/// first come (so ties go as the post gives them).
fn most_repeated(items: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, item) in items.enumerate() {
        counts.entry(item).or_insert((0, i)).0 += 1;
    }
    let mut all: Vec<(String, (usize, usize))> = counts.into_iter().collect();
    all.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    all.truncate(MOST_REPEATED);
    all.sort_by_key(|(_, (_, first))| *first);
    all.into_iter().map(|(item, (n, _))| (item, n)).collect()
}

/// The names in a title that lists none: each run of words written as a name ("Go или не Go?":
/// Go; "Jekyll에 남기": Jekyll; "Migrando a Hugo": Hugo), the title's first word aside.
fn title_names(title: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let latin = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_');
    let latin_title = latin_script(title);
    let words: Vec<&str> = title
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | ':' | '?' | '!' | '"' | '(' | ')' | '«' | '»' | '“' | '”'
                )
        })
        .filter(|w| !w.is_empty())
        .collect();
    // Each name with the word before it when that one was a whole name too (for "Mac OS X").
    let mut found: Vec<(usize, String, bool)> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // A Latin-script run inside a word of another script ("Jekyll에"): the first one, and
        // in a title written without spaces every one ("AtomユーザもSublimeユーザも").
        let runs: Vec<String> = if word.chars().any(is_unspaced_script) {
            word.split(|c: char| !latin(c))
                .map(|r| r.trim_end_matches(['.', '-']).to_owned())
                .filter(|r| !r.is_empty())
                .collect()
        } else {
            let run: String = word.chars().take_while(|c| latin(*c)).collect();
            vec![run.trim_end_matches(['.', '-']).to_owned()]
        };
        for run in runs {
            if run.is_empty() {
                continue;
            }
            let whole = run.len() == word.len();
            // In Latin-script titles, the first word is capitalised whatever it is: a name there is
            // one the post never writes in lowercase ("Heroku alternatives …").
            let lower = run.to_lowercase();
            if whole
                && i == 0
                && latin_title
                && !run
                    .chars()
                    .skip(1)
                    .any(|c| c.is_uppercase() || c.is_ascii_digit())
                && (lex.common.contains(&lower)
                    || body.as_written(&lower) * 4 > body.as_written(&run)
                    || body.as_written(&run) < 3)
            {
                continue;
            }
            if strictly_named(&run, lex) {
                found.push((i, run, whole));
            }
        }
    }
    // A title names its options in its first words; each word below is looked up in the whole
    // post, and a hostile "title" can run to thousands of words.
    found.truncate(TITLE_WORDS);
    // Names next to each other are one where the post writes them so ("Mac OS X"; a Title
    // Case title's "Django Beats Flask" is not written so).
    let mut k = 0;
    while k < found.len() {
        let mut end = k + 1;
        while end < found.len()
            && found[end].2
            && found[end - 1].2
            && found[end].0 == found[end - 1].0 + 1
        {
            end += 1;
        }
        // The longest run from each word that the post writes (twice or more) is one name
        // ("VS Code" of "Ditching VS Code"); a word no run holds is one alone.
        let joined = |from: usize, to: usize| {
            found[from..to]
                .iter()
                .map(|(_, w, _)| w.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut at = k;
        while at < end {
            // A name is at most four words.
            let to = (at + 2..=end.min(at + 4))
                .rev()
                .find(|&to| body.mentions(&joined(at, to)) >= 2)
                .unwrap_or(at + 1);
            let name = joined(at, to);
            if !names.contains(&name) {
                names.push(name);
            }
            at = to;
        }
        k = end;
    }
    names
}

/// The named words of a title weighed at most.
const TITLE_WORDS: usize = 32;

/// Whether most of a text's letters are Latin.
fn latin_script(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(20_000) {
        if latin_letter(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    latin >= other
}
