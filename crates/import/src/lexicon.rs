//! The importer's words in each language we ship (`lexicon/<lang>.toml`, next to the widget's
//! own words in `verdict-core`): how posts in that language name what they compare, head their
//! sections and give advice, what is noise, and the words a draft is written with. Each table
//! starts with a note for its reviewer.
//!
//! Which table a post is read with: its front matter's or HTML's `lang`, else the language whose
//! script and frequent words the post's text shows most.

use std::sync::OnceLock;

use serde::Deserialize;

/// One language's words. Lists are matched ignoring case; see [`Lexicon::has`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// What a native speaker should check.
    pub review: String,
    /// The language's subtag.
    pub lang: String,
    /// Words between two option names in a title ("vs", "gegen", "と").
    pub versus: Vec<String>,
    /// "and".
    pub and: Vec<String>,
    /// "or".
    pub or: Vec<String>,
    /// Leads before a list of options ("between", "zwischen").
    pub between: Vec<String>,
    /// How a title asks the choice ("which", "welches").
    pub which: Vec<String>,
    /// Headings of when-to-choose parts.
    pub when_to_choose: Vec<String>,
    /// Headings of when-not-to parts.
    pub when_not: Vec<String>,
    /// Headings of pros.
    pub pros: Vec<String>,
    /// Headings of cons.
    pub cons: Vec<String>,
    /// Headings of characteristics.
    pub traits: Vec<String>,
    /// Headings of a conclusion.
    pub conclusion: Vec<String>,
    /// "What is X?" leads.
    pub what_is: Vec<String>,
    /// "Companies using X" leads.
    pub usage: Vec<String>,
    /// Labels of a pro written in a list item ("Pro:").
    pub pro_labels: Vec<String>,
    /// Labels of a con written in a list item ("Con:").
    pub con_labels: Vec<String>,
    /// Conditions about the reader ("if you").
    pub if_you: Vec<String>,
    /// The words that end a condition, in languages that say it first ("…場合", "…경우"):
    /// empty where conditions open with `if_you`.
    pub if_after: Vec<String>,
    /// The word that makes a condition right after it a concession ("*even* if you", "*auch*
    /// wenn", "*même* si"): it sets no condition.
    pub concedes: Vec<String>,
    /// The words a title sets the option it prefers before another with ("Chrome over Firefox",
    /// "Hugo statt Jekyll", "Vue plutôt que React").
    pub prefers: Vec<String>,
    /// Verbs of choosing ("use", "choose").
    pub use_verbs: Vec<String>,
    /// Comparative advice ("is the best choice", "is better").
    pub better: Vec<String>,
    /// Praise that sets one option ahead in an aspect ("faster", "the easiest", "wins").
    pub favours: Vec<String>,
    /// A table's feature whose "Yes" is a cost ("required", "erforderlich").
    pub burdens: Vec<String>,
    /// A table cell's words that grade an option whatever the row is about, with a score
    /// ("fast=2", "excellent=3", "◎=3"), written "word=score".
    pub grades: Vec<String>,
    /// A cell's words of how much ("high=2", "low=0"), written as `grades`: more is better unless
    /// the row is one of `costs`.
    pub levels: Vec<String>,
    /// Rows where less is better ("learning curve", "Lernkurve", "学习成本").
    pub costs: Vec<String>,
    /// A table's rows that add up or rank the others ("Total", "Platz", "順位"; the first is
    /// best): no criterion of their own.
    pub totals: Vec<String>,
    /// A table's rows of whatever else ("Etc.", "Sonstiges", "その他").
    pub catch_all: Vec<String>,
    /// The criteria readers weigh options by ("performance", "Lernkurve", "社区"): a section so
    /// headed is about one aspect.
    pub criteria: Vec<String>,
    /// Headings of asides to the comparison ("FAQ", "Meinung", "おまけ"): never an aspect.
    pub asides: Vec<String>,
    /// Words that take back or qualify a grade in a sentence ("but", "although", "nicht"): the
    /// sentence praises nothing on its grade alone.
    pub hedges: Vec<String>,
    /// Words that deny what a clause says ("not", "nicht", "不", the Japanese "ない").
    pub negations: Vec<String>,
    /// Words that set a name against another ("than", "より", "比", "와 비교"): praise beside
    /// them is the other's.
    pub than: Vec<String>,
    /// The word after an option's name that says what it is for ("for", "für"); empty where
    /// the language puts it after the object.
    pub purpose: Vec<String>,
    /// The word before an option's name that says what it is for, where the language says it
    /// after the object ("için", "向け"); empty where `purpose` comes first.
    pub purpose_after: Vec<String>,
    /// Words for a case or a scenario ("case", "场景"): a when-to-choose phrase holding one heads
    /// a list of uses and, in a sentence, says nothing an option suits.
    pub cases: Vec<String>,
    /// A move from one option to another in a title ("From Jekyll to Hugo", "Von iCloud zu
    /// Nextcloud", "从Hugo到Hexo"): the word before the first name and the word before the
    /// second, written "from|to". Empty where the language marks them after the names.
    pub from_to: Vec<String>,
    /// "Alternatives" ("Alternatives to Webpack", "Las alternativas de Webpack", "Webpack 的替代"):
    /// a title saying it weighs one option against the ones its headings name; and "the others"
    /// ("Hugo over other alternatives"). None of them is a name.
    pub alternatives: Vec<String>,
    /// Headings that open a list of the options ("Options I'm considering", "Die Kandidaten"):
    /// each of its items opens with one.
    pub candidates: Vec<String>,
    /// The word before a reason ("because", "weil", "因为"): a verdict's reason for its pick.
    /// Empty where the reason comes before the word.
    pub because: Vec<String>,
    /// Lines that are not the author's argument.
    pub noise: Vec<String>,
    /// Frequent short words, for telling the language.
    pub common: Vec<String>,
    /// Characters that end a sentence.
    pub sentence_ends: String,
    /// "Yes".
    pub yes: String,
    /// "No".
    pub no: String,
    /// A grid's first-column header.
    pub feature: String,
    /// "Does this matter to you? “{0}”".
    pub matters: String,
    /// "Would this be a problem for you? “{0}”".
    pub problem: String,
    /// "Does this describe your situation? “{0}”".
    pub fits: String,
    /// Why a pro counts ({0}: the option).
    pub reason_pro: String,
    /// Why a con counts.
    pub reason_con: String,
    /// Why a recommendation counts.
    pub reason_fits: String,
    /// Why a when-not-to counts.
    pub reason_avoid: String,
    /// The grid's title when it is drafted from pros and cons.
    pub pros_and_cons: String,
    /// Its row of strengths.
    pub good_at: String,
    /// Its row of weaknesses.
    pub watch_out: String,
    /// The words that open a condition about the reader (one of `if_you`), left out where the
    /// condition is asked as a question of its own ("si" of "si quieres …").
    #[serde(default)]
    pub asks_after: Vec<String>,
    /// Such a condition asked as the language asks a yes/no question ({0}: the condition without
    /// its opening word): "¿{0}?", "{0} ?", "Czy {0}?". Empty where the language asks otherwise,
    /// and the condition is quoted in `fits`.
    #[serde(default)]
    pub asks: String,
    /// Words among the first two of such a condition that keep it from being asked so: a mood a
    /// question does not take (Portuguese "se você quiser"), a concession ("si bien"), a form
    /// that may be the option's as much as the reader's (Spanish "tiene", "su").
    #[serde(default)]
    pub asks_not: Vec<String>,
    /// The reader's word and the word a question puts after it, space between ("bạn có":
    /// "Nếu bạn thích X" → "Bạn có thích X không?"); empty where the language needs none. A
    /// condition not opening with the reader's word is then quoted.
    #[serde(default)]
    pub asks_marker: String,
    /// Whether the condition's verb comes last and opens the question ("wenn du X brauchst" →
    /// "Brauchst du X?").
    #[serde(default)]
    pub asks_verb_first: bool,
    /// The language's articles and the like ("the", "un", "eine", "meine"): no part of a name
    /// written after them ("un PC", "or a Mac").
    #[serde(default)]
    pub articles: Vec<String>,
    /// Whether the language writes its nouns with a capital (German): there a capitalised word
    /// the post writes after an article half the time or more is a noun ("eine Webseite"), not
    /// a name.
    #[serde(default)]
    pub capitalises_nouns: bool,
    /// The words a title asks why with ("Why I chose Jekyll", "Kenapa pake Hugo?"): naming one
    /// option, it is the post's pick.
    #[serde(default)]
    pub why: Vec<String>,
    /// The words a sentence gives its reasons with ("The reasons I use Linux are:", "我使用Linux
    /// 的原因是："): with a verb of choosing and one option, the list after it is that option's
    /// pros. Not a title's pick: "Medium 블로그에서 이사온 이유" gives the reasons for leaving it.
    #[serde(default)]
    pub reasons: Vec<String>,
    /// The words of leaving an option ("left", "ditched", "ушёл", "放弃"): "Why I left Ubuntu"
    /// gives its cons, not its pros.
    #[serde(default)]
    pub leaves: Vec<String>,
    /// The author's words for what they need ("I need", "il me faut", "meine Anforderungen",
    /// "我的需求"): the list after them is what the option the post picks gave them.
    #[serde(default)]
    pub needs: Vec<String>,
    /// The author's own pronouns after the language's "for" ("the best choice for me", "para
    /// mí"): no purpose of the reader's.
    #[serde(default)]
    pub author: Vec<String>,
    /// Degree words between what an option suits and the words that say so, where the language
    /// puts them last ("…에 가장 적합", "…に最も向いている").
    #[serde(default)]
    pub degrees: Vec<String>,
    /// Whether the language spaces every syllable (Vietnamese "sử dụng", "use"): there a phrase
    /// of several words is no sign of advice.
    #[serde(default)]
    pub spaces_syllables: bool,
    /// Words that close a condition before the advice after it ("then", "entonces"), left out
    /// of the question.
    #[serde(default)]
    pub then: Vec<String>,
    /// In a script written without spaces, longer words a listed word sits inside without
    /// being that word (Japanese "かもしれ", "might", holds "もし", "if").
    #[serde(default)]
    pub not_inside: Vec<String>,
    /// A table cell's words for an option without the feature ("None", "Keine", "なし"): beside
    /// cells that say what the others have, the row is a feature they have and it lacks.
    #[serde(default)]
    pub absent: Vec<String>,
    /// Endings that make a word a condition, where the language says "if" with a suffix
    /// (Turkish "istiyorsanız", "kısıtlıysa"): such a word right before the pick ends one.
    #[serde(default)]
    pub if_suffixes: Vec<String>,
    /// Where advice opens after a condition run on without a comma ("if you want X *you
    /// should* choose Y").
    #[serde(default)]
    pub advice_opens: Vec<String>,
    /// Where a language says what an option suits before the words that say so
    /// ("大規模サイトに向いている"): the particles that mark it ("に", "에").
    #[serde(default)]
    pub suits_marks: Vec<String>,
    /// The particles that mark the sentence's topic after the option's name ("は", "는").
    #[serde(default)]
    pub topic_marks: Vec<String>,
    /// The author's "I", "me" and "my": a phrase in them is the author's, quoted, never turned
    /// into a question about the reader ("unlike when I first tried it").
    pub first_person: Vec<String>,
    /// The words that name a section's winner right before it ("the point goes to", "Winner:",
    /// "o ponto vai para", "Punkt für").
    #[serde(default)]
    pub winner: Vec<String>,
}

