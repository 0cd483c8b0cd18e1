//! Where a post says what fits whom, in any language we have words for, each turned into a
//! proposed question that leans to (or away from) one option, with the reason the result shows:
//! - quick decision lines, `Do you need an admin panel? → Django`;
//! - when-to-choose sections and lists ("When to choose X", "Use X when:", "Choose X if the
//!   following apply:"), and when-not-to ones, leaning away;
//! - advice in a sentence ("X is recommended if you want …", "If you only care about speed, k3d
//!   is the best choice", "Wenn Sie … brauchen, nehmen Sie X") and rule bullets in a conclusion
//!   ("**Django**: if you need batteries included");
//! - headings asked as yes/no questions, leaning to the option the section answers with;
//! - pros and cons under any heading the language uses, as lists, table columns, or items
//!   labelled "Pro:" and "Contra:";
//! - a use-case column or row of a comparison table, and requirement → recommendation tables;
//! - what the post praises an option for, the characteristics it lists, and sentences that
//!   compare and name one option: candidates only (they say what an option is, not what the
//!   reader needs).
//!
//! Near-duplicates are merged (the stronger kept), and at most [`PROPOSED`] are proposed, the
//! strongest first, each a criterion a reader can answer about themselves; the rest are listed
//! as candidates.

use super::ask::{self, Tone};
use super::kinds::{self, classify, concludes, Kind};
use super::lexicon::{self, Lexicon};
use super::read::{self, escape, Block, Text};
use super::tables::{self, Layout};
use verdict_core::content::Choice;

/// Questions proposed at most; the rest are candidates the author can add.
pub const PROPOSED: usize = 12;

/// A draft with fewer criteria than this is filled up with the characteristics the post lists
/// of each option.
pub const FILLED_TO: usize = 4;

/// A question the post suggests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The question, yes/no, about the reader.
    pub text: String,
    /// The option it is about.
    pub option: usize,
    /// Other options "Yes" counts for as much (a table's feature two of three options have).
    pub also: Vec<usize>,
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

/// Where each option is named in `text` (earliest first; the longest name where names share a
/// start, so ".NET Framework" is not ".NET").
pub fn options_in(options: &[Choice], text: &str) -> Vec<(usize, usize)> {
    named_spans(options, text)
        .into_iter()
        .map(|(start, _, o)| (start, o))
        .collect()
}

/// As [`options_in`], with where each name ends: a spelling the post uses ("Tistory" of
/// "티스토리(Tistory)") is not as long as the option's name.
pub fn named_spans(options: &[Choice], text: &str) -> Vec<(usize, usize, usize)> {
    let lower = lexicon::lowercase(text);
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (i, o) in options.iter().enumerate() {
        // Where the option is first named, by any of its spellings.
        let mut first_at: Option<(usize, usize)> = None;
        for (name, cased) in spellings(&o.name) {
            let mut from = 0;
            while let Some(at) = lower[from..].find(&name) {
                let start = from + at;
                let end = start + name.len();
                if cased.as_ref().is_some_and(|c| &text[start..end] != c) {
                    from = end;
                    continue;
                }
                let (first, last) = (
                    name.chars().next().unwrap_or(' '),
                    name.chars().next_back().unwrap_or(' '),
                );
                let word = |edge: char, c: Option<char>| {
                    c.is_some_and(|c| super::lexicon::continues(edge, c))
                };
                if !word(first, lower[..start].chars().next_back())
                    && !word(last, lower[end..].chars().next())
                    && !lower[end..].starts_with('-')
                {
                    if first_at.is_none_or(|(s, _)| start < s) {
                        first_at = Some((start, name.len()));
                    }
                    break;
                }
                from = end;
            }
        }
        if let Some((start, len)) = first_at {
            found.push((start, usize::MAX - len, i));
        }
    }
    found.sort_unstable();
    // A shorter name inside a longer one found at the same place is the longer one.
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for (start, len, i) in found {
        if !out.iter().any(|(s, _, _)| *s == start) {
            out.push((start, start + (usize::MAX - len), i));
        }
    }
    out
}

/// The ways a post writes an option's name, lowercase: whole, and for a name with its spelling
/// beside it ("티스토리(Tistory)"), each part alone. A JavaScript name is written without its
/// ".js" too ("Vue" of "Vue.js"), but only as its makers case it ("Next", not "next"): that
/// spelling comes with the casing it must have.
pub(crate) fn spellings(name: &str) -> Vec<(String, Option<String>)> {
    let lower = lexicon::lowercase(name);
    let mut out = vec![(lower.clone(), None)];
    if let Some((native, rest)) = lower.split_once(['(', '（']) {
        let latin = rest.trim_end_matches([')', '）']).trim();
        for part in [native.trim(), latin] {
            if !part.is_empty() {
                out.push((part.to_owned(), None));
            }
        }
    }
    let stem = name
        .strip_suffix(".js")
        .or_else(|| name.strip_suffix(".JS"))
        .or_else(|| {
            name.strip_suffix("JS")
                .filter(|s| s.ends_with(char::is_lowercase))
        });
    if let Some(stem) = stem.filter(|s| s.chars().count() >= 3 && !s.contains(' ')) {
        out.push((lexicon::lowercase(stem), Some(stem.to_owned())));
    }
    // Two capitalised words its makers write as one ("ProtonMail", "GitLab"), as others write
    // them apart ("Proton Mail", "Proton mail").
    let humps: Vec<usize> = name
        .char_indices()
        .skip(1)
        .filter(|(_, c)| c.is_ascii_uppercase())
        .map(|(at, _)| at)
        .collect();
    if let [hump] = humps[..] {
        let (head, tail) = name.split_at(hump);
        let word = |w: &str| {
            w.chars().count() >= 3
                && w.chars().all(|c| c.is_ascii_alphabetic())
                && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
        };
        if head.starts_with(|c: char| c.is_ascii_uppercase()) && word(head) && word(tail) {
            out.push((lexicon::lowercase(&format!("{head} {tail}")), None));
        }
    }
    // Its plural, as its makers case it ("Kobos have a backlight", "most Macs", "iPads",
    // "e-Readers"), or all in lowercase where the name is a thing's ("tablets" of "Tablet"): a
    // one-word name of three letters or more, not ending in "s" or a capital.
    let plural = name.chars().count() >= 3
        && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && name.chars().any(|c| c.is_ascii_uppercase())
        && name.ends_with(|c: char| c.is_ascii_lowercase() && c != 's');
    if plural {
        out.push((format!("{lower}s"), Some(format!("{name}s"))));
        let thing = name.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if thing {
            out.push((format!("{lower}s"), Some(format!("{lower}s"))));
        }
    }
    // Declined as Polish declines a foreign name ("Wady Reacta", "z Dockerem", "w Laravelu"): a
    // capitalised one-word name of four letters or more ending in a consonant, as its makers case
    // it.
    let declined = name.chars().count() >= 4
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && !name.ends_with([
            'a', 'e', 'i', 'o', 'u', 'y', 's', 'A', 'E', 'I', 'O', 'U', 'Y', 'S',
        ]);
    if declined {
        for ending in ["a", "u", "em", "owi", "ie"] {
            out.push((format!("{lower}{ending}"), Some(format!("{name}{ending}"))));
        }
    }
    out.retain(|(n, _)| !n.is_empty());
    out
}

/// The option named first in `text`.
pub fn option_in(options: &[Choice], text: &str) -> Option<usize> {
    options_in(options, text).first().map(|(_, i)| *i)
}

/// The one option `text` names, if it names exactly one.
pub(crate) fn only_option(options: &[Choice], text: &str) -> Option<usize> {
    let named = options_in(options, text);
    let mut ids: Vec<usize> = named.iter().map(|(_, i)| *i).collect();
    ids.sort_unstable();
    ids.dedup();
    (ids.len() == 1).then(|| ids[0])
}

/// The option a heading is about: the one it names, except that one named as what the other is
/// set against ("Avantages par rapport à Flight" in a post on Fat-Free) leaves the other of two.
fn heading_option(options: &[Choice], heading: &str, lex: &Lexicon) -> Option<usize> {
    let o = option_in(options, heading)?;
    let against = only_option(options, heading).is_some()
        && lex.first(heading, &lex.versus).is_some_and(|(at, word)| {
            let name_at = heading.to_lowercase().find(&options[o].name.to_lowercase());
            at > 0 && name_at.is_some_and(|n| n >= at + word.len())
        });
    match (against, options.len()) {
        (false, _) => Some(o),
        (true, 2) => Some(1 - o),
        (true, _) => None,
    }
}

/// Whether a heading's question asks about the reader, not about an option ("Is Terraform
/// bad?") or another thing ("Is it related to Rails anyway?").
fn of_the_reader(options: &[Choice], question: &str, lex: &Lexicon) -> bool {
    if !options_in(options, question).is_empty() {
        return false;
    }
    if lex.lang != "en" {
        // "容器编排是什么？" asks what a thing is, "¿Cuándo elegir cada uno?" when to choose
        // which: neither is yes or no.
        return !lex.has(question, &lex.what_is)
            && !lex.has(question, &lex.when_to_choose)
            && !lex.has(question, &lex.which);
    }
    if !ask::is_yes_no(question) {
        return true;
    }
    let subject = question
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_lowercase();
    matches!(subject.as_str(), "you" | "your" | "i" | "we" | "my" | "our")
}

/// A sentence that opens by naming a pro or a con of the one option it names, the option right
/// beside the word: "A principal desvantagem do React é …", "The main drawback of Flask is …",
/// "React's advantage is …", "Vueの欠点は…". Only a short joining word ("of", "do", "von") may
/// stand between them: "an advantage over AngularJS" praises the other one. (Short words, "pro",
/// "plus" (French "more"), are words of other sentences too; so are the words that only open a
/// heading, "why "). In an option's own section (`own`), a sentence naming no option that opens
/// with such a word is that option's.
pub(crate) fn pro_or_con(
    options: &[Choice],
    sentence: &str,
    own: Option<usize>,
    lex: &Lexicon,
) -> Option<(usize, Kind)> {
    let s = ask::cleaned(sentence);
    let lower = s.to_lowercase();
    // "Here are the advantages of Postgres:" introduces them; it is none itself.
    let introduces = sentence.trim_end().ends_with([':', '：']);
    if lower.len() != s.len() || s.chars().count() > 300 || introduces {
        return None;
    }
    // Where the sentence's sixth word starts: the word must come before it (the sentence's
    // subject, not an aside; "One of the main advantages of Django is …" puts it fifth).
    let opening = lower.split_whitespace().nth(5).map_or(lower.len(), |w| {
        w.as_ptr() as usize - lower.as_ptr() as usize
    });
    let opening = if lower.contains(' ') {
        opening
    } else {
        40.min(lower.len())
    };
    let named = options_in(options, &s);
    // "It has all Jekyll's benefits, but also all of the same limitations": both, so neither.
    let weighs_both = lex.has(&s, &lex.pros) && lex.has(&s, &lex.cons);
    // In an option's own section, a sentence naming none is that option's ("El punto negativo
    // de este cliente de email es que no tiene plugins"); else it names one option alone.
    let own_point = named.is_empty();
    let o = if own_point {
        own?
    } else {
        only_option(options, &s)?
    };
    if own_point {
        // Nor a question, nor a point taken back ("Some people like this …, but others …"); a
        // con says "not" ("no tiene plugins"), which some languages count among their hedges.
        let hedged = lex
            .hedges
            .iter()
            .filter(|h| !lex.negations.contains(h))
            .any(|h| lex.find(&lower, h).is_some());
        if s.trim_end().ends_with(['?', '？', '؟']) || hedged {
            return None;
        }
    }
    // Where the word must stand: in an own section, opening what the sentence then says ("… es
    // que no tiene plugins"), not a label alone ("Die Vorteile", "It has the following
    // advantages"); else right beside the option's name.
    let placed = |at: usize, len: usize| {
        if own_point {
            let said = lower.get(at + len..).unwrap_or("");
            let words = said.split_whitespace().count();
            words >= 4 || (!said.contains(' ') && said.chars().count() >= 12)
        } else {
            named.iter().any(|&(name_at, i)| {
                let name_end = name_at + options[i].name.len();
                // "drawback of Flask" (a joining word), "React's advantage", "Vueの欠点".
                (name_at >= at + len && name_at - (at + len) <= 5)
                    || (at >= name_end && at - name_end <= 3)
            })
        }
    };
    let says = |words: &[String]| {
        words
            .iter()
            .filter(|w| !w.ends_with(' ') && w.chars().count() >= 5)
            .filter_map(|w| Some((lex.find(&lower, w)?, w.trim().len())))
            // "This is not unique to React Native": denied, no point.
            .filter(|&(at, len)| at < opening && !denied(&s, at, len, lex))
            .any(|(at, len)| placed(at, len))
    };
    if weighs_both {
        None
    } else if says(&lex.cons) {
        Some((o, Kind::Con))
    } else if says(&lex.pros) {
        Some((o, Kind::Pro))
    } else {
        None
    }
}

