//! Which options a post compares, wherever it names them, in any language we have words for
//! ([`Lexicon`]): its title or a sentence listing them ("X vs Y", "X, Y und Z", "X ou Y",
//! "XとYの比較", "X 和 Y 如何选择", "between X and Y"), one heading each (numbered or not,
//! "What is X?" in the post's language), a table's header or first column (case, emoji, links
//! and footnote marks ignored), the subjects of its pros and cons, and the leaves of a mermaid
//! flowchart. Each name is spelled as the post spells it most.
//!
//! A name the post never compares is left out: one found outside the title and such a sentence
//! must come back in the text at least three times, and a heading under another option's
//! heading belongs to that option.

mod groups;
mod listing;
mod predicates;

use super::body::Body;
use super::read::Block;
use super::sections::unnumbered;
use crate::lexicon::{continues, is_latin, is_unspaced_script, lowercase, Lexicon};
use std::collections::{HashMap, HashSet};

use groups::*;
use listing::*;
use predicates::*;

pub use predicates::mentions;

/// Where a name was found, for the author's inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The option's name as the draft writes it.
    pub name: String,
    /// Where it was found ("the title", "headings", "a table", "its pros and cons").
    pub from: String,
    /// The abbreviation the post also writes it as ("CFP" of "Cloudflare Pages").
    pub short: Option<String>,
}

/// What else the post says about the names it may compare: its front matter's tags, the words
/// it marks (bold, italic, code, link text) and the post's text.
pub struct Hints<'a> {
    /// The front matter's tags.
    pub tags: &'a [String],
    /// Every span the post marks, plain.
    pub marked: &'a [String],
}

/// The names the post compares, in the order it gives them, and where each was found.
pub fn options(
    titles: &[&str],
    intro_sentences: &[String],
    blocks: &[Block],
    body: &Body,
    lex: &Lexicon,
    hints: &Hints<'_>,
) -> Vec<Found> {
    let found = found_options(titles, intro_sentences, blocks, body, lex, hints);
    // A table's column of its own ("| Vue Router | Svelte |" under "Vue vs Svelte") is another
    // product than the name it starts with.
    let columns: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { head, .. } => Some(head),
            _ => None,
        })
        .flatten()
        .map(|cell| cell.plain.trim().to_lowercase())
        .collect();
    let found = found
        .into_iter()
        .map(|f| latin_where_written(f, body))
        .collect();
    written_short(introduced_whole(found, body, lex, &columns), body)
}

/// A name given in the post's script with its Latin spelling beside it ("리액트(React)"), by the
/// Latin one where the post's text writes that more often ("React와 vue.js가 뭐가 다르지?"): the
/// name the reader sees in the post.
fn latin_where_written(found: Found, body: &Body) -> Found {
    let spelled = listing::native_with_latin(&found.name).and_then(|(native, latin)| {
        // Each counted where it stands alone, not inside the pair.
        let pair = body.mentions(&found.name);
        let alone = |n: &str| body.mentions(n).saturating_sub(pair);
        (alone(latin) > alone(native)).then(|| latin.to_owned())
    });
    match spelled {
        Some(name) => Found { name, ..found },
        None => found,
    }
}

/// The most names a group may hold to be the options: a post ranking a dozen tools compares
/// them, though a comparison holds fewer ([`verdict_core::limits::OPTIONS`]).
const MOST_LISTED: usize = 12;

/// The longest one-word name whose first letters are weighed as its short form.
const MAX_SHORTENED: usize = 24;

/// How often the post writes `word` all in lowercase, as a word of its own.
fn written_lowercase(body: &Body, word: &str) -> usize {
    let text: &str = body;
    let lower = word.to_lowercase();
    text.match_indices(&lower)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + lower.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
        .count()
}

/// Each one-word name the post mostly writes shorter, as the first letters of it with a capital
/// ("Postgres" for "PostgreSQL", "Elastic" for "Elasticsearch"), and each of three words or more
/// it mostly writes by its last ones ("App Router"): the short one kept for finding it. Not a
/// word the name is made of, written as it is there ("Java" of "JavaScript").
fn written_short(found: Vec<Found>, body: &Body) -> Vec<Found> {
    let names: Vec<String> = found.iter().map(|f| f.name.clone()).collect();
    found
        .into_iter()
        .map(|f| {
            if f.short.is_some() || !f.name.is_ascii() {
                return f;
            }
            // A name of several words the post mostly writes by its last ones ("App Router" of
            // "Next.js App Router", "Copilot" of "GitHub Copilot"): words of names, not of the
            // language ("Test Runner": "test" is written in lowercase too), and no other
            // option's. (Not its first word: "GitHub" of "GitHub Packages" is the maker.)
            let words: Vec<&str> = f.name.split(' ').collect();
            if words.len() >= 2 {
                let full = body.mentions(&f.name);
                let shorter = (1..words.len())
                    .map(|from| &words[from..])
                    .find_map(|part| {
                        let short = part.join(" ");
                        let alone = body.mentions(&short).saturating_sub(full);
                        // A model's number counts as a word of the name ("Elite 85t"), beside
                        // one capitalised word at least.
                        let model = |w: &&str| {
                            w.starts_with(|c: char| c.is_ascii_digit())
                                && w.chars().any(char::is_alphabetic)
                        };
                        let named = part.iter().any(|w| !model(w))
                            && part.iter().all(|w| {
                                w.chars().count() >= 3
                                    && (model(w)
                                        || (w.starts_with(|c: char| c.is_uppercase())
                                            && written_lowercase(body, w) * 2 < body.mentions(w)))
                            });
                        let shared = names
                            .iter()
                            .any(|n| *n != f.name && mentions(n, &short) > 0);
                        (named && !shared && alone >= 3 && alone > full).then_some(short)
                    });
                return match shorter {
                    Some(short) => Found {
                        short: Some(short),
                        ..f
                    },
                    None => f,
                };
            }
            let full = body.mentions(&f.name);
            let chars: Vec<char> = f.name.chars().collect();
            // Each first letters weighed reads the post: a name of a few words' length at most.
            if chars.len() > MAX_SHORTENED {
                return f;
            }
            let short = (5..chars.len().saturating_sub(1)).rev().find_map(|n| {
                let prefix: String = chars[..n].iter().collect();
                // Cut inside a word ("Postgre|SQL"), not before a domain or a part of its own
                // ("WordPress|.com", "Google|-translate").
                if !chars[n].is_alphabetic() || !chars[..n].iter().all(|c| c.is_alphanumeric()) {
                    return None;
                }
                let said = body.mentions(&prefix);
                if said < 3 || said <= full {
                    return None;
                }
                let spelled = predicates::best_spelling(&prefix, body);
                let capitalised = spelled.starts_with(|c: char| c.is_uppercase());
                let part = chars[n].is_uppercase() && spelled == prefix;
                (capitalised && !part).then_some(spelled)
            });
            match short {
                Some(short) => Found {
                    short: Some(short),
                    ..f
                },
                None => f,
            }
        })
        .collect()
}