/// `text` without the one of `words` it ends with (in any case), as a word of its own: after a
/// space or at the start, or anywhere in a script written without spaces ("… entonces", "…的话",
/// "…에 가장"). The text before it, its trailing spaces kept.
pub fn without_last<'t>(text: &'t str, words: &[String]) -> Option<&'t str> {
    words.iter().find_map(|w| {
        let w = lowercase(w);
        // Only the tail is lowercased (`lowercase` keeps every character's bytes): a sentence
        // can be cut at thousands of places, each asking this of all before it.
        let at = text.len().checked_sub(w.len())?;
        let head = text.get(..at)?;
        let bounded = head.is_empty()
            || head.ends_with(' ')
            || w.chars().next().is_some_and(is_unspaced_script);
        (bounded && lowercase(&text[at..]) == w).then_some(head)
    })
}

/// `text` in lowercase with every character where it was: one whose lowercase takes more or
/// fewer bytes (Turkish "İ") stays as written, so an offset into either text is one into both.
/// Turkish posts write "İ" often; with `str::to_lowercase` they found no name at all.
pub fn lowercase(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// The rest of `text` after the first of `words` it opens with, a space or a comma after it
/// (case ignored, the text's own case kept): "Use onInput…" after `use_verbs`, "for Data
/// Science" after `purpose`, "its advantage is…" after the hedge of "However, its advantage is…".
pub fn after_opening<'t>(text: &'t str, words: &[String]) -> Option<&'t str> {
    let lower = lowercase(text);
    words.iter().find_map(|word| {
        let rest = lower.strip_prefix(lowercase(word).as_str())?;
        // `lowercase` keeps every character's bytes, so the rest is where it is in `text`.
        rest.starts_with([' ', ',', '，', '、'])
            .then(|| text[text.len() - rest.len()..].trim_start_matches([' ', ',', '，', '、']))
    })
}

