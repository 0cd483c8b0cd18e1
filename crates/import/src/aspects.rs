//! A post's sections about one aspect each ("Performance", "Popularność", "学習コスト"), where the
//! prose says something of two or more options:
//! - without a table that compares the options, each is a grid row, an option's cell the first
//!   sentence there that names that option alone;
//! - where a sentence there praises one option alone ("Vue is easier to learn", in the
//!   language's words of [`Lexicon::favours`]), the aspect is a question leaning to it: does
//!   it matter to the reader?
//! - under a title that prefers one option ("Why I prefer React over Vue", "Hugo statt Jekyll"),
//!   a section about one aspect that says something of that option and praises no other is one
//!   of the post's reasons for it, asked the same way.

use super::advice;
use super::ask::{self, Tone};
use super::kinds::{classify, concludes, Kind};
use super::lexicon::{self, Lexicon};
use super::named::{self, only_option, options_in};
use super::read::{self, Block};
use super::sections::{unnumbered, Part};
use super::sources::{sentences, Proposal};
use verdict_core::content::{Choice, GridRow};
use verdict_core::id_map::IdMap;
use verdict_core::validate::MAX_SHORT_TEXT;

/// A section about one aspect.
pub struct Aspect {
    /// Its heading, without a number.
    pub title: String,
    /// Where its heading is among the blocks.
    pub at: usize,
    /// Per option, the first sentence there that names it alone (plain).
    pub said: Vec<Option<String>>,
    /// The one option the section praises, with the sentence that does.
    pub favoured: Option<(usize, String)>,
}

/// The post's sections about one aspect each, where two or more options are spoken of.
/// `preferred` is the option the title prefers to the others, if it does.
pub fn of(
    parts: &[Part<'_>],
    options: &[Choice],
    preferred: Option<usize>,
    lex: &Lexicon,
) -> Vec<Aspect> {
    parts
        .iter()
        .enumerate()
        .filter_map(|(i, part)| {
            // The post's last section may end with the post's own conclusion ("En definitiva,
            // …"): what it says there is of the whole, not of the section's aspect.
            let blocks = if i + 1 == parts.len() {
                until_conclusion(part.blocks, lex)
            } else {
                part.blocks
            };
            one(part.title, part.at, blocks, options, preferred, lex)
        })
        .collect()
}

/// `blocks` up to a paragraph that opens with one of the language's words of conclusion set
/// apart by a comma or a colon ("In conclusion, …", "En definitiva, …", "Kısacası: …").
fn until_conclusion<'b>(blocks: &'b [Block], lex: &Lexicon) -> &'b [Block] {
    let opens_conclusion = |block: &Block| {
        let Block::Paragraph(lines) = block else {
            return false;
        };
        let lower = crate::lexicon::lowercase(read::plain_prose(lines).trim_start());
        lex.conclusion.iter().any(|word| {
            lower
                .strip_prefix(crate::lexicon::lowercase(word).as_str())
                .is_some_and(|rest| rest.starts_with([',', ':', '，', '：', '、']))
        })
    };
    let end = blocks
        .iter()
        .position(opens_conclusion)
        .unwrap_or(blocks.len());
    &blocks[..end]
}

/// Paragraphs that open with an aspect in bold, the rest saying how the options fare ("**La
/// comunidad de GitHub es 4 veces la de Bitbucket** …", "**Performance.** Vue is faster …"):
/// each is a section about that aspect, headed by its bold words.
pub fn of_leads(
    blocks: &[Block],
    options: &[Choice],
    preferred: Option<usize>,
    lex: &Lexicon,
) -> Vec<Aspect> {
    let mut out = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Paragraph(lines) = block else {
            continue;
        };
        let Some(first) = lines.first() else { continue };
        let Some(lead) = first.lead.as_deref() else {
            continue;
        };
        let title = lead.trim().trim_end_matches(['.', ':', '：', '。']).trim();
        let rest = first
            .plain
            .trim_start()
            .get(lead.trim().len()..)
            .unwrap_or("");
        let rest = rest.trim_start_matches(['.', ':', '：', '。', ' ']);
        // "통계 #1: 구글 트렌드": a numbered exhibit, no aspect.
        let numbered = title.contains('#') && title.chars().any(|c| c.is_ascii_digit());
        if numbered || rest.split_whitespace().count() < 6 || title.split_whitespace().count() > 6 {
            continue;
        }
        let mut body = vec![read::Text::plain_text(rest)];
        body.extend(lines[1..].iter().cloned());
        let section = [Block::Paragraph(body)];
        out.extend(one(title, at, &section, options, preferred, lex));
    }
    out
}

