//! Turning what a post says into a yes/no question about the reader's situation, and telling two
//! questions about the same thing apart from two about different things.
//!
//! A post's lines come in a few grammatical shapes, each with its own way to be asked:
//! - about the reader ("you need a server", "your app uses .NET Framework"): the clause, asked
//!   ("Do you need a server?", "Does your app use .NET Framework?");
//! - a thing wanted or to avoid ("Fast compile times", "Heavy platform"): "Do you want fast compile
//!   times?", "Is a heavy platform a problem for you?" (the article kept: "heavy platform");
//! - an activity ("serving static content quickly"): "Will you be serving static content quickly?";
//! - a use ("Embedded applications", "React to status changes"): "Is it for embedded
//!   applications?", "Do you need to react to status changes?";
//! - a statement ("network access is required"): "Is network access required?".
//!
//! Those shapes are English; they are asked only where the phrase is plainly one of them (a noun
//! phrase, a clause about the reader). Everything else, and every phrase in another language, is
//! quoted in the language's neutral frame ([`framed`]): grammatical whatever the words.

use super::lexicon::{self, Lexicon};

/// How the line leans: toward an option, away from it, or a use it is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something the reader may want (a pro).
    Want,
    /// Something the reader may mind (a con).
    Avoid,
    /// Something the reader may be doing or building (a use case).
    Use,
}

const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "have", "has", "must", "may", "shall",
];

/// The verbs a clause about the reader's things turns on ("your app *uses* …").
const READER_VERBS: &[&str] = &[
    "is",
    "are",
    "has",
    "have",
    "needs",
    "uses",
    "runs",
    "requires",
    "includes",
    "targets",
    "relies",
    "depends",
    "must",
    "can",
    "will",
    "should",
    "does",
    "supports",
    "handles",
    "serves",
    "stores",
    "processes",
    "gets",
    "wants",
    "calls",
    "contains",
    "works",
    "deals",
    "lives",
    "spends",
    "makes",
    "takes",
    "expects",
    "grows",
    "ships",
    "sends",
    "receives",
];

/// Verbs a stressed "do" goes before ("if you do choose Vault", "if you do need SSR").
const STRESSED_VERBS: &[&str] = &[
    "choose", "need", "want", "use", "have", "plan", "care", "like", "prefer", "decide", "pick",
    "go", "run", "build", "expect", "mind", "intend",
];

/// Adverbs between a subject and its verb ("your hosting *only* offers").
const ADVERBS: &[&str] = &[
    "only",
    "already",
    "also",
    "still",
    "often",
    "usually",
    "just",
    "currently",
    "mostly",
    "always",
    "never",
];

/// Words ending in "-ing" that are things, not activities.
const ING_NOUNS: &[&str] = &[
    "everything",
    "nothing",
    "something",
    "anything",
    "thing",
    "string",
    "king",
    "spring",
    "ring",
    "morning",
    "evening",
    "ceiling",
    "building",
    "setting",
    "meeting",
    "wing",
    "ping",
    "tooling",
    "typing",
    "routing",
    "logging",
    "caching",
    "hosting",
    "pricing",
    "licensing",
    "funding",
];

/// Third-person verbs a line about an option starts with ("Works everywhere …", "Runs on …").
const OPTION_VERBS: &[&str] = &[
    "works",
    "runs",
    "supports",
    "handles",
    "scales",
    "offers",
    "provides",
    "reads",
    "renders",
    "ships",
    "comes",
    "feels",
    "gives",
    "lets",
    "makes",
    "needs",
    "requires",
    "uses",
    "compiles",
    "starts",
    "loads",
    "stays",
    "plays",
    "integrates",
    "fits",
    "keeps",
    "includes",
];

/// Verbs a use case starts with ("React to status changes", "Build a REST API").
const USE_VERBS: &[&str] = &[
    "react",
    "build",
    "handle",
    "process",
    "store",
    "run",
    "serve",
    "stream",
    "send",
    "receive",
    "scale",
    "deploy",
    "manage",
    "write",
    "read",
    "test",
    "create",
    "connect",
    "respond",
    "migrate",
    "integrate",
    "support",
    "distribute",
    "deliver",
    "capture",
    "analyze",
    "analyse",
    "publish",
    "subscribe",
    "ship",
    "host",
    "target",
    "develop",
    "replace",
    "share",
    "keep",
    "learn",
    "prototype",
    "automate",
    "query",
    "render",
    "index",
    "cache",
];