/// The pairs of `from_to` (written "from|to"): the word before the first name and the word
/// before the second; an entry without "|" is none.
pub fn moves(entries: &[String]) -> impl Iterator<Item = (&str, &str)> {
    entries.iter().filter_map(|pair| pair.split_once('|'))
}

/// The words of `grades` or `levels` with their scores (written "word=score"); an entry written
/// otherwise is none (the lexicon tests refuse one).
pub fn scored(entries: &[String]) -> impl Iterator<Item = (&str, f64)> {
    entries.iter().filter_map(|entry| {
        let (word, score) = entry.rsplit_once('=')?;
        Some((word, score.parse().ok()?))
    })
}

/// Every table, English first, parsed once.
pub fn all() -> &'static [Lexicon] {
    static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLES
            .iter()
            .filter_map(|(lang, text)| match toml::from_str::<Lexicon>(text) {
                Ok(table) => Some(table),
                // The lexicon tests read every table: a broken one fails them, by name.
                Err(_) => {
                    debug_assert!(false, "lexicon/{lang}.toml does not read");
                    None
                }
            })
            .collect()
    })
}

/// English: the table every other one follows.
pub fn english() -> &'static Lexicon {
    &all()[0]
}

/// The table of a language subtag, if we have one.
pub fn of(lang: &str) -> Option<&'static Lexicon> {
    let lang = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    all().iter().find(|l| l.lang == lang)
}