/// The section headed `title` at `at`, its `blocks` up to the next heading, if it is about one
/// aspect.
fn one(
    title: &str,
    at: usize,
    blocks: &[Block],
    options: &[Choice],
    preferred: Option<usize>,
    lex: &Lexicon,
) -> Option<Aspect> {
    {
        let title = without_matchup(unnumbered(title).trim(), options);
        // A section about an option, a kind of list (pros, when to choose) or the conclusion
        // is not an aspect; nor is a heading that is a sentence or a question.
        if !options_in(options, title).is_empty()
            || classify(title, lex).is_some()
            || concludes(title, lex)
            || lex.has(title, &lex.noise)
            // "FAQ", "Opinión personal", "Case study: …": an aside, not one aspect.
            || lex.has_or_english(title, |l| &l.asides)
            || lex.has_or_english(title, |l| &l.candidates)
            // "Use onInput instead of onChange": advice, not an aspect; "Perché sì", "Why
            // not?": reasons, not one aspect.
            || opens_with_verb(title, lex)
            || crate::lexicon::after_opening(title, &lex.why).is_some()
            || title.split_whitespace().count() > 6
            || title.chars().count() > 60
            || title.chars().filter(|c| c.is_alphanumeric()).count() < 2
            // "How are they different?" is the whole comparison, not one aspect of it.
            || title.ends_with(['?', '？', '؟'])
        {
            return None;
        }
        // A heading that names a criterion ("Performance", "Community") is surely an aspect: there
        // a grade praises as a comparative does ("Flutter is fast"). Not where less is better: a
        // footprint that grows "very fast" is no praise.
        let criterion =
            lex.has_or_english(title, |l| &l.criteria) && !lex.has_or_english(title, |l| &l.costs);
        let mut said: Vec<Option<String>> = vec![None; options.len()];
        let mut subject: Vec<bool> = vec![false; options.len()];
        // Per option: how often the section praises it, and the first sentence that does.
        let mut praised: Vec<(usize, Option<String>)> = vec![(0, None); options.len()];
        // The section's own prose, up to its first sub-heading.
        for block in read::before_heading(blocks) {
            // A paragraph's lines are one text; a list's items are each their own.
            let texts: Vec<String> = match block {
                Block::Paragraph(lines) if !lines.iter().all(|l| l.mostly_linked()) => {
                    vec![read::plain_prose(lines)]
                }
                Block::List(items) => items
                    .iter()
                    .filter(|i| !i.mostly_linked())
                    .map(|i| i.plain.clone())
                    .collect(),
                _ => continue,
            };
            for text in texts {
                for sentence in sentences(&text, lex) {
                    // Options named together as the sentence's subject ("Vercel and Netlify are
                    // easier…") share what it says: a cell each, praise for none.
                    if let Some(subjects) = joint_subject(options, &sentence, lex) {
                        let plain = ask::cleaned(&sentence);
                        for o in subjects {
                            if !subject[o] {
                                said[o] = Some(plain.clone());
                                subject[o] = true;
                            }
                        }
                        continue;
                    }
                    // "O ponto vai para o Windows", "Winner: Vue": the section's winner, said.
                    if let Some(o) = winner(options, &sentence, lex) {
                        let cleaned = ask::cleaned(&sentence);
                        if said[o].is_none() {
                            said[o] = Some(cleaned.clone());
                        }
                        praise(&mut praised[o], cleaned, COMPARES);
                        continue;
                    }
                    if let Some((first, second, clause)) = ahead(options, &sentence, lex) {
                        // The comparison says something of both: each one's cell where none is yet.
                        for o in [first, second] {
                            if said[o].is_none() {
                                said[o] = Some(clause.clone());
                            }
                        }
                        praise(&mut praised[first], clause, COMPARES);
                        continue;
                    }
                    let Some(o) = only_option(options, &sentence) else {
                        continue;
                    };
                    let cleaned = ask::cleaned(&sentence);
                    // "Redux: Offers a well-defined pattern" says it under a label.
                    let plain = cleaned
                        .strip_prefix(options[o].name.as_str())
                        .and_then(|rest| rest.strip_prefix([':', '：']))
                        .unwrap_or(&cleaned)
                        .trim();
                    // More than the name: a list of names is not what a section says of them.
                    let says = plain
                        .to_lowercase()
                        .replace(&options[o].name.to_lowercase(), "")
                        .chars()
                        .filter(|c| c.is_alphanumeric())
                        .count()
                        >= 8;
                    if !says || lex.has(plain, &lex.noise) {
                        continue;
                    }
                    // Said of it where it is the subject (named early), else where it is named.
                    let early = options_in(options, &cleaned)
                        .first()
                        .is_some_and(|(at, _)| *at * 5 <= cleaned.len() * 2);
                    if said[o].is_none() || (early && !subject[o]) {
                        said[o] = Some(plain.to_owned());
                        subject[o] = early;
                    }
                    if lex.has(plain, &lex.favours) {
                        // "Compared with React, it is faster": the praise is the other's, where
                        // there is one other.
                        if !lex.sets_against(&cleaned, &options[o].name) {
                            praise(&mut praised[o], plain.to_owned(), COMPARES);
                        } else if options.len() == 2 {
                            praise(&mut praised[1 - o], plain.to_owned(), COMPARES);
                        }
                    } else if criterion && graded(options, o, &cleaned, lex) {
                        praise(&mut praised[o], plain.to_owned(), GRADES);
                    }
                }
            }
        }
        // A section on a criterion that speaks of one option alone is no row; it still asks,
        // where it sets that one ahead ("Skalierbarkeit": "Swift is more scalable …").
        // What the section says of the option the title prefers, taking nothing back: a reason
        // for it ("Small API surface" under "Why I prefer React over Vue").
        let unpraised = praised.iter().all(|(n, _)| *n == 0);
        let reason = preferred
            .and_then(|p| Some((p, said[p].clone()?)))
            .filter(|(_, s)| unpraised && !lex.has(s, &lex.hedges));
        if said.iter().flatten().count() < 2
            && !(criterion && praised.iter().any(|(n, _)| *n >= COMPARES))
            && !(criterion && reason.is_some())
        {
            return None;
        }
        // Where no option is praised, one said to lack what the others have ("Kafka不支持
        // Broker端的消息过滤", "Kafka does not support retries") leaves the one that has it.
        let lacking = || {
            // Phrases that say so ("not supported", "不支持"), not a bare "no" or "none": those
            // stand in too many sentences; nor in a condition.
            let phrases: Vec<String> = lex
                .absent
                .iter()
                .filter(|w| {
                    w.contains(' ')
                        || (w.chars().count() >= 3 && w.chars().all(lexicon::is_unspaced_script))
                })
                .cloned()
                .collect();
            // "…, а если оно не поддерживается, то localStorage": a case, not a lack.
            let lacks = |t: &str| lex.has(t, &phrases) && !lex.sets_a_condition(t);
            let has: Vec<usize> = (0..options.len())
                .filter(|&o| said[o].as_deref().is_some_and(|t| !lacks(t)))
                .collect();
            let lack = said.iter().flatten().any(|t| lacks(t));
            match has[..] {
                [o] if lack && unpraised => Some((o, said[o].clone()?)),
                _ => None,
            }
        };
        let favoured = most_praised(praised).or(reason).or_else(lacking);
        Some(Aspect {
            title: title.to_owned(),
            at,
            said,
            favoured,
        })
    }
}