/// Each name as the post introduces it, where it first writes it with one more word it writes
/// so again ("Linux Mint", then "Mint"; "Arch Linux", then "Arch"): the post's full name, the
/// short one kept for finding it.
fn introduced_whole(
    found: Vec<Found>,
    body: &Body,
    lex: &Lexicon,
    columns: &[String],
) -> Vec<Found> {
    let names: Vec<String> = found.iter().map(|f| f.name.to_lowercase()).collect();
    found
        .into_iter()
        .map(|f| {
            if f.short.is_some() {
                return f;
            }
            // A word at a time, up to three ("Code" → "Studio Code" → "Visual Studio Code").
            let mut whole = f.name.clone();
            for step in 0..3 {
                match whole_name(&whole, step == 0, &names, body, lex) {
                    Some(longer) if !columns.contains(&longer.to_lowercase()) => whole = longer,
                    _ => break,
                }
            }
            if whole == f.name {
                return f;
            }
            Found {
                name: whole,
                from: f.from,
                short: Some(f.name),
            }
        })
        .collect()
}

/// The name with a capitalised word next to it: the word beside its first mention, where the
/// post writes them together at least twice and for a quarter of the name's mentions, or the
/// word beside half of them ("## 3. Mint" over "Linux Mint" five times).
fn whole_name(
    name: &str,
    first_step: bool,
    names: &[String],
    body: &Body,
    lex: &Lexicon,
) -> Option<String> {
    let text: &str = body;
    let word = |w: &str| -> Option<String> {
        let w: String = w
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '+' | '#' | '/'))
            .collect();
        let w = w.trim_end_matches(['.', '/']).to_owned();
        let lower = lowercase(&w);
        let plain = w.starts_with(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !lex.common.contains(&lower)
            && !crate::lexicon::english().common.contains(&lower)
            && !names
                .iter()
                .any(|n| n.split_whitespace().any(|p| *p == lower));
        plain.then_some(w)
    };
    // The longer names beside one mention: the word after it, the word before it.
    let beside = |at: usize| -> [Option<String>; 2] {
        let after = text[at + name.len()..]
            .strip_prefix(' ')
            .and_then(word)
            .map(|w| format!("{name} {w}"));
        // Not a sentence's first word ("Then macOS updated"), capitalised whatever it is.
        let before = text[..at]
            .strip_suffix(' ')
            .and_then(|b| word(b.rsplit([' ', '\n', '(', '[']).next()?))
            .filter(|w| {
                text[..at]
                    .strip_suffix(&format!("{w} "))
                    .is_some_and(|head| {
                        let head = head.trim_end_matches(' ');
                        !head.is_empty() && !head.ends_with(['.', '!', '?', '\n', ':', '#'])
                    })
            })
            .map(|w| format!("{w} {name}"));
        [after, before]
    };
    let mentions: Vec<usize> = text
        .match_indices(name)
        .map(|(at, _)| at)
        .filter(|&at| !cut_from_a_word(text, at, name.len()))
        .take(200)
        .collect();
    let first = *mentions.first()?;
    let all = body.mentions(name);
    // The post writes the name alone too (else "Vue Router" throughout is another product than
    // the title's "Vue"); a word added to one already lengthened may be always there ("Studio
    // Code" is always "Visual Studio Code").
    let fits = |whole: &String, share: usize| {
        let together = body.as_written(whole);
        together >= 2
            && together * share >= all
            && (together < all || !first_step)
            && !junk(whole, lex)
    };
    if let Some(whole) = beside(first).into_iter().flatten().find(|w| fits(w, 4)) {
        return Some(whole);
    }
    let mut seen: Vec<String> = Vec::new();
    for at in mentions {
        for whole in beside(at).into_iter().flatten() {
            if !seen.contains(&whole) {
                if fits(&whole, 2) {
                    return Some(whole);
                }
                seen.push(whole);
            }
        }
    }
    None
}