/// Whether `text` is already a yes/no question ("Do you need CTEs?").
pub fn is_yes_no(text: &str) -> bool {
    let first = first_word(text).to_lowercase();
    text.trim_end().ends_with('?') && AUXILIARIES.contains(&first.as_str())
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// A word written with a capital first and lowercase after ("Message", not "IDE" or "Go2").
fn plain_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase)
        && c.clone().count() >= 1
        && c.all(|c| !c.is_uppercase() && !c.is_ascii_digit())
}

/// A label written in Title Case ("Learning Curve", "Message Bus Required"): a name for a
/// thing, not a sentence or an activity.
pub fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| !w.starts_with(char::is_alphabetic) || w.starts_with(char::is_uppercase))
        && words.iter().filter(|w| plain_word(w)).count() >= 2
}

/// `text` with its first letter lowercased, unless the first word is a name or an acronym
/// ("IDE support", "PostgreSQL", "C interop" keep theirs).
pub fn decapitalized(text: &str) -> String {
    // A Title Case label ("Message Bus Required") is plain words written so: all lowercased
    // but the acronyms.
    if title_case(text) {
        return text
            .split(' ')
            .map(|w| {
                if plain_word(w) {
                    w.to_lowercase()
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    let word = first_word(text);
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return text.to_owned();
    };
    let rest: String = chars.collect();
    let article = matches!(word, "A" | "An" | "The");
    let plain_word = article
        || (first.is_uppercase()
            && rest.chars().count() >= 1
            && rest.chars().all(|c| !c.is_uppercase())
            && !rest.chars().any(|c| c.is_ascii_digit()));
    if plain_word {
        let mut out = first.to_lowercase().collect::<String>();
        out.push_str(&text[first.len_utf8()..]);
        out
    } else {
        text.to_owned()
    }
}

/// A phrase cleaned to be asked about: markers, trailing punctuation and ellipses gone.
pub fn cleaned(phrase: &str) -> String {
    let mut text = phrase.trim().to_owned();
    // A leading medal or checkmark ("🏅Mocha is …", "✓ Fast").
    while let Some(c) = text.chars().next() {
        if c.is_alphanumeric() || c == '.' || c == '"' || c == '(' || c == '`' {
            break;
        }
        text.remove(0);
    }
    let text = text.trim();
    text.trim_end_matches(['.', ',', ';', ':', '!', '…'])
        .trim_end_matches("...")
        .trim_end_matches(',')
        .trim()
        .to_owned()
}

/// Whether a phrase says the author's "I", "me" or "my" ([`Lexicon::first_person`]).
fn authors(phrase: &str, lex: &Lexicon) -> bool {
    let lower = crate::lexicon::lowercase(phrase);
    lex.first_person
        .iter()
        .any(|w| lex.find(&lower, w).is_some())
}

/// The clause about the reader (`you …`, `your … uses …`), asked as a question; none when the
/// clause is about something else, or says the author's own "I" or "my" as well ("if you use
/// it, unlike when I first tried it").
pub fn about_the_reader(clause: &str) -> Option<String> {
    let clause = cleaned(clause);
    let lower = clause.to_lowercase();
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.is_empty() || authors(&clause, crate::lexicon::english()) {
        return None;
    }
    let rest = |n: usize| words[n..].join(" ");
    let first = words[0].to_lowercase();
    let second = words.get(1).map(|w| w.to_lowercase()).unwrap_or_default();
    let question = if first == "you're" || first == "you’re" {
        format!("Are you {}?", rest(1))
    } else if first == "you" {
        match second.as_str() {
            "are" | "were" => format!("Are you {}?", rest(2)),
            "can" | "will" | "should" | "must" | "could" | "would" => {
                format!("{} you {}?", capitalized(&second), rest(2))
            }
            "don't" | "do" if words.get(2).is_some() && second == "don't" => {
                format!("Do you not {}?", rest(2))
            }
            // "you do choose Vault": a stressed "do" before the verb asks without it.
            "do" if words
                .get(2)
                .is_some_and(|w| STRESSED_VERBS.contains(&w.to_lowercase().as_str())) =>
            {
                format!("Do you {}?", rest(2))
            }
            "have" if words.get(2).is_some_and(|w| w.eq_ignore_ascii_case("to")) => {
                format!("Do you have to {}?", rest(3))
            }
            // "you have already invested …": a perfect tense asks "Have you …?".
            "have"
                if words[2..].iter().take(2).any(|w| {
                    let w = w.to_lowercase();
                    w.len() > 4 && (w.ends_with("ed") || w.ends_with("en"))
                }) =>
            {
                format!("Have you {}?", rest(2))
            }
            _ if second.is_empty() => return None,
            _ => format!("Do you {}?", rest(1)),
        }
    } else if first == "your" && words.len() >= 3 {
        // "your app uses X" → "Does your app use X?"; "your web or service application needs
        // to run …" → "Does your web or service application need to run …?".
        let verb_at = words[2..]
            .iter()
            .position(|w| READER_VERBS.contains(&w.to_lowercase().as_str()))
            .map(|n| n + 2)
            .or_else(|| {
                // "your hosting only offers …": a third-person verb after the subject or an adverb.
                (2..words.len()).find(|&i| {
                    let w = words[i].to_lowercase();
                    let before = words[i - 1].to_lowercase();
                    w.ends_with('s')
                        && !w.ends_with("ss")
                        && w.len() > 3
                        && (i == 2 || ADVERBS.contains(&before.as_str()))
                })
            })?;
        let subject = words[1..verb_at].join(" ");
        let verb = words[verb_at].to_lowercase();
        match verb.as_str() {
            "is" | "are" | "can" | "will" | "must" | "should" => {
                format!(
                    "{} your {subject} {}?",
                    capitalized(&verb),
                    rest(verb_at + 1)
                )
            }
            _ => format!(
                "Does your {subject} {} {}?",
                base_form(&verb),
                rest(verb_at + 1)
            ),
        }
    } else if lower.starts_with("it's ") || lower.starts_with("it is ") {
        let skip = if lower.starts_with("it's ") { 1 } else { 2 };
        format!("Is it {}?", rest(skip))
    } else {
        return None;
    };
    Some(tidy(&question))
}

/// A verb's base form, from the third person ("uses" → "use", "runs" → "run", "has" → "have").
fn base_form(verb: &str) -> String {
    match verb {
        "has" => "have".to_owned(),
        "does" => "do".to_owned(),
        "goes" => "go".to_owned(),
        v if v.ends_with("ies") && v.len() > 4 => format!("{}y", &v[..v.len() - 3]),
        v if v.ends_with("sses")
            || v.ends_with("shes")
            || v.ends_with("ches")
            || v.ends_with("xes") =>
        {
            v[..v.len() - 2].to_owned()
        }
        v if v.ends_with('s') && !v.ends_with("ss") && v.len() > 3 => v[..v.len() - 1].to_owned(),
        v => v.to_owned(),
    }
}

pub(crate) fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One space between words, the first letter capital, a question mark at the end.
fn tidy(question: &str) -> String {
    let joined = question.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut joined = joined
        .trim_end_matches('?')
        .trim_end()
        .trim_end_matches(['.', ',', ';', ':'])
        .to_owned();
    // A bracket the cut left open or closed alone ("… in .NET)").
    if joined.ends_with(')') && !joined.contains('(') {
        joined.pop();
    }
    format!("{}?", capitalized(joined.trim_end()))
}

/// Words that make a phrase a clause, not a noun phrase: a finite verb or a pronoun. A phrase
/// with one of these is only ever quoted ([`framed`]), never wrapped ("Do you want it has …").
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "does",
    "do", "did", "may", "might", "must", "should", "shall", "it", "it's", "its", "they", "we", "i",
    "he", "she", "you", "your", "there", "this", "that", "which", "who", "isn't", "aren't",
    "doesn't", "don't", "can't", "won't", "i'm", "we're", "they're", "makes", "gets", "lets",
    "takes", "comes", "goes", "becomes", "seems", "feels", "looks", "means", "allows", "offers",
    "provides", "requires", "needs", "uses", "runs", "supports", "includes", "helps", "gives",
    "keeps", "works", "scales", "handles", "ships", "but", "because", "although", "since", "if",
    "when", "while", "then", "so", "though",
    // Base forms, which make a clause of a plural subject ("Scripts run everywhere").
    "run", "work", "scale", "need", "use", "make", "take", "get", "let", "help", "keep", "come",
    "go", "feel", "look", "seem", "start", "stay", "play", "fit", "ship", "handle", "include",
    "provide", "offer", "require", "allow", "give", "support", "build", "compile", "load",
    "render", "become", "break", "crash", "fail", "lack", "cost", "want", "like", "love", "hate",
    "know", "learn", "write", "read", "see",
];

/// Whether a phrase opens with a preposition ("With regard to contributing", "Under the
/// covers"): no thing to want or to mind, so it is quoted.
fn opens_with_preposition(phrase: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "with",
        "without",
        "for",
        "in",
        "on",
        "at",
        "by",
        "from",
        "about",
        "regarding",
        "as",
        "into",
        "of",
        "under",
        "over",
        "between",
        "through",
        "via",
        "per",
    ];
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()))
}

