//! Names a piece of text gives: a title or sentence listing them in the language's words
//! ("X vs Y", "X, Y und Z", "XとYの比較"), a move from one to another, a piece read as a name,
//! and the named words of a title.

use super::*;

/// Separators between the clauses of a title.
pub(super) const TITLE_BREAKS: &[&str] = &[
    ":", "?", "!", " - ", " – ", " — ", "|", "：", "？", "！", "｜", "؟", "「", "」", "【", "】",
    "《", "》", "«", "»",
];

/// `text` without its parenthesised asides ("Visual Studio Code (VS Code)"), except the Latin
/// spelling right after a name in another script ("티스토리(Tistory)"), which is part of it.
pub(super) fn without_asides(text: &str) -> String {
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
pub(super) fn spelling_follows(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let inside: String = text[at..]
        .chars()
        .skip(1)
        .take_while(|c| !matches!(c, ')' | '）'))
        .collect();
    before.is_some_and(|c| c.is_alphabetic() && !c.is_ascii()) && latin_spelling(&inside)
}

/// Whether text is a name spelled in Latin letters (and the signs names use).
pub(super) fn latin_spelling(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '+' | '#' | '-'))
}

/// Characters that separate list items.
pub(super) const COMMAS: &[char] = &[',', '、', '，', '،', ';', '；'];

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
                .take(MOST_PIECES)
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
        let joined = lex.has(text, &lex.and)
            || lex.has(text, &lex.or)
            || lex.has(text, &lex.versus)
            || text.contains('、');
        if joined && (2..=6).contains(&latin.len()) {
            best = latin;
        }
    }
    best
}

/// The longest run of two to six Latin-script names a title sets apart by commas alone, among
/// words of another script: the first may end a piece and the last open one ("클라우드 서비스,
/// Dropbox, iCloud, GoogleDrive 다 쓰기").
pub(super) fn latin_by_commas(text: &str) -> Vec<String> {
    let latin = |w: &str| {
        w.chars().any(|c| c.is_ascii_alphabetic())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-'))
    };
    // The Latin words a piece opens or ends with.
    let run = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        words.take_while(|w| latin(w)).map(str::to_owned).collect()
    };
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for piece in text.split(COMMAS).map(str::trim) {
        let words: Vec<&str> = piece.split_whitespace().collect();
        if !words.is_empty() && words.iter().all(|w| latin(w)) {
            current.push(words.join(" "));
            continue;
        }
        let opening = run(&mut words.iter().copied());
        if !opening.is_empty() && !current.is_empty() {
            current.push(opening.join(" "));
        }
        runs.push(std::mem::take(&mut current));
        let mut ending = run(&mut words.iter().rev().copied());
        ending.reverse();
        if !ending.is_empty() {
            current.push(ending.join(" "));
        }
    }
    runs.push(current);
    runs.into_iter()
        .filter(|r| (2..=6).contains(&r.len()))
        .max_by_key(Vec::len)
        .unwrap_or_default()
}

/// The two names of a move from one to the other, in the language's words ("From Jekyll to
/// Hugo", "Von iCloud zu Nextcloud", "从Hugo到Hexo"), where the post names each again.
pub(super) fn moved(clause: &str, lex: &Lexicon, body: &Body) -> Option<Vec<String>> {
    let lower = clause.to_lowercase();
    if lower.len() != clause.len() {
        return None;
    }
    for (from, to) in crate::lexicon::moves(&lex.from_to) {
        let Some(from_at) = lex.find(&lower, from) else {
            continue;
        };
        let after_from = from_at + from.trim().len();
        let Some(to_at) = lex.find(&lower[after_from..], to).map(|at| at + after_from) else {
            continue;
        };
        let first = name_in(&clause[after_from..to_at], Side::End, lex, body)?;
        // The move's sentence ends the name ("… da WordPress a Jekyll. Resta però …").
        let rest = &clause[to_at + to.trim().len()..];
        let rest = rest.split(". ").next().unwrap_or(rest);
        let second = name_in(rest, Side::Start, lex, body)?;
        // Named again in any of its spellings ("ReactJS" as "React").
        let mentions = |n: &String| {
            crate::named::spellings(n)
                .iter()
                .map(|(spelled, _)| body.mentions(spelled))
                .max()
                .unwrap_or(0)
        };
        let named = |n: &String| strictly_named(n, lex) && mentions(n) >= 2;
        if named(&first) && named(&second) && !first.eq_ignore_ascii_case(&second) {
            return Some(vec![first, second]);
        }
    }
    None
}