/// `text` starting with an option's name: that option and the rest.
fn led_by<'a>(options: &[Choice], text: &'a str) -> Option<(usize, &'a str)> {
    let (_, end, i) = named_spans(options, text)
        .into_iter()
        .find(|(start, _, _)| *start == 0)?;
    let after = &text[end..];
    if !after.starts_with([' ', '\'', '’', ',', ':', '：', '—', '–', '-', '→', '⇒']) {
        return None;
    }
    // "Django's ORM": the possessive is not the rest.
    let after = after
        .strip_prefix(['\'', '’'])
        .map_or(after, |r| r.strip_prefix('s').unwrap_or(r));
    Some((
        i,
        after
            .trim_start()
            .trim_start_matches([':', '：', '—', '–', '-', ',', '→', '⇒'])
            .trim_start(),
    ))
}

/// The sentences of a paragraph or list item, in the post's language ("。" ends one in Japanese,
/// "؟" in Arabic; not "e.g." or "vs.").
pub fn sentences(text: &str, lex: &Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1).copied();
        let wide = matches!(c, '。' | '！' | '？' | '؟' | '।');
        let ends =
            wide || ((lex.ends_sentence(*c) || *c == ';') && next.is_none_or(char::is_whitespace));
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
                || tail.ends_with("etc")
                || tail.ends_with("z.B")
                || tail.ends_with("bzw"));
        if ends && !abbreviation {
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

/// English: what a condition ("you want your tests to run anywhere") asks, as its own question.
fn ask_condition(condition: &str, lex: &Lexicon) -> Option<String> {
    // "… an existing native application (the feature we discussed in part three)": the aside
    // is the author's, not the reader's situation.
    let condition = read::without_asides(condition)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let condition = ask::cleaned(&condition);
    let condition = condition
        .split([',', ';'])
        .next()
        .unwrap_or(&condition)
        .trim();
    if lex.lang == "en" {
        // "if you do so", "if you want": the condition points back at another sentence and asks
        // nothing on its own.
        const POINTING: &[&str] = &[
            "you", "your", "you're", "do", "so", "it", "that", "this", "not", "are", "is", "be",
            "have", "one", "them", "want", "need", "like", "wish", "prefer", "can", "must",
            "don't", "does", "already", "though", "then",
        ];
        let says = condition.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase();
            w.chars().count() >= 3 && !POINTING.contains(&w.as_str())
        });
        if !says {
            return None;
        }
        if let Some(asked) = ask::about_the_reader(condition) {
            return Some(asked);
        }
    }
    ask::question(condition, Tone::Use, lex)
}

/// Advice for the option whose own section a sentence is in, which names none: a condition with
/// the language's comparative advice ("If you work with Spring Cloud, it can be a good choice",
/// "Spring Cloud 기능과 통합하려는 경우, 좋은 선택이 될 수 있다"), the condition asked.
fn implied_advice(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<String> {
    let s = ask::cleaned(sentence);
    if !options_in(options, &s).is_empty() || !lex.has(&s, &lex.better) {
        return None;
    }
    // "Even if you don't use one of them, it makes sense…" concedes; it sets no condition.
    if let Some((at, word)) = lex.condition(&s) {
        let mut condition = &s[at..];
        // "如果不关注 SEO，…，他是比较好的选择": the condition ends at the clause before the
        // advice.
        if lex.lang != "en" {
            if let Some((advice_at, _)) = lex.first(condition, &lex.better) {
                let before = &condition[..advice_at];
                if let Some((end, _)) = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| matches!(c, ',' | '，' | '、' | ';' | '；'))
                {
                    condition = &condition[..end];
                }
            }
        }
        let lead = word.split_whitespace().next().unwrap_or(word);
        let bare = condition
            .get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead) && lex.lang == "en")
            .map_or(condition, |_| &condition[lead.len()..]);
        return ask_condition(bare.trim(), lex);
    }
    // A condition said first ends with its marker; the advice follows it.
    let (at, word) = lex.first(&s, &lex.if_after)?;
    let condition = s[..at + word.len()].trim();
    let advice_after = lex.has(&s[at + word.len()..], &lex.better);
    (advice_after && condition.chars().filter(|c| c.is_alphanumeric()).count() >= 4)
        .then(|| ask::framed(condition, Tone::Use, lex))
}

/// What an intro line says of the list after it.
#[derive(Debug)]
struct Intro {
    kind: Kind,
    /// The option its points are about: the one the line names, else the section's.
    option: Option<usize>,
    /// The line named that option itself.
    named: bool,
}

/// The section a block is in, as its heading and the headings above it say: what kind of list it
/// is, which option it is about, and what its first lines are for.
#[derive(Default)]
struct Section {
    /// Its kind (pros, when to choose…), unless its heading asks.
    kind: Option<Kind>,
    /// The option it is about: the deepest heading above that names one, else the last one named.
    option: Option<usize>,
    /// Under a conclusion's heading.
    in_conclusion: bool,
    /// A heading asked of the reader, with where it is, until its first paragraph answers it.
    heading_question: Option<(String, usize)>,
    /// The kind an intro line gave the list after it ("Use .NET when:"), with its option.
    intro_kind: Option<Intro>,
    /// The heading right above is one option's own ("## MySQL", "### pnpm - 効率的なディスク…"):
    /// a list right under it (no line between to say otherwise) lists what that option is.
    option_heading: bool,
    /// The section's first paragraph, not yet read.
    first_paragraph: bool,
    /// The heading tells the reader what to pick ("## Choose Postgres").
    choose_told: bool,
    /// The option came from a heading that names two.
    shared_subject: bool,
    /// The option whose own section this is: the nearest heading names it alone.
    own_option: Option<usize>,
    /// The section has a list (its paragraphs introduce, the items are the points), or its
    /// heading asks: its paragraphs are not points each.
    lists: bool,
    /// The option the last paragraph named as a label of its own ("**Thin Client:**"), for the
    /// points after it.
    label_option: Option<usize>,
}

impl Section {
    /// The section the heading at `at` opens, `stack` the headings down to it.
    fn opened(
        at: usize,
        stack: &[(u8, String)],
        last_option: Option<usize>,
        blocks: &[Block],
        options: &[Choice],
        lex: &Lexicon,
    ) -> Section {
        let text = stack.last().map_or("", |(_, t)| t.as_str());
        let named = stack
            .iter()
            .rev()
            .find(|(_, t)| heading_option(options, t, lex).is_some());
        let section_option = named
            .and_then(|(_, t)| heading_option(options, t, lex))
            .or(last_option);
        // The option came from a heading that names two ("How is Jotai different from
        // Zustand?"): the post's subject for its pros, but a when-to-use list there is about
        // each option its items name, and an item naming none ("either should work") is
        // about neither.
        let shared_subject = named.is_some_and(|(_, t)| only_option(options, t).is_none());
        let classified = classify(text, lex);
        let own_option = stack
            .last()
            .and_then(|(_, t)| only_option(options, t))
            .filter(|_| classified.is_none());
        // A heading asked as yes or no; "选哪个？" ("which one?") asks the whole choice.
        let asks = ask::is_yes_no(text)
            || (text.trim_end().ends_with(['？', '؟']) && !lex.has(text, &lex.which));
        // "Choose Postgres" names what to pick; "Learn More" picks nothing.
        let told = classified.is_none()
            && kinds::choose_heading(text, lex)
            && only_option(options, text).is_some();
        // The section's blocks before its next heading, and whether it lists anything.
        let section: Vec<&Block> = read::before_heading(&blocks[at + 1..]).collect();
        let has_list = section.iter().any(|b| matches!(b, Block::List(_)));
        // "Vim wins", "Warum Hugo schneller ist": a short heading that sets its one option
        // ahead over a list heads that option's reasons ("Muchos dicen que Linux es mejor
        // porque…" reports what others say).
        let praises = classified.is_none()
            && text.split_whitespace().count() <= 5
            && has_list
            && lex.has(text, &lex.favours)
            && only_option(options, text)
                .is_some_and(|o| !lex.sets_against(text, &options[o].name));
        let section_kind = classified
            .or_else(|| told.then_some(Kind::WhenToChoose))
            .or_else(|| praises.then_some(Kind::Pro))
            .filter(|_| !asks);
        let choose_told = told && !asks;
        let option_heading = !asks && crate::outline::own_heading(options, text);
        let first_paragraph = true;
        // Whether the section's points are its list items, not its paragraphs. (A heading that
        // asks, "Solo pro o anche contro?", lists no points either; nor does one paragraph
        // alone.)
        // Points come under a label ("Contro", "Pros of Hugo": two words at most besides an
        // option's name; "Why I prefer Django" tells a story), and are short (a paragraph of
        // six sentences or more is a story).
        // The label's own words count as one ("Pontos Positivos do RestAPI", "Points forts").
        let label = [&lex.pros, &lex.cons]
            .iter()
            .find_map(|words| lex.first(text, words))
            .map_or_else(
                || text.to_owned(),
                |(at, word)| format!("{} label {}", &text[..at], &text[at + word.len()..]),
            );
        let label_words = label
            .split_whitespace()
            .filter(|w| options_in(options, w).is_empty())
            .count();
        let paragraphs: Vec<&Vec<Text>> = section
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(lines) => Some(lines),
                _ => None,
            })
            .collect();
        let section_lists = text.trim_end().ends_with(['?', '？', '؟'])
            || has_list
            || label_words > 2
            || paragraphs.len() < 2
            || paragraphs
                .iter()
                .any(|p| sentences(&read::plain_prose(p), lex).len() > 5);
        let in_conclusion = stack.iter().any(|(_, t)| concludes(t, lex));
        let heading_question =
            (asks && of_the_reader(options, text, lex)).then(|| (text.to_owned(), at));
        Section {
            kind: section_kind,
            option: section_option,
            in_conclusion,
            heading_question,
            intro_kind: None,
            option_heading,
            first_paragraph,
            choose_told,
            shared_subject,
            own_option,
            lists: section_lists,
            label_option: None,
        }
    }
}