fn found_options(
    titles: &[&str],
    intro_sentences: &[String],
    blocks: &[Block],
    body: &Body,
    lex: &Lexicon,
    hints: &Hints<'_>,
) -> Vec<Found> {
    let (others, groups) = other_names(blocks, lex, body);
    if std::env::var_os("VERDICT_DEBUG_NAMES").is_some() {
        eprintln!("others: {others:?}");
        eprintln!(
            "groups: {:?}",
            groups
                .iter()
                .map(|g| (g.kind, &g.names))
                .collect::<Vec<_>>()
        );
    }
    // The kinds of places each name was found in, looked up once per name (a post can give
    // thousands).
    let mut kinds_of: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (n, k) in &others {
        let kinds = kinds_of.entry(n.to_lowercase()).or_default();
        if !kinds.contains(k) {
            kinds.push(k);
        }
    }
    for kinds in kinds_of.values_mut() {
        kinds.sort_unstable();
    }
    let evidence = |name: &str| -> Vec<&'static str> {
        kinds_of
            .get(&name.to_lowercase())
            .cloned()
            .unwrap_or_default()
    };
    // A name the post abbreviates where it spells it out in a heading or a table too ("CFP" in
    // the ranking, "Cloudflare Pages" over its section) is the name spelled out.
    let found = |names: Vec<String>, from: &str| -> Vec<Found> {
        names
            .into_iter()
            .map(|name| match spelled_out(&name, &others) {
                Some(long) => Found {
                    name: long,
                    from: from.to_owned(),
                    short: Some(name),
                },
                None => Found {
                    name,
                    from: from.to_owned(),
                    short: None,
                },
            })
            .collect()
    };
    let distinct = |names: &[String]| {
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        lower.len() == names.len()
    };
    // A listing name with extra words takes the shorter form the post's headings use ("Vue JS"
    // in the title, "Vue" in the headings), unless the listing names both or the headings use
    // the full name too.
    let reconcile = |names: Vec<String>| -> Vec<String> {
        names
            .iter()
            .filter(|name| !junk(name, lex))
            .map(|name| {
                if others.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                    return name.clone();
                }
                others
                    .iter()
                    .filter(|(_, k)| matches!(*k, "headings" | "a table header" | "a table"))
                    .map(|(n, _)| n)
                    .filter(|n| {
                        name.len() > n.len()
                            && name
                                .to_lowercase()
                                .starts_with(&format!("{} ", n.to_lowercase()))
                    })
                    .find(|n| !names.iter().any(|other| other.eq_ignore_ascii_case(n)))
                    .cloned()
                    .unwrap_or_else(|| name.clone())
            })
            // A short form the title uses where the tables and headings write the name whole
            // ("postgres" for "PostgreSQL"; not "Vue" for "Vue Router").
            .map(|name| {
                let lower = name.to_lowercase();
                others
                    .iter()
                    .map(|(n, _)| n)
                    .find(|n| {
                        let longer = n.to_lowercase();
                        longer.len() > lower.len()
                            && longer.len() <= lower.len() + 4
                            && longer.starts_with(&lower)
                            && longer[lower.len()..]
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == '.')
                            && {
                                // "WordPress" is found inside each "WordPress.com": alone it is
                                // the rest.
                                let dotted = longer[lower.len()..].starts_with('.');
                                let whole = body.mentions(n);
                                let alone = body.mentions(&name).saturating_sub(if dotted {
                                    whole
                                } else {
                                    0
                                });
                                whole > alone
                            }
                    })
                    .cloned()
                    .unwrap_or(name)
            })
            .map(|name| best_spelling(&name, body))
            .collect()
    };
    // The siblings of a listing's names in one group of headings the listing left out ("React,
    // Angular ou Vue" over headings for Svelte, React, Angular and Vue).
    let with_siblings = |mut names: Vec<String>, from_intro: bool| -> Vec<String> {
        // The one group of headings that holds the most of the listed names ("Windows:" and
        // "Linux:" beside "Produtividade" under another heading are two groups).
        let holds = |g: &&Group| {
            g.names
                .iter()
                .filter(|n| names.iter().any(|m| m.eq_ignore_ascii_case(n)))
                .count()
        };
        let group: Vec<&String> = groups
            .iter()
            .filter(|g| g.kind == "headings")
            .max_by_key(holds)
            .filter(|g| holds(g) > 0)
            .map(|g| g.names.iter().collect())
            .unwrap_or_default();
        let shared = names
            .iter()
            .filter(|n| group.iter().any(|g| g.eq_ignore_ascii_case(n)))
            .count();
        let least = names.iter().map(|n| body.mentions(n)).min().unwrap_or(0);
        // Every listed name in the group, or, in the introduction, all but the post's subject
        // ("Zustand in comparison to …, including Redux" over headings for Redux, Valtio, Jotai
        // and Recoil).
        let all_but_subject =
            from_intro && shared >= 1 && names.len() == shared + 1 && group.len() >= 3;
        // Where the listing writes its names in lowercase ("zigbee, z-wave czy wifi?"), a
        // sibling in lowercase is as much a name ("bluetooth").
        let lowercase_listing = names.iter().any(|n| !strictly_named(n, lex));
        // A group whose other headings say more of a listed name ("PYTHON ALS FUNDAMENT" beside
        // "PHP" and "Python") is the post's outline, not one heading per option.
        let outline = group.iter().any(|g| {
            !names.iter().any(|n| n.eq_ignore_ascii_case(g))
                && names.iter().any(|n| mentions(g, n) > 0)
        });
        if ((shared >= 2 && shared == names.len()) || all_but_subject) && !outline {
            for g in group {
                let often = body.mentions(g) >= 3 && body.mentions(g) * 4 >= least;
                // "Zsh plugins" beside "Zsh" is about Zsh.
                if names.len() < 6
                    && !names.iter().any(|n| mentions(g, n) > 0)
                    && often
                    && (strictly_named(g, lex) || (lowercase_listing && !junk(g, lex)))
                {
                    names.push(best_spelling(g, body));
                }
            }
        }
        names
    };

    // A title weighing one option against its alternatives ("Las alternativas de Webpack" over
    // headings for esbuild, vite, WMR and Snowpack): that one, then the group its headings name.
    let alternatives = titles
        .iter()
        .filter(|t| lex.has_or_english(t, |l| &l.alternatives))
        .find_map(|t| {
            // "React 和它的替代品": the alternatives are no name.
            let alternative = |n: &String| {
                let lower = n.to_lowercase();
                lex.first(&lower, &lex.alternatives).is_some()
            };
            let mut named = reconcile(listed(t, lex, body));
            // Written as names in the post, not the title's case ("Private Registry").
            named.retain(|n| !alternative(n) && name_like(n, body, lex));
            if named.is_empty() {
                named = title_names(t, lex, body)
                    .into_iter()
                    .filter(|n| n.chars().any(char::is_alphabetic))
                    .filter(|n| strictly_named(n, lex) && body.mentions(n) >= 2)
                    .filter(|n| !alternative(n) && name_like(n, body, lex))
                    .collect();
            }
            match named.as_slice() {
                [one] => Some(best_spelling(one, body)),
                _ => None,
            }
        });
    if let Some(incumbent) = alternatives {
        let lists = list_groups(blocks, lex, |l| &l.alternatives, false);
        let group = groups
            .iter()
            .filter(|g| g.kind == "headings")
            .chain(&lists)
            .map(|g| {
                let names = one_per_version(&g.names)
                    .into_iter()
                    .filter(|n| !n.eq_ignore_ascii_case(&incumbent))
                    .collect::<Vec<_>>();
                (g.kind, names)
            })
            .filter(|(_, names)| (2..=5).contains(&names.len()) && distinct(names))
            .max_by_key(|(_, names)| names.len());
        if let Some((kind, group)) = group {
            let mut all = found(vec![incumbent.clone()], "the title");
            all.extend(found(
                group.iter().map(|n| best_spelling(n, body)).collect(),
                kind,
            ));
            // A list of the alternatives may hold the title's own option: it stays where it is.
            if let Some(at) = lists.iter().find_map(|l| {
                l.names
                    .iter()
                    .position(|n| n.eq_ignore_ascii_case(&incumbent))
            }) {
                let own = all.remove(0);
                all.insert(at.min(all.len()), own);
            }
            return all;
        }
    }
    // 1. The title listing them (or a description setting them against each other: "npm vs
    //    yarn vs pnpm").
    // The description's listing counts where no group of names says otherwise (a group of
    // headings for Jekyll, Hugo and Hexo over "Static-Site-Generators と HTML").
    let versus_lines = intro_sentences
        .iter()
        .take(1)
        .filter(|d| {
            lex.first(d, &lex.versus).is_some_and(|(at, _)| at > 0)
                // "jekyll、hexo、hugo 怎么选？" asks the choice among what it lists.
                || (d.trim_end().ends_with(['?', '？', '؟']) && lex.has_or_english(d, |l| &l.which))
        })
        .filter(|d| {
            let names = listed(d, lex, body);
            // Every name it lists is one of the group's, whole or as part of a name ("Vue" of
            // "Vue.js"): a listing that adds a word ("… だったり Cli ツール") says otherwise.
            groups.iter().all(|g| g.names.len() < 2)
                || groups.iter().any(|g| {
                    names
                        .iter()
                        .all(|m| g.names.iter().any(|n| mentions(n, m) > 0))
                })
        });
    let listing = |title: &str| -> Option<Vec<String>> {
        // Titles of posts in other languages are often English ("why I prefer mercurial over
        // git" over a German post).
        let english = crate::lexicon::english();
        let mut names = reconcile(listed(title, lex, body));
        if names.len() < 2 && lex.lang != english.lang {
            names = reconcile(listed(title, english, body));
        }
        if names.len() < 2 && !lex.latin_script() {
            names = reconcile(listing::latin_by_commas(title));
        }
        let names = without_shared_tail(names, title, body);
        let names = with_unjoined_first(names, title, lex, body);
        // Words joined by "and" or "or" in lowercase are a phrase ("remotos y gratuitos"), not
        // names, unless the post writes them as names elsewhere (its headings, tables, tags or
        // marks); set against each other ("vim vs emacs") they are names.
        let versus = lex.first(title, &lex.versus).is_some()
            || english.first(title, &english.versus).is_some();
        // "jekyll、hexo、hugo 怎么选？": asked which, words in Latin script among another
        // script's are names however they are written; among Latin-script words ("Cuál distro
        // elegir y por qué") they are words.
        let asks = lex.has_or_english(title, |l| &l.which) && !lex.latin_script();
        let evidenced = |name: &String| {
            let lower = name.to_lowercase();
            strictly_named(name, lex)
                || others.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
                || hints.tags.iter().any(|t| t.to_lowercase() == lower)
                || hints.marked.iter().any(|m| m.to_lowercase() == lower)
        };
        // Words of a script without spaces, or opening with a number, that the post's text
        // never says are the title's words, no name ("2016 年中、編輯器三雄大對決"). (A name in
        // other scripts may be written otherwise there: "ReactJS" as "React", "Эгея" declined.)
        // Nor is a word of a title over a post written without spaces that its text never says
        // ("Hello" of "Hello, Hugo!" over a Japanese post; where words are spaced, a name may be
        // declined or spaced otherwise there: "Axios" for "Axios.js", "Google Drive").
        let unsaid = |n: &String| {
            (n.chars().any(is_unspaced_script)
                || n.starts_with(|c: char| c.is_ascii_digit())
                || lex.unspaced())
                && body.mentions(n) == 0
        };
        // Set against each other, a lowercase name the post comes back to is one ("vim vs
        // emacs"); "Jekyll over competition" names one thing.
        let named = |n: &String| {
            let latin_among_other = asks && latin_script(n);
            (evidenced(n) || ((versus || latin_among_other) && body.mentions(n) >= 2))
                && !opens_with_common(n, lex)
                && !unsaid(n)
        };
        if !(names.len() >= 2 && distinct(&names) && names.iter().all(named)) {
            return None;
        }
        // "Kelebihan Linux Fedora Dari Ubuntu dan Windows" (the pros of Fedora over Ubuntu and
        // Windows): the subject of the pros before the listing is an option too.
        let first_at = names
            .iter()
            .filter_map(|n| title.find(n.as_str()))
            .min()
            .unwrap_or(0);
        let before = &title[..first_at];
        if let Some((at, word)) = lex.first(before, &lex.pros) {
            let subject = title_names(&before[at + word.len()..], lex, body)
                .into_iter()
                .rev()
                .find(|n| {
                    !junk(n, lex)
                        && name_like(n, body, lex)
                        && body.mentions(n) >= 3
                        && !names.iter().any(|m| m.eq_ignore_ascii_case(n))
                });
            if let Some(subject) = subject {
                let mut all = vec![best_spelling(&subject, body)];
                all.extend(names);
                return Some(all);
            }
        }
        Some(names)
    };
    for title in titles {
        if let Some(names) = listing(title) {
            return found(with_siblings(names, false), "the title");
        }
    }
    // A title naming two to four things the post comes back to, with no listing word between
    // them ("Dlaczego porzuciłem Ghost na rzecz WordPress", "Why I left Ghost for WordPress"):
    // those, where no group of names the post gives holds any of them.
    for title in titles {
        let mut named: Vec<String> = Vec::new();
        for n in title_names(title, lex, body) {
            // A name right after the last one, which the post writes with it, is part of it
            // ("Circle CI").
            if let Some(last) = named.last_mut() {
                let both = format!("{last} {n}");
                if mentions(title, &both) > 0 && body.mentions(&both) * 2 >= body.mentions(last) {
                    *last = both;
                    continue;
                }
            }
            // The word before it where the post writes the two together as often ("Adobe
            // Connect", whose "Adobe" opens the title).
            let n = run_before(title, &n)
                .map(|before| format!("{before} {n}"))
                .filter(|both| body.mentions(both) * 2 >= body.as_written(&n))
                .unwrap_or(n);
            if n.chars().any(char::is_alphabetic)
                && !junk(&n, lex)
                && mentions(title, &n) > 0
                && name_like(&n, body, lex)
                && body.mentions(&n) >= 3
                && !title_case_only(&n, body)
                && !named.iter().any(|m| m.eq_ignore_ascii_case(&n))
            {
                named.push(n);
            }
        }
        // A group naming one of them, whole or as part of a name ("Github Action"), is theirs.
        let grouped = |n: &String| {
            groups
                .iter()
                .any(|g| g.names.iter().any(|m| mentions(m, n) > 0))
        };
        if (2..=4).contains(&named.len()) && !named.iter().any(grouped) {
            let named = named.iter().map(|n| best_spelling(n, body)).collect();
            return found(named, "the title");
        }
    }
    // The description's listing, after the title's names.
    for line in versus_lines {
        if let Some(names) = listing(line) {
            return found(with_siblings(names, false), "the title");
        }
    }
    // 2. The group of names (a table's header or first column, a group of headings, a
    //    flowchart's leaves) the post most stands behind: names it gives in more kinds of places
    //    (the title, headings, tables, marked words, tags) and names more often. A table of
    //    criteria ("Open issues", "Scalabilité") names them in one place and seldom.
    let places = |name: &str| -> f64 {
        let lower = name.to_lowercase();
        let mut kinds = evidence(name).len();
        kinds += usize::from(titles.iter().any(|t| mentions(t, name) > 0));
        kinds += usize::from(hints.marked.iter().any(|m| m.to_lowercase() == lower));
        kinds += usize::from(hints.tags.iter().any(|t| t.to_lowercase() == lower));
        kinds as f64 + body.mentions(name).min(20) as f64 / 5.0
    };
    // The introduction's listing competes too ("a comparison of the AVA, Jest, and Mocha test
    // runners"), where its names are written as names (or set against each other) and come back.
    let intro_group = intro_sentences.iter().find_map(|text| {
        let names = reconcile(listed(text, lex, body));
        let versus = lex.first(text, &lex.versus).is_some_and(|(at, _)| at > 0);
        let listing = names.len() >= 2
            && distinct(&names)
            && names
                .iter()
                .all(|n| (versus || strictly_named(n, lex)) && body.mentions(n) >= 2);
        listing.then_some(Group {
            kind: "the introduction",
            names,
        })
    });
    let weighed = groups
        .iter()
        .chain(&intro_group)
        .map(|g| (g.kind, one_per_version(&g.names)))
        // Only a group that can be the options is weighed (a post can head ten thousand
        // sections): a ranking of a dozen is, its first ones drafted ([`MOST_LISTED`]).
        .filter(|(_, names)| (2..=MOST_LISTED).contains(&names.len()))
        .map(|(kind, names)| {
            // A group holding a name the title gives is the title's ("为什么我不用七牛云" over a
            // table of 阿里云, 腾讯云 and 七牛云).
            let titled = names
                .iter()
                .any(|n| titles.iter().any(|t| mentions(t, n) > 0));
            let score = names.iter().map(|n| places(n)).sum::<f64>() / names.len() as f64
                + f64::from(u8::from(titled));
            (score, kind, names)
        })
        .collect::<Vec<_>>();
    let best = weighed.iter().fold(None::<&Weighed>, |best, g| match best {
        Some(b) if b.0 >= g.0 => Some(b),
        _ => Some(g),
    });
    let best = best.map(|b| fuller(b, &weighed, lex).unwrap_or(b).clone());
    if let Some((_, kind, names)) = best {
        let names: Vec<String> = names.iter().map(|n| best_spelling(n, body)).collect();
        if kind == "the introduction" {
            // "…con los que Jekyll compite directamente: Hugo y Gatsby": the subject set
            // against the listing is an option too.
            let subject = subject_against(&names, intro_sentences, body, lex);
            let mut all = found(subject.into_iter().collect(), kind);
            all.extend(found(with_siblings(names, true), kind));
            return all;
        }
        // A page comparing its own subject with the others ("Comparisons with Other Test
        // Runners", one heading each): the name every section sets them against.
        let untitled = !names
            .iter()
            .any(|n| titles.iter().any(|t| mentions(t, n) > 0));
        // "Quel framework JS choisir ?" asks among the group itself.
        let asks_which = titles.iter().any(|t| lex.has_or_english(t, |l| &l.which));
        // A subject the introduction sets against the whole group, in the sentence that lists
        // it ("Zustand in comparison to …, including Redux, Valtio, Jotai, and Recoil"); else
        // the one every section weighs its option against.
        let subject = subject_against(&names, intro_sentences, body, lex)
            .map(|s| (s, "the introduction"))
            .or_else(|| {
                (kind == "headings" && untitled && !asks_which)
                    .then(|| subject_of_sections(&names, titles, blocks, body, lex))
                    .flatten()
                    .map(|s| (s, "every section"))
            });
        if let Some((subject, from)) = subject {
            let mut all = found(vec![subject], from);
            all.extend(found(names, kind));
            return all;
        }
        return found(names, kind);
    }
    // 3. Names found in two kinds of places, or in a flowchart, and named often.
    let mut names: Vec<Found> = Vec::new();
    for (name, _) in &others {
        if names.iter().any(|f| f.name.eq_ignore_ascii_case(name)) {
            continue;
        }
        let kinds = evidence(name);
        if (kinds.len() >= 2 || kinds.contains(&"a flowchart")) && body.mentions(name) >= 3 {
            names.push(Found {
                name: best_spelling(name, body),
                from: kinds.join(" and "),
                short: None,
            });
        }
    }
    names.truncate(6);
    if names.len() >= 2 {
        return names;
    }
    // 4. The names the post talks about most, among those its title, tags, headings or marked
    //    words give: a post about one choice ("Migrando a Hugo", "Go или не Go?") names the
    //    others in its text.
    frequent(titles, &others, body, lex, hints)
}