/// Whether `phrase` is a short noun phrase ("Fast compile times", "a built-in admin panel").
fn noun_phrase(phrase: &str) -> bool {
    let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    (1..=6).contains(&words.len())
        && !words.iter().any(|w| {
            CLAUSE_WORDS.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
                    .as_str(),
            )
        })
        && !phrase.contains(['.', ';', ':', '?', '!'])
}

/// A phrase the post says (a list item, a table cell, a label, a condition) asked as a yes/no
/// question about the reader's situation, in `tone`, in the post's language. A question the
/// post asks itself is kept as written; in English, the shapes above are asked as such where
/// they are safe; everything else is quoted in the language's neutral frame ("Does this matter
/// to you? “Powerful and flexible”"), which is grammatical whatever the words.
pub fn question(phrase: &str, tone: Tone, lex: &Lexicon) -> Option<String> {
    let phrase = cleaned(phrase);
    let letters = phrase.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < 2 {
        return None;
    }
    // The author's own words ("unlike when I first tried it", "features for me") turn into no
    // question about the reader: they are quoted.
    if authors(&phrase, lex) {
        return Some(framed(&phrase, tone, lex));
    }
    // Before a question the post asks: a condition it asks ("jeśli z niego korzystasz?") is
    // still a condition.
    if let Some(asked) = condition_asked(&phrase, tone, lex).filter(|q| q.chars().count() <= 200) {
        return Some(asked);
    }
    if phrase.ends_with(['?', '？', '؟']) {
        return (phrase.chars().count() <= 200).then(|| phrase.clone());
    }
    if lex.lang == "en" {
        if let Some(asked) = english(&phrase, tone).filter(|q| q.chars().count() <= 200) {
            return Some(asked);
        }
    }
    Some(framed(&phrase, tone, lex))
}