macro_rules! tables {
    ($($lang:literal),*) => {
        /// Each table's text, English first.
        pub static TABLES: &[(&str, &str)] = &[
            $(($lang, include_str!(concat!("lexicon/", $lang, ".toml")))),*
        ];
    };
}
tables!(
    "en", "ar", "bn", "de", "es", "fa", "fr", "hi", "id", "it", "ja", "ko", "pl", "pt", "ru", "tr",
    "uk", "ur", "vi", "zh"
);

/// Whether a language is written without spaces between words (its words are found anywhere).
fn unspaced(lang: &str) -> bool {
    matches!(lang, "ja" | "zh")
}

impl Lexicon {
    /// Whether the language is written in Latin script, as its frequent words are.
    pub fn latin_script(&self) -> bool {
        self.common
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphabetic())
            .all(is_latin)
    }

    /// Whether the language writes its words without spaces between them.
    pub fn unspaced(&self) -> bool {
        unspaced(&self.lang)
    }

    /// Where `word` first occurs in `text` (lowercase both), at word boundaries where the
    /// language writes spaces: the byte offset in `lower`.
    pub fn find(&self, lower: &str, word: &str) -> Option<usize> {
        // A word written with a space after it ("why ") opens the text: "Why Django?" is about
        // Django's strengths, "Here is why:" is not.
        let opening = word.ends_with(' ');
        let word = word.trim().to_lowercase();
        if word.is_empty() {
            return None;
        }
        if opening {
            let start = lower.len()
                - lower
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            let rest = &lower[start..];
            let fits = rest.starts_with(&word)
                && rest[word.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            return fits.then_some(start);
        }
        // A word in a script written without spaces is found anywhere; any other word (a Latin
        // "vs" in a Japanese post too) only where the text around it does not go on with it.
        let bounded = word.chars().all(|c| !is_unspaced_script(c));
        let (first, last) = (
            word.chars().next().unwrap_or(' '),
            word.chars().next_back().unwrap_or(' '),
        );
        // A sign ("+", "&", "-") is a word only between spaces: not the end of "Notepad++".
        let sign = !word.chars().any(char::is_alphanumeric);
        let mut from = 0;
        while let Some(at) = lower[from..].find(&word) {
            let start = from + at;
            let end = start + word.len();
            let spaced = |side: &str, before: bool| {
                let c = if before {
                    side.chars().next_back()
                } else {
                    side.chars().next()
                };
                c.is_none_or(char::is_whitespace)
            };
            let ok = if sign {
                spaced(&lower[..start], true) && spaced(&lower[end..], false)
            } else {
                !bounded
                    || (boundary(first, &lower[..start], true)
                        && boundary(last, &lower[end..], false))
            };
            if ok && !self.inside_another(lower, start, &word) {
                return Some(start);
            }
            from = start + word.len().max(1);
            while !lower.is_char_boundary(from) {
                from += 1;
            }
        }
        None
    }

    /// Whether `word`, found at `start` of `lower`, is part of one of the words it is not.
    fn inside_another(&self, lower: &str, start: usize, word: &str) -> bool {
        self.not_inside.iter().any(|longer| {
            longer.match_indices(word).any(|(k, _)| {
                start
                    .checked_sub(k)
                    .and_then(|from| lower.get(from..from + longer.len()))
                    .is_some_and(|there| there == longer)
            })
        })
    }

    /// How often `word` occurs in `lower` (a lowercase text), as [`Lexicon::find`] finds it.
    pub fn count(&self, lower: &str, word: &str) -> usize {
        let mut n = 0;
        let mut from = 0;
        while from < lower.len() {
            match self.find(&lower[from..], word) {
                Some(at) => {
                    n += 1;
                    from += at + word.len().max(1);
                    while from < lower.len() && !lower.is_char_boundary(from) {
                        from += 1;
                    }
                }
                None => break,
            }
        }
        n
    }

    /// Whether `text` holds any of `words`.
    pub fn has(&self, text: &str, words: &[String]) -> bool {
        let lower = lowercase(text);
        words.iter().any(|w| self.find(&lower, w).is_some())
    }

    /// Whether `text` grades something well in the language's own words ("fast", "excellent",
    /// "简单"): one of its `grades` scoring 2 or more. A single character of a script written
    /// without spaces ("快", "好") hides in too many words to count.
    pub fn praises(&self, text: &str) -> bool {
        let lower = lowercase(text);
        scored(&self.grades)
            .filter(|(word, score)| {
                *score >= 2.0
                    && !(word.chars().count() == 1 && word.chars().all(is_unspaced_script))
            })
            .any(|(word, _)| self.find(&lower, word).is_some())
    }

    /// The words a condition about the reader opens with: each of `if_you`'s first words ("if"
    /// of "if you", "wenn" of "wenn du").
    pub fn if_leads(&self) -> impl Iterator<Item = &str> {
        self.if_you
            .iter()
            .filter_map(|p| p.split_whitespace().next())
    }

    /// Whether `text` holds one of the words a condition opens with, anywhere ("…, а если оно
    /// не поддерживается, …").
    pub fn sets_a_condition(&self, text: &str) -> bool {
        let lower = lowercase(text);
        self.if_leads().any(|w| self.find(&lower, w).is_some())
    }

    /// Where `text`'s first condition about the reader opens, and its word ("if you", "wenn
    /// du"): none where the language's word for a concession comes right before it ("*even* if
    /// you", "*auch* wenn du"), which sets no condition.
    pub fn condition<'w>(&'w self, text: &str) -> Option<(usize, &'w str)> {
        let (at, word) = self.first(text, &self.if_you)?;
        let before = lowercase(&text[..at]);
        let before = before.trim_end();
        let concedes = self.concedes.iter().any(|w| {
            before.strip_suffix(w.as_str()).is_some_and(|head| {
                head.chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
        });
        (!concedes).then_some((at, word))
    }

    /// Whether `text` names `name` as what another is set against: one of the language's `than`
    /// just before it ("than React", "比React") or just after it ("Reactより", "React와 비교").
    pub fn sets_against(&self, text: &str, name: &str) -> bool {
        let lower = lowercase(text);
        let name = lowercase(name);
        let Some(at) = lower.find(&name) else {
            return false;
        };
        let after = lower[at + name.len()..].trim_start();
        self.than_around("", after) || self.than_before(text, &name)
    }

    /// Whether the language's "than" stands just before `name` in `text`, maybe with a short
    /// word between ("than with Notion", "que con Notion"): not after it, as "Reactより" has it.
    pub fn than_before(&self, text: &str, name: &str) -> bool {
        let lower = lowercase(text);
        let Some(at) = lower.find(&lowercase(name)) else {
            return false;
        };
        let before = lower[..at].trim_end();
        let preposition = before
            .rsplit_once(' ')
            .filter(|(_, w)| {
                (1..=4).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic)
            })
            .map(|(head, _)| head.trim_end());
        self.than_around(before, "") || preposition.is_some_and(|b| self.than_around(b, ""))
    }

    /// Whether the language's "than" ends `before` (and what stands before it compares) or opens
    /// `after`: the name between them is what the other is set against.
    fn than_around(&self, before: &str, after: &str) -> bool {
        // A Latin or Cyrillic word stands between spaces; "より", "와 비교" are joined to theirs.
        let apart = |c: char| !c.is_alphanumeric();
        self.than.iter().any(|entry| {
            let entry = entry.to_lowercase();
            // "más…que": "que" counts where "más" is among the ten words before it ("más sencillo
            // lograr este tipo de sistemas con Obsidian que con Notion").
            let (lead, word) = entry.split_once('…').unwrap_or(("", &entry));
            let word = word.to_owned();
            if !lead.is_empty() {
                // A word of its own, not the end of "porque".
                let Some(head) = before
                    .strip_suffix(word.as_str())
                    .filter(|h| h.chars().next_back().is_none_or(apart))
                else {
                    return false;
                };
                let near: Vec<&str> = head.split_whitespace().rev().take(10).collect();
                return near.contains(&lead);
            }
            let spaced = word.chars().all(|c| {
                !c.is_alphabetic() || is_latin(c) || ('\u{0400}'..='\u{04FF}').contains(&c)
            });
            let ends = before.ends_with(&word)
                && (!spaced
                    || before[..before.len() - word.len()]
                        .chars()
                        .next_back()
                        .is_none_or(apart));
            let starts = after.starts_with(&word)
                && (!spaced || after[word.len()..].chars().next().is_none_or(apart));
            ends || starts
        })
    }

    /// Whether `text` holds one of the words `of` picks from this language's table or from
    /// English's (titles over posts in other languages are often English: "Alternatives to X").
    pub fn has_or_english(&self, text: &str, of: fn(&Lexicon) -> &[String]) -> bool {
        self.has(text, of(self)) || english().has(text, of(english()))
    }

    /// The first of `words` `text` holds, with where: (byte offset in the lowercase text, the word
    /// as matched). An opening word's space ("why ") is no part of the match: "## Why" ends
    /// with the word.
    pub fn first<'w>(&self, text: &str, words: &'w [String]) -> Option<(usize, &'w str)> {
        let lower = lowercase(text);
        words
            .iter()
            .filter_map(|w| self.find(&lower, w).map(|at| (at, w.trim())))
            .min_by_key(|(at, w)| (*at, std::cmp::Reverse(w.len())))
    }

    /// Whether `c` ends a sentence in this language.
    pub fn ends_sentence(&self, c: char) -> bool {
        self.sentence_ends.contains(c)
    }

    /// A template's `{0}` filled.
    pub fn fill(template: &str, value: &str) -> String {
        template.replace("{0}", value)
    }
}