/// A group weighed as names, with its kind and score.
type Weighed<'a> = (f64, &'a str, Vec<String>);

/// A group holding every name of the best one and more: the same options listed in full
/// (headings for Eclipse, IntelliJ and Visual Studio Code over a table of two's shortcuts), the
/// fullest of them. Never over the introduction's own listing, which says what the post compares.
fn fuller<'g, 'a>(
    best: &Weighed<'a>,
    groups: &'g [Weighed<'a>],
    lex: &Lexicon,
) -> Option<&'g Weighed<'a>> {
    if best.1 == "the introduction" {
        return None;
    }
    groups
        .iter()
        .filter(|g| {
            let holds = |n: &String| g.2.iter().any(|m| m.eq_ignore_ascii_case(n));
            // What it adds is a name of its own: not a mark ("++"), a common phrase, or words
            // around another of its names ("NOT Heroku", "Emacs and Vim").
            let own = |n: &String| {
                n.starts_with(char::is_alphanumeric)
                    && strictly_named(n, lex)
                    && !junk(n, lex)
                    && !opens_with_common(n, lex)
                    && !g.2.iter().any(|m| m != n && mentions(n, m) > 0)
            };
            g.2.len() > best.2.len()
                && best.2.iter().all(holds)
                && g.2.iter().filter(|n| !best.2.contains(n)).all(own)
        })
        .max_by(|x, y| x.2.len().cmp(&y.2.len()).then(x.0.total_cmp(&y.0)))
}

