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
//! What one sentence advises is `advice`'s to say; where a text names an option, `named`'s.
//!
//! Near-duplicates are merged (the stronger kept), and at most [`PROPOSED`] are proposed, the
//! strongest first, each a criterion a reader can answer about themselves; the rest are listed
//! as candidates.

use super::advice::{
    advice, ask_condition, because, denied, implied_advice, negated, purposes, rules, shared_advice,
};
use super::ask::{self, Tone};
use super::kinds::{self, classify, concludes, Kind};
use super::lexicon::{self, Lexicon};
use super::named::{led_by, named_spans, only_option, option_in, options_in};
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
/// with such a word is that option's; after a sentence about one option alone (`said_before`),
/// one that opens with the language's label for a pro or a con ("But its advantage is …",
/// "Mas a vantagem da mesma é …"), not a looser word ("these same strengths", "problems").
pub(crate) fn pro_or_con(
    options: &[Choice],
    sentence: &str,
    own: Option<usize>,
    said_before: Option<usize>,
    lex: &Lexicon,
) -> Option<(usize, Kind)> {
    let labels_only = own.is_none();
    let own = own.or(said_before);
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
    // Where each name ends as the sentence spells it ("Vue" of "Vue.js").
    let spans = named_spans(options, &s);
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
            .any(|h| lex.find(unhedged(&lower, lex), h).is_some());
        // Said of the option the sentence before names, a point must stand plainly: "So this
        // disadvantage doesn't apply to everyone" takes one back.
        let denies = labels_only && lex.has(&lower, &lex.negations);
        if s.trim_end().ends_with(['?', '？', '؟']) || hedged || denies {
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
            spans.iter().any(|&(name_at, name_end, _)| {
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
    let (pros, cons) = if own_point && labels_only {
        (&lex.pro_labels, &lex.con_labels)
    } else {
        (&lex.pros, &lex.cons)
    };
    if weighs_both {
        None
    } else if says(cons) {
        Some((o, Kind::Con))
    } else if says(pros) {
        Some((o, Kind::Pro))
    } else {
        None
    }
}

/// `sentence` without the hedge that opens it: "But its advantage is …" sets itself against the
/// sentence before, and its own point stands ("Its advantage is …").
pub(crate) fn unhedged<'s>(sentence: &'s str, lex: &Lexicon) -> &'s str {
    let hedges: Vec<String> = lex
        .hedges
        .iter()
        .filter(|h| !lex.negations.contains(h))
        .cloned()
        .collect();
    lexicon::after_opening(sentence.trim_start(), &hedges)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(sentence)
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
    /// Two paragraphs or more set a phrase of theirs in bold ("Il secondo motivo sono le **App
    /// migliori**…"): in a section of pros or cons, that phrase is each one's point.
    bold_points: bool,
    /// The option the title prefers or moves to, if it does.
    subject: Option<usize>,
    /// The next list is the author's needs, which the post's pick met: each item is that
    /// option's, whichever it names ("10 Go de stockage … j'ai 3 Go sur Dropbox").
    needs: bool,
    /// The option the last paragraph named as a label of its own ("**Thin Client:**"), for the
    /// points after it.
    label_option: Option<usize>,
}

impl Section {
    /// The section the heading at `at` opens, `stack` the headings down to it; `subject` the
    /// option the title prefers or moves to.
    fn opened(
        at: usize,
        stack: &[(u8, String)],
        last_option: Option<usize>,
        subject: Option<usize>,
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
        // Pros and cons no heading gives an option are the subject's ("Passare da Android a
        // iPhone": "## Perché sì"); so are the needs a heading says are the author's ("My
        // requirements", "Meine Anforderungen"): what the post's pick gave them.
        let needs = section_kind.is_none() && subject.is_some() && lex.has(text, &lex.needs);
        let section_kind = section_kind.or(needs.then_some(Kind::WhenToChoose));
        let section_option = match section_kind {
            Some(Kind::WhenToChoose) if needs => subject,
            Some(Kind::Pro | Kind::Con) => section_option.or(subject),
            _ => section_option,
        };
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
            bold_points: {
                // Bold used for key words, never for a whole claim, in the first sentence of
                // most paragraphs.
                let led = paragraphs
                    .iter()
                    .filter(|p| lead_phrase(p, lex).is_some())
                    .count();
                let claims = paragraphs.iter().any(|p| {
                    p.iter().any(|l| {
                        bold_runs(&l.rich).any(|b| b.split_whitespace().count() > BOLD_WORDS)
                    })
                });
                led >= 2 && led * 2 >= paragraphs.len() && !claims
            },
            label_option: None,
            subject,
            needs,
        }
    }
}