/// Advice in one sentence: the option, the question it answers, and whether it is advice
/// (a recommendation) or only a comparison naming one option (a candidate). A sentence naming
/// one option as what the other is set against ("Comparado con Drupal, es más sencillo") advises
/// the other of two, and nothing among more.
/// `lower` without the language's "and" it ends with, maybe followed by a word of two or three
/// letters ("… y ya", "… and then" is longer): the text before them.
fn strip_and<'a>(lower: &'a str, lex: &Lexicon) -> Option<&'a str> {
    let ends_with_and = |text: &'a str| lexicon::without_last(text, &lex.and);
    ends_with_and(lower).or_else(|| {
        let (head, last) = lower.rsplit_once(' ')?;
        let short =
            (2..=3).contains(&last.chars().count()) && last.chars().all(char::is_alphabetic);
        short.then(|| ends_with_and(head.trim_end())).flatten()
    })
}

pub(crate) fn advice(
    options: &[Choice],
    sentence: &str,
    conclusion: bool,
    lex: &Lexicon,
) -> Vec<(usize, String, Kind)> {
    let s = ask::cleaned(sentence);
    as_named(options, sentence, conclusion, lex)
        .into_iter()
        .filter_map(|(o, q, kind)| {
            if !lex.sets_against(&s, &options[o].name) {
                Some((o, q, kind))
            } else {
                (options.len() == 2).then(|| (1 - o, q, kind))
            }
        })
        .collect()
}

/// Where English advice opens after a condition written without a comma ("if you want X you
/// should choose Y").
const ADVICE_OPENERS: &[&str] = &[
    " you should ",
    " you'd better ",
    " you’d better ",
    " you might want to ",
    " you may want to ",
    " you'll want to ",
    " you’ll want to ",
    " i would ",
    " i'd ",
    " i’d ",
    " i recommend ",
];

/// Advice in one sentence, for the option it names.
fn as_named(
    options: &[Choice],
    sentence: &str,
    conclusion: bool,
    lex: &Lexicon,
) -> Vec<(usize, String, Kind)> {
    // "Use .NET for your server application when:" introduces a list; it asks nothing itself.
    let trimmed = sentence.trim_end();
    if trimmed.ends_with(':') || trimmed.ends_with('：') {
        return Vec::new();
    }
    let s = ask::cleaned(sentence);
    if conclusion {
        if let Some((o, q)) = because(options, &s, lex) {
            return vec![(o, q, Kind::Recommendation)];
        }
    }
    // "If A, you should go with Flutter because it is faster than React Native": with a
    // condition, the option set against the pick after "than", "over" or "because" is none.
    let o = only_option(options, &s).or_else(|| {
        lex.condition(&s)?;
        let cut = [&lex.prefers, &lex.than, &lex.because]
            .iter()
            .filter_map(|words| lex.first(&s, words).map(|(at, _)| at))
            .min()?;
        only_option(options, &s[..cut])
    });
    let Some(o) = o else {
        return Vec::new();
    };
    if lex.lang == "en" {
        // "…, I would not use FeinCMS": the clause that names the option advises against it.
        let lower = s.to_lowercase();
        let name_at = lower.find(&options[o].name.to_lowercase()).unwrap_or(0);
        let clause = lower[..name_at]
            .rsplit([',', ';', ':'])
            .next()
            .unwrap_or("");
        if negated(clause) {
            return Vec::new();
        }
        if let Some(found) = english_advice(options, &s, conclusion, lex) {
            return vec![(found.0, found.1, Kind::Recommendation)];
        }
    }
    if let Some(q) = purpose_first(options, &s, lex) {
        return vec![(o, q, Kind::Recommendation)];
    }
    // "(for example, if you have a model with soft deletes, …)": a condition in an aside is
    // the example's, not the advice's.
    let condition = lex.condition(&s).filter(|(at, _)| !in_brackets(&s, *at));
    let chooses = lex.has(&s, &lex.use_verbs);
    let better = lex
        .first(&s, &lex.better)
        .is_some_and(|(at, word)| !denied(&s, at, word.len(), lex));
    if let Some((at, word)) = condition.filter(|_| chooses || better || conclusion) {
        // The condition: from "if you" up to the option's name or the clause's end.
        let text = {
            let after = &s[at..];
            // "if you want X you should choose Y", run on without a comma: the condition ends
            // where the advice opens.
            let name_at = options_in(options, after)
                .first()
                .map(|(p, _)| *p)
                .filter(|p| *p > word.len());
            // In any language, the advice opens at a phrase of advice at most two words before
            // the name ("Si necesitas algo listo te recomiendo Linux Mint", "… te diría que
            // vayas a EndeavourOS").
            let verb_at = name_at.and_then(|p| {
                let head = lexicon::lowercase(after[..p].trim_end());
                lex.use_verbs
                    .iter()
                    .filter_map(|v| {
                        let v = lexicon::lowercase(v);
                        let start = lex.find(&head, &v)?;
                        let gap = head[start + v.len()..].split_whitespace().count();
                        // One word ("use", "usar") may be the condition's own verb ("if you
                        // are hoping to use Angular"); a phrase advises ("te recomiendo"). Not
                        // where every syllable is spaced ("sử dụng", "use").
                        let phrase = v.contains(' ') && !lex.spaces_syllables;
                        let bounded = head[..start].ends_with(' ');
                        let asks = head[word.len()..start].split_whitespace().count() >= 2;
                        (phrase && bounded && gap <= 2 && asks).then_some(start)
                    })
                    .min()
            });
            // The language's word that closes a condition ("… thì nên dùng VS Code", "… then
            // stick with X") ends it before the name.
            let then_at = name_at.and_then(|p| {
                let head = lexicon::lowercase(&after[..p]);
                lex.then
                    .iter()
                    .filter_map(|w| {
                        let at = head.find(&format!(" {} ", lexicon::lowercase(w)))?;
                        (at > word.len()).then_some(at + 1)
                    })
                    .min()
            });
            let advice_at = (lex.lang == "en")
                .then(|| {
                    let lower = lexicon::lowercase(after);
                    ADVICE_OPENERS.iter().filter_map(|w| lower.find(w)).min()
                })
                .flatten()
                .into_iter()
                .chain(verb_at)
                .chain(then_at)
                .min()
                .unwrap_or(after.len());
            // A condition the option's name sits inside ("si tu te poses une question avec
            // Jekyll, …", "if you want to try out Digital Ocean") is about the option, not the
            // reader: no question.
            if let Some(p) = name_at {
                let clause_end = after
                    .find([',', '，', '、', ';', ':', '：'])
                    .unwrap_or(after.len())
                    .min(advice_at);
                let before = after[..p].trim_end();
                if p < clause_end && before.ends_with(|c: char| c.is_alphanumeric()) {
                    return Vec::new();
                }
            }
            let clause = match name_at {
                Some(p) => &after[..p.min(advice_at)],
                None => &after[..advice_at],
            };
            let clause = first_clause(clause).trim();
            // "Si te gusta X entonces te recomiendo Gnome": the word that closes the condition
            // is no part of it.
            lexicon::without_last(clause, &lex.then)
                .unwrap_or(clause)
                .trim_end()
                .to_owned()
        };
        // "Wähle Notion, wenn du:" and "もしも、…" say no condition after the word itself.
        let said = text
            .get(word.len()..)
            .filter(|_| {
                text.get(..word.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(word))
            })
            .unwrap_or(&text);
        if said.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
            return Vec::new();
        }
        let asked = if lex.lang == "en" {
            // "If you prefer X" asks "Do you prefer X?": only the condition's first word goes
            // ("if", "when"), whatever its case.
            let lead = word.split_whitespace().next().unwrap_or(word);
            let bare = match text.get(..lead.len()) {
                Some(head) if head.eq_ignore_ascii_case(lead) => &text[lead.len()..],
                _ => text.as_str(),
            };
            ask_condition(bare.trim(), lex)
        } else {
            // "Si quieres X" asks "¿Quieres X?" where the language's table says how.
            ask::question(&text, Tone::Use, lex)
        };
        if let Some(q) = asked {
            return vec![(o, q, Kind::Recommendation)];
        }
    }
    if condition.is_none() && (chooses || better || conclusion) {
        if let Some(q) = condition_first(options, o, &s, lex) {
            return vec![(o, q, Kind::Recommendation)];
        }
    }
    if let Some(q) = suited(options, &s, lex) {
        return vec![(o, q, Kind::WhenToChoose)];
    }
    // Advice with nothing about the reader but a label before the pick ("Se parti da zero → Vue
    // è più veloce", "Jogos: Windows é a melhor escolha"): the label is the situation. Without
    // one ("Jest is recommended in React's docs", "I personally prefer Vue") the sentence says
    // what the option is, a candidate below.
    if better && (chooses || conclusion) {
        if let Some(label) = situation_label(options, &s) {
            return vec![(o, ask::framed(label, Tone::Use, lex), Kind::Recommendation)];
        }
    }
    if better {
        return vec![(o, ask::framed(&s, Tone::Want, lex), Kind::Comparative)];
    }
    Vec::new()
}

/// A condition a language says first, ended by its marker right before the pick ("RSCを使うのであれば
/// App Router一択", "대규모 프로젝트라면 React를 추천"): its clause up to the marker, quoted in the
/// language's frame. Not one naming an option: that is about the option.
fn condition_first(options: &[Choice], o: usize, s: &str, lex: &Lexicon) -> Option<String> {
    let (at, end) = lex
        .first(s, &lex.if_after)
        .map(|(at, word)| (at, at + word.len()))
        .or_else(|| suffixed_condition(s, lex))?;
    let (name_at, _) = *options_in(options, s)
        .iter()
        .find(|(_, named)| *named == o)?;
    // The pick follows the marker, at most a short word between ("…なら、Vue").
    let between = s.get(end..name_at)?;
    if name_at < end || between.trim_matches([' ', '、', ',', '，']).chars().count() > 3 {
        return None;
    }
    let start = s[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | '，' | '、' | ';' | '；' | '。' | ':' | '：'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let condition = s[start..end].trim();
    let said = &s[start..at];
    if !options_in(options, said).is_empty()
        || said.chars().filter(|c| c.is_alphanumeric()).count() < 3
    {
        return None;
    }
    Some(ask::framed(condition, Tone::Use, lex))
}

/// The first word of `s` ending in one of the language's suffixes of a condition (Turkish
/// "istiyorsanız"), with more before the suffix than a short word: where it starts and ends.
fn suffixed_condition(s: &str, lex: &Lexicon) -> Option<(usize, usize)> {
    if lex.if_suffixes.is_empty() {
        return None;
    }
    let mut from = 0;
    for word in s.split_whitespace() {
        let start = from + s[from..].find(word)?;
        from = start + word.len();
        let bare = word.trim_end_matches([',', '，', ';']);
        let lower = lexicon::lowercase(bare);
        let conditional = lex.if_suffixes.iter().any(|suffix| {
            lower
                .strip_suffix(suffix.as_str())
                .is_some_and(|stem| stem.chars().count() >= 3)
        });
        if conditional {
            return Some((start, start + bare.len()));
        }
    }
    None
}

/// Whether byte `at` of `text` is inside brackets.
fn in_brackets(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let opened = before.matches(['(', '（']).count();
    let closed = before.matches([')', '）']).count();
    opened > closed
}

/// The words before a sentence's first option's name where a colon or an arrow sets them apart
/// as a label of two words or more naming no option ("Se parti da zero → Vue …").
fn situation_label<'s>(options: &[Choice], s: &'s str) -> Option<&'s str> {
    let (name_at, _) = *options_in(options, s).first()?;
    let head = s[..name_at].trim_end();
    let label = ["→", "->", "=>", ":", "："]
        .iter()
        .find_map(|mark| head.strip_suffix(mark))?
        .trim();
    (label.split_whitespace().count() >= 2 || label.chars().any(lexicon::is_unspaced_script))
        .then_some(label)
        .filter(|l| options_in(options, l).is_empty())
}

