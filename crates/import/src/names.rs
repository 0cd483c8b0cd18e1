//! Which options a post compares, wherever it names them: its title ("X vs Y", "X vs. Y",
//! "X or Y", "X, Y and Z", "X vs Y vs Z", "Choosing between X and Y", "X or Y: which…"), a
//! sentence that says what it compares ("a comparison of the AVA, Jest, and Mocha test
//! runners"), one heading per option, a table's header or first column, and the subjects of its
//! pros and cons ("Advantages of SQLite", "Some things I prefer in Go").
//!
//! A name the post never compares is left out: one found outside the title and such a sentence
//! must come back in the text at least three times, and a heading under another option's
//! heading ("mocha-parallel-tests" under "Mocha") belongs to that option.

use super::read::Block;

/// Where a name was found, for the author's inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The option's name as the draft writes it.
    pub name: String,
    /// Where it was found ("the title", "headings", "a table", "its pros and cons").
    pub from: String,
}

/// Separators between the clauses of a title.
const TITLE_BREAKS: &[&str] = &[":", "?", "!", " - ", " – ", " — ", "|", "("];

/// The names a title (or a sentence) lists: "X vs Y", "X, Y and Z", "between X and Y", "X or Y".
pub fn listed(text: &str) -> Vec<String> {
    let mut best = Vec::new();
    for clause in clauses(text) {
        let names = names_in_clause(&clause);
        if (2..=6).contains(&names.len()) && names.len() > best.len() {
            best = names;
        }
    }
    best
}

fn clauses(text: &str) -> Vec<String> {
    let mut parts = vec![text.to_owned()];
    for sep in TITLE_BREAKS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_owned).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn names_in_clause(clause: &str) -> Vec<String> {
    let lower = clause.to_lowercase();
    // What comes after "between", "comparing", "comparison of" is the list.
    let mut text = clause.to_owned();
    for lead in [
        "choosing between ",
        "choose between ",
        "between ",
        "comparing ",
        "comparison of ",
        "compare ",
    ] {
        if let Some(at) = lower.find(lead) {
            text = clause[at + lead.len()..].to_owned();
            break;
        }
    }
    let text = text.trim_start_matches("the ").trim_start_matches("The ");
    // One sentence: "… the AVA, Jest, and Mocha test runners. Permalink" (not at "vs.").
    let text = first_sentence(text);
    let versus: Vec<&str> = split_all(text, &[" vs. ", " vs ", " versus ", " VS "]);
    let pieces: Vec<String> = if versus.len() >= 2 {
        versus.iter().map(|s| s.to_string()).collect()
    } else {
        // "X, Y, and Z", "X, Y or Z", "X and Y", "X or Y".
        let commas: Vec<&str> = text.split(',').collect();
        let mut pieces: Vec<String> = Vec::new();
        for (i, part) in commas.iter().enumerate() {
            let part = part.trim();
            let last = i + 1 == commas.len();
            let split = split_all(part, &[" and ", " or ", " & "]);
            if split.len() == 2 && (last || commas.len() == 1) {
                pieces.extend(split.iter().map(|s| s.to_string()));
            } else {
                pieces.push(
                    part.trim_start_matches("and ")
                        .trim_start_matches("or ")
                        .to_owned(),
                );
            }
        }
        if pieces.len() < 2 {
            return Vec::new();
        }
        pieces
    };
    let names: Vec<String> = pieces.iter().filter_map(|p| as_name(p)).collect();
    if names.len() == pieces.len() {
        names
    } else {
        Vec::new()
    }
}

/// `text` up to its first full stop that ends a sentence (not the one of "vs.", "e.g.").
fn first_sentence(text: &str) -> &str {
    let mut from = 0;
    while let Some(at) = text[from..].find(". ") {
        let end = from + at;
        let word = text[..end].rsplit(' ').next().unwrap_or("").to_lowercase();
        if !matches!(word.as_str(), "vs" | "e.g" | "i.e" | "etc") {
            return &text[..end];
        }
        from = end + 2;
    }
    text
}

fn split_all<'a>(text: &'a str, seps: &[&str]) -> Vec<&'a str> {
    let mut parts = vec![text];
    for sep in seps {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A piece of a title as an option's name: its trailing "for server apps" or "in 2026" gone,
/// short, and written like a name (a capital, a digit or a dot first).
pub fn as_name(piece: &str) -> Option<String> {
    let mut name = piece
        .trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '*' | '`' | '“' | '”'));
    for tail in [" for ", " in ", " with ", " on ", " to ", " which ", " - "] {
        if let Some(at) = name.find(tail) {
            name = &name[..at];
        }
    }
    let name = name.trim().trim_end_matches(['.', ',', ';']);
    let words = name.split_whitespace().count();
    let first = name.chars().next()?;
    let looks_named = first.is_uppercase() || first.is_ascii_digit() || first == '.';
    (looks_named && (1..=4).contains(&words) && name.chars().count() <= 40).then(|| name.to_owned())
}

/// How often `name` comes back in `text`, as a whole word (ignoring case).
pub fn mentions(text: &str, name: &str) -> usize {
    let lower = text.to_lowercase();
    let name = name.to_lowercase();
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = lower[from..].find(&name) {
        let start = from + at;
        let end = start + name.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if boundary(before) && boundary(after) {
            count += 1;
        }
        from = end;
    }
    count
}

