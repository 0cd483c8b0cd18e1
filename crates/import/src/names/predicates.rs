//! Whether words are a name as the post uses them, how often the post names it, and how it
//! spells it.

use super::*;

/// How often `name` comes back in `text`, as a whole word (ignoring case).
pub fn mentions(text: &str, name: &str) -> usize {
    let lower = lowercase(text);
    let name = lowercase(name);
    if name.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = lower[from..].find(&name) {
        let start = from + at;
        let end = start + name.len();
        let before = lower[..start].chars().next_back();
        let after = lower[end..].chars().next();
        let first = name.chars().next().unwrap_or(' ');
        let last = name.chars().next_back().unwrap_or(' ');
        let boundary =
            |edge: char, c: Option<char>| c.is_none_or(|c| !continues(edge, c)) && c != Some('-');
        if boundary(first, before) && boundary(last, after) {
            count += 1;
        }
        from = end;
    }
    count
}

/// The spelling of `name` the post uses most (its case), where it uses it at all.
pub fn best_spelling(name: &str, body: &Body) -> String {
    let lower = lowercase(name);
    let mut seen: Vec<(String, usize)> = Vec::new();
    {
        let body_lower = lowercase(body);
        let mut from = 0;
        while let Some(at) = body_lower[from..].find(&lower) {
            let start = from + at;
            let written = &body[start..start + lower.len()];
            // "postgres" inside "PostgreSQL" is not a spelling of it.
            if !cut_from_a_word(body, start, lower.len()) {
                match seen.iter_mut().find(|(w, _)| w == written) {
                    Some((_, n)) => *n += 1,
                    None => seen.push((written.to_owned(), 1)),
                }
            }
            from = start + lower.len();
        }
    }
    // Most used, where one spelling is used twice as often as any other; else the one with the
    // most capitals (a name as its makers write it: "Sublime Text" over "Sublime text").
    let most = seen.iter().map(|(_, n)| *n).max().unwrap_or(0);
    seen.into_iter()
        .filter(|(_, n)| *n * 2 > most)
        .max_by_key(|(w, n)| (w.chars().filter(|c| c.is_uppercase()).count(), *n))
        .map(|(w, _)| w)
        .filter(|w| w.chars().any(char::is_uppercase) || !name.chars().any(char::is_uppercase))
        .unwrap_or_else(|| name.to_owned())
}

/// Whether `text[at..at + len]` is part of a longer word: a letter or digit of the same script
/// (Latin beside Latin; a CJK name may touch CJK text, which has no spaces) on either side.
pub(super) fn cut_from_a_word(text: &str, at: usize, len: usize) -> bool {
    let found = &text[at..at + len];
    let joined = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if o.is_alphanumeric() && i.is_alphanumeric() && o.is_ascii() == i.is_ascii());
    joined(text[..at].chars().next_back(), found.chars().next())
        || joined(text[at + len..].chars().next(), found.chars().next_back())
}

/// Words no product is named: the language's own joining words and most frequent words ("or",
/// "und"), numbers alone ("1" of "Part 1"), the English "I", the "OK" of every language ("OK,
/// Medium is not fit…"), a keyboard's keys, a site's address, and the words a post heads its parts or names a
/// criterion with ("Vantagens e Desvantagens", "Sicherheit und Datenschutz" in a title).
pub(super) fn junk(name: &str, lex: &Lexicon) -> bool {
    let lower = name.trim().to_lowercase();
    let is = |words: &[String]| words.iter().any(|w| w.trim().to_lowercase() == lower);
    let heads = |l: &Lexicon| {
        [&l.pros, &l.cons, &l.conclusion, &l.criteria]
            .iter()
            .any(|words| words.iter().any(|w| w.trim().to_lowercase() == lower))
    };
    heads(lex)
        || heads(crate::lexicon::english())
        || is(&lex.and)
        || is(&lex.or)
        || is(&lex.versus)
        || is(&lex.which)
        || is(&lex.alternatives)
        || is(&lex.common)
        // The word a condition opens with ("If", "Wenn").
        || lex.if_leads().any(|w| w == lower)
        || lower.chars().all(|c| c.is_ascii_digit() || c == '.')
        || name == "I"
        || matches!(lower.as_str(), "ok" | "okay")
        // Keys of a keyboard ("CTRL+B" in a tmux post).
        || matches!(
            lower.as_str(),
            "ctrl" | "alt" | "shift" | "cmd" | "esc" | "tab" | "enter" | "meta" | "fn" | "backspace"
        )
        || website(&lower)
        || file_name(name)
}