/// A purpose first, then advice for the one option the sentence names ("For professional use,
/// there's really no choice but to learn React", "Para proyectos grandes, usa Angular"): the
/// purpose asked as the reader's situation.
fn purpose_first(options: &[Choice], s: &str, lex: &Lexicon) -> Option<String> {
    let after = lexicon::after_opening(s, &lex.purpose)?;
    let (purpose, advice) = after.split_once([',', '，', '、'])?;
    let words: Vec<&str> = purpose.split_whitespace().collect();
    // Not a way of speaking ("For example,", "For this reason,", "Dla tych"): an aside's word, a
    // frequent word first, or one short word.
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let marker = lex.has_or_english(purpose, |l| &l.asides)
        || lex.common.contains(&first)
        || (words.len() == 1 && purpose.trim().chars().count() < 5);
    if marker || !(1..=6).contains(&words.len()) || !options_in(options, purpose).is_empty() {
        return None;
    }
    only_option(options, advice)?;
    // A verb of choosing right before the option ("to learn React"), not a noun ("the use of
    // plugins"), nor a choice left open ("choose between pip & conda").
    let name_at = options_in(options, advice).first().map_or(0, |(at, _)| *at);
    let lead: Vec<&str> = advice[..name_at].split_whitespace().rev().take(3).collect();
    let lead = lead.into_iter().rev().collect::<Vec<_>>().join(" ");
    let advises = (lex.has(&lead, &lex.use_verbs) && !lex.has(&lead, &lex.between))
        || lex
            .first(advice, &lex.better)
            .is_some_and(|(at, _)| at > name_at);
    // "no choice but to learn React" advises; "I would not use React" does not.
    let against = if lex.lang == "en" {
        negated(advice)
    } else {
        lex.has(advice, &lex.negations)
    };
    (advises && !against)
        .then(|| ask::question(purpose.trim(), Tone::Use, lex))
        .flatten()
}

/// Whether the clause around the words at `at` (`len` bytes) denies them: "…, aber nicht ideal
/// für vertrauliche Kommunikation", "TypeORM 或许并不是一个很好的选择", "初心者には向いていない"
/// (the language's negations before them in their clause, or right after them).
pub(crate) fn denied(s: &str, at: usize, len: usize, lex: &Lexicon) -> bool {
    const CLAUSES: &[char] = &[',', ';', '，', '；', '、', '.', '。', '!', '?'];
    let clause_start = s[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| CLAUSES.contains(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let after = &s[at + len..];
    let clause_end = after.find(CLAUSES).unwrap_or(after.len());
    let around = format!(
        "{} {}",
        &s[clause_start..at],
        after[..clause_end].chars().take(6).collect::<String>()
    );
    lex.has(&around, &lex.negations)
}

/// A text up to its first clause mark (",", "、", ";", ":") outside brackets: "Jeśli aplikacja
/// (sieć Web/usługa) musi działać na wielu platformach (Windows, Linux)" is one clause.
fn first_clause(text: &str) -> &str {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '（' | '[' => depth += 1,
            ')' | '）' | ']' => depth = depth.saturating_sub(1),
            ',' | '，' | '、' | ';' | ':' | '：' if depth == 0 => return &text[..at],
            _ => {}
        }
    }
    text
}

/// Whether English words advise against what they name ("I would not use", "I won't ever use",
/// "avoid").
pub(crate) fn negated(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "not" | "never" | "avoid") || w.ends_with("n't") || w.ends_with("n’t")
    })
}

/// The reason a verdict gives for its pick, asked of the reader: "I use Zsh because I have a
/// bunch of aliases written in Bash" asks "Do you have a bunch of aliases written in Bash?";
/// "I recommend Fish because it's easy to get started" quotes "Easy to get started" in the
/// language's frame.
fn because(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<(usize, String)> {
    let (at, word) = lex.first(sentence, &lex.because)?;
    // The pick: the one option named before the reason, in a sentence that chooses it.
    let pick = &sentence[..at];
    let o = only_option(options, pick)?;
    let recommends = lex.lang == "en" && pick.to_lowercase().contains("recommend");
    if !lex.has(pick, &lex.use_verbs) && !lex.has(pick, &lex.better) && !recommends {
        return None;
    }
    // "I won't ever use Fish because …" is a reason against.
    if lex.lang == "en" && negated(pick) {
        return None;
    }
    let reason = sentence.get(at + word.len()..)?;
    let reason = reason
        .split([';', '.', '!', '?', '。', '！', '？'])
        .next()
        .unwrap_or(reason)
        .trim()
        .trim_start_matches([',', '，'])
        .trim();
    if reason.split_whitespace().count() < 3 && reason.chars().count() < 6 {
        return None;
    }
    if lex.lang == "en" {
        // The author's own situation is the reader's question ("I have …" → "Do you have …?");
        // the option's quality is quoted without its pronoun ("it's easy …" → "Easy …").
        let lower = reason.to_lowercase();
        if let Some(rest) = ["i ", "we "]
            .iter()
            .find_map(|p| lower.starts_with(p).then(|| &reason[p.len()..]))
        {
            // A story in the past ("because we wanted …") asks the reader nothing.
            let verb = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            let past = verb.ends_with("ed")
                || matches!(
                    verb.as_str(),
                    "was"
                        | "were"
                        | "had"
                        | "did"
                        | "went"
                        | "made"
                        | "chose"
                        | "found"
                        | "knew"
                        | "thought"
                );
            if past {
                return None;
            }
            return ask::about_the_reader(&format!("you {rest}")).map(|q| (o, q));
        }
        let bare = [
            "of ",
            "it's ",
            "it is ",
            "they're ",
            "they are ",
            "it ",
            "they ",
        ]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| &reason[p.len()..]))
        .unwrap_or(reason);
        return Some((o, ask::framed(bare, Tone::Want, lex)));
    }
    Some((o, ask::framed(reason, Tone::Want, lex)))
}

/// A conclusion's clauses that each give an option a purpose, in the language's word for "for":
/// "Vue für den schnellen Einstieg, React für große Projekte" → (Vue, "Den schnellen
/// Einstieg"), (React, "Große Projekte"), each asked as the reader's situation.
fn purposes(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for clause in sentence.split([',', ';', '–', '—', '，', '；', '.', '。']) {
        let clause = clause.trim();
        let Some((o, rest)) = led_by(options, clause) else {
            continue;
        };
        let lower = rest.to_lowercase();
        let Some(word) = lex.purpose.iter().find(|w| {
            lower.starts_with(&format!("{} ", w.to_lowercase()))
                || lower.starts_with(w.as_str()) && !w.is_ascii()
        }) else {
            continue;
        };
        let object = rest[word.len()..].trim();
        if object.chars().filter(|c| c.is_alphanumeric()).count() < 3
            || !options_in(options, object).is_empty()
            || object.split_whitespace().count() > 10
        {
            continue;
        }
        // Asked in English where a pattern allows, else quoted in the language's frame.
        out.extend(ask::question(object, Tone::Use, lex).map(|q| (o, q)));
    }
    out
}

/// What a sentence naming one option says it suits, in the language's words of its
/// when-to-choose headings ("O Vue é ideal para projetos pequenos", "Hugo est idéal pour les
/// gros sites", "Gatsbyは大規模サイトに向いている"): that, asked as the reader's situation.
/// Comparative advice followed by what it is for ("es la mejor opción para proyectos grandes",
/// "est le meilleur choix pour les gros projets"): where it opens and how long it runs, up to
/// and with the purpose word. Not "for me" ("para mí", "für mich"): the author's own case.
fn better_for(s: &str, lex: &Lexicon) -> Option<(usize, usize)> {
    let (at, word) = lex.first(s, &lex.better)?;
    let rest = &s[at + word.len()..];
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    lex.purpose.iter().find_map(|p| {
        let after = lexicon::after_opening(trimmed, std::slice::from_ref(p))?;
        let next = after
            .split_whitespace()
            .next()?
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let object = next.chars().count() >= 3 && !lex.author.contains(&next);
        object.then(|| (at, word.len() + skipped + (trimmed.len() - after.len())))
    })
}

fn suited(options: &[Choice], s: &str, lex: &Lexicon) -> Option<String> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    let (at, phrase_len) = match lex.first(s, &lex.when_to_choose) {
        Some((at, phrase)) => {
            // "Use cases", "cas d'utilisation", "应用场景" head a list; in a sentence they suit
            // nothing.
            if lex.cases.iter().any(|c| phrase.contains(c.as_str())) {
                return None;
            }
            (at, phrase.len())
        }
        None => better_for(s, lex)?,
    };
    if denied(s, at, phrase_len, lex) {
        return None;
    }
    const ENDS: &[char] = &[';', '.', '!', '?', '。', '！', '？', '؛', '(', '（'];
    let after = s[at + phrase_len..].split(ENDS).next().unwrap_or("").trim();
    // A long clause ends at its first comma; a short one keeps its list ("large, complex apps").
    // A full-width comma ends a clause ("…程序，但更适合…").
    let after = after.split('，').next().unwrap_or(after).trim();
    let after = if after.split_whitespace().count() > 12 {
        after.split([',', '、', '،']).next().unwrap_or(after).trim()
    } else {
        after.trim_end_matches([',', '、'])
    };
    // "recommended for use in React's documentation" suits nothing of the reader's.
    let first_word = after.split_whitespace().next().unwrap_or("").to_lowercase();
    if lex.use_verbs.iter().any(|v| v.to_lowercase() == first_word) {
        return None;
    }
    let letters = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
    // Where the language says its condition last ("…なら", "…경우"), what suits comes before the
    // words, and what follows them ends the sentence ("向いているかもしれません", "might suit").
    let object_first = !lex.if_after.is_empty();
    let object = if letters(after) >= 3 && !object_first {
        after
    } else if letters(after) > 0 && !object_first {
        // "If it's Terraform then go with it!": the words after say what it suits, and say
        // nothing.
        return None;
    } else {
        // The language puts what it suits before the words ("…に向いている"): the words between
        // the option's name and them, without the particles around.
        let name_end = named_spans(options, &s[..at])
            .first()
            .map(|&(_, end, _)| end)?;
        // What it suits is marked so ("大規模サイトに", "초보자에게"); other words between say
        // something else of the option.
        // A degree word before the words goes ("…에 가장 적합", "…に最も向いている").
        let between = s[name_end..at].trim_end();
        let between = lexicon::without_last(between, &lex.degrees)
            .unwrap_or(between)
            .trim_end();
        if !between.ends_with(['に', 'で', '에', '게']) {
            return None;
        }
        between
            .trim_start_matches(['は', 'が', 'も', '는', '은', '이', '가', '、', ','])
            .trim_end_matches(['に', 'で', '에', '게'])
            .trim()
    };
    let named = !options_in(options, object).is_empty();
    if named || letters(object) < 3 || object.split_whitespace().count() > 12 {
        return None;
    }
    ask::question(object, Tone::Use, lex)
}

