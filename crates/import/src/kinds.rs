//! What a part of a post is, judged by its heading or the line that introduces a list, in the
//! post's language: pros, cons, when to choose, when not to, characteristics, or a conclusion;
//! and what a proposal found there weighs.

use super::lexicon::Lexicon;

/// What a proposal was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A quick decision line (`Question? → Option`).
    Decision,
    /// A recommendation or a condition ("X is recommended if …", "If …, use X").
    Recommendation,
    /// A when-to-choose section or list.
    WhenToChoose,
    /// A when-not-to-use section or list (leans away).
    WhenNot,
    /// A use-case cell of a comparison table.
    TableUse,
    /// A criterion a comparison table rates, leaning to the best-rated options.
    Rated,
    /// A heading asked as a question.
    Heading,
    /// A section about one aspect that praises one option ("Performance": "Go is faster").
    Aspect,
    /// A pro.
    Pro,
    /// A con (leans away).
    Con,
    /// What the post praises an option for.
    Praise,
    /// A characteristic listed under an option.
    Trait,
    /// A sentence that compares and names one option ("k3d starts faster"): a candidate only.
    Comparative,
}

impl Kind {
    /// Whether a question of this kind asks about the reader's own needs, so a draft may propose
    /// it (what the post says readers choose an option for is one); the others (what an option
    /// is, what the prose compares) are candidates the author can tick.
    pub fn is_criterion(self) -> bool {
        !matches!(self, Kind::Trait | Kind::Comparative)
    }

    /// How strongly the post means it: explicit advice first.
    pub fn strength(self) -> u32 {
        match self {
            Kind::Decision => 100,
            Kind::Recommendation => 90,
            Kind::WhenToChoose => 80,
            Kind::TableUse => 70,
            Kind::WhenNot => 65,
            Kind::Rated => 55,
            Kind::Aspect => 52,
            Kind::Heading => 60,
            Kind::Pro => 50,
            Kind::Con => 45,
            Kind::Praise => 40,
            Kind::Trait => 30,
            Kind::Comparative => 20,
        }
    }

    /// The weight "Yes" gives the option.
    pub fn weight(self) -> i32 {
        match self {
            Kind::Decision | Kind::Recommendation | Kind::WhenToChoose => 3,
            Kind::TableUse
            | Kind::Rated
            | Kind::Aspect
            | Kind::Heading
            | Kind::Pro
            | Kind::Praise => 2,
            Kind::Trait | Kind::Comparative => 1,
            Kind::Con => -2,
            Kind::WhenNot => -3,
        }
    }

    /// What it was found in, for the author's inventory.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Decision => "a decision line",
            Kind::Recommendation => "a recommendation",
            Kind::WhenToChoose => "when to choose it",
            Kind::WhenNot => "when not to use it",
            Kind::TableUse => "the table's use cases",
            Kind::Rated => "the table's ratings",
            Kind::Heading => "a heading",
            Kind::Aspect => "a section on one aspect",
            Kind::Pro => "its pros",
            Kind::Con => "its cons",
            Kind::Praise => "what the post praises",
            Kind::Trait => "its characteristics",
            Kind::Comparative => "a comparison in the prose",
        }
    }
}

/// What a heading or an intro line ("… is best suited to:", "Vorteile:", "メリット") says the
/// list under it is, in the post's language.
pub fn classify(text: &str, lex: &Lexicon) -> Option<Kind> {
    // The option's name inside the phrase ("Wann Vue wählen", "Quand ne pas choisir Hugo"):
    // the phrase read without the capitalised words after its first.
    let gapped: String = text
        .split_whitespace()
        .enumerate()
        .filter(|(i, w)| *i == 0 || !w.starts_with(char::is_uppercase))
        .map(|(_, w)| w)
        .collect::<Vec<_>>()
        .join(" ");
    // (English headings are written in Title Case: every word is capitalised there.)
    let when =
        |words: &[String]| lex.has(text, words) || (lex.lang != "en" && lex.has(&gapped, words));
    // "Perché sì" and "Perché no", "¿Por qué sí?", "Por que não?": the reasons for and against.
    let opened = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    if let Some(rest) = crate::lexicon::after_opening(opened, &lex.why) {
        let answer = crate::lexicon::lowercase(rest.trim_matches(|c: char| !c.is_alphanumeric()));
        if answer == crate::lexicon::lowercase(&lex.yes) {
            return Some(Kind::Pro);
        }
        if answer == crate::lexicon::lowercase(&lex.no) {
            return Some(Kind::Con);
        }
    }
    if when(&lex.when_not) {
        Some(Kind::WhenNot)
    } else if lex.has(text, &lex.cons) && lex.has(&without(text, &lex.cons), &lex.pros) {
        // "Vor- und Nachteile", "Pros and cons": each point says which it is, or its own label.
        // ("デメリット" holds "メリット": a con's word is no pro's.)
        None
    } else if lex.has(text, &lex.cons) {
        Some(Kind::Con)
    } else if when(&lex.when_to_choose) || choose_intro(text, lex) {
        Some(Kind::WhenToChoose)
    } else if lex.has(text, &lex.traits) {
        Some(Kind::Trait)
    } else if lex.has(text, &lex.pros) {
        // "Why I left Ubuntu": the reasons to leave it are its cons.
        if lex.has(text, &lex.why) && lex.has(text, &lex.leaves) {
            Some(Kind::Con)
        } else {
            Some(Kind::Pro)
        }
    } else {
        None
    }
}

/// `text` lowercase without the words of `words` in it.
fn without(text: &str, words: &[String]) -> String {
    let mut rest = crate::lexicon::lowercase(text);
    let mut sorted: Vec<String> = words.iter().map(|w| w.trim().to_lowercase()).collect();
    // The longest first: "disadvantages" before "advantages".
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for word in sorted.iter().filter(|w| !w.is_empty()) {
        rest = rest.replace(word.as_str(), " ");
    }
    rest
}

/// A line that introduces a list of conditions: "Use X when:", "Choose X if the following
/// apply:", "Nehmen Sie X, wenn:": a verb of choosing, and a condition's word (the first word of
/// the language's "if you") among its last words.
fn choose_intro(text: &str, lex: &Lexicon) -> bool {
    let t = text.trim_end().trim_end_matches([':', '：']).trim_end();
    if t.len() == text.trim_end().len() || !lex.has(t, &lex.use_verbs) || lex.has(t, &lex.pros) {
        return false;
    }
    let tail: String = {
        let words: Vec<&str> = t.split_whitespace().collect();
        words[words.len().saturating_sub(4)..].join(" ")
    };
    lex.sets_a_condition(&tail)
}

/// A heading that tells the reader to pick something, and says little else: "Choose Postgres",
/// "Go with Flask", "Usa Django" (a verb of choosing first, at most four words).
pub fn choose_heading(text: &str, lex: &Lexicon) -> bool {
    let lower = text.trim().to_lowercase();
    lower.split_whitespace().count() <= 4
        && lex.use_verbs.iter().any(|verb| {
            let verb = verb.to_lowercase();
            lower
                .strip_prefix(&verb)
                .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// A section heading that concludes: where a post's conditions are its advice.
pub fn concludes(heading: &str, lex: &Lexicon) -> bool {
    lex.has(heading, &lex.conclusion)
}