/// Whether a heading opens with one of the language's verbs of choosing ("Use onInput instead of
/// onChange", "Choose wisely").
fn opens_with_verb(title: &str, lex: &Lexicon) -> bool {
    crate::lexicon::after_opening(title, &lex.use_verbs).is_some()
}

/// A heading's aspect after the match-up it is headed with: "React VS Vue: 성능" is about
/// "성능", as "Django vs Flask – Performance" is about "Performance". A heading naming one option
/// before its colon ("Vue: Reactivity") stays about that option.
fn without_matchup<'a>(title: &'a str, options: &[Choice]) -> &'a str {
    for mark in super::sections::LABEL_MARKS {
        if let Some((head, rest)) = title.split_once(mark) {
            let named: Vec<usize> = options_in(options, head).iter().map(|(_, o)| *o).collect();
            let distinct = named.iter().collect::<std::collections::HashSet<_>>().len();
            let rest = rest.trim();
            if distinct >= 2 && options_in(options, rest).is_empty() && !rest.is_empty() {
                return rest;
            }
        }
    }
    title
}

/// Whether a sentence grades option `o` well in the clause that names it, after its name ("Kafka
/// is fairly mature in logging", "Notion: sehr schnell startklar"), takes nothing back ("but",
/// "not") and compares with nothing ("than": a grade beside "than X" is the other's).
fn graded(options: &[Choice], o: usize, sentence: &str, lex: &Lexicon) -> bool {
    if lex.has(sentence, &lex.hedges)
        || lex.has(sentence, &lex.than)
        || (lex.lang == "en" && advice::negated(sentence))
    {
        return false;
    }
    // The sentence's subject with an aside after it ("Nomad, being a single binary, is easy to
    // deploy"): what the sentence says of it.
    let opens = named::named_spans(options, sentence)
        .first()
        .filter(|&&(at, _, named)| at == 0 && named == o)
        .map(|&(_, end, _)| end);
    if let Some(rest) = opens.and_then(|end| sentence.get(end..)) {
        let said = rest.split([';', '；', '。']).next().unwrap_or(rest);
        if rest.starts_with([',', '，']) && lex.praises(said) {
            return true;
        }
    }
    sentence
        .split([',', ';', '，', '；', '。', '、', '(', '（'])
        .any(|clause| {
            // After the name as the clause spells it ("Vue" of "Vue.js").
            named::named_spans(options, clause)
                .iter()
                .find(|(_, _, named)| *named == o)
                .is_some_and(|&(_, end, _)| clause.get(end..).is_some_and(|rest| lex.praises(rest)))
        })
}