pub(super) fn clauses(text: &str) -> Vec<String> {
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

/// The most pieces a text is split into by its joining words: far more than a list of options.
const MOST_PIECES: usize = 64;

/// `text` cut at each occurrence of any of `words` (as the lexicon finds them). With
/// `leading_names`, a word with nothing before it separates nothing but begins a name ("VS Code
/// vs Sublime Text"); without, it is dropped ("…, and Service Bus"). A word written with a
/// capital that begins a name `body` writes again and again cuts nothing either ("I'm Ditching
/// VS Code").
pub(super) fn split_words(
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
                // A list of more pieces than a ranking has is no list of names: the rest stays
                // whole, and each cut lowercases the rest again (a title of 10,000 "vs" took 25 s).
                if next.len() >= MOST_PIECES {
                    next.push(rest.to_owned());
                    break;
                }
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
pub(super) fn begins_a_name(text: &str, at: usize, len: usize, body: &Body) -> bool {
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

pub(super) fn names_in_clause(clause: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    // What comes after "between", "comparing", "comparison of" is the list.
    if let Some((at, lead)) = lex.first(clause, &lex.between) {
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
    names_in_text(clause, lex, body)
}

pub(super) fn names_in_text(text: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
    let text = first_sentence(text, lex);
    // Arrows chain a move in every language ("WordPress → Эгея → DocPad").
    let arrowed = text.replace("->", "→").replace('⇒', "→");
    let arrows: Vec<String> = arrowed
        .split('→')
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let versus = if arrows.len() >= 2 {
        arrows
    } else {
        split_words(text, &lex.versus, lex, true, body)
    };
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
    // A list longer than a ranking's is no list of options (and each piece is weighed in the
    // whole post).
    if pieces.len() > MOST_PIECES {
        return Vec::new();
    }
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
            name_in(p, side, lex, body)
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
pub(super) fn first_sentence<'a>(text: &'a str, lex: &Lexicon) -> &'a str {
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
pub(super) enum Side {
    /// At its end (the first piece: "Welches Framework: Django").
    End,
    /// At its start (the last piece: "Flask für kleine Projekte").
    Start,
    /// The whole piece.
    Whole,
}

/// A name in the post's script with its Latin spelling after it in brackets ("티스토리(Tistory)"):
/// the two spellings.
pub(super) fn native_with_latin(piece: &str) -> Option<(&str, &str)> {
    let (native, rest) = piece.split_once(['(', '（'])?;
    let latin = rest.strip_suffix([')', '）'])?;
    (!native.is_empty()
        && native.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        && latin_spelling(latin))
    .then_some((native, latin))
}

/// The name in a piece of a list: the piece itself when it is short and written like a name,
/// else the run of name-like words at the side where the list's separator was, of the length
/// the post uses most.
pub(super) fn name_in(piece: &str, side: Side, lex: &Lexicon, body: &Body) -> Option<String> {
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
    if native_with_latin(piece).is_some() {
        return tidy(piece);
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
    // A question's mark ends the name ("… un Mac o un PC?").
    let mut words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_end_matches([',', ';', '，', '?', '？']))
        .filter(|w| !w.is_empty())
        .collect();
    // An article before the list's last name is no part of it ("o un PC", "or a Mac"); in a
    // language that capitalises its nouns, what follows one is more often a noun ("eine
    // Webseite").
    let article = |w: &str| lex.articles.contains(&lowercase(w));
    if matches!(side, Side::Start)
        && !lex.capitalises_nouns
        && words.len() >= 2
        && article(words[0])
    {
        words.remove(0);
    }
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
        .filter(|run| looks_named(run) && !mixed_scripts(run) && !article_before(run))
        .filter(|run| !lead_in(run, &words, body))
        .collect();
    // A model's mark is no name alone ("X" of "EdgeRouter X", "6s" of "fenix 6s", "III" of "GR
    // III"): where the post writes the run it ends as a whole, the shorter runs go.
    let runs: Vec<String> = match runs.iter().rev().find(|run| {
        run.contains(' ')
            && run.rsplit(' ').next().is_some_and(model_mark)
            && body.as_written(run.trim_end_matches('.')) >= 1
    }) {
        Some(model) => runs
            .iter()
            .filter(|run| run.len() >= model.len())
            .cloned()
            .collect(),
        None => runs,
    };
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
    // A shorter run counts where the post writes it alone, not inside a longer one written as a
    // name, every word capitalised ("Apple" of "Apple Notes" counts once for "le note di Apple",
    // not for every "Apple Notes"; "Black" of "Black are the common ones" counts every time).
    let counted: Vec<(usize, &String)> = counted
        .iter()
        .enumerate()
        .map(|(i, &(n, run))| {
            let within = counted
                .get(i + 1)
                .filter(|(_, longer)| {
                    longer
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                })
                .map_or(0, |(longer, _)| *longer);
            (n.saturating_sub(within), run)
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
            // Nothing at the list's side the post names: at the other side, one word the post
            // names often ("Nomad" of "Nomad Good, Kubernetes Bad").
            let other = match side {
                Side::End => words.first(),
                Side::Start | Side::Whole => words.last(),
            };
            other
                .filter(|w| words.len() == 2 && looks_named(w) && body.as_written(w) >= 3)
                .and_then(|w| tidy(w))
        })
        .or_else(|| {
            // Nothing in the post to go by: a short piece written like a name.
            (words.len() <= 2 && looks_named(piece))
                .then(|| tidy(piece))
                .flatten()
        })
}

/// A model's mark after its name: a short word with a digit ("6s", "4", "5D"), one capital letter
/// ("X") or a Roman numeral ("III").
fn model_mark(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let chars = word.chars().count();
    (chars <= 3
        && word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_alphanumeric()))
        || (chars == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
        || ((2..=4).contains(&chars) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// Whether a word in lowercase leads a piece of two to a name the post writes often ("bonjour"
/// of "bonjour Nextcloud", "hola" of "hola Hugo"): a greeting or a verb, not a name itself.
fn lead_in(run: &str, words: &[&str], body: &Body) -> bool {
    match words {
        [first, name] => {
            run == *first
                && !run.chars().any(char::is_uppercase)
                && name.starts_with(char::is_uppercase)
                && body.as_written(name) >= 3
        }
        _ => false,
    }
}

/// Whether words look like a product's name: a capital, a digit or a dot in them, or a
/// lowercase word with a digit or a sign ("k3d", "pnpm", "htmx", ".NET", "C#").
pub(super) fn looks_named(text: &str) -> bool {
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
            && text.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == ':')
            && !text.starts_with(':')
            && !text.ends_with(':')
            && (2..=12).contains(&text.len()))
}

/// Whether a run opens with a short lowercase word before a name written as one ("o .NET",
/// "le Vue", "il Python"): a language's article, not part of the name.
fn article_before(run: &str) -> bool {
    let mut words = run.split_whitespace();
    let (Some(first), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    first.chars().count() <= 3
        && first.chars().all(char::is_lowercase)
        && next.starts_with(|c: char| c.is_uppercase() || c == '.')
}

/// A name without the punctuation and filler around it, short enough to be one.
pub(super) fn tidy(name: &str) -> Option<String> {
    let name = name
        .trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '*' | '`' | '“' | '”' | '„' | '«' | '»'))
        .trim_end_matches(['.', ',', ';', '、', '，', '。'])
        // Emoji and marks before a name ("🟢 Vue.js"); ".NET" keeps its dot.
        .trim_start_matches(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '.' | '#' | '"' | '\'' | '“' | '„' | '«')
        })
        .trim();
    // A score or a number after a comma ("Натив против веба, 5:2") is no part of the name.
    let name = match name.rsplit_once([',', '，']) {
        Some((head, tail)) if !tail.chars().any(char::is_alphabetic) && !head.trim().is_empty() => {
            head.trim_end()
        }
        _ => name,
    };
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

/// The Latin-script word right before `name` in `title`, a space between ("Adobe" of "Adobe
/// Connect und Zoom", "VS" of "エディタ「VS CODE」").
pub(super) fn run_before(title: &str, name: &str) -> Option<String> {
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
    (!word.is_empty() && !article_before(&format!("{word} {name}"))).then_some(word)
}

/// The names in a title that lists none: each run of words written as a name ("Go или не Go?":
/// Go; "Jekyll에 남기": Jekyll; "Migrando a Hugo": Hugo), the title's first word aside.
pub(super) fn title_names(title: &str, lex: &Lexicon, body: &Body) -> Vec<String> {
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
pub(super) const TITLE_WORDS: usize = 32;

/// Whether most of a text's letters are Latin.
pub(super) fn latin_script(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(20_000) {
        if is_latin(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    latin >= other
}
