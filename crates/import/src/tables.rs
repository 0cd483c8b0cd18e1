//! The comparison grid, from the post's tables: options in the header row (`| Feature | A | B |`)
//! or in the first column (one row per option), cells of ✓/✗ read as Yes/No, footnote markers and
//! bold group rows dropped. A table that compares none of the options (a list of data types,
//! command output) is left out, and said so.

use super::kinds::Kind;
use super::lexicon::{self, Lexicon};
use super::read::{Block, Text};
use verdict_core::content::{Choice, GridRow};
use verdict_core::id_map::IdMap;

/// A table's cells as the grid shows them (each line of a cell broken by `<br>` read alone), a
/// check mark in the post's language's words.
pub fn cell(text: &Text, lex: &Lexicon) -> String {
    text.rich
        .split("; ")
        .map(|v| value(v, lex))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Marks that say yes in a cell, and marks that say no (with GitHub's emoji shortcodes).
pub(crate) const YES_MARKS: &[&str] = &[
    "✓",
    "✔",
    "√",
    "✅",
    "☑",
    "🟢",
    "👍",
    ":white_check_mark:",
    ":heavy_check_mark:",
    ":ballot_box_with_check:",
];
pub(crate) const NO_MARKS: &[&str] = &[
    "✗",
    "✘",
    "✕",
    "×",
    "❌",
    "✖",
    "🔴",
    "⛔",
    "🚫",
    "👎",
    "😡",
    "😠",
    ":x:",
    ":heavy_multiplication_x:",
    ":no_entry:",
    ":no_entry_sign:",
];

/// Marks that say "in part" between a check mark and a cross ("🔶 Browser-basiert", "⚠️ beta"),
/// as a face between a thumbs-up and an angry one does ("😕").
const PARTLY_MARKS: &[&str] = &["🔶", "🔸", "🟡", "🟠", "⚠", "◐", "◑", "～", "~", "😕", "😐"];

fn value(text: &str, lex: &Lexicon) -> String {
    let rich = strip_footnotes(text.trim());
    // "✔️" is "✔" with an emoji presentation selector.
    let bare = rich.trim_end_matches('\u{fe0f}');
    // The post's own "yes" and "no" ("oui", "nein", "sim", "Si" without its accent) as well.
    let says = |word: &str| unaccented(bare) == unaccented(word);
    if YES_MARKS.contains(&bare) || matches!(bare, "Yes" | "yes" | "YES" | "Y") || says(&lex.yes) {
        return lex.yes.clone();
    }
    if NO_MARKS.contains(&bare) || matches!(bare, "No" | "no" | "NO" | "N") || says(&lex.no) {
        return lex.no.clone();
    }
    match bare {
        "" | "-" | "—" | "–" | "n/a" | "N/A" => "-".to_owned(),
        _ => rich,
    }
}

/// A word in lowercase without the accents Latin-script languages put on "yes" and "no" ("Sí",
/// "Sì", "Não"): posts often leave them off.
fn unaccented(word: &str) -> String {
    word.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

/// Text without footnote markers (`[^1]`, `\[^1\]`, a trailing `*`, `†` or superscript digit).
fn strip_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[^").or_else(|| rest.find("\\[^")) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        match after.find(']') {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.trim_end_matches(['†', '‡', '¹', '²', '³', '⁴'])
        .trim_end_matches("\\*")
        .trim_end_matches('*')
        .trim_end()
        .to_owned()
}

/// The option a name in a table stands for: the option whose name it is or starts with, maybe at
/// a version (the longest such, so ".NET Framework" is not ".NET").
pub fn option_of(options: &[Choice], name: &str) -> Option<usize> {
    let lower = strip_footnotes(name).replace("**", "").to_lowercase();
    // An emoji or a mark before the name ("🏠 Home Assistant") is not part of it.
    let lower = lower
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'))
        .trim();
    options
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            // By any spelling the post writes it with ("CFP" of "Cloudflare Pages (CFP)").
            crate::named::spellings(&o.name).iter().any(|(n, _)| {
                // "EF6.4", "Vue3": the option at a version.
                let versioned = lower.strip_prefix(n.as_str()).is_some_and(|rest| {
                    let rest = rest.strip_prefix(['.', '-', 'v']).unwrap_or(rest);
                    !rest.is_empty()
                        && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
                        && rest.starts_with(|c: char| c.is_ascii_digit())
                });
                lower == *n
                    || versioned
                    || lower.starts_with(&format!("{n} "))
                    || lower.starts_with(&format!("{n} &"))
                    || lower.starts_with(&format!("{n},"))
            })
        })
        .max_by_key(|(_, o)| o.name.len())
        .map(|(i, _)| i)
}

/// How a table lays out the options.
pub enum Layout {
    /// The header row names them: the column of each option.
    Columns(Vec<Option<usize>>),
    /// The first column names them: the option of each row.
    Rows(Vec<Option<usize>>),
    /// It compares none of them.
    Neither,
}

/// How `head` and `rows` lay out `options`.
pub fn layout(options: &[Choice], head: &[Text], rows: &[Vec<Text>]) -> Layout {
    let columns: Vec<Option<usize>> = head
        .iter()
        .skip(1)
        .map(|c| option_of(options, &c.plain))
        .collect();
    if distinct(&columns) >= 2 {
        return Layout::Columns(columns);
    }
    let by_row: Vec<Option<usize>> = rows
        .iter()
        .map(|r| r.first().and_then(|c| option_of(options, &c.plain)))
        .collect();
    if distinct(&by_row) >= 2 {
        return Layout::Rows(by_row);
    }
    Layout::Neither
}

fn distinct(found: &[Option<usize>]) -> usize {
    let mut seen: Vec<usize> = found.iter().flatten().copied().collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// A row's feature name, plain, without bold markers or footnotes.
fn feature(text: &Text) -> String {
    strip_footnotes(&text.plain)
        .replace("**", "")
        .trim()
        .to_owned()
}

/// A row with nothing in its other cells: a group label ("**Performance**", "----- *Nice to
/// Have* -----"), not a feature; nothing in it compares the options.
fn is_group_row(row: &[Text]) -> bool {
    row.first().is_some_and(|c| !c.plain.is_empty())
        && row.iter().skip(1).all(|c| c.plain.trim().is_empty())
}

/// The grid rows of one comparing table (features and their cells per option), with the row
/// ids `taken` so far left alone.
pub fn rows_of(
    options: &[Choice],
    head: &[Text],
    rows: &[Vec<Text>],
    layout: &Layout,
    taken: &mut Vec<String>,
    lex: &Lexicon,
) -> Vec<GridRow> {
    let mut out = Vec::new();
    let mut push = |feature: String, cells: IdMap<String>, taken: &mut Vec<String>| {
        // A draft's grid keeps its first rows; reading on would only cost time (a table of
        // 100,000 rows took 36 s, each new id looked up among all before it).
        if feature.is_empty() || taken.len() >= super::MAX_GRID_ROWS {
            return;
        }
        let id = super::unique(super::slug(&feature), taken);
        taken.push(id.clone());
        out.push(GridRow { id, feature, cells });
    };
    match layout {
        Layout::Columns(columns) => {
            // Each option's column; one headed by two names ("Emacs and Vim") is each one's.
            let column_of: Vec<Option<usize>> = options
                .iter()
                .enumerate()
                .map(|(o, option)| {
                    columns.iter().position(|c| *c == Some(o)).or_else(|| {
                        head.iter()
                            .skip(1)
                            .position(|h| super::names::mentions(&h.plain, &option.name) > 0)
                    })
                })
                .collect();
            for row in rows.iter().filter(|r| !is_group_row(r)) {
                let Some(name) = row.first() else { continue };
                let cells = options
                    .iter()
                    .zip(&column_of)
                    .map(|(option, at)| {
                        let value = at
                            .and_then(|at| row.get(at + 1))
                            .map(|c| cell(c, lex))
                            .unwrap_or_else(|| "-".to_owned());
                        (option.id.clone(), value)
                    })
                    .collect();
                push(feature(name), cells, taken);
            }
        }
        Layout::Rows(by_row) => {
            for (j, name) in head.iter().enumerate().skip(1) {
                let cells = options
                    .iter()
                    .enumerate()
                    .map(|(o, option)| {
                        let at = by_row.iter().position(|r| *r == Some(o));
                        let value = at
                            .and_then(|at| rows[at].get(j))
                            .map(|c| cell(c, lex))
                            .unwrap_or_else(|| "-".to_owned());
                        (option.id.clone(), value)
                    })
                    .collect();
                push(feature(name), cells, taken);
            }
        }
        Layout::Neither => {}
    }
    out
}

/// Whether a table's header row is a pros-and-cons one ("You might like… | You might hate…",
/// "Pros | Cons"): read as reasons, not as a grid.
pub fn is_pros_and_cons(head: &[Text], lex: &Lexicon) -> bool {
    head.iter()
        .filter(|c| super::kinds::classify(&c.plain, lex).is_some())
        .count()
        >= 1
        && head.len() <= 3
        && head
            .iter()
            .all(|c| c.plain.is_empty() || super::kinds::classify(&c.plain, lex).is_some())
}

/// A table of each option's pros and cons, one option a row ("| Technologie | Points forts |
/// Points faibles |"): the option of each row and the kind of each column after the first.
pub fn pros_and_cons_by_row(
    options: &[Choice],
    head: &[Text],
    rows: &[Vec<Text>],
    lex: &Lexicon,
) -> Option<(Vec<Option<usize>>, Vec<Kind>)> {
    let kinds: Vec<Kind> = head
        .iter()
        .skip(1)
        .map(|c| {
            super::kinds::classify(&c.plain, lex).filter(|k| matches!(k, Kind::Pro | Kind::Con))
        })
        .collect::<Option<_>>()?;
    if kinds.is_empty() {
        return None;
    }
    match layout(options, head, rows) {
        Layout::Rows(by_row) => Some((by_row, kinds)),
        _ => None,
    }
}

/// The header of a table, for messages: `| Data Type | Explanation |`.
pub fn header(head: &[Text]) -> String {
    format!(
        "| {} |",
        head.iter()
            .map(|c| c.plain.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    )
}

/// The blocks' tables with their index.
pub fn tables(blocks: &[Block]) -> impl Iterator<Item = (usize, &Vec<Text>, &Vec<Vec<Text>>)> {
    blocks.iter().enumerate().filter_map(|(i, b)| match b {
        Block::Table { head, rows } => Some((i, head, rows)),
        _ => None,
    })
}

/// A cell as a score, where it is one: stars ("⭐⭐⭐"), a number ("4", "4.5", "4/5", "81"), or a
/// check mark or the language's yes (1) and no (0).
pub fn score(text: &Text, lex: &Lexicon) -> Option<f64> {
    let plain = strip_footnotes(text.plain.trim()).replace("**", "");
    let plain = plain.trim();
    let stars = plain
        .chars()
        .filter(|c| matches!(c, '⭐' | '★' | '✭' | '🌟'))
        .count();
    if stars > 0 {
        // The stars lead; words after them say the same ("⭐⭐⭐⭐ Good").
        let is_star = |c: char| matches!(c, '⭐' | '★' | '✭' | '🌟' | '☆' | '½' | '\u{fe0f}' | ' ');
        let run = plain.len() - plain.trim_start_matches(is_star).len();
        let (lead, words) = plain.split_at(run);
        let in_lead = lead
            .chars()
            .filter(|c| matches!(c, '⭐' | '★' | '✭' | '🌟'))
            .count();
        let half = lead.contains('½');
        let rest = in_lead == stars && !words.starts_with(|c: char| c.is_ascii_digit());
        return rest.then_some(stars as f64 + if half { 0.5 } else { 0.0 });
    }
    // Pluses rate as stars do ("+", "+++"); minuses rate below nothing ("--").
    if !plain.is_empty() && plain.len() <= 5 {
        if plain.chars().all(|c| c == '+') {
            return Some(plain.len() as f64);
        }
        if plain.chars().all(|c| matches!(c, '-' | '−')) && plain.chars().count() >= 2 {
            return Some(-(plain.chars().count() as f64));
        }
    }
    let value = value(plain, lex);
    if value == lex.yes {
        return Some(1.0);
    }
    if value == lex.no {
        return Some(0.0);
    }
    if let Some(verdict) = leading_verdict(plain, lex) {
        return Some(verdict);
    }
    // A number is a rating on a small scale ("4", "4.5", "4/5"); a measure ("120 ms", "81"
    // points, "13 KB") may be better smaller, so it rates nothing.
    let number = plain
        .split('/')
        .next()
        .unwrap_or(plain)
        .trim()
        .replace(',', ".");
    number
        .parse::<f64>()
        .ok()
        .filter(|n| (0.0..=10.0).contains(n))
}

/// A cell that opens with an amount ("~$10 / month", "0,24 €/GB", "HTTP 0.24" is none): the
/// currency and unit around it, as one key to compare by, and the amount.
fn amount(cell: &str) -> Option<(String, f64)> {
    let plain = strip_footnotes(cell.trim()).replace("**", "");
    let start = plain.find(|c: char| c.is_ascii_digit())?;
    let (head, rest) = plain.split_at(start);
    // Before the number, only signs: a currency, "~", "≈", "about" is a sentence.
    if head.chars().any(char::is_alphanumeric) && !head.trim().eq_ignore_ascii_case("us$") {
        return None;
    }
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .collect();
    let after = &rest[digits.len()..];
    // "1,000" groups thousands; "0,24" is a decimal comma.
    let number = match digits.rsplit_once(',') {
        Some((_, tail)) if tail.len() == 3 && !digits.contains('.') => digits.replace(',', ""),
        _ => digits.replace(',', "."),
    };
    let n: f64 = number.trim_end_matches('.').parse().ok()?;
    let currency: String = head
        .chars()
        .filter(|c| !matches!(c, '~' | '≈' | ' '))
        .collect();
    let unit = after
        .trim_start()
        .replace(" / ", "/")
        .replace("/ ", "/")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', '.', '('])
        .to_lowercase();
    Some((format!("{currency}|{unit}"), n))
}

/// Whether a cell says in the language's words (or English's) that its option lacks the row's
/// feature: "None", "Keine", "なし", maybe with an aside ("None (plugins only)").
fn says_absent(text: &str, lex: &Lexicon) -> bool {
    let plain = strip_footnotes(text.trim()).replace("**", "");
    let lower = lexicon::lowercase(plain.trim().trim_end_matches(['.', '!', '。']));
    [lex, lexicon::english()].iter().any(|table| {
        table.absent.iter().any(|word| {
            lower
                .strip_prefix(lexicon::lowercase(word).as_str())
                .is_some_and(|rest| {
                    rest.is_empty()
                        || rest
                            .trim_start()
                            .starts_with(['(', '（', ',', '，', '-', '—'])
                })
        })
    })
}

/// A cell as a grade, where it is one of the language's (or English's) `grades` or `levels`
/// before any aside ("Fast", "High (paid plans)", "◎", "较慢"): its score, a level turned round
/// on a row where less is better ("Learning curve: Low").
fn grade(text: &Text, feature: &str, lex: &Lexicon) -> Option<f64> {
    let plain = strip_footnotes(text.plain.trim()).replace("**", "");
    let lower = plain.to_lowercase();
    let head = lower
        .split(['(', ',', '，', '（', ';', ':', '、', '—', '–'])
        .next()?
        .trim()
        .trim_end_matches(['.', '!', '。', '！']);
    let score_of = |words: &[String]| {
        lexicon::scored(words).find_map(|(word, score)| (word == head).then_some(score))
    };
    for table in [lex, lexicon::english()] {
        if let Some(score) = score_of(&table.grades) {
            return Some(score);
        }
        if let Some(score) = score_of(&table.levels) {
            let less_is_better = lex.has_or_english(feature, |l| &l.costs);
            return Some(if less_is_better { -score } else { score });
        }
    }
    None
}

/// A cell that opens with a check mark or a cross and says more ("✅ Yes (GPL-3.0)", "⛔️ No",
/// "✅ [Yes](https://…)"), or with the language's yes or no before an aside ("Yes (paid)"):
/// 1 or 0. "No limit" says more than no.
fn leading_verdict(plain: &str, lex: &Lexicon) -> Option<f64> {
    let t = plain.trim_start();
    if YES_MARKS.iter().any(|m| t.starts_with(m)) {
        return Some(1.0);
    }
    if NO_MARKS.iter().any(|m| t.starts_with(m)) {
        return Some(0.0);
    }
    // "~$10" is about ten dollars, not a partial yes.
    let about = |m: &str| {
        t[m.len()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || "$€£¥₩₹₺".contains(c))
    };
    if PARTLY_MARKS.iter().any(|m| t.starts_with(m) && !about(m)) {
        return Some(0.5);
    }
    let lower = t.to_lowercase();
    let aside = |word: &str| {
        lower.strip_prefix(word).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(['(', ',', '（', '，'])
        })
    };
    // "Oui mais…", "Yes, but only on paid plans": a yes the cell takes back in part.
    let hedged = |word: &str| {
        lower.strip_prefix(word).is_some_and(|rest| {
            let rest = rest.trim_start_matches([',', ' ']);
            lex.hedges
                .iter()
                .chain(&crate::lexicon::english().hedges)
                .any(|h| {
                    rest.starts_with(h.as_str())
                        && rest[h.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
        })
    };
    if hedged(&lex.yes.to_lowercase()) || hedged("yes") {
        return Some(0.5);
    }
    for (word, score) in [(lex.yes.to_lowercase(), 1.0), (lex.no.to_lowercase(), 0.0)] {
        if aside(&word) || (lex.lang != "en" && aside(if score > 0.5 { "yes" } else { "no" })) {
            return Some(score);
        }
    }
    if aside("yes") {
        return Some(1.0);
    }
    if aside("no") {
        return Some(0.0);
    }
    None
}

/// Every language's words for one list: a table's row is matched against them all, whatever the
/// post's language (a Japanese post's table can say "Total").
fn any_language(list: fn(&Lexicon) -> &Vec<String>) -> impl Iterator<Item = &'static str> {
    lexicon::all()
        .iter()
        .flat_map(move |table| list(table).iter().map(String::as_str))
}

/// Whether a row's name adds up the others ("Total", "Gesamt") or ranks the options overall
/// ("Rank", "Platz", "順位"): not a criterion of its own.
pub fn is_total(name: &str) -> bool {
    let lower = name.replace("**", "").trim().to_lowercase();
    any_language(|table| &table.totals).any(|t| {
        lower == t || lower.starts_with(&format!("{t} ")) || lower.starts_with(&format!("{t}:"))
    })
}

/// Whether a row's name is one of whatever else ("Etc.", "Sonstiges", "その他"): no criterion a
/// reader can weigh.
fn is_catch_all(name: &str) -> bool {
    let lower = name.replace("**", "").to_lowercase();
    let bare = lower.trim_matches(['*', '_', '.', ' ', ':']);
    any_language(|table| &table.catch_all).any(|word| word == bare)
}

/// A table's row that rates the options.
pub struct Rated {
    /// The row's name.
    pub feature: String,
    /// The options it rates best.
    pub favoured: Vec<usize>,
    /// What each scored, for the reason.
    pub said: String,
    /// Rated in words (a comparative in a cell), not in scores.
    pub in_words: bool,
}

/// The options a table's rated row favours: those with the best score, where every option has a
/// score (or, in words, those whose cell praises them) and not all share the best.
pub fn rated(
    options: &[Choice],
    name: &Text,
    scores: &[(usize, &Text)],
    lex: &Lexicon,
) -> Option<Rated> {
    let feature = feature(name);
    // "Database required: Yes" is a cost where "Plugins: Yes" is a strength: which way such a
    // row leans is the reader's to say.
    if feature.chars().filter(|c| c.is_alphanumeric()).count() < 2
        || is_total(&feature)
        || is_catch_all(&feature)
        || scores.len() < 2
        || lex.has(&feature, &lex.burdens)
    {
        return None;
    }
    // A feature matrix leaves a cell empty where the option lacks the feature ("| Shadow
    // properties | | 1.0 |": the version that brought it is no rating).
    let empty = |t: &Text| t.plain.trim().is_empty();
    let some_empty = scores.iter().any(|(_, t)| empty(t)) && !scores.iter().all(|(_, t)| empty(t));
    // "Cloud integration | None | Deep Google Cloud integration": cells that say what the
    // others have beside one saying an option lacks it ("None", "Keine", "なし", "—", "No")
    // rate as such a matrix does. Not on a row of limits or costs, where having is a burden.
    let lacks = |t: &Text| {
        let v = value(&t.plain, lex);
        v == lex.no || v == "-" || says_absent(&t.plain, lex)
    };
    let has = |t: &Text| {
        !lacks(t)
            && t.plain.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            && score(t, lex).is_none()
            && grade(t, &feature, lex).is_none()
    };
    let burden =
        lex.has_or_english(&feature, |l| &l.cons) || lex.has_or_english(&feature, |l| &l.costs);
    let presence = !burden
        && scores.iter().any(|(_, t)| lacks(t))
        && scores.iter().any(|(_, t)| has(t))
        && scores.iter().all(|(_, t)| lacks(t) || has(t));
    let rated: Option<Vec<(usize, f64)>> = if some_empty {
        Some(
            scores
                .iter()
                .map(|(o, t)| (*o, if empty(t) { 0.0 } else { 1.0 }))
                .collect(),
        )
    } else if presence {
        Some(
            scores
                .iter()
                .map(|(o, t)| (*o, if has(t) { 1.0 } else { 0.0 }))
                .collect(),
        )
    } else {
        // Beside a check mark, a letter X is its cross ("| √ | Χ |").
        let says_yes = scores.iter().any(|(_, t)| score(t, lex) == Some(1.0));
        let crossed = |t: &Text| says_yes && matches!(t.plain.trim(), "X" | "x" | "Χ" | "χ");
        // Beside a yes, a grade of a part is a score below it ("是" against "部分支援").
        let partly = |t: &Text| {
            grade(t, &feature, lex).filter(|g| says_yes && (0.0..1.0).contains(g) && *g > 0.0)
        };
        let each: Vec<Option<(usize, f64)>> = scores
            .iter()
            .map(|(o, t)| {
                score(t, lex)
                    .or_else(|| crossed(t).then_some(0.0))
                    .or_else(|| partly(t))
                    .map(|v| (*o, v))
            })
            .collect();
        // Check marks with one cell in words among four or more ("薛定谔的开源" beside ✔️ and ❌):
        // the marks rate, the cell in words is neither. (Not a row asking about the option,
        // "Trackt Nutzer?", whose "yes" may be the worse.)
        let marked: Vec<(usize, f64)> = each.iter().flatten().copied().collect();
        let marks_only = marked.iter().all(|(_, v)| *v == 0.0 || *v == 1.0);
        let asks = feature.trim_end().ends_with(['?', '？']);
        if each.len() >= 4 && each.len() - marked.len() == 1 && marks_only && !asks {
            Some(marked)
        } else {
            each.into_iter().collect()
        }
    };
    // Cells that grade ("Fast" against "Slow") rate as scores do, but the row is a noun phrase
    // the cells speak of, asked as an aspect is.
    let graded = || {
        scores
            .iter()
            .map(|(o, t)| grade(t, &feature, lex).map(|v| (*o, v)))
            .collect::<Option<Vec<_>>>()
    };
    // Cells in words rate the options whose cell praises them in the language's comparatives
    // ("Plus performant sur de gros volumes" against "Rapide pour des bdd simples").
    let in_words = rated.is_none();
    // On a row of costs ("Price | ~$10 / month | ~$19 / month"), amounts in one unit: the
    // smallest is best.
    let priced = || {
        if !lex.has_or_english(&feature, |l| &l.costs) {
            return None;
        }
        let amounts: Vec<(usize, String, f64)> = scores
            .iter()
            .map(|(o, t)| amount(&t.plain).map(|(unit, n)| (*o, unit, n)))
            .collect::<Option<_>>()?;
        let same_unit = amounts.windows(2).all(|w| w[0].1 == w[1].1);
        same_unit.then(|| amounts.into_iter().map(|(o, _, n)| (o, -n)).collect())
    };
    let values = rated.or_else(graded).or_else(priced).unwrap_or_else(|| {
        let praised: Vec<(usize, f64)> = scores
            .iter()
            .map(|(o, t)| (*o, f64::from(u8::from(lex.has(&t.plain, &lex.favours)))))
            .collect();
        // Where no cell praises in words, the one cell the author set in bold is the row's
        // winner ("**Free**, or $10/year" beside "$2.99/month").
        let bold: Vec<(usize, f64)> = scores
            .iter()
            .map(|(o, t)| (*o, f64::from(u8::from(t.lead.is_some()))))
            .collect();
        // Not where a plain cell grades as well ("Free" beside "**Free** to host").
        let plain_graded = scores
            .iter()
            .any(|(_, t)| t.lead.is_none() && grade(t, &feature, lex).is_some_and(|g| g >= 2.0));
        let one_bold = bold.iter().filter(|(_, v)| *v > 0.0).count() == 1 && !plain_graded;
        if praised.iter().all(|(_, v)| *v == 0.0) && one_bold {
            bold
        } else {
            praised
        }
    });
    let best = values.iter().map(|(_, v)| *v).fold(f64::MIN, f64::max);
    let favoured: Vec<usize> = values
        .iter()
        .filter(|(_, v)| *v == best)
        .map(|(o, _)| *o)
        .collect();
    // A feature all have tells nothing; one most of four or more have tells little. Of three,
    // one the third lacks sets it apart.
    if favoured.len() == values.len() || (values.len() >= 4 && favoured.len() * 2 > values.len()) {
        return None;
    }
    let said = scores
        .iter()
        .map(|(o, t)| format!("{}: {}", options[*o].name, cell(t, lex)))
        .collect::<Vec<_>>()
        .join(", ");
    Some(Rated {
        feature,
        favoured,
        said,
        in_words,
    })
}