/// A heading that looks like the name of a thing: short, not a question or a topic line ("Comparison
/// of services", "Event vs. message services" are topics).
fn short_heading(text: &str) -> bool {
    const JOINING: &[&str] = &[
        "of", "and", "or", "the", "to", "for", "vs", "vs.", "with", "in", "on", "a", "an", "is",
        "are", "your", "how", "what", "why", "when", "which", "my", "our",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && !text.contains(['?', ':', ','])
        && !words
            .iter()
            .any(|w| JOINING.contains(&w.to_lowercase().as_str()))
        && as_name(text).as_deref() == Some(text.trim())
}

/// Names found in the post besides its title: sibling headings of the same level under the same
/// parent (a heading under another name's heading is that name's), subjects of pros and cons,
/// and tables' headers and first columns. Each with the kind of place it was found.
fn other_names(blocks: &[Block]) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    // Headings: a name heading nested under another name heading is not a sibling.
    let mut stack: Vec<(u8, String, bool)> = Vec::new();
    for block in blocks {
        if let Block::Heading { level, text } = block {
            while stack.last().is_some_and(|(l, _, _)| *l >= *level) {
                stack.pop();
            }
            let named = short_heading(text);
            let under_name = stack.iter().any(|(_, _, n)| *n);
            if named && !under_name {
                found.push((text.trim().to_owned(), "headings"));
            }
            if let Some(subject) = subject_of(text) {
                found.push((subject, "its pros and cons"));
            }
            stack.push((*level, text.clone(), named));
        }
    }
    for block in blocks {
        if let Block::Table { head, rows } = block {
            if head.len() >= 3 {
                found.extend(
                    head[1..]
                        .iter()
                        .filter_map(|c| as_name(&c.plain))
                        .map(|n| (n, "a table")),
                );
            }
            if rows.len() >= 2 {
                found.extend(
                    rows.iter()
                        .filter_map(|r| r.first())
                        .filter_map(|c| as_name(&c.plain))
                        .map(|n| (n, "a table")),
                );
            }
        }
    }
    found
}

/// The option a pros-and-cons or when-to-use heading is about ("Advantages of SQLite", "Some
/// things I prefer in Go", "When To Use MySQL", "Why Rust").
pub fn subject_of(heading: &str) -> Option<String> {
    let lower = heading.to_lowercase();
    for lead in [
        "advantages of ",
        "disadvantages of ",
        "pros of ",
        "cons of ",
        "benefits of ",
        "drawbacks of ",
        "limitations of ",
        "strengths of ",
        "weaknesses of ",
        "things i prefer in ",
        "things i like about ",
        "what i like about ",
        "why choose ",
        "why use ",
        "why ",
        "when to use ",
        "when not to use ",
        "when to choose ",
        "when to pick ",
        "reasons to use ",
        "reasons to choose ",
    ] {
        if let Some(at) = lower.find(lead) {
            let rest = &heading[at + lead.len()..];
            let rest = rest.trim_end_matches(['?', ':', '.', '!']);
            return as_name(rest);
        }
    }
    None
}

/// The names the post compares, in the order it gives them, and where each was found.
pub fn options(
    titles: &[&str],
    intro_sentences: &[String],
    blocks: &[Block],
    body: &str,
) -> Vec<Found> {
    let others = other_names(blocks);
    let evidence = |name: &str| -> Vec<&'static str> {
        let mut kinds: Vec<&'static str> = others
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, k)| *k)
            .collect();
        kinds.dedup();
        kinds
    };
    // A listing name with extra words takes the shorter form the post's headings use ("Vue JS"
    // in the title, "Vue" in the headings), unless the listing names both or the headings use
    // the full name too.
    let reconcile = |names: Vec<String>| -> Vec<String> {
        names
            .iter()
            .map(|name| {
                if others
                    .iter()
                    .any(|(n, k)| *k == "headings" && n.eq_ignore_ascii_case(name))
                {
                    return name.clone();
                }
                others
                    .iter()
                    .filter(|(_, k)| *k == "headings")
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
            .collect()
    };
    for (source, texts) in [
        (
            "the title",
            titles.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
        ),
        ("the introduction", intro_sentences.to_vec()),
    ] {
        for text in texts {
            let names = reconcile(listed(&text));
            if names.len() >= 2 {
                return names
                    .into_iter()
                    .map(|name| Found {
                        name,
                        from: source.to_owned(),
                    })
                    .collect();
            }
        }
    }
    // Not listed anywhere: the names found in two kinds of places, or named often.
    let mut names: Vec<Found> = Vec::new();
    for (name, _) in &others {
        if names.iter().any(|f| f.name.eq_ignore_ascii_case(name)) {
            continue;
        }
        let kinds = evidence(name);
        let often = mentions(body, name) >= 3;
        if (kinds.len() >= 2 || kinds.contains(&"headings")) && often {
            names.push(Found {
                name: name.clone(),
                from: kinds.join(" and "),
            });
        }
    }
    names.truncate(6);
    if names.len() >= 2 {
        names
    } else {
        Vec::new()
    }
}