/// The one name among `others` that `short` abbreviates: `short` is written in capitals, opens
/// as the name does, holds each of its words' first letters in order, and takes its letters from
/// the name ("CFP" of "Cloudflare Pages", "DOAP" of "DigitalOcean App Platform"). Not a name
/// it is a word of: "HHKB" beside "HHKB BT" is the one without Bluetooth.
fn spelled_out(short: &str, others: &[(String, &str)]) -> Option<String> {
    let letters: Vec<char> = short.chars().collect();
    if !(2..=6).contains(&letters.len()) || !letters.iter().all(char::is_ascii_uppercase) {
        return None;
    }
    let in_order = |needle: &[char], hay: &[char]| {
        let mut hay = hay.iter();
        needle.iter().all(|c| hay.any(|h| h == c))
    };
    let abbreviates = |long: &str| {
        let words: Vec<&str> = long.split_whitespace().collect();
        let heads: Vec<char> = words
            .iter()
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let upper: Vec<char> = long
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_uppercase())
            .collect();
        words.len() >= 2
            && !words.contains(&short)
            && heads.first() == letters.first()
            && in_order(&heads, &letters)
            && in_order(&letters, &upper)
    };
    let mut longs: Vec<&str> = others
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| abbreviates(n))
        .collect();
    longs.sort_unstable();
    longs.dedup();
    match longs[..] {
        [one] => Some(one.to_owned()),
        _ => None,
    }
}

