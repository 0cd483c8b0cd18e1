//! What a part of a post is, judged by its heading or the line that introduces a list: pros,
//! cons, when to choose, when not to, characteristics, or a conclusion; and what a proposal
//! found there weighs.

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
    /// A heading asked as a question.
    Heading,
    /// A pro.
    Pro,
    /// A con (leans away).
    Con,
    /// What the post praises an option for.
    Praise,
    /// A characteristic listed under an option.
    Trait,
}

impl Kind {
    /// How strongly the post means it: explicit advice first.
    pub fn strength(self) -> u32 {
        match self {
            Kind::Decision => 100,
            Kind::Recommendation => 90,
            Kind::WhenToChoose => 80,
            Kind::TableUse => 70,
            Kind::WhenNot => 65,
            Kind::Heading => 60,
            Kind::Pro => 50,
            Kind::Con => 45,
            Kind::Praise => 40,
            Kind::Trait => 30,
        }
    }

    /// The weight "Yes" gives the option.
    pub fn weight(self) -> i32 {
        match self {
            Kind::Decision | Kind::Recommendation | Kind::WhenToChoose => 3,
            Kind::TableUse | Kind::Heading | Kind::Pro | Kind::Praise => 2,
            Kind::Trait => 1,
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
            Kind::Heading => "a heading",
            Kind::Pro => "its pros",
            Kind::Con => "its cons",
            Kind::Praise => "what the post praises",
            Kind::Trait => "its characteristics",
        }
    }
}

/// What a heading or an intro line ("… is best suited to:") says the list under it is.
pub fn classify(text: &str) -> Option<Kind> {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&[
        "when not to",
        "not to use",
        "avoid it",
        "shouldn't use",
        "should not use",
    ]) {
        Some(Kind::WhenNot)
    } else if has(&[
        "disadvantage",
        "cons",
        "drawback",
        "weakness",
        "limitation",
        "where it hurts",
        "might hate",
        "dislike",
        "downside",
        "don't like",
        "not so good",
        "the bad",
    ]) {
        Some(Kind::Con)
    } else if has(&[
        "when to use",
        "when to choose",
        "when to pick",
        "use cases",
        "use case",
        "best suited",
        "well suited",
        "ideal for",
        "good fit",
        "great fit",
        "a fit when",
        "when you should",
        "choose it",
        "use it when",
    ]) || (has(&["use ", "choose ", "pick "]) && lower.trim_end().ends_with("when:"))
        || (has(&["use ", "choose ", "pick "]) && lower.trim_end().ends_with("if:"))
    {
        Some(Kind::WhenToChoose)
    } else if has(&["characteristic", "key features", "features:", "highlights"]) {
        Some(Kind::Trait)
    } else if has(&[
        "advantage",
        "pros",
        "benefit",
        "strength",
        "what i like",
        "things i prefer",
        "i prefer",
        "might like",
        "why ",
        "upside",
        "good at",
        "best features",
        "the good",
        "what's good",
        "love about",
    ]) {
        Some(Kind::Pro)
    } else {
        None
    }
}

/// A section heading that concludes: where a post's conditions are its advice.
pub fn concludes(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    [
        "conclusion",
        "verdict",
        "summary",
        "which one",
        "which should",
        "recommendation",
        "wrap up",
        "wrap-up",
        "final thought",
        "bottom line",
        "short answer",
        "tl;dr",
        "tldr",
        "so which",
        "in short",
        "decision",
    ]
    .iter()
    .any(|w| lower.contains(w))
}