/// A condition about the reader ("Si quieres un blog sencillo", "Wenn du nur eine Website
/// brauchst") asked as its language asks a yes/no question ("¿Quieres un blog sencillo?",
/// "Brauchst du nur eine Website?"); none where the language's table asks no condition so, or
/// the phrase is not one condition of the reader's.
fn condition_asked(phrase: &str, tone: Tone, lex: &Lexicon) -> Option<String> {
    if lex.asks.is_empty() || phrase.contains([',', ';', '，', ':', '–', '—']) {
        return None;
    }
    // A language written without spaces (Chinese) asks a condition's clause as it stands, with
    // the table's ending: "如果你需要X" → "你需要X吗？".
    if phrase.chars().any(lexicon::is_unspaced_script) {
        return unspaced_condition_asked(phrase, lex);
    }
    let lower = lexicon::lowercase(phrase);
    // `lowercase` keeps every character's bytes, so an offset into it is one into `phrase`.
    let stripped = lex.asks_after.iter().find_map(|lead| {
        let lead = lexicon::lowercase(lead);
        let after = lower.strip_prefix(lead.as_str())?;
        // "s'il vous faut": an elided word runs into the next.
        let joined = lead.ends_with(['\'', '’']);
        (joined || after.starts_with(' ')).then(|| phrase[phrase.len() - after.len()..].trim())
    });
    // A condition ("Si quieres X"), or a statement about the reader a condition would open with
    // ("Tu equipo es pequeño", "Quieres aprender rápido", "Du willst schnell lernen": what the
    // language's "if you …" words go on with), said as a main clause.
    let (rest, main_clause) = match stripped {
        Some(rest) if lex.condition(phrase).is_some_and(|(at, _)| at == 0) => (rest, false),
        Some(_) => return None,
        // Among an option's pros or cons, "Vous pouvez déployer en un clic" says what the option
        // lets the reader do, not the reader's situation: quoted, as "you can …" is in English.
        None if !matches!(tone, Tone::Use) => return None,
        None => {
            let lead = lex.asks_after.first()?;
            let probe = format!("{lead} {phrase}");
            let (at, word) = lex.condition(&probe)?;
            if at != 0 || word.trim().chars().count() <= lead.chars().count() {
                return None;
            }
            (phrase.trim(), true)
        }
    };
    let rest = rest.trim_end_matches(['?', '？']).trim_end();
    // A name cut off at its hyphen ("recomiendo Ungoogled-"): the clause runs on past the cut.
    if rest.ends_with(['-', '/']) {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    if !(2..=25).contains(&words.len()) {
        return None;
    }
    let kept_from = |w: &&str| {
        let w = lexicon::lowercase(w);
        lex.asks_not.iter().any(|n| n.to_lowercase() == w)
    };
    if words.iter().take(2).any(kept_from) {
        return None;
    }
    // A verb of the second person ("arbeitest") last: a condition whose "wenn" was left off.
    let main_clause = main_clause
        && !words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w.ends_with("st"));
    let clause = match (lex.asks_verb_first, main_clause) {
        (true, true) => verb_second_asked(&words)?,
        (true, false) => verb_last_asked(&words, lex)?,
        (false, _) => words.join(" "),
    };
    // A word the language asks with after the reader ("Bạn có thích X không?" of "Nếu bạn
    // thích X"): only where the clause opens with the reader.
    let clause = match lex.asks_marker.split_once(' ') {
        Some((subject, marker)) => {
            let (first, rest) = clause.split_once(' ')?;
            if lexicon::lowercase(first) != subject {
                return None;
            }
            format!("{first} {marker} {rest}")
        }
        None => clause,
    };
    // The condition opens the question, unless the language asks with a word of its own first.
    let leads = lex.asks.trim_start_matches('¿').starts_with("{0}");
    // After the language's own opening word ("Czy", "Apakah") the clause goes on in lowercase,
    // but for a pronoun written capitalised ("Anda").
    let polite = clause
        .split_whitespace()
        .next()
        .is_some_and(|w| CAPITALISED_PRONOUNS.contains(&w));
    let clause = if leads {
        capitalized(&clause)
    } else if polite {
        clause
    } else {
        let mut chars = clause.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    };
    Some(Lexicon::fill(&lex.asks, &clause))
}