/// The option a sentence names right after the language's words for a section's winner ("the
/// point goes to", "winner:", "o ponto vai para", "Punkt für"), an article maybe between.
fn winner(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<usize> {
    // "Elite 85t の勝ち", "Hugo胜出": a word written "…の勝ち" follows the name it crowns.
    for word in lex.winner.iter().filter_map(|w| w.strip_prefix('…')) {
        let Some(at) = sentence.find(word) else {
            continue;
        };
        let before = sentence[..at].trim_end();
        // The name right before it, as long as the name at most (a shorter spelling fits).
        if let Some(&(name_at, o)) = options_in(options, before).last() {
            if before.len() - name_at <= options[o].name.len() + 2 {
                return Some(o);
            }
        }
    }
    let (at, word) = lex.first(sentence, &lex.winner)?;
    let after = sentence.get(at + word.len()..)?;
    let (name_at, o) = *options_in(options, after).first()?;
    let between = after[..name_at].trim_matches(|c: char| !c.is_alphanumeric());
    (between.chars().count() <= 3 && !between.contains(' ')).then_some(o)
}

/// How much a comparative ("X is faster") praises, and how much a grade ("X is fast"): a grade
/// of one option does not cancel a comparative of another.
const COMPARES: usize = 2;
const GRADES: usize = 1;

/// More praise of an option, the first sentence kept.
fn praise(of: &mut (usize, Option<String>), sentence: String, weight: usize) {
    of.0 += weight;
    of.1.get_or_insert(sentence);
}

/// The option praised more often than any other (with its first praise); where two are praised
/// as often, neither is ahead.
fn most_praised(praised: Vec<(usize, Option<String>)>) -> Option<(usize, String)> {
    let (top, (most, _)) = praised.iter().enumerate().max_by_key(|(_, (n, _))| *n)?;
    let ahead = *most > 0
        && praised
            .iter()
            .enumerate()
            .all(|(o, (n, _))| o == top || n < most);
    ahead
        .then(|| praised.into_iter().nth(top)?.1.map(|s| (top, s)))
        .flatten()
}

/// The option a sentence naming two sets ahead of the other with a comparative between their
/// names, the other, and the clause that does so: "Flutter is more performant than React
/// Native", "Vue ist einfacher als React". Where the comparative follows both names, the one the
/// language's "than" does not mark ("React는 Vue.js에 비해 더 빠르다").
pub(crate) fn ahead(
    options: &[Choice],
    sentence: &str,
    lex: &Lexicon,
) -> Option<(usize, usize, String)> {
    let s = ask::cleaned(sentence);
    // Clause by clause: "…, all of them affirm that Flutter is more performant than React Native";
    // a clause opening with the language's "than" ends the one before ("Nginx … быстрее отдает
    // статику, чем Apache").
    let mut clauses: Vec<String> = Vec::new();
    // Not at a comma inside brackets ("my workspace (tools, kits, you name it) on Ubuntu").
    let mut depth = 0usize;
    let pieces = s.split(|c: char| {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(c, ',' | ';' | '，' | '；' | '、')
    });
    for clause in pieces {
        let lower = crate::lexicon::lowercase(clause.trim_start());
        let than = lex
            .than
            .iter()
            .any(|t| !t.contains('…') && lower.starts_with(&format!("{} ", t.to_lowercase())));
        match clauses.last_mut() {
            Some(last) if than => {
                last.push(',');
                last.push_str(clause);
            }
            _ => clauses.push(clause.to_owned()),
        }
    }
    clauses.iter().find_map(|clause| {
        let clause = clause.as_str();
        let named = named::named_spans(options, clause);
        let [(first_at, first_end, first), (second_at, second_end, second)] = named[..] else {
            return None;
        };
        let (word_at, _) = lex.first(clause, &lex.favours)?;
        if first == second {
            return None;
        }
        // Where the comparative is not between the names, the one "than" marks is set against
        // the other. After both, "than" may follow its name ("React는 Vue.js에 비해 더 빠르다",
        // "Vue.jsよりReactの方が速い"); before both, only a "than" before one marks it ("much
        // easier with Obsidian than with Notion").
        let marked = if word_at < first_at {
            Some(Lexicon::than_before as fn(&Lexicon, &str, &str) -> bool)
        } else if word_at >= second_end {
            Some(Lexicon::sets_against as fn(&Lexicon, &str, &str) -> bool)
        } else {
            None
        };
        if let Some(marks) = marked {
            return match (
                marks(lex, clause, &options[first].name),
                marks(lex, clause, &options[second].name),
            ) {
                (true, false) => Some((second, first, clause.trim().to_owned())),
                (false, true) => Some((first, second, clause.trim().to_owned())),
                _ => None,
            };
        }
        (first_end <= word_at && word_at < second_at).then(|| {
            // A clause's joining word is the sentence's, not the praise's ("and all say…").
            let clause = clause.trim();
            let bare = lex
                .and
                .iter()
                .find_map(|w| {
                    let head = clause.get(..w.len())?;
                    let rest = clause.get(w.len()..)?;
                    (head.eq_ignore_ascii_case(w) && rest.starts_with(' ')).then_some(rest)
                })
                .unwrap_or(clause);
            (first, second, bare.trim().to_owned())
        })
    })
}

/// The options a sentence opens with, joined by the language's "and" or commas ("Vercel and
/// Netlify are easier…"), when it names no other.
fn joint_subject(options: &[Choice], sentence: &str, lex: &Lexicon) -> Option<Vec<usize>> {
    let named = named::named_spans(options, sentence);
    if named.len() < 2 || named[0].0 != 0 {
        return None;
    }
    let mut subjects = vec![named[0].2];
    let mut end = named[0].1;
    for &(at, name_end, o) in &named[1..] {
        let between = sentence.get(end..at)?.trim().trim_matches(',').trim();
        let joins = between.is_empty() || lex.and.iter().any(|w| w.eq_ignore_ascii_case(between));
        if !joins {
            return None;
        }
        subjects.push(o);
        end = name_end;
    }
    (subjects.len() == named.len()).then_some(subjects)
}

/// The aspects as grid rows, their ids kept clear of `taken`.
pub fn rows(aspects: &[Aspect], options: &[Choice], taken: &mut Vec<String>) -> Vec<GridRow> {
    let mut out = Vec::new();
    for aspect in aspects
        .iter()
        .filter(|a| a.said.iter().flatten().count() >= 2)
    {
        if taken.len() >= super::MAX_GRID_ROWS {
            break;
        }
        let feature = ask::shortened(&aspect.title, MAX_SHORT_TEXT);
        let id = super::unique(super::slug(&feature), taken);
        taken.push(id.clone());
        out.push(GridRow {
            id,
            feature,
            cells: options
                .iter()
                .zip(&aspect.said)
                .map(|(o, s)| {
                    let cell = s.as_deref().map_or_else(
                        || "-".to_owned(),
                        |s| read::escape(&ask::shortened(s, MAX_SHORT_TEXT)),
                    );
                    (o.id.clone(), cell)
                })
                .collect::<IdMap<String>>(),
        });
    }
    out
}

/// The aspects a sentence praises one option in, each asked as whether it matters to the reader,
/// leaning to that option.
pub fn proposals(aspects: &[Aspect], lex: &Lexicon) -> Vec<Proposal> {
    aspects
        .iter()
        .filter_map(|aspect| {
            let (o, sentence) = aspect.favoured.as_ref()?;
            // Quoted in the language's frame: an aspect is a noun phrase ("Learning curve").
            let text = ask::framed(&aspect.title, Tone::Want, lex);
            Some(Proposal {
                text,
                option: *o,
                also: Vec::new(),
                weight: Kind::Aspect.weight(),
                reason: read::escape(sentence),
                from: format!("{}: {sentence}", aspect.title),
                kind: Kind::Aspect,
                note: None,
                at: aspect.at,
            })
        })
        .collect()
}