/// Whether the text beside a match (`before` it, or after) leaves the word whose character on
/// that side is `edge` whole: "vs" in "devserver" is not a word; "와" after "Jekyll" is one.
fn boundary(edge: char, side: &str, before: bool) -> bool {
    let c = if before {
        side.chars().next_back()
    } else {
        side.chars().next()
    };
    c.is_none_or(|c| !continues(edge, c))
}

/// Whether `neighbour`, next to a word's `edge` character, continues that word: a letter or digit
/// of the same kind of script. A Latin name followed by a Korean, Japanese or Russian ending
/// ("Hugo로", "Hugoの", "Go-шный" aside) ends where the script changes.
pub fn continues(edge: char, neighbour: char) -> bool {
    let letter = |c: char| c.is_alphanumeric() || is_mark(c);
    letter(neighbour)
        && !is_unspaced_script(neighbour)
        && (is_latin(edge) == is_latin(neighbour) || is_mark(neighbour) || is_mark(edge))
}

/// A character of the Latin script, or ASCII: Latin-1, Extended-A and -B, and Extended
/// Additional (Vietnamese: "Chuyện" is one word).
pub fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A combining mark that belongs to the letter before it (a virama, a vowel sign, an Arabic
/// vowel mark, a joiner): "या" is not a word inside "क्या".
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3
        | 0x200C..=0x200D)
}