/// A condition in a script written without spaces, opening with one of the table's
/// `asks_after` words ("如果你想要X的话"), asked with its clause ("你想要X吗？"): not a clause that
/// denies (`asks_not` opening it: "你不需要X") nor one too short or long to be one.
fn unspaced_condition_asked(phrase: &str, lex: &Lexicon) -> Option<String> {
    let phrase = phrase
        .trim()
        .trim_end_matches(['?', '？', '。', '！', '!', '.']);
    let rest = lex
        .asks_after
        .iter()
        .find_map(|lead| phrase.strip_prefix(lead.as_str()))?
        .trim();
    // "…的话" (", then") closes a condition; it is no part of the question.
    let rest = lexicon::without_last(rest, &lex.then)
        .unwrap_or(rest)
        .trim();
    let denies = lex.asks_not.iter().any(|n| rest.starts_with(n.as_str()));
    if denies || !(2..=40).contains(&rest.chars().count()) {
        return None;
    }
    Some(Lexicon::fill(&lex.asks, rest))
}

/// Pronouns of the formal address written with a capital wherever they stand ("Sie", "Ihr",
/// Indonesian "Anda").
const CAPITALISED_PRONOUNS: &[&str] = &["Sie", "Ihr", "Ihre", "Ihnen", "Anda"];

/// A main clause whose verb comes second, after a pronoun or a possessive and its noun ("Du
/// willst …", "Dein Team ist klein"), with that verb first ("Willst du …", "Ist dein Team
/// klein"); none where the word in the verb's place is no finite verb ("in" of "du in einem Team
/// …").
fn verb_second_asked(words: &[&str]) -> Option<String> {
    let subject = if words[0].ends_with(|c: char| c.is_lowercase())
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        2
    } else {
        1
    };
    let verb = words.get(subject)?;
    let finite = verb.ends_with(['t', 'n']) || matches!(*verb, "bist" | "hast" | "sind");
    if !finite
        || !verb.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        || words.len() <= subject + 1
    {
        return None;
    }
    let first = if CAPITALISED_PRONOUNS.contains(&words[0]) {
        words[0].to_owned()
    } else {
        words[0].to_lowercase()
    };
    let mut said = vec![verb.to_string(), first];
    said.extend(words[1..subject].iter().map(|w| w.to_string()));
    said.extend(words[subject + 1..].iter().map(|w| w.to_string()));
    Some(said.join(" "))
}

/// A condition whose verb closes it ("du X brauchst"), with that verb first ("brauchst du X");
/// none where two verbs are joined ("… nutzen willst und … brauchst": things joined are fine,
/// "Sicherheit und Schutz").
fn verb_last_asked(words: &[&str], lex: &Lexicon) -> Option<String> {
    let (verb, head) = words.split_last()?;
    let joined = head.windows(2).any(|pair| {
        let join = lexicon::lowercase(pair[1]);
        let before = pair[0];
        lex.and.iter().chain(&lex.or).any(|j| *j == join)
            && before.starts_with(char::is_lowercase)
            && (before.ends_with("st")
                || ["ist", "hat", "sind", "seid", "wird", "kann", "muss", "will"].contains(&before))
    });
    if joined || !verb.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
        return None;
    }
    Some(format!("{verb} {}", head.join(" ")))
}