/// A sentence of rules, one per option ("If you need A, use Puppet, and if you rebuild B, use
/// Ansible"), cut before each later condition where every part names one option of its own;
/// else the sentence whole.
fn rules(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<String> {
    let lower = lexicon::lowercase(sentence);
    // A set: a sentence can hold thousands of conditions.
    let mut cuts: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    for word in &lex.if_you {
        let lead = word.split_whitespace().next().unwrap_or(word);
        let mut from = 0;
        while let Some(at) = lex.find(&lower[from..], lead).map(|at| at + from) {
            // Only after a comma or a semicolon, the language's "and" or "but" between, or after
            // "and" and a word of two or three letters ("… EndeavourOS y ya si quieres …").
            let before = lower[..at].trim_end();
            let joined = strip_and(before, lex);
            let before = joined.unwrap_or(before).trim_end();
            let after_and = joined.is_some() && before.ends_with(char::is_alphanumeric);
            if at > 0 && (before.ends_with([',', ';', '，', '；']) || after_and) {
                cuts.insert(at);
            }
            from = at + lead.len();
        }
    }
    let mut parts: Vec<String> = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain([sentence.len()]) {
        let part = sentence[start..cut].trim();
        let part = part
            .get(..strip_and(&lexicon::lowercase(part), lex).map_or(part.len(), str::len))
            .unwrap_or(part);
        parts.push(
            part.trim_end()
                .trim_end_matches([',', ';', '，', '；'])
                .to_owned(),
        );
        start = cut;
    }
    let named: Vec<Option<usize>> = parts.iter().map(|p| only_option(options, p)).collect();
    let mut distinct: Vec<usize> = named.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    // Each part a rule of its own: a condition in every one.
    let conditional = parts.iter().all(|p| lex.condition(p).is_some());
    if parts.len() >= 2
        && conditional
        && named.iter().all(Option::is_some)
        && distinct.len() == parts.len()
    {
        parts
    } else {
        vec![sentence.to_owned()]
    }
}

/// A condition that advises two options or more alike: "If you have a small project: go with
/// Netlify or Vercel." (the options, and the condition asked).
fn shared_advice(
    options: &[Choice],
    sentence: &str,
    conclusion: bool,
    lex: &Lexicon,
) -> Option<(Vec<usize>, String)> {
    let s = ask::cleaned(sentence);
    let (at, word) = lex.condition(&s)?;
    if at != 0 {
        return None;
    }
    let lead = word.split_whitespace().next().unwrap_or(word).len();
    let rest = &s[lead..];
    let cut = [", ", ": ", "，", "："]
        .iter()
        .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
        .min()?;
    let (cond, then) = (rest[..cut.0].trim(), &rest[cut.0 + cut.1..]);
    // Languages whose table says how to ask a condition ask it with its opening word ("Wenn
    // dir X am Herz liegen" → "Liegen dir X am Herz?"), as [`as_named`] does; others quote it
    // without.
    let asked = if lex.lang == "en" || lex.asks.is_empty() {
        cond
    } else {
        s[..lead + cut.0].trim()
    };
    let named = options_in(options, then).len();
    // What the pick is set against or denied ("choose Flutter over React Native", "… because
    // it is faster than React Native", "use Flutter, not React Native") is no pick.
    let set_against = [&lex.prefers, &lex.than, &lex.because, &lex.negations]
        .iter()
        .filter_map(|words| lex.first(then, words).map(|(at, _)| at))
        .min()
        .unwrap_or(then.len());
    let mut picks: Vec<usize> = options_in(options, &then[..set_against])
        .iter()
        .map(|(_, o)| *o)
        .collect();
    picks.dedup();
    let advises = conclusion || lex.has(then, &lex.use_verbs) || lex.has(then, &lex.better);
    if named < 2 || picks.is_empty() || !options_in(options, cond).is_empty() || !advises {
        return None;
    }
    Some((picks, ask_condition(asked, lex)?))
}

/// English advice with its condition asked as a question of its own: "X is recommended if …",
/// "Use X if …", "If A, use X".
fn english_advice(
    options: &[Choice],
    s: &str,
    conclusion: bool,
    lex: &Lexicon,
) -> Option<(usize, String)> {
    let lower = s.to_lowercase();
    if let Some((o, rest)) = led_by(options, s) {
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
            return ask_condition(&rest[lead.len()..], lex).map(|q| (o, q));
        }
    }
    for verb in &lex.use_verbs {
        let verb = format!("{verb} ");
        let Some(rest) = lower.strip_prefix(&verb).map(|_| &s[verb.len()..]) else {
            continue;
        };
        if let Some((o, after)) = led_by(options, rest) {
            let after_lower = after.to_lowercase();
            for join in ["if ", "when ", "for "] {
                if let Some(cond) = after_lower.strip_prefix(join).map(|_| &after[join.len()..]) {
                    return ask_condition(cond, lex).map(|q| (o, q));
                }
            }
        }
    }
    // "If A, use X; if B, stay with Y", "When A, choose X".
    for lead in ["if ", "when "] {
        if !lower.starts_with(lead) {
            continue;
        }
        // "If A, use X" or "If A: use X".
        let rest = &s[lead.len()..];
        let cut = [", ", ": "].iter().filter_map(|sep| rest.find(sep)).min()?;
        let (cond, then) = (&rest[..cut], &rest[cut + 2..]);
        // "When Kubernetes breaks, …" is about the option, not the reader.
        if options_in(options, cond)
            .first()
            .is_some_and(|(at, _)| *at == 0)
        {
            return None;
        }
        let o = option_in(options, then)?;
        let advises = lex.has(then, &lex.use_verbs) || lex.has(then, &lex.better);
        if conclusion || advises {
            return ask_condition(cond, lex).map(|q| (o, q));
        }
    }
    None
}

/// What a sentence praises an option for (English): "X is often chosen … for its A, B, and C",
/// "X excels at A", "X is known for A".
fn praise(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<(usize, String)> {
    if lex.lang != "en" {
        return Vec::new();
    }
    let s = ask::cleaned(sentence);
    let Some((o, rest)) = led_by(options, &s) else {
        return Vec::new();
    };
    let lower = rest.to_lowercase();
    let mut found = Vec::new();
    // "CircleCI's UI is amazing": the thing of the option's that the sentence grades well, unless
    // it takes the grade back ("but", "not").
    let possessive = s
        .get(options[o].name.len()..)
        .is_some_and(|after| after.starts_with("'s ") || after.starts_with("’s "));
    if possessive {
        // "CircleCI's ability to parse the test results (which I didn't appreciate …) is
        // amazing": the thing without its aside.
        let rest = read::without_asides(rest);
        let graded = [" is ", " are "]
            .iter()
            .find_map(|verb| rest.split_once(verb));
        if let Some((thing, said)) = graded {
            let clean = !lex.has(&s, &lex.hedges) && !negated(said);
            if clean && thing.split_whitespace().count() <= 6 && lex.praises(said) {
                found.push((o, ask::framed(&ask::capitalized(thing), Tone::Want, lex)));
            }
        }
        return found;
    }
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
                if let Some(q) = ask::question(item, Tone::Want, lex) {
                    found.push((o, q));
                }
            }
        }
        return found;
    }
    found
}

/// A list item or table cell as a question in `tone`: its bold label or the words before its
/// colon when it has one, else the whole of it when it is short.
fn item_question(item: &Text, tone: Tone, options: &[Choice], lex: &Lexicon) -> Option<String> {
    // "Install a package: `pip install name`": a command to type, not a trait to weigh.
    let command = item
        .rich
        .split_once([':', '：'])
        .map(|(_, rest)| rest.trim())
        .is_some_and(|rest| {
            rest.len() > 2
                && rest.starts_with('`')
                && rest.ends_with('`')
                && rest.matches('`').count() == 2
        });
    if command {
        return None;
    }
    let plain = item.plain.trim();
    let label = item
        .lead
        .clone()
        .or_else(|| {
            plain
                .split_once([':', '—', '–', '：'])
                .map(|(l, _)| l.trim().to_owned())
                .filter(|l| {
                    (1..=6).contains(&l.split_whitespace().count()) && l.chars().count() <= 60
                })
        })
        .map(|l| l.trim_end_matches([':', ' ', '：']).to_owned())
        .filter(|l| l.chars().filter(|c| c.is_alphanumeric()).count() >= 2);
    // "**Jotai**: Excels in scenarios where …": the label is the option, the rest says what for.
    let names_option = label.as_deref().is_some_and(|l| {
        options
            .iter()
            .any(|o| o.name.eq_ignore_ascii_case(l.trim()))
    });
    if names_option {
        let rest = plain
            .split_once([':', '—', '–', '：'])
            .map_or("", |(_, r)| r.trim());
        let first = sentences(rest, lex).into_iter().next().unwrap_or_default();
        return ask::question(&first, tone, lex);
    }
    // "GraphQL fetches only the data" speaks of the option: quoted, not asked as a want.
    let of_option = options_in(options, plain)
        .first()
        .is_some_and(|(at, _)| *at == 0);
    match label {
        Some(label) => ask::question(&label, tone, lex),
        None if of_option => {
            let first = sentences(plain, lex).into_iter().next().unwrap_or_default();
            Some(ask::framed(&first, tone, lex)).filter(|q| !q.is_empty())
        }
        None if plain.chars().count() <= 160 => ask::question(plain, tone, lex),
        None => ask::question(
            &sentences(plain, lex).into_iter().next().unwrap_or_default(),
            tone,
            lex,
        ),
    }
}

/// A list item giving a need, then the one option to pick for it ("Scripts: use Pipenv",
/// "Applications: use Pipenv (or Docker)", "Bibliotheken → Poetry"): the option and the need.
fn need_then_pick<'a>(
    options: &[Choice],
    item: &'a str,
    lex: &Lexicon,
) -> Option<(usize, &'a str)> {
    let item = item.trim();
    let (need, pick) = [":", "：", "→", "⇒", " - ", " – ", " — "]
        .iter()
        .filter_map(|mark| item.split_once(mark))
        .min_by_key(|(need, _)| need.len())?;
    let need = need.trim().trim_matches('*').trim();
    let words = need.split_whitespace().count();
    if !(1..=6).contains(&words)
        || need.chars().filter(|c| c.is_alphanumeric()).count() < 3
        || !options_in(options, need).is_empty()
        // "Platz 1: Next.js" ranks; it names no need.
        || tables::is_total(need)
    {
        return None;
    }
    // The pick: maybe a verb of choosing, the name, maybe an aside in brackets.
    let pick = pick.split(['(', '（']).next().unwrap_or(pick);
    let pick = pick.trim().trim_matches(['*', '.', '!', ' ']);
    let bare = lexicon::after_opening(pick, &lex.use_verbs)
        .unwrap_or(pick)
        .trim();
    let o = options
        .iter()
        .position(|o| o.name.eq_ignore_ascii_case(bare.trim_matches('*')))?;
    Some((o, need))
}

/// The tone a kind asks in.
fn tone(kind: Kind) -> Tone {
    match kind {
        Kind::Con | Kind::WhenNot => Tone::Avoid,
        Kind::WhenToChoose | Kind::TableUse | Kind::Recommendation => Tone::Use,
        _ => Tone::Want,
    }
}

/// A use-case column or row of a comparison table ("When to use", "Best for", "Ideal für").
fn is_use_case(text: &str, lex: &Lexicon) -> bool {
    lex.has(text, &lex.when_to_choose)
}

/// A list item labelled as a pro or a con ("Pro: fast", "Contra: teuer"): its kind and the rest.
fn labelled(item: &Text, lex: &Lexicon) -> Option<(Kind, Text)> {
    if let Some((kind, rest)) = marked(&item.plain) {
        return Some((kind, Text::plain_text(rest)));
    }
    let plain = item.plain.trim();
    let (label, rest) = plain.split_once([':', '：'])?;
    let label = label.trim().trim_matches('*').to_lowercase();
    let kind = if lex.pro_labels.iter().any(|l| l.to_lowercase() == label) {
        Kind::Pro
    } else if lex.con_labels.iter().any(|l| l.to_lowercase() == label) {
        Kind::Con
    } else {
        return None;
    };
    let rest = rest.trim();
    Some((kind, Text::plain_text(rest)))
}