/// A listing's first name with the name right before it that no comma parted from it ("Adu
/// Cepat Vercel Netlify dan Cloudflare"): a name the post writes alone, never with the next.
fn with_unjoined_first(
    mut names: Vec<String>,
    title: &str,
    lex: &Lexicon,
    body: &Body,
) -> Vec<String> {
    let Some(first) = names.first() else {
        return names;
    };
    let Some(before) = run_before(title, first) else {
        return names;
    };
    let both = format!("{before} {first}");
    // "Von iCloud zu Nextcloud", "From Angular to React": a word of the listing's own.
    let lower = lowercase(&before);
    let joining = [lex, crate::lexicon::english()].iter().any(|l| {
        crate::lexicon::moves(&l.from_to)
            .flat_map(|(from, to)| [from, to])
            .chain(l.between.iter().map(String::as_str))
            .chain(l.versus.iter().map(String::as_str))
            .any(|w| w.trim() == lower)
    });
    let alone = !joining
        && !before.chars().all(|c| c.is_ascii_digit())
        && !lex.common.contains(&lowercase(&before))
        && strictly_named(&before, lex)
        && body.mentions(&before) >= 3
        && body.mentions(&both) * 4 < body.mentions(&before)
        && !names.iter().any(|n| n.eq_ignore_ascii_case(&before))
        // A name in lowercase after a capitalised word is that word's ("Garmin fenix 6s").
        && !first.starts_with(char::is_lowercase);
    if alone && names.len() < 6 {
        names.insert(0, best_spelling(&before, body));
    }
    names
}