/// A source file's name written in lowercase ("admin.py", "main.rs", "config.yaml"), not a
/// product ("Vue.js", "chart.js": a library's ".js" is its name).
fn file_name(name: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "py", "rs", "go", "rb", "php", "java", "kt", "swift", "c", "h", "cpp", "cs", "ts", "tsx",
        "jsx", "vue", "svelte", "html", "css", "scss", "json", "yaml", "yml", "toml", "xml", "md",
        "txt", "sh", "sql", "lock", "cfg", "ini", "conf",
    ];
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && !name.contains(' ')
            && stem
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-'))
            && EXTENSIONS.contains(&ext)
    })
}

/// A site's address ("nparisi.com", "example.org"), not a product ("Vue.js", "Socket.io").
pub(super) fn website(lower: &str) -> bool {
    const ENDS: &[&str] = &[
        ".com", ".org", ".net", ".info", ".blog", ".me", ".de", ".fr", ".it", ".es", ".co.uk",
        ".uk", ".nl", ".pl", ".ru", ".jp", ".cn", ".kr", ".br", ".in", ".id", ".vn", ".tr",
    ];
    !lower.contains(' ')
        && ENDS
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// A phrase opening with one of the language's frequent words ("The Switch", "CÁC AI CODING
/// TOOLS": "the AI coding tools"): words about names, not one.
pub(super) fn opens_with_common(name: &str, lex: &Lexicon) -> bool {
    name.split_whitespace().count() > 1
        && name
            .split_whitespace()
            .next()
            .is_some_and(|w| lex.common.contains(&crate::lexicon::lowercase(w)))
}

/// Whether a heading's words are a name as the post uses them: a name written as one, which the
/// post writes in lowercase less often than as written ("Atom", "Go"), or one no dictionary
/// word looks like ("ReactJs", "Vue.js", "pnpm").
/// A noun of a language that capitalises its nouns: one capitalised word the post writes after
/// the language's articles at least half of the times it writes it ("eine Webseite", "die
/// Sprache"), as it seldom writes a product's name.
pub(super) fn noun(name: &str, body: &Body, lex: &Lexicon) -> bool {
    let mut chars = name.chars();
    let word = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() >= 2
        && chars.all(char::is_lowercase);
    if !lex.capitalises_nouns || !word {
        return false;
    }
    let (after, all) = body.after_words(name, &lex.articles);
    all >= 2 && after * 2 >= all
}

pub(super) fn name_like(name: &str, body: &Body, lex: &Lexicon) -> bool {
    if !strictly_named(name, lex)
        || opens_with_common(name, lex)
        || sentence_case(name, body)
        || noun(name, body, lex)
    {
        return false;
    }
    // In a language written without spaces, only a name in Latin script is told from the words.
    let foreign = name.chars().any(|c| c.is_alphabetic() && !is_latin(c));
    if foreign {
        return false;
    }
    // A capital after a hyphen joins two words, as German nouns are ("System-Setup"): a name
    // only where the post says it again.
    let chars: Vec<char> = name.chars().collect();
    let distinctive = chars
        .iter()
        .enumerate()
        .skip(1)
        .any(|(i, c)| c.is_ascii_digit() || (c.is_uppercase() && chars[i - 1] != '-'))
        || (chars.iter().skip(1).any(|c| c.is_uppercase()) && body.mentions(name) >= 2)
        || name.chars().any(|c| matches!(c, '#' | '+' | '.'));
    // In a post written in another script, a word in Latin letters written as a name is one.
    let latin_post = lex
        .common
        .iter()
        .any(|w| w.chars().all(|c| !c.is_alphabetic() || is_latin(c)));
    distinctive || !latin_post || {
        let lowered = body.as_written(&name.to_lowercase());
        let said = body.mentions(name);
        said >= 2 && lowered * 2 < said
    }
}

/// A phrase in sentence case ("HTML elementleri", "Web clipping", "BEM desteği"): words opening
/// with a capital and ending in a lowercase word, which the post never writes capitalised.
/// Names of several words end in a capital ("Sublime Text", "Ruby on Rails") or are
/// lowercase throughout ("yarn berry").
pub(super) fn sentence_case(name: &str, body: &Body) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., last] = words.as_slice() else {
        return false;
    };
    if words.len() < 2 || !name.starts_with(char::is_uppercase) {
        return false;
    }
    let lowercase = last.chars().count() >= 3 && last.chars().all(char::is_lowercase);
    let mut capitalised = last.chars();
    let capitalised: String = capitalised
        .next()
        .map(|c| c.to_uppercase().chain(capitalised).collect())
        .unwrap_or_default();
    let written = format!("{} {capitalised}", words[..words.len() - 1].join(" "));
    lowercase && body.as_written(&written) == 0
}