/// A list item that is a label of the kind of points nested under it, and says nothing else
/// ("Pros", "Cons:", "## Positif", "**Kelebihan**"): that kind.
fn kind_label(item: &Text, options: &[Choice], lex: &Lexicon) -> Option<Kind> {
    let plain = item
        .plain
        .trim()
        .trim_start_matches(['#', '*', ' '])
        .trim_end_matches([':', '：', '*', ' ']);
    // "缺点：没想到有啥缺点" labels a point of its own, not the points after it.
    let said = plain.contains([':', '：', ',', '，', '、', '.', '。']);
    if said
        || plain.split_whitespace().count() > 3
        || plain.chars().count() > 30
        || !options_in(options, plain).is_empty()
    {
        return None;
    }
    classify(plain, lex).filter(|k| matches!(k, Kind::Pro | Kind::Con | Kind::WhenNot))
}

/// A point opening with a mark that says it is good or bad ("✅ RAM erweiterbar", "❌ Keine
/// Plugins", "👍 Fast"): its kind and the rest. Not "⭕": a yes in Japan, a no elsewhere.
fn marked(plain: &str) -> Option<(Kind, &str)> {
    let t = plain.trim_start();
    let after = |marks: &[&str]| {
        marks.iter().find_map(|m| {
            let rest = t.strip_prefix(m)?.trim_start_matches('\u{fe0f}').trim();
            // A mark alone, or before a word stuck to it ("×2"), marks no point.
            let spaced = t[m.len()..].starts_with([' ', '\u{fe0f}', '\u{a0}']);
            (spaced && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3).then_some(rest)
        })
    };
    if let Some(rest) = after(tables::YES_MARKS) {
        Some((Kind::Pro, rest))
    } else {
        after(tables::NO_MARKS).map(|rest| (Kind::Con, rest))
    }
}

/// Whether a proposal is worth showing at all: words a reader can answer, not a link, a name
/// alone or noise.
fn worth_asking(item: &Text, options: &[Choice], lex: &Lexicon) -> bool {
    let plain = item.plain.trim();
    let letters = plain.chars().filter(|c| c.is_alphanumeric()).count();
    // "Website: https://jekyllrb.com/": a label and an address say nothing to ask.
    let address_only = plain
        .split_once([':', '：'])
        .map(|(_, rest)| rest.trim())
        .is_some_and(|rest| {
            (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("//"))
                && !rest.contains(char::is_whitespace)
        });
    // "Average: 0.811s": a label and a measure are data, not a point to ask about.
    let measure_only = plain
        .split_once([':', '：'])
        .map(|(_, rest)| rest.trim())
        .is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
                && rest.split_whitespace().count() <= 3
        });
    letters >= 3
        && !address_only
        && !measure_only
        && !item.mostly_linked()
        && !lex.has(plain, &lex.noise)
        && !options.iter().any(|o| {
            o.name
                .eq_ignore_ascii_case(plain.trim_end_matches(['.', ':']))
        })
}

/// Every proposal the post makes, in the article's order.
pub fn proposals(blocks: &[Block], options: &[Choice], lex: &Lexicon) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    // The option each block is about: the deepest heading above it that names one; where a
    // generic heading ("Takeaways") came between, the last option heading before it.
    let mut stack: Vec<(u8, String)> = Vec::new();
    let mut last_option: Option<usize> = None;
    let mut section = Section::default();

    for (at, block) in blocks.iter().enumerate() {
        if let Block::Heading { level, text } = block {
            while stack.last().is_some_and(|(l, _)| l >= level) {
                stack.pop();
            }
            stack.push((*level, text.clone()));
            if let Some(o) = heading_option(options, text, lex) {
                last_option = Some(o);
            }
            section = Section::opened(at, &stack, last_option, blocks, options, lex);
            continue;
        }
        match block {
            Block::Paragraph(lines) => {
                from_paragraph(&mut out, lines, at, &mut section, options, lex)
            }
            Block::List(items) => from_list(&mut out, items, at, &mut section, options, lex),
            Block::Table { head, rows } => {
                from_table(&mut out, head, rows, at, &mut section, options, lex)
            }
            _ => {}
        }
    }
    out
}

/// A proposal from one sentence of the post, which is its reason.
fn push_sentence(
    out: &mut Vec<Proposal>,
    text: String,
    option: usize,
    kind: Kind,
    sentence: &str,
    at: usize,
) {
    push(
        out,
        Some(text),
        option,
        kind,
        escape(&ask::cleaned(sentence)),
        sentence.to_owned(),
        at,
    );
}

/// A proposal, where the text could be asked.
fn push(
    out: &mut Vec<Proposal>,
    text: Option<String>,
    option: usize,
    kind: Kind,
    reason: String,
    from: String,
    at: usize,
) {
    if let Some(text) = text {
        out.push(Proposal {
            text,
            option,
            also: Vec::new(),
            weight: kind.weight(),
            reason,
            from,
            kind,
            note: None,
            at,
        });
    }
}

/// A proposal from a line of the post (a list item, a table cell), its own words the reason.
fn push_item(
    out: &mut Vec<Proposal>,
    text: Option<String>,
    option: usize,
    kind: Kind,
    line: &Text,
    at: usize,
) {
    push(
        out,
        text,
        option,
        kind,
        line.rich.clone(),
        line.plain.clone(),
        at,
    );
}

/// A line of the post (a list item, a table cell) asked in its kind's tone, its own words the
/// reason.
fn push_line(
    out: &mut Vec<Proposal>,
    line: &Text,
    option: usize,
    kind: Kind,
    at: usize,
    options: &[Choice],
    lex: &Lexicon,
) {
    push_item(
        out,
        item_question(line, tone(kind), options, lex),
        option,
        kind,
        line,
        at,
    );
}

/// What a paragraph proposes, in its section.
fn from_paragraph(
    out: &mut Vec<Proposal>,
    lines: &[Text],
    at: usize,
    section: &mut Section,
    options: &[Choice],
    lex: &Lexicon,
) {
    // What the list after this paragraph is, only the paragraph can say.
    let under_option = std::mem::replace(&mut section.option_heading, false);
    let plain = read::plain_prose(lines);
    // Short lines broken by hand right under an option's heading ("Gute
    // Dokumentation  ↵ Riesige Community"): a list in all but markup.
    // A paragraph wrapped by hand goes on in lowercase ("blogue (WordPress, …"); each of a
    // list's lines opens anew.
    let listed = lines.len() >= 2
        && lines.iter().all(|l| {
            let words = l.plain.split_whitespace().count();
            (1..=10).contains(&words) && !l.plain.trim_end().ends_with(['.', ':', '：', '。'])
        })
        && lines[1..].iter().all(|l| {
            !l.plain
                .trim_start()
                .starts_with(|c: char| c.is_lowercase() || c == '(')
        });
    // Pros and cons written as paragraphs, no list ("### Contro", then a paragraph
    // per point): each paragraph's first sentence is one.
    if let (Some(k @ (Kind::Pro | Kind::Con)), Some(o), false) =
        (section.kind, section.option, section.lists)
    {
        // Lines broken by hand, each opening anew ("Postgres implements MVCC…  ↵ Postgres
        // supports parallel query plans…"), are a point each.
        let by_line = lines.len() >= 2
            && lines[1..]
                .iter()
                .all(|l| l.plain.trim_start().starts_with(char::is_uppercase))
            && !lines
                .iter()
                .any(|l| l.plain.trim_end().ends_with([',', '，', ';']));
        let points: Vec<String> = if by_line {
            lines.iter().map(|l| l.plain.clone()).collect()
        } else {
            vec![plain.clone()]
        };
        for point in points {
            let first = sentences(&point, lex)
                .into_iter()
                .next()
                .unwrap_or_default();
            let line = Text::plain_text(&first);
            let ends = point.trim_end().ends_with([':', '：']);
            if !ends && worth_asking(&line, options, lex) && !lex.has(&point, &lex.noise) {
                push(
                    out,
                    item_question(&line, tone(k), options, lex),
                    o,
                    k,
                    escape(&ask::cleaned(&first)),
                    first.clone(),
                    at,
                );
            }
        }
    }
    // Points written as lines, most opening with a mark ("✅ RAM erweiterbar  ↵ ⭕ Kein SATA"),
    // under a label naming their option ("**Thin Client:**") or in its section: each one.
    let label_option = section.label_option.take();
    let marks: Vec<(Kind, &str)> = lines.iter().filter_map(|l| marked(&l.plain)).collect();
    if lines.len() >= 2 && marks.len() * 2 > lines.len() {
        if let Some(o) = label_option.or(section.own_option) {
            for (kind, rest) in marks {
                let point = Text::plain_text(rest);
                if worth_asking(&point, options, lex) {
                    push_item(
                        out,
                        item_question(&point, tone(kind), options, lex),
                        o,
                        kind,
                        &point,
                        at,
                    );
                }
            }
            return;
        }
    }
    if under_option && section.kind.is_none() && listed {
        if let Some(o) = section.option {
            for line in lines.iter().filter(|l| worth_asking(l, options, lex)) {
                push_line(out, line, o, Kind::Trait, at, options, lex);
            }
            return;
        }
    }
    // A when-to-choose section led by a short line of its own ("## Choose Postgres"
    // then "**Frequent write operations**"): that line is the condition.
    if std::mem::take(&mut section.first_paragraph) && section.choose_told {
        if let (Some(o), Some(line)) = (section.option, lines.first()) {
            let label = line.plain.trim().trim_end_matches(['.', '\\']).trim();
            // "Choose Django when:" introduces a list; it is no condition itself.
            let intro = label.ends_with([':', '：']);
            if short(label) && !intro && worth_asking(line, options, lex) {
                push(
                    out,
                    ask::question(label, Tone::Use, lex),
                    o,
                    Kind::WhenToChoose,
                    super::sections::prose(lines),
                    line.plain.clone(),
                    at,
                );
            }
        }
    }
    // A heading asked as a question, answered by the section's first paragraph.
    if let Some((question, from_at)) = section.heading_question.take() {
        // The option the answer names first ("If so, Redis has it; Memcached does not").
        if let Some(o) = option_in(options, &plain) {
            push(
                out,
                ask::question(&question, Tone::Use, lex),
                o,
                Kind::Heading,
                escape(&ask::cleaned(&plain)),
                question.clone(),
                from_at,
            );
        }
    }
    // An intro line before a list: "Use .NET when:", "Vorteile von Go:".
    let t = plain.trim_end();
    let of = |kind: Kind| {
        let named = option_in(options, &plain);
        Intro {
            kind,
            option: named.or(section.option),
            named: named.is_some(),
        }
    };
    section.intro_kind = if t.ends_with(':') || t.ends_with('：') {
        classify(&plain, lex).or(section.kind).map(of)
    } else if short(t) && lines.len() == 1 {
        // A label line of its own ("Key Features", "Vorteile").
        classify(t, lex).map(of)
    } else {
        // A last sentence naming the reasons for one option, a list after it ("…, a
        // continuación listo algunas razones porque mudarse a kotlin.").
        sentences(&plain, lex).last().and_then(|last| {
            // The option named last, where it is last named: it ends the sentence, as a list's
            // title does.
            let lower = lexicon::lowercase(last);
            let (at, o) = options_in(options, last)
                .into_iter()
                .filter_map(|(_, o)| {
                    let at = lower.rfind(&lexicon::lowercase(&options[o].name))?;
                    Some((at, o))
                })
                .max_by_key(|(at, _)| *at)?;
            let after = last.get(at + options[o].name.len()..).unwrap_or("");
            if after.split_whitespace().count() > 2 {
                return None;
            }
            let kind =
                classify(last, lex).filter(|k| matches!(k, Kind::WhenToChoose | Kind::Pro))?;
            Some(Intro {
                kind,
                option: Some(o),
                named: true,
            })
        })
    };
    // "**Thin Client:**": a label naming one option, for the points after it.
    section.label_option = (t.ends_with([':', '：']) && short(t) && lines.len() == 1)
        .then(|| only_option(options, t))
        .flatten();
    // A line that only introduces its list ("What developers like about Bun:") is no point of
    // its own.
    let introduces = section.intro_kind.is_some()
        && t.ends_with([':', '：'])
        && sentences(&plain, lex).len() <= 1;
    if introduces || lines.iter().all(|l| l.mostly_linked()) || lex.has(&plain, &lex.noise) {
        return;
    }
    // "👉 Mein Fazit: …" concludes as a heading would.
    let concluding = section.in_conclusion || {
        let t = plain.trim_start_matches(|c: char| !c.is_alphanumeric());
        t.split_once([':', '：']).is_some_and(|(label, _)| {
            label.split_whitespace().count() <= 4 && concludes(label, lex)
        })
    };
    for sentence in sentences(&plain, lex) {
        let before = out.len();
        if concluding {
            for (o, q) in purposes(options, &sentence, lex) {
                push_sentence(out, q, o, Kind::Recommendation, &sentence, at);
            }
        }
        let parts = rules(options, &sentence, lex);
        for part in &parts {
            for (o, q, kind) in advice(options, part, section.in_conclusion, lex) {
                push_sentence(out, q, o, kind, part, at);
            }
        }
        if parts.len() > 1 {
            continue;
        }
        if let Some(o) = section.own_option {
            if let Some(q) = implied_advice(options, &sentence, lex) {
                push_sentence(out, q, o, Kind::Recommendation, &sentence, at);
            }
        }
        if let Some((picks, q)) = shared_advice(options, &sentence, section.in_conclusion, lex) {
            push_sentence(out, q, picks[0], Kind::Recommendation, &sentence, at);
            if let Some(p) = out.last_mut() {
                p.also = picks[1..].to_vec();
            }
        }
        if let Some((o, kind)) = pro_or_con(options, &sentence, section.own_option, lex) {
            push(
                out,
                Some(ask::framed(&sentence, tone(kind), lex)),
                o,
                kind,
                escape(&ask::cleaned(&sentence)),
                sentence.clone(),
                at,
            );
        }
        for (o, q) in praise(options, &sentence, lex) {
            push_sentence(out, q, o, Kind::Praise, &sentence, at);
        }
        if out.len() == before {
            if let Some((o, q)) = comparative(options, &sentence, lex) {
                push_sentence(out, q, o, Kind::Comparative, &sentence, at);
            }
        }
    }
}