/// `phrase` quoted in the language's frame for `tone`, shortened to fit a question.
pub fn framed(phrase: &str, tone: Tone, lex: &Lexicon) -> String {
    let template = match tone {
        Tone::Want => &lex.matters,
        Tone::Avoid => &lex.problem,
        Tone::Use => &lex.fits,
    };
    let room = 200usize.saturating_sub(template.chars().count().saturating_sub(3));
    let quote = shortened(&capitalized(cleaned(phrase).trim()), room.max(20));
    Lexicon::fill(template, &quote)
}

/// `text` of at most `max` characters: cut at a word where it is longer, with an ellipsis.
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > cut.len() / 2 => cut[..at].to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The adjectives that say what an option is with "to" after them ("Easy to learn").
const ADJECTIVES_BEFORE_TO: &[&str] = &[
    "easy",
    "easier",
    "hard",
    "harder",
    "simple",
    "simpler",
    "quick",
    "quicker",
    "fast",
    "faster",
    "slow",
    "slower",
    "ready",
    "able",
    "free",
    "safe",
    "fun",
    "difficult",
    "cheap",
    "expensive",
    "straightforward",
    "painful",
    "pleasant",
    "nice",
    "tricky",
    "trivial",
    "verbose",
    "tedious",
    "awkward",
    "annoying",
    "complex",
    "complicated",
    "confusing",
    "intuitive",
    "possible",
    "impossible",
    "cumbersome",
    "clunky",
    "costly",
];

/// Whether a phrase is an adjective, or a list ending in one ("Lightweight", "Stable,
/// battle-tested and production-ready", "Cross-platform"): it names no thing to want
/// ("Everything included" does).
fn ends_in_adjective(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let listed = phrase.contains(',') || words.iter().any(|w| w.eq_ignore_ascii_case("and"));
    // "Actively maintained", "highly scalable": an adverb before it.
    let adverb = words.len() == 2 && words[0].len() > 4 && words[0].to_lowercase().ends_with("ly");
    let Some(last) = words
        .last()
        .filter(|_| words.len() == 1 || listed || adverb)
    else {
        return false;
    };
    let last = last
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    const ENDS: &[&str] = &[
        "ed",
        "able",
        "ible",
        "ful",
        "less",
        "ive",
        "ous",
        "-ready",
        "-friendly",
        "weight",
        "-platform",
        "-safe",
        "-native",
        "-first",
    ];
    const WORDS: &[&str] = &[
        "stable", "fast", "simple", "cheap", "free", "secure", "mature",
    ];
    // A false match only quotes the phrase in the frame, which is always grammatical.
    WORDS.contains(&last.as_str())
        || ENDS
            .iter()
            // "tested" and "flexible" are adjectives; "speed" and "table" are not.
            .any(|e| last.ends_with(e) && last.len() >= if *e == "ed" { 7 } else { e.len() + 4 })
}