/// Names a title gives with one last word in common ("Cloud Cost vs. On-Premises Cost"), without
/// it, where the post names each more often so.
fn without_shared_tail(names: Vec<String>, title: &str, body: &Body) -> Vec<String> {
    let Some(tail) = names
        .iter()
        .find_map(|n| n.rsplit_once(' ').map(|(_, tail)| tail.to_owned()))
    else {
        return names;
    };
    let suffix = format!(" {}", lowercase(&tail));
    let title = lowercase(title);
    let heads: Vec<&str> = names
        .iter()
        .map(|n| {
            if lowercase(n).ends_with(&suffix) {
                &n[..n.len() - suffix.len()]
            } else {
                n.as_str()
            }
        })
        .collect();
    let shared = names.len() >= 2
        && heads.iter().all(|head| {
            let whole = format!("{head} {tail}");
            !head.is_empty()
                && title.contains(&lowercase(&whole))
                && body.mentions(head) > 2 * body.mentions(&whole)
        });
    if !shared {
        return names;
    }
    heads.into_iter().map(|h| h.trim().to_owned()).collect()
}

/// The names a post mostly about one choice compares, by how often it names them: candidates
/// from its title, tags, headings and marked words, each written as a name and named at least
/// three times (twice where the post marks or heads them); the title's first, then the most
/// named, at most six.
fn frequent(
    titles: &[&str],
    others: &[(String, &'static str)],
    body: &Body,
    lex: &Lexicon,
    hints: &Hints<'_>,
) -> Vec<Found> {
    let title_most = titles
        .iter()
        .flat_map(|t| title_names(t, lex, body))
        .map(|n| body.mentions(&n))
        .max()
        .unwrap_or(0);
    let mut candidates: Vec<(String, &'static str)> = Vec::new();
    // Words written as names in the text, too rare beside the title's name to be taken with it.
    let mut rivals: Vec<(String, usize)> = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut add = |name: String, from: &'static str| {
        if junk(&name, lex) || noun(&name, body, lex) || taken.contains(&name.to_lowercase()) {
            return;
        }
        let named = match from {
            "the text" => strictly_named(&name, lex),
            "the title" => name_like(&name, body, lex) && !title_case_only(&name, body),
            _ => name_like(&name, body, lex),
        };
        if named {
            taken.insert(name.to_lowercase());
            candidates.push((name, from));
        }
    };
    for title in titles {
        for name in title_names(title, lex, body) {
            add(name, "the title");
        }
    }
    for tag in hints.tags {
        if let Some(name) = as_name(tag) {
            add(name, "the tags");
        }
    }
    for (name, _) in others {
        add(name.clone(), "headings");
    }
    // Only the spans and words the post repeats most are weighed: each is looked up in the whole
    // post, and a post can mark or capitalise a hundred thousand different words.
    let marked = most_repeated(
        hints
            .marked
            .iter()
            .filter_map(|span| as_name(span).filter(|n| n.split_whitespace().count() <= 2)),
    );
    for (name, _) in marked {
        add(name, "marked words");
    }
    if latin_script(body) {
        // A word written with a capital inside its sentences ("Linux" in a post titled "¿Por
        // qué uso Windows?"): a name, where the post names it about as often as the title's.
        let in_prose = most_repeated(body.split(['.', '!', '?', '\n', ':', ';']).flat_map(|s| {
            // The sentence's first word, after any mark before it ("→ Use st", "— So"), is
            // capitalised whatever it is.
            s.split_whitespace()
                .skip_while(|w| !w.chars().any(char::is_alphanumeric))
                .skip(1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '+'))
                .map(without_suffix)
                // "macOS", "iCloud": a capital inside the word names it as much.
                .filter(|w| {
                    w.len() >= 2
                        && (w.starts_with(char::is_uppercase)
                            || w.chars().skip(1).any(char::is_uppercase))
                })
                .map(str::to_owned)
        }));
        for (word, n) in in_prose {
            if title_most >= 3 && n * 2 >= title_most {
                add(word, "the text");
            } else {
                rivals.push((word, n));
            }
        }
    } else {
        // In a post not written in Latin script, a word in Latin script is a name ("на Go",
        // "Hugo로").
        let latin_words = most_repeated(
            body.split(|c: char| {
                !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_'))
            })
            .map(|w| w.trim_matches(['.', '-', '_']))
            .filter(|w| w.len() >= 2 && w.chars().any(|c| c.is_ascii_alphabetic()))
            .map(str::to_owned),
        );
        for (word, _) in latin_words {
            add(word, "the text");
        }
    }
    let mut counted: Vec<(usize, String, &'static str)> = candidates
        .into_iter()
        .map(|(name, from)| (body.mentions(&name), name, from))
        .filter(|(n, _, from)| *n >= 3 || (*n >= 2 && *from != "the text"))
        .collect();
    // The title's names first, then by how often the post names them.
    counted.sort_by_key(|(n, _, from)| (*from != "the title", std::cmp::Reverse(*n)));
    let top = counted
        .iter()
        .filter(|(_, _, f)| *f != "the title")
        .map(|(n, _, _)| *n)
        .max()
        .unwrap_or(0);
    // Where the title names two or more, another is an option only if the post names it as
    // often as the title's least named (not a class in its code, "User", "Schema").
    let title_least = {
        let title: Vec<usize> = counted
            .iter()
            .filter(|(_, _, f)| *f == "the title")
            .map(|(n, _, _)| *n)
            .collect();
        (title.len() >= 2).then(|| title.iter().copied().min().unwrap_or(0))
    };
    let mut names: Vec<Found> = Vec::new();
    for (n, name, from) in counted {
        if names.len() == 6 {
            break;
        }
        // Names much rarer than the most named are mentions, not options.
        if from != "the title" && (n * 3 < top || title_least.is_some_and(|least| n < least)) {
            continue;
        }
        // A name inside one already taken ("Code" of "VS Code") is that one.
        if names.iter().any(|f| {
            let (a, b) = (f.name.to_lowercase(), name.to_lowercase());
            a.contains(&b) || b.contains(&a)
        }) {
            continue;
        }
        names.push(Found {
            name: best_spelling(&name, body),
            from: from.to_owned(),
            short: None,
        });
    }
    against_one(&mut names, &rivals, body, lex);
    if names.len() >= 2 {
        names
    } else {
        Vec::new()
    }
}

/// A post about one choice ("Neden Linux kullanmalıyım?") set against the names it comes back to
/// most in its text ("Windows"), however much more it names its own: `rivals` are the words
/// written as names in its text, with how often.
fn against_one(names: &mut Vec<Found>, rivals: &[(String, usize)], body: &Body, lex: &Lexicon) {
    let [subject] = names.as_mut_slice() else {
        return;
    };
    // A title's words around its name ("Neden Linux"): the name the post writes alone more.
    let said = body.mentions(&subject.name);
    if let Some((word, _)) = rivals
        .iter()
        .filter(|(w, n)| *n >= 2 * said.max(1) && mentions(&subject.name, w) > 0)
        .max_by_key(|(_, n)| *n)
    {
        subject.name = best_spelling(word, body);
    }
    let lower = subject.name.to_lowercase();
    let unlike = |word: &str| {
        let word = word.to_lowercase();
        !lower.contains(&word) && !word.contains(&lower)
    };
    let mut candidates: Vec<&(String, usize)> = rivals
        .iter()
        .filter(|(word, n)| {
            *n >= 3
                && !junk(word, lex)
                && strictly_named(word, lex)
                && unlike(word)
                // Not a word the post writes in lowercase more often ("Code" of "code").
                && body.as_written(&word.to_lowercase()) <= body.as_written(word)
        })
        .collect();
    candidates.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let most = candidates.first().map_or(0, |(_, n)| *n);
    let others: Vec<Found> = candidates
        .into_iter()
        // The one it names most, and any it names nearly as often.
        .filter(|(_, n)| *n * 4 >= most * 3)
        .take(3)
        .map(|(word, _)| Found {
            name: best_spelling(word, body),
            from: "the text".to_owned(),
            short: None,
        })
        .collect();
    names.extend(others);
}

/// A word without the ending joined to it by an apostrophe: English's possessive ("React's"),
/// Turkish's case endings ("CSS'e", "SASS'ın").
fn without_suffix(word: &str) -> &str {
    match word.rsplit_once(['\'', '’']) {
        Some((stem, ending))
            if !stem.is_empty()
                && (1..=4).contains(&ending.chars().count())
                && ending.chars().all(char::is_lowercase) =>
        {
            stem
        }
        _ => word,
    }
}

/// How many of the items [`most_repeated`] keeps.
const MOST_REPEATED: usize = 16;

/// The [`MOST_REPEATED`] items that come most often, each with its count, in the order they
/// first come (so ties go as the post gives them).
fn most_repeated(items: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, item) in items.enumerate() {
        counts.entry(item).or_insert((0, i)).0 += 1;
    }
    let mut all: Vec<(String, (usize, usize))> = counts.into_iter().collect();
    all.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    all.truncate(MOST_REPEATED);
    all.sort_by_key(|(_, (_, first))| *first);
    all.into_iter().map(|(item, (n, _))| (item, n)).collect()
}