/// A sentence of the prose that sets one option ahead on something ("Podman starts containers
/// faster", "Vue ist einfacher als React", "This makes Podman more secure than Docker"): the
/// option and the sentence quoted. A candidate only: it says what an option is, and the author
/// decides whether a reader would choose by it. Not where it hedges, denies or asks.
fn comparative(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<(usize, String)> {
    let s = ask::cleaned(sentence);
    let long = s.chars().count() > 200;
    if long || s.trim_end().ends_with(['?', '？', '؟']) || lex.has(&s, &lex.hedges) {
        return None;
    }
    if let Some((o, _, clause)) = crate::aspects::ahead(options, &s, lex) {
        return Some((o, ask::framed(&clause, Tone::Want, lex)));
    }
    let named = only_option(options, &s)?;
    let (at, word) = lex.first(&s, &lex.favours)?;
    if denied(&s, at, word.len(), lex) {
        return None;
    }
    if lex.sets_against(&s, &options[named].name) {
        // "… faster than Docker": the other of two.
        return (options.len() == 2).then(|| (1 - named, ask::framed(&s, Tone::Want, lex)));
    }
    // The option is what the clause praises: named before the word, no clause between ("I love
    // Rust, and it helped me become a better programmer" praises the author).
    let (name_at, _) = options_in(options, &s).into_iter().next()?;
    let between = s.get(name_at..at)?;
    let one_clause = !between.contains([',', ';', ':', '，', '、', '；', '：']);
    (name_at < at && one_clause).then(|| (named, ask::framed(&s, Tone::Want, lex)))
}

/// What a list proposes, in its section.
fn from_list(
    out: &mut Vec<Proposal>,
    items: &[Text],
    at: usize,
    section: &mut Section,
    options: &[Choice],
    lex: &Lexicon,
) {
    section.first_paragraph = false;
    let intro = section.intro_kind.take();
    // A list its introduction gives one option ("Use Zustand when:") is that option's.
    let own = intro.as_ref().is_some_and(|i| i.named);
    let (kind, option) = match intro {
        Some(i) => (Some(i.kind), i.option),
        None => (
            section
                .kind
                .or(section.option_heading.then_some(Kind::Trait)),
            section.option,
        ),
    };
    // A list of needs, each with the option the post picks for it ("Scripts: use Pipenv",
    // "Libraries: use Poetry"): where it picks two options or more, each item is a rule.
    let picks: Vec<Option<(usize, &str)>> = items
        .iter()
        .map(|i| need_then_pick(options, &i.plain, lex))
        .collect();
    let mut picked: Vec<usize> = picks.iter().flatten().map(|(o, _)| *o).collect();
    picked.sort_unstable();
    picked.dedup();
    let decision_list = picked.len() >= 2;
    // The option the last item opened with: the labelled items after it, nested under it
    // ("- jekyll 使用 ruby 编写" over "- 优点：…", "- 缺点：…"), are its pros and cons.
    let mut item_option: Option<usize> = None;
    // The kind a label item gave the points after it ("- Pros" over "  - Fast", "* ## Positif"):
    // nested lists are flattened, so it holds up to the next label or option.
    let mut point_kind: Option<Kind> = None;
    for (item, pick) in items.iter().zip(&picks) {
        if let (true, Some((o, need))) = (decision_list, pick) {
            push_item(
                out,
                ask::question(need, Tone::Use, lex),
                *o,
                Kind::Recommendation,
                item,
                at,
            );
            continue;
        }
        if let Some(k) = kind_label(item, options, lex) {
            point_kind = Some(k);
            continue;
        }
        let labels = labelled(item, lex);
        if labels.is_none() {
            let opens = options_in(options, &item.plain)
                .first()
                .filter(|(at, _)| *at == 0)
                .and_then(|_| only_option(options, &item.plain));
            if opens.is_some() || point_kind.is_none() {
                item_option = opens;
                point_kind = None;
            }
        }
        if !worth_asking(item, options, lex) {
            continue;
        }
        if let (Some(k), Some(o)) = (point_kind, item_option.or(option)) {
            push_line(out, item, o, k, at, options, lex);
            continue;
        }
        // "Pro: fast", "Contra: teuer".
        if let (Some((k, rest)), Some(o)) = (labels, item_option.or(option)) {
            push(
                out,
                item_question(&rest, tone(k), options, lex),
                o,
                k,
                rest.rich.clone(),
                item.plain.clone(),
                at,
            );
            continue;
        }
        // "**Small apps** - Flask is better for very small projects": an aspect, and
        // the one option the item praises for it.
        if let (None, Some(label)) = (kind, item.lead.as_deref()) {
            let label = label.trim().trim_end_matches([':', '：']);
            // The bold words lead the text; where the text's spelling differs, not at a
            // character's middle.
            let plain = item.plain.trim_start();
            let lead_len = item.lead.as_deref().unwrap_or("").trim().len();
            let rest = plain
                .get(lead_len.min(plain.len())..)
                .unwrap_or(plain)
                .trim_start_matches([' ', '-', '—', '–', ':', '：']);
            let first = sentences(rest, lex).into_iter().next().unwrap_or_default();
            if let Some(o) = only_option(options, &first)
                .filter(|_| short(label) && lex.has(&first, &lex.favours))
            {
                push_item(
                    out,
                    Some(ask::framed(label, Tone::Want, lex)),
                    o,
                    Kind::Aspect,
                    item,
                    at,
                );
                continue;
            }
        }
        // Advice in the item ("🏅Mocha is recommended if …"), and a conclusion's rule
        // bullets ("**Django**: if you need batteries included").
        let mut advised = false;
        for sentence in sentences(&item.plain, lex) {
            for (o, q, k) in advice(options, &sentence, section.in_conclusion, lex) {
                if matches!(k, Kind::Recommendation | Kind::WhenToChoose) || section.in_conclusion {
                    advised = true;
                    push(
                        out,
                        Some(q),
                        o,
                        if k == Kind::WhenToChoose {
                            k
                        } else {
                            Kind::Recommendation
                        },
                        item.rich.clone(),
                        item.plain.clone(),
                        at,
                    );
                }
            }
        }
        if advised {
            continue;
        }
        if section.in_conclusion && kind.is_none() {
            let led = item.plain.trim_start_matches(['*', ' ']);
            if let Some((o, rest)) = led_by(options, led) {
                // "React →", "Django:": a label, where "Vercel tops the list" is a sentence.
                let label = led[..led.len() - rest.len()]
                    .trim_end()
                    .ends_with([':', '：', '→', '⇒', '—', '–', '-']);
                let rest = rest.trim_start_matches(['*', ':', ' ', '—', '–']);
                // A rule ("Django: if you need batteries included"), not a sentence
                // about the option ("Django REST Framework is popular").
                let conditional = lex
                    .if_you
                    .iter()
                    .filter_map(|p| p.split_whitespace().next())
                    .any(|w| {
                        rest.to_lowercase()
                            .starts_with(&format!("{} ", w.to_lowercase()))
                    })
                    || sentences(rest, lex)
                        .first()
                        .is_some_and(|first| lex.has(first, &lex.if_you));
                let letters = rest.chars().filter(|c| c.is_alphanumeric()).count();
                if conditional && letters >= 3 {
                    push_item(
                        out,
                        ask::question(rest, Tone::Use, lex),
                        o,
                        Kind::Recommendation,
                        item,
                        at,
                    );
                    continue;
                }
                // The conclusion's word on one option ("React → stronger at state management
                // once it grows"): what the post sums up of it, asked only if the post gives
                // too few criteria.
                if label && letters >= 12 {
                    let first = sentences(rest, lex).into_iter().next().unwrap_or_default();
                    push_item(
                        out,
                        ask::question(&first, Tone::Want, lex),
                        o,
                        Kind::Trait,
                        item,
                        at,
                    );
                    continue;
                }
            }
        }
        // In a when-to-choose list, an item that names one option is about that one
        // ("If you want a simple module state, Zustand fits well" under "When to use
        // which"), asked by its condition where it leads with one.
        if kind == Some(Kind::WhenToChoose) {
            // "Es mucho más seguro que Java" in Kotlin's list is Kotlin's.
            let named = only_option(options, &item.plain)
                .filter(|o| !lex.sets_against(&item.plain, &options[*o].name));
            if let Some(o) = named {
                let plain = ask::cleaned(&item.plain);
                let condition =
                    lex.condition(&plain)
                        .filter(|(at, _)| *at == 0)
                        .and_then(|(_, word)| {
                            let lead = word.split_whitespace().next().unwrap_or(word);
                            let (cond, _) = plain.split_once([',', '，', '、'])?;
                            let cond = cond.get(lead.len()..)?.trim();
                            (options_in(options, cond).is_empty() && !cond.is_empty())
                                .then(|| cond.to_owned())
                        });
                let asked = match condition {
                    Some(cond) => ask_condition(&cond, lex),
                    None => item_question(item, Tone::Use, options, lex),
                };
                push_item(out, asked, o, Kind::WhenToChoose, item, at);
                continue;
            }
        }
        if kind == Some(Kind::WhenToChoose) && section.shared_subject && !own {
            continue;
        }
        if let (Some(kind), Some(o)) = (kind, option) {
            push_line(out, item, o, kind, at, options, lex);
        }
    }
}

/// What a table proposes, in its section.
fn from_table(
    out: &mut Vec<Proposal>,
    head: &[Text],
    rows: &[Vec<Text>],
    at: usize,
    section: &mut Section,
    options: &[Choice],
    lex: &Lexicon,
) {
    if tables::is_pros_and_cons(head, lex) {
        let Some(o) = section.option else { return };
        for (j, column) in head.iter().enumerate() {
            let Some(kind) = classify(&column.plain, lex) else {
                continue;
            };
            for row in rows {
                if let Some(cell) = row.get(j).filter(|c| !c.plain.is_empty()) {
                    push_line(out, cell, o, kind, at, options, lex);
                }
            }
        }
        return;
    }
    // Each option's pros and cons in its row ("| **Flutter** | Compilation en code
    // natif… | Applications plus lourdes… |").
    if let Some((by_row, kinds)) = tables::pros_and_cons_by_row(options, head, rows, lex) {
        for (row, o) in rows.iter().zip(by_row) {
            let Some(o) = o else { continue };
            for (cell, kind) in row.iter().skip(1).zip(&kinds) {
                if !cell.plain.trim().is_empty() {
                    push_line(out, cell, o, *kind, at, options, lex);
                }
            }
        }
        return;
    }
    match tables::layout(options, head, rows) {
        Layout::Rows(by_row) => {
            for (j, column) in head.iter().enumerate().skip(1) {
                let mut scores: Vec<(usize, &Text)> = Vec::new();
                for (row, o) in rows.iter().zip(&by_row) {
                    if let (Some(o), Some(c)) = (o, row.get(j)) {
                        if !scores.iter().any(|(seen, _)| seen == o) {
                            scores.push((*o, c));
                        }
                    }
                }
                rated_question(out, options, column, &scores, None, lex, at);
            }
            for (j, column) in head.iter().enumerate().skip(1) {
                if !is_use_case(&column.plain, lex) {
                    continue;
                }
                for (row, o) in rows.iter().zip(&by_row) {
                    if let (Some(cell), Some(o)) = (row.get(j), o) {
                        push(
                            out,
                            ask::question(&cell.plain, Tone::Use, lex),
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
            // A rated criterion ("Scalabilité | ⭐⭐⭐⭐ | ⭐⭐"): does it matter to the reader?
            for row in rows {
                let Some(name) = row.first() else { continue };
                let mut scores: Vec<(usize, &Text)> = Vec::new();
                for (j, o) in columns.iter().enumerate() {
                    if let (Some(o), Some(c)) = (o, row.get(j + 1)) {
                        if !scores.iter().any(|(seen, _)| seen == o) {
                            scores.push((*o, c));
                        }
                    }
                }
                // The row is a line of the post: the piece the studio marks.
                let line = row.iter().map(|c| c.plain.as_str()).collect::<Vec<_>>();
                let line = Some(line.join(" · "));
                rated_question(out, options, name, &scores, line, lex, at);
            }
            for row in rows {
                if !row.first().is_some_and(|c| is_use_case(&c.plain, lex)) {
                    continue;
                }
                for (j, o) in columns.iter().enumerate() {
                    if let (Some(cell), Some(o)) = (row.get(j + 1), o) {
                        for piece in cell
                            .plain
                            .split([',', ';', '、', '，'])
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                        {
                            push(
                                out,
                                ask::question(piece, Tone::Use, lex),
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
        Layout::Neither if side_by_side(options, head).is_some() => {
            // One column per option ("ASP.NET Core | ASP.NET 4.x"), each cell a line
            // about its column's option: what that option is.
            let by_column = side_by_side(options, head).unwrap_or_default();
            for row in rows {
                for (cell, o) in row.iter().zip(&by_column) {
                    if worth_asking(cell, options, lex) {
                        push_line(out, cell, *o, Kind::Trait, at, options, lex);
                    }
                }
            }
        }
        Layout::Neither => {
            // A requirement → recommendation table: one column's cells each name one
            // option; another says what for.
            for (j, want) in recommendation_column(options, rows) {
                for row in rows {
                    let (Some(need), Some(pick)) = (row.get(want), row.get(j)) else {
                        continue;
                    };
                    if let Some(o) = pick_of(options, &pick.plain) {
                        if need.plain.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                            push(
                                out,
                                ask::question(&need.plain, Tone::Use, lex),
                                o,
                                Kind::TableUse,
                                need.rich.clone(),
                                format!("{} → {}", need.plain, pick.plain),
                                at,
                            );
                        }
                    }
                }
            }
        }
    }
}

/// A table whose every header cell names a different option: the option of each column.
fn side_by_side(options: &[Choice], head: &[Text]) -> Option<Vec<usize>> {
    let columns: Vec<usize> = head
        .iter()
        .map(|c| only_option(options, &c.plain))
        .collect::<Option<_>>()?;
    let mut distinct = columns.clone();
    distinct.sort_unstable();
    distinct.dedup();
    (distinct.len() == columns.len() && columns.len() >= 2).then_some(columns)
}

/// Short enough to be a heading's or a label's few words (at most 6 words; 24 characters where
/// the script writes no spaces).
fn short(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 6 && (words > 1 || text.chars().count() <= 24 || text.is_ascii())
}

/// A table's rated criterion as a question: does it matter to the reader? "Yes" leans to the
/// best-rated options; the reason is what each scored. It came from the table's `line` where the
/// criterion is a row, else from its scores.
fn rated_question(
    out: &mut Vec<Proposal>,
    options: &[Choice],
    name: &Text,
    scores: &[(usize, &Text)],
    line: Option<String>,
    lex: &Lexicon,
    at: usize,
) {
    let Some(tables::Rated {
        feature,
        favoured,
        said,
        in_words,
    }) = tables::rated(options, name, scores, lex)
    else {
        return;
    };
    // A row rated in words is a noun phrase the cells speak of ("Learning curve"), quoted in the
    // language's frame as an aspect is; a scored one is a feature to want.
    let text = if in_words {
        ask::framed(&feature, Tone::Want, lex)
    } else {
        let Some(text) = ask::question(&feature, Tone::Want, lex) else {
            return;
        };
        text
    };
    // One question, "Yes" counting for every option the table rates best.
    let Some((&option, also)) = favoured.split_first() else {
        return;
    };
    out.push(Proposal {
        text,
        option,
        also: also.to_vec(),
        weight: Kind::Rated.weight(),
        reason: escape(&format!("{feature} — {said}")),
        from: line.unwrap_or_else(|| format!("{feature}: {said}")),
        kind: Kind::Rated,
        note: None,
        at,
    });
}

/// In a table that is not laid out by option, a column whose cells each name one option (the
/// recommendation), with the column of what each row needs: (its column, the need's column).
/// The option a recommendation cell picks: the one it names, or the one it opens with before
/// the runners-up ("**ioBroker**, gefolgt von openHAB", "Home Assistant, then ioBroker").
fn pick_of(options: &[Choice], cell: &str) -> Option<usize> {
    only_option(options, cell).or_else(|| {
        let cell = cell.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // A bare list of names ("AVA, Mocha") picks none of them.
        let mut rest = cell.to_lowercase();
        for o in options {
            rest = rest.replace(&o.name.to_lowercase(), "");
        }
        let ranks = rest.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        options_in(options, cell)
            .first()
            .filter(|(at, _)| *at == 0 && ranks)
            .map(|(_, o)| *o)
    })
}

fn recommendation_column(options: &[Choice], rows: &[Vec<Text>]) -> Vec<(usize, usize)> {
    if rows.len() < 2 {
        return Vec::new();
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for j in 1..width {
        let picks: Vec<usize> = rows
            .iter()
            .filter_map(|r| r.get(j))
            .filter_map(|c| pick_of(options, &c.plain))
            .collect();
        let mut distinct = picks.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if picks.len() * 3 >= rows.len() * 2 && distinct.len() >= 2 {
            out.push((j, 0));
        }
    }
    out
}

/// The proposals worth asking: near-duplicates merged (the stronger kept, and a decision line
/// given the reason of an item that repeats it), a trait every option has dropped; sorted, the
/// strongest first (in the article's order among equals). The first [`PROPOSED`] criteria (each
/// option with at least its best one) are kept; the rest are candidates.
pub fn choose(mut all: Vec<Proposal>, options: usize) -> (Vec<Proposal>, Vec<Proposal>) {
    all.sort_by_key(|p| (std::cmp::Reverse(p.kind.strength()), p.at));
    let mut merged: Vec<(Proposal, Vec<String>)> = Vec::new();
    for p in all {
        // What the question asks about, without the frame every framed question shares.
        let words = ask::keywords(&ask::topic(&p.text));
        let same = merged.iter().position(|(k, kw)| {
            k.option == p.option
                && k.weight.signum() == p.weight.signum()
                // A question of only common words ("Is it for full web apps?") adds nothing to a
                // stronger kind's for the same option; beside one of its own kind ("Do you have
                // a small project?" by "Do you need server functionality?") it stands.
                && (ask::same_topic(kw, &words)
                    || (words.is_empty() && k.kind.strength() > p.kind.strength()))
                || k.text == p.text
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
                && merged.iter().any(|(q, qk)| {
                    q.option != p.option
                        && q.weight.signum() == p.weight.signum()
                        && ask::same_topic(kw, qk)
                })
        })
        .collect();
    let ranked: Vec<Proposal> = merged
        .into_iter()
        .zip(shared)
        .filter(|(_, s)| !s)
        .map(|((p, _), _)| p)
        .collect();
    // Each option's best criterion first, then the strongest of the rest.
    let mut kept_at: Vec<usize> = Vec::new();
    for o in 0..options {
        if let Some(i) = ranked
            .iter()
            .position(|p| p.option == o && p.kind.is_criterion())
        {
            kept_at.push(i);
        }
    }
    for (i, p) in ranked.iter().enumerate() {
        if kept_at.len() >= PROPOSED {
            break;
        }
        if !kept_at.contains(&i) && p.kind.is_criterion() {
            kept_at.push(i);
        }
    }
    // Too few criteria for a quiz: what the post lists of each option in turn ("Does this matter
    // to you? “Easy to use, with great community support”"), so the reader can still say what
    // they care about. Comparisons in the prose stay candidates.
    let mut round = 0;
    while kept_at.len() < FILLED_TO {
        let before = kept_at.len();
        for o in 0..options {
            if kept_at.len() >= FILLED_TO {
                break;
            }
            if let Some(i) = ranked
                .iter()
                .enumerate()
                .filter(|(i, p)| p.option == o && p.kind == Kind::Trait && !kept_at.contains(i))
                .map(|(i, _)| i)
                .next()
            {
                kept_at.push(i);
            }
        }
        round += 1;
        if kept_at.len() == before || round > PROPOSED {
            break;
        }
    }
    kept_at.truncate(PROPOSED);
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
