//! Advice in one sentence, in any language we have words for: the condition it sets ("if you
//! want X", "Si necesitas X", "RSCを使うのであれば"), what it says an option suits, a verdict's
//! reason, the purposes a conclusion gives each option, and the question each asks the reader.

use super::ask::{self, Tone};
use super::kinds::Kind;
use super::lexicon::{self, Lexicon};
use super::named::{led_by, named_spans, only_option, option_in, options_in};
use super::read;
use verdict_core::content::Choice;

/// English: what a condition ("you want your tests to run anywhere") asks, as its own question.
pub(crate) fn ask_condition(condition: &str, lex: &Lexicon) -> Option<String> {
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
pub(crate) fn implied_advice(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<String> {
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

/// Advice in one sentence: the option, the question it answers, and whether it is advice
/// (a recommendation) or only a comparison naming one option (a candidate). A sentence naming
/// one option as what the other is set against ("Comparado con Drupal, es más sencillo") advises
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
            // Where the language's advice opens, run on without a comma ("if you want X you
            // should choose Y").
            let opens_at = {
                let lower = lexicon::lowercase(after);
                lex.advice_opens
                    .iter()
                    .filter_map(|w| lower.find(&format!(" {} ", lexicon::lowercase(w))))
                    .min()
            };
            let advice_at = opens_at
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

/// Whether a lowercase text says the author moved to something ("I've switched to", "decided
/// to move to"): a choice, where a reason follows ("The first reason I decided to switch to Astro
/// was because …", "TL;DR of why I've switched to VS Code:"). English; a verb of choosing says
/// so in every language.
pub(crate) fn moves_to(lower: &str, lex: &Lexicon) -> bool {
    // Words of their own: "removed to" moves nothing.
    const MOVES: [&str; 9] = [
        "switch to",
        "switched to",
        "switching to",
        "move to",
        "moved to",
        "moving to",
        "migrate to",
        "migrated to",
        "migrating to",
    ];
    lex.lang == "en" && MOVES.iter().any(|m| lex.find(lower, m).is_some())
}

/// The reason a verdict gives for its pick, asked of the reader: "I use Zsh because I have a
/// bunch of aliases written in Bash" asks "Do you have a bunch of aliases written in Bash?";
/// "I recommend Fish because it's easy to get started" quotes "Easy to get started" in the
/// language's frame.
pub(crate) fn because(
    options: &[Choice],
    sentence: &str,
    lex: &Lexicon,
) -> Option<(usize, String)> {
    let (at, word) = lex.first(sentence, &lex.because)?;
    // The pick: the one option named before the reason, in a sentence that chooses it.
    let pick = &sentence[..at];
    let o = only_option(options, pick)?;
    let lower = pick.to_lowercase();
    let recommends = lex.lang == "en" && lower.contains("recommend");
    if !lex.has(pick, &lex.use_verbs)
        && !lex.has(pick, &lex.better)
        && !recommends
        && !moves_to(&lower, lex)
    {
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
    // "because I am not in the USA and because of …": the first of the reasons given.
    let reason = lex
        .because
        .iter()
        .filter_map(|w| {
            // `lowercase` keeps each character's bytes: a place in it is one in `reason`.
            let lower = crate::lexicon::lowercase(reason);
            lex.and
                .iter()
                .filter_map(|and| {
                    let joined = format!(" {} {} ", and, w);
                    lower.find(&crate::lexicon::lowercase(&joined))
                })
                .min()
        })
        .min()
        .map_or(reason, |cut| reason[..cut].trim_end_matches([',', ' ']));
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
            // "I am" is "you are".
            let rest = match rest.strip_prefix("am ") {
                Some(after) => format!("are {after}"),
                None => rest.to_owned(),
            };
            return ask::about_the_reader(&format!("you {rest}")).map(|q| (o, q));
        }
        let bare = [
            "of its ",
            "of their ",
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
pub(crate) fn purposes(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<(usize, String)> {
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
        if !lex
            .suits_marks
            .iter()
            .any(|m| between.ends_with(m.as_str()))
        {
            return None;
        }
        let mut object = between;
        // The particles that mark the option as the sentence's topic go before it, those that
        // mark what it suits after it, however many.
        while let Some(rest) = lex
            .topic_marks
            .iter()
            .map(String::as_str)
            .chain(["、", ","])
            .find_map(|m| object.strip_prefix(m))
        {
            object = rest;
        }
        while let Some(rest) = lex
            .suits_marks
            .iter()
            .find_map(|m| object.strip_suffix(m.as_str()))
        {
            object = rest;
        }
        object.trim()
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
pub(crate) fn rules(options: &[Choice], sentence: &str, lex: &Lexicon) -> Vec<String> {
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
pub(crate) fn shared_advice(
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