/// Words of another script between Latin-script ones ("Apple Silicon이 탑재된 Mac": "Apple
/// Silicon" equipped with "Mac"): a phrase of the post's language about names, not a name.
/// "Композиційне API" is one.
pub(super) fn mixed_scripts(run: &str) -> bool {
    let latin = |w: &&str| w.chars().any(|c| c.is_ascii_alphabetic());
    let other = |w: &str| w.chars().any(|c| c.is_alphabetic() && !is_latin(c));
    let words: Vec<&str> = run.split_whitespace().collect();
    match (words.iter().position(latin), words.iter().rposition(latin)) {
        (Some(first), Some(last)) => words[first..last].iter().any(|w| other(w)),
        _ => false,
    }
}

/// Whether a title's capitalised words are only its case: the post writes them in lowercase at
/// least as often as the title does ("¿Por qué uso Windows como mi Sistema Operativo principal?").
/// One word is left to the other tests ("Go" is a name and a verb).
pub(super) fn title_case_only(name: &str, body: &Body) -> bool {
    name.contains(' ') && body.as_written(&name.to_lowercase()) >= body.as_written(name).max(1)
}

/// A heading that starts in lowercase where headings start with a capital is a name written so
/// ("## esbuild, la alternativa rápida", "## vite"): one word, not a frequent one, that the post
/// names again and again.
pub(super) fn lowercase_name(name: &str, body: &Body, lex: &Lexicon) -> bool {
    // A scoped package ("@web/dev-server") too.
    name.trim_start_matches('@')
        .starts_with(|c: char| c.is_ascii_lowercase())
        && !name.contains(' ')
        && name.chars().count() >= 3
        && !lex.common.contains(&name.to_lowercase())
        && !junk(name, lex)
        && body.mentions(name) >= 3
}

/// Whether a name is written as one (not a lowercase word of a sentence, nor one of the
/// language's frequent words).
pub(super) fn strictly_named(name: &str, lex: &Lexicon) -> bool {
    let lower = name.to_lowercase();
    !lex.common.contains(&lower)
        && (name
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
            || name
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '#' | '+' | '.'))
            || name.chars().skip(1).any(char::is_uppercase)
            || (name.chars().any(is_unspaced_script) && !inflected(name)))
}

/// A Japanese word that ends in hiragana is inflected ("使いにくい", "hard to use"; "速い"): a
/// verb or an adjective, where names end in katakana, kanji or Latin ("はてなブログ").
fn inflected(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c))
}