/// What a sentence praises an option for (English): "X is often chosen … for its A, B, and C",
/// "X excels at A", "X is known for A".
fn praise(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<(usize, String)> {
    if lex.lang != "en" {
        return Vec::new();
    }
    // "Chrome is known for two things:" introduces a list; it praises nothing itself.
    if sentence.trim_end().ends_with([':', '：']) {
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
    let possessive = named_spans(options, &s)
        .first()
        .and_then(|&(_, end, _)| s.get(end..))
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
        // "known for being more expensive than …, and AWS": a comparison, no list of strengths.
        if list.contains(" than ") {
            return found;
        }
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
/// `subject` is the option the title prefers or moves to, if it does: a section of pros or cons
/// that no heading gives an option is about it ("Passare da Android a iPhone": "## Perché sì").
pub fn proposals(
    blocks: &[Block],
    options: &[Choice],
    subject: Option<usize>,
    lex: &Lexicon,
) -> Vec<Proposal> {
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
            section = Section::opened(at, &stack, last_option, subject, blocks, options, lex);
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

/// The most words a phrase set in bold has where it is a point's key words.
const BOLD_WORDS: usize = 5;

/// The phrase a paragraph sets in bold in its first sentence ("Il secondo motivo sono le **App
/// migliori**, e …"), if a short one.
fn lead_phrase(lines: &[Text], lex: &Lexicon) -> Option<String> {
    let first = sentences(&read::plain_prose(lines), lex)
        .into_iter()
        .next()?;
    lines
        .iter()
        .flat_map(|l| bold_phrases(&l.rich))
        .find(|phrase| first.contains(phrase.as_str()))
}

/// What a line of rich text sets in bold (`**…**`), in its order.
fn bold_runs(rich: &str) -> impl Iterator<Item = &str> {
    rich.split("**").skip(1).step_by(2)
}

/// The short phrases a line of rich text sets in bold, in its order.
fn bold_phrases(rich: &str) -> Vec<String> {
    bold_runs(rich)
        .map(|p| p.trim().trim_end_matches([':', '：', '.', ',']).trim())
        .filter(|p| {
            (1..=BOLD_WORDS).contains(&p.split_whitespace().count())
                && p.chars().count() <= 40
                && p.chars().filter(|c| c.is_alphanumeric()).count() >= 2
                // Plain words, not a link, code or an escaped mark.
                && !p.contains(['[', '`', '\\', '*', '_'])
        })
        .map(str::to_owned)
        .collect()
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
        // Each point with the words asked: its first sentence, or the phrase a paragraph sets in
        // bold where the section's paragraphs do so (the sentence then is the reason); one that
        // does not introduces them ("Arriviamo ora ai lati negativi…").
        let bold = section.bold_points.then(|| lead_phrase(lines, lex));
        let firsts = |point: &str| sentences(point, lex).into_iter().next().unwrap_or_default();
        let asked: Vec<(String, String, &str)> = match bold {
            Some(Some(phrase)) => vec![(phrase, firsts(&plain), plain.as_str())],
            Some(None) => Vec::new(),
            None => points
                .iter()
                .filter(|p| !p.trim_end().ends_with([':', '：']))
                .map(|p| (firsts(p), firsts(p), p.as_str()))
                .collect(),
        };
        for (words, first, whole) in asked {
            let line = Text::plain_text(&words);
            if worth_asking(&line, options, lex) && !lex.has(whole, &lex.noise) {
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
    let why = sentences(&plain, lex)
        .last()
        .and_then(|last| why_chosen(options, last, lex));
    // "En matière d'archivage, il me faut :", "What I needed:": the needs the post's pick met.
    let needs = section
        .subject
        .filter(|_| t.ends_with([':', '：']) && lex.has(t, &lex.needs));
    section.intro_kind = if let Some(o) = why {
        Some(Intro {
            kind: Kind::Pro,
            option: Some(o),
            named: true,
        })
    } else if let Some(o) = needs {
        section.needs = true;
        Some(Intro {
            kind: Kind::WhenToChoose,
            option: Some(o),
            named: true,
        })
    } else if t.ends_with(':') || t.ends_with('：') {
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
    from_sentences(out, &plain, concluding, at, section, options, lex);
}

/// What the sentences of a text (a paragraph, a list item) propose, one by one: advice, pros and
/// cons, praise, comparisons.
fn from_sentences(
    out: &mut Vec<Proposal>,
    plain: &str,
    concluding: bool,
    at: usize,
    section: &Section,
    options: &[Choice],
    lex: &Lexicon,
) {
    // The option the paragraph is about so far: "Go has a steeper learning curve. But its
    // advantage is that it is compiled." The next sentences' "it" is Go, until one names another.
    let mut subject: Option<usize> = None;
    for sentence in sentences(plain, lex) {
        let before = out.len();
        let about = subject;
        match options_in(options, &sentence)[..] {
            [] => {}
            [(_, o), ref rest @ ..] if rest.iter().all(|(_, r)| *r == o) => subject = Some(o),
            _ => subject = None,
        }
        if concluding {
            for (o, q) in purposes(options, &sentence, lex) {
                push_sentence(out, q, o, Kind::Recommendation, &sentence, at);
            }
        }
        // In a section of one option's pros ("Why move to Astro?"), the reason the author gives
        // for choosing it ("The first reason I decided to switch to Astro was because of its
        // faster build times") is one.
        if section.kind == Some(Kind::Pro) && !section.in_conclusion {
            if let Some((o, q)) = because(options, &ask::cleaned(&sentence), lex) {
                if section.option.is_none_or(|s| s == o) {
                    push_sentence(out, q, o, Kind::Pro, &sentence, at);
                    continue;
                }
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
        if let Some((o, kind)) = pro_or_con(options, &sentence, section.own_option, about, lex) {
            let point = unhedged(&sentence, lex);
            push(
                out,
                Some(ask::framed(point, tone(kind), lex)),
                o,
                kind,
                escape(&ask::cleaned(point)),
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

/// The option a sentence asks why to choose, or gives the reasons to choose, ending with it or
/// with the reasons ("Why choose Fedora?", "…谈谈为什么要选 Fedora？", "The reasons I use Linux
/// are:", "我使用Linux的原因是："): the list after it gives that option's reasons, its pros. Only
/// a verb of choosing (or nothing, or a particle of a script without spaces) stands between the
/// "why" and the one option named after it: "Why I left Ubuntu" gives no pros.
fn why_chosen(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<usize> {
    let (why_at, why) = [&lex.why, &lex.reasons]
        .into_iter()
        .filter_map(|words| lex.first(sentence, words))
        .min_by_key(|(at, _)| *at)?;
    let after_why = why_at + why.len();
    let spans = named_spans(options, sentence);
    let named_after: Vec<&(usize, usize, usize)> =
        spans.iter().filter(|(at, _, _)| *at >= after_why).collect();
    if let [&(name_at, name_end, o)] = named_after[..] {
        let between = sentence.get(after_why..name_at)?.trim();
        let after = sentence.get(name_end..)?;
        let chooses = between.is_empty()
            || lex.has(between, &lex.use_verbs)
            || crate::advice::moves_to(&between.to_lowercase(), lex)
            || (between.chars().count() <= 3 && between.chars().all(lexicon::is_unspaced_script));
        // "The reason why I made up my mind is because I found Emacs can solve some problems:":
        // the reasons, then the one option, a list after them.
        let reasons_list = sentence.trim_end().ends_with([':', '：'])
            && lex.has(sentence, &lex.reasons)
            && !lex.has(sentence, &lex.leaves)
            && !lex.has(sentence, &lex.negations);
        return ((chooses && after.split_whitespace().count() <= 2) || reasons_list).then_some(o);
    }
    // The reasons after the name, a verb of choosing before it, the sentence opening a list
    // ("我使用Linux的原因是：").
    let [(name_at, name_end, o)] = spans[..] else {
        return None;
    };
    let before = sentence.get(..name_at)?;
    let chose =
        lex.has(before, &lex.use_verbs) || crate::advice::moves_to(&before.to_lowercase(), lex);
    let close = sentence
        .get(name_end..why_at)
        .is_some_and(|b| b.trim().chars().count() <= 3);
    let introduces = sentence.trim_end().ends_with([':', '：']);
    (chose && close && introduces).then_some(o)
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
    let needs = std::mem::take(&mut section.needs);
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
    // A list with an item per option: every item opens with the one option it speaks of, two
    // options or more among them, each in a sentence, not under its name as a label ("Hugo:
    // 4.90", "Next.js: Möglich": a table's column written as a list). Per item, that option and
    // whether the item says more of it than a word ("Hugo too." does not).
    let openers: Vec<Option<(usize, bool)>> = items
        .iter()
        .map(|i| {
            let o = only_option(options, &i.plain)?;
            let (_, end, _) = named_spans(options, &i.plain)
                .into_iter()
                .find(|(start, _, first)| *start == 0 && *first == o)?;
            // The rest as the post spells the name ("Vue.js" for "Vue").
            let rest = &i.plain[end..];
            if rest.trim_start().starts_with([':', '：']) {
                return None;
            }
            let says = if lex.unspaced() {
                rest.chars().filter(|c| c.is_alphanumeric()).count() >= 4
            } else {
                rest.split_whitespace().count() >= 2
            };
            Some((o, says))
        })
        .collect();
    let per_option = openers.iter().all(Option::is_some) && {
        let mut named: Vec<usize> = openers.iter().flatten().map(|(o, _)| *o).collect();
        named.sort_unstable();
        named.dedup();
        named.len() >= 2
    };
    // The option the last item opened with: the labelled items after it, nested under it
    // ("- jekyll 使用 ruby 编写" over "- 优点：…", "- 缺点：…"), are its pros and cons.
    let mut item_option: Option<usize> = None;
    // The kind a label item gave the points after it ("- Pros" over "  - Fast", "* ## Positif"):
    // nested lists are flattened, so it holds up to the next label or option.
    let mut point_kind: Option<Kind> = None;
    for ((item, pick), &opener) in items.iter().zip(&picks).zip(&openers) {
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
                let lower = rest.to_lowercase();
                let conditional = lex
                    .if_leads()
                    .any(|w| lower.starts_with(&format!("{} ", w.to_lowercase())))
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
        if kind == Some(Kind::WhenToChoose) && !needs {
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
        // A list on one aspect with an item per option, each opening with its name ("Hexo
        // provides a deploy command…", "Hugo's documentation is very well written"): what the
        // post says of each, asked only if it gives too few criteria.
        if let (None, false, true, Some((o, says))) =
            (kind, section.in_conclusion, per_option, opener)
        {
            if says {
                push_line(out, item, o, Kind::Trait, at, options, lex);
            }
            continue;
        }
        if let (Some(kind), Some(o)) = (kind, option) {
            push_line(out, item, o, kind, at, options, lex);
            continue;
        }
        // An item of a list that is no kind of its own says what a paragraph's sentence would
        // ("Also a plus for Flutter is that it renders on its own canvas").
        if kind.is_none() {
            from_sentences(
                out,
                &item.plain,
                section.in_conclusion,
                at,
                section,
                options,
                lex,
            );
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