/// Whether a noun phrase is one countable thing without an article ("Great plugin ecosystem",
/// "Website"): "Do you want great plugin ecosystem?" is not English, so it is quoted. Plurals,
/// names and the nouns of a quality or a mass ("flexibility", "documentation", "speed") want no
/// article.
fn bare_countable(phrase: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "a",
        "an",
        "the",
        "your",
        "our",
        "my",
        "some",
        "any",
        "more",
        "less",
        "no",
        "many",
        "much",
        "multiple",
        "several",
        "all",
        "every",
        "each",
        "one",
        "two",
        "fewer",
        "everything",
        "something",
        "nothing",
        "anything",
    ];
    const MASS: &[&str] = &[
        "power",
        "speed",
        "control",
        "support",
        "code",
        "state",
        "data",
        "software",
        "hardware",
        "access",
        "help",
        "freedom",
        "knowledge",
        "feedback",
        "stuff",
        "javascript",
        "typescript",
        "css",
        "html",
        "sql",
        "ux",
        "ui",
        "seo",
        "ssr",
        "ssg",
        "tooling",
        "brevity",
        "choice",
        "room",
        "time",
        "money",
        "cost",
        "work",
        "reuse",
        "use",
        "isolation",
        "integration",
        "source",
        "layout",
        "content",
        "design",
        "output",
        "input",
        "text",
        "markup",
        "logic",
        "storage",
        "memory",
        "traffic",
        "bandwidth",
        "hosting",
    ];
    const MASS_ENDS: &[&str] = &[
        "ity", "ness", "tion", "sion", "ment", "ance", "ence", "ing", "ism", "ship", "dom", "cy",
        "ty", "ware", "age",
    ];
    // The head noun comes before a preposition's phrase ("nice ecosystem for typical tasks").
    let head = phrase.split('(').next().unwrap_or(phrase);
    let words: Vec<&str> = head
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "for" | "with" | "of" | "on" | "in" | "to"
            )
        })
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let last_word = last.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = last_word.to_lowercase();
    // An acronym after other words is a thing one has one of ("built-in ORM", "REST API").
    let acronym = words.len() > 1
        && (2..=5).contains(&last_word.len())
        && last_word.chars().all(|c| c.is_ascii_uppercase());
    if acronym && !DETERMINERS.contains(&first.to_lowercase().as_str()) {
        return !MASS.contains(&lower.as_str());
    }
    !DETERMINERS.contains(&first.to_lowercase().as_str())
        && !lower.ends_with('s')
                // A capital inside a word, or on a word after the first, writes a name ("JavaScript";
        // "Website" alone is only a sentence's capital).
        && !last_word
            .chars()
            .skip(usize::from(words.len() == 1))
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
        && !MASS.contains(&lower.as_str())
        && !MASS_ENDS.iter().any(|e| lower.ends_with(e))
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The English shapes asked as questions of their own, where that is safe; None for the rest.
fn english(phrase: &str, tone: Tone) -> Option<String> {
    if is_yes_no(phrase) {
        return Some(tidy(phrase));
    }
    // "It's fast" among an option's pros speaks of the option, not of the reader's situation.
    let lower = phrase.to_lowercase();
    let of_the_option = !matches!(tone, Tone::Use)
        && ["it's ", "it’s ", "it is ", "you can ", "you could "]
            .iter()
            .any(|lead| lower.starts_with(lead));
    if let Some(asked) = about_the_reader(phrase).filter(|_| !of_the_option) {
        return Some(asked);
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words[0].to_lowercase();
    let second = words.get(1).map(|w| w.to_lowercase()).unwrap_or_default();
    let rest_is_plain =
        |from: usize| noun_phrase(&words[from.min(words.len())..].join(" ")) || from >= words.len();
    // A statement: "network access is required" → "Is network access required?".
    if let Some(at) = words
        .iter()
        .position(|w| matches!(w.to_lowercase().as_str(), "is" | "are"))
        .filter(|&at| at > 0 && at + 1 < words.len() && at <= 3 && words.len() <= 8)
    {
        // "Heavy, 4GB RAM is not enough": a list before the verb is no subject to ask about.
        let subject = words[..at].join(" ");
        if noun_phrase(&subject) && !subject.contains([',', ';']) && rest_is_plain(at + 1) {
            let verb = capitalized(&words[at].to_lowercase());
            let subject = decapitalized(&words[..at].join(" "));
            return Some(tidy(&format!(
                "{verb} {subject} {}",
                words[at + 1..].join(" ")
            )));
        }
        return None;
    }
    let lowered = decapitalized(phrase);
    // An activity: "serving static content quickly", "Working with lots of data".
    if first.ends_with("ing")
        && first.len() > 4
        && !ING_NOUNS.contains(&first.as_str())
        && !title_case(phrase)
        && words.len() <= 8
        && rest_is_plain(1)
    {
        return Some(tidy(&format!("Will you be {lowered}")));
    }
    // What the option does: "Works everywhere a browser does".
    if OPTION_VERBS.contains(&first.as_str()) && words.len() <= 8 && rest_is_plain(1) {
        let rest = words[1..].join(" ");
        return Some(tidy(&match tone {
            Tone::Avoid => format!("Is it a problem if it {first} {rest}"),
            _ => format!("Do you want it to {} {rest}", base_form(&first)),
        }));
    }
    // What the option is: "Not POSIX compatible", "Too verbose", "Easy to learn".
    // "React to status changes" is an activity; "Easy to learn" says what the option is.
    let adjective_to = second == "to" && ADJECTIVES_BEFORE_TO.contains(&first.as_str());
    // "Too many configurations" is a thing to mind, not what the option is.
    let quantity = matches!(second.as_str(), "many" | "much" | "few" | "little");
    if (adjective_to
        || (matches!(first.as_str(), "not" | "too" | "very" | "quite" | "rather") && !quantity))
        && words.len() <= 6
        && rest_is_plain(if adjective_to { 3 } else { 2 })
    {
        return Some(tidy(&match tone {
            Tone::Avoid => format!("Is it a problem if it is {lowered}"),
            _ => format!("Do you want it to be {lowered}"),
        }));
    }
    if opens_with_preposition(phrase) {
        return None;
    }
    let article = matches!(first.as_str(), "a" | "an" | "the");
    let plural = words.len() <= 4
        && words.last().is_some_and(|w| {
            let w = w.to_lowercase();
            w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
        });
    match tone {
        Tone::Use
            if USE_VERBS.contains(&first.as_str()) && words.len() <= 10 && rest_is_plain(1) =>
        {
            Some(tidy(&format!("Do you need to {lowered}")))
        }
        Tone::Use if noun_phrase(phrase) => Some(tidy(&format!("Is it for {lowered}"))),
        // "Install a package": a verb before its object's article wants "to".
        Tone::Want
            if noun_phrase(phrase)
                && matches!(second.as_str(), "a" | "an" | "the" | "your")
                && !article
                && !first.ends_with("ly")
                && words.len() >= 3
                && words[0].chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            Some(tidy(&format!("Do you want to {lowered}")))
        }
        Tone::Want
            if noun_phrase(phrase) && !ends_in_adjective(phrase) && !bare_countable(phrase) =>
        {
            Some(tidy(&format!("Do you want {lowered}")))
        }
        // "A steep learning curve", "Slow builds": a thing to mind, asked whole; a singular
        // without its article is quoted instead ("Heavy platform").
        Tone::Avoid if noun_phrase(phrase) && article => {
            Some(tidy(&format!("Is {lowered} a problem for you")))
        }
        Tone::Avoid if noun_phrase(phrase) && plural => {
            Some(tidy(&format!("Are {lowered} a problem for you")))
        }
        _ => None,
    }
}