/// Scripts written without spaces between words (Han, kana, Thai…): a word in them is found
/// anywhere.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
        | 0x0E00..=0x0E7F)
}

/// Letters only one of the languages of a script uses (of those we ship): a short post's few
/// words are told apart by them too.
const LETTERS: &[(&str, &str)] = &[
    ("de", "äöüß"),
    ("tr", "ığş"),
    ("pl", "ąęłśżźćń"),
    ("es", "ñ¿¡"),
    ("fr", "èêëçœîû"),
    ("pt", "ãõ"),
    ("vi", "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
    ("ru", "ыэъё"),
    ("uk", "іїєґ"),
];

/// The language a post is written in: `hint` (its front matter's or HTML's `lang`) when we have
/// a table for it, else the one whose script and frequent words its text shows most.
pub fn detect(text: &str, hint: Option<&str>) -> &'static Lexicon {
    if let Some(table) = hint.and_then(of) {
        return table;
    }
    // Scripts first: they tell most languages apart at once.
    let mut counts = [0usize; 12];
    for c in text.chars().take(20_000) {
        let i = match c as u32 {
            0x3040..=0x30FF => 0,                   // kana: Japanese
            0x4E00..=0x9FFF => 1,                   // Han: Chinese or Japanese
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 2, // Hangul
            0x0600..=0x06FF | 0x0750..=0x077F => 3, // Arabic script
            0x0900..=0x097F => 4,                   // Devanagari
            0x0980..=0x09FF => 5,                   // Bengali
            0x0400..=0x04FF => 6,                   // Cyrillic
            _ if c.is_alphabetic() => 7,
            _ => continue,
        };
        counts[i] += 1;
    }
    let letters: usize = counts.iter().sum::<usize>().max(1);
    let share = |i: usize| counts[i] * 100 / letters;
    let lower = text.to_lowercase();
    // Among languages of one script, the one whose frequent words the text uses most (the first
    // named among equals: English before the others).
    let by_words = |candidates: &[&str]| -> &'static Lexicon {
        let mut best: Option<(&'static Lexicon, usize)> = None;
        for table in candidates.iter().filter_map(|lang| of(lang)) {
            let letters = LETTERS
                .iter()
                .find(|(l, _)| *l == table.lang)
                .map_or("", |(_, s)| s);
            let marked = lower.chars().filter(|c| letters.contains(*c)).count();
            let score: usize = table
                .common
                .iter()
                .map(|w| table.count(&lower, w))
                .sum::<usize>()
                + marked;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((table, score));
            }
        }
        best.map_or_else(english, |(table, _)| table)
    };
    if share(0) > 3 {
        return of("ja").unwrap_or_else(english);
    }
    if share(1) > 20 {
        return of("zh").unwrap_or_else(english);
    }
    if share(2) > 20 {
        return of("ko").unwrap_or_else(english);
    }
    if share(3) > 20 {
        // Persian and Urdu write letters Arabic does not.
        let urdu = text
            .chars()
            .filter(|c| matches!(c, 'ٹ' | 'ڈ' | 'ڑ' | 'ے' | 'ں' | 'ھ'))
            .count();
        let persian = text
            .chars()
            .filter(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی'))
            .count();
        let lang = if urdu * 50 > counts[3] {
            "ur"
        } else if persian * 30 > counts[3] {
            "fa"
        } else {
            "ar"
        };
        return of(lang).unwrap_or_else(english);
    }
    if share(4) > 20 {
        return of("hi").unwrap_or_else(english);
    }
    if share(5) > 20 {
        return of("bn").unwrap_or_else(english);
    }
    if share(6) > 20 {
        return by_words(&["ru", "uk"]);
    }
    by_words(&["en", "de", "es", "fr", "pt", "it", "pl", "tr", "id", "vi"])
}
