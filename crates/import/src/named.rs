//! Where a post names an option: every spelling the post may use (its parts, its plural, a
//! name declined, a short form kept beside it), and where in a text each option is named.

use super::lexicon;
use verdict_core::content::Choice;

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

/// `text` starting with an option's name: that option and the rest.
pub(crate) fn led_by<'a>(options: &[Choice], text: &'a str) -> Option<(usize, &'a str)> {
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