/// The words that say what a sentence is about, as stems (for telling two sentences about the
/// same thing): long words cut to 7 letters ("freelancing", "freelance" → "freelan"), short
/// ones without a plural "s".
pub fn keywords(text: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "you",
        "are",
        "the",
        "and",
        "for",
        "need",
        "building",
        "build",
        "with",
        "your",
        "just",
        "want",
        "what",
        "when",
        "use",
        "using",
        "choose",
        "does",
        "that",
        "this",
        "have",
        "will",
        "full",
        "simple",
        "small",
        "large",
        "new",
        "app",
        "apps",
        "project",
        "web",
        "from",
        "into",
        "there",
        "their",
        "they",
        "them",
        "its",
        "can",
        "more",
        "most",
        "very",
        "not",
        "any",
        "all",
        "one",
        "it's",
        "about",
        "than",
        "also",
        "only",
        "like",
        "would",
        "should",
        "could",
        "been",
        "being",
        "problem",
        "important",
        "matter",
        "need",
        "needs",
        "which",
        "who",
        "how",
        "why",
    ];
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        // Two characters of Chinese or Japanese are a word ("速度", "价格"); two Latin ones rarely.
        .filter(|w| {
            let n = w.chars().count();
            (n >= 3 || (n == 2 && w.chars().all(lexicon::is_unspaced_script)))
                && !COMMON.contains(&w.as_str())
        })
        .map(|w| {
            if w.chars().count() > 7 {
                w.chars().take(7).collect()
            } else {
                w.strip_suffix('s').map(str::to_owned).unwrap_or(w)
            }
        })
        .collect()
}

/// Whether two questions are about the same thing: one's words are all the other's, or they
/// share at least half of their words.
pub fn same_topic(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return a.is_empty() && b.is_empty();
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let smaller = a.len().min(b.len());
    shared == smaller || shared * 2 >= a.len().max(b.len())
}

/// What a question asks about, without its frame ("Do you want fast compile times?" → "fast
/// compile times"): for a grid drafted from pros and cons.
pub fn topic(question: &str) -> String {
    // A framed question: what it quotes, between the first opening mark and the last closing one.
    if let Some(open) = question.find(['“', '„', '«', '「', '『', '"']) {
        let quoted = &question[open..];
        let quoted = &quoted[quoted.chars().next().map_or(0, char::len_utf8)..];
        if let Some(close) = quoted.rfind(['”', '“', '»', '」', '』', '"']) {
            return quoted[..close]
                .trim_matches(|c: char| c.is_whitespace())
                .to_owned();
        }
    }
    let q = question.trim_end_matches('?');
    for frame in [
        "Do you want ",
        "Do you need to ",
        "Will you be ",
        "Is it for ",
        "Do you need ",
        "Do you have ",
    ] {
        if let Some(rest) = q.strip_prefix(frame) {
            return rest.to_owned();
        }
    }
    if let Some(rest) = q
        .strip_prefix("Is ")
        .and_then(|r| r.strip_suffix(" a problem for you"))
    {
        return rest.to_owned();
    }
    for frame in [
        "Is it a problem if it is ",
        "Is it a problem if it ",
        "Do you want it to ",
        "Do you want it ",
        "Is it ",
    ] {
        if let Some(rest) = q.strip_prefix(frame) {
            return rest.to_owned();
        }
    }
    q.to_owned()
}
