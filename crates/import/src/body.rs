//! The post's text, read once for what the name rules ask of it again and again: how often a
//! name comes back in it. A post of thousands of name-like headings asks that thousands of
//! times; each answer looks only where the name's first word stands, never at the whole text.

use super::lexicon::{continues, is_latin, lowercase};
use std::collections::HashMap;
use std::ops::Deref;

/// The post's text, with where each of its Latin-script words starts.
pub struct Body<'a> {
    text: &'a str,
    /// The text in lowercase, every byte where it was ([`lowercase`]).
    lower: String,
    /// Where each run of Latin letters and digits starts, by the run in lowercase.
    words: HashMap<String, Vec<usize>>,
}

/// A letter or digit of the Latin script: the characters that make one Latin word.
fn latin_word_char(c: char) -> bool {
    is_latin(c) && c.is_alphanumeric()
}

/// The first run of Latin letters and digits of `text`, where `text` starts with one.
fn first_word(text: &str) -> Option<&str> {
    let end = text
        .char_indices()
        .find(|(_, c)| !latin_word_char(*c))
        .map_or(text.len(), |(at, _)| at);
    (end > 0).then(|| &text[..end])
}

impl<'a> Body<'a> {
    pub fn new(text: &'a str) -> Self {
        let lower = lowercase(text);
        let mut words: HashMap<String, Vec<usize>> = HashMap::new();
        let indexed = lower.as_str();
        let mut previous: Option<char> = None;
        for (at, c) in indexed.char_indices() {
            if latin_word_char(c) && !previous.is_some_and(latin_word_char) {
                if let Some(word) = first_word(&indexed[at..]) {
                    words.entry(word.to_owned()).or_default().push(at);
                }
            }
            previous = Some(c);
        }
        Body { text, lower, words }
    }

    /// Where `name` (already in the case searched for) may stand in `searched`: where its first
    /// Latin word starts a word of the text, or anywhere when it does not start with one.
    fn starts<'s>(&'s self, name: &str, searched: &'s str) -> Box<dyn Iterator<Item = usize> + 's> {
        match first_word(name) {
            Some(word) => Box::new(
                self.words
                    .get(&word.to_lowercase())
                    .map(|at| at.as_slice())
                    .unwrap_or_default()
                    .iter()
                    .copied(),
            ),
            None => {
                let name = name.to_owned();
                let mut from = 0;
                Box::new(std::iter::from_fn(move || {
                    let at = from + searched.get(from..)?.find(&name)?;
                    from = at + name.len().max(1);
                    Some(at)
                }))
            }
        }
    }

    /// How often `name` comes back as a whole word, ignoring case: what
    /// [`super::names::mentions`] counts in the whole text.
    pub fn mentions(&self, name: &str) -> usize {
        let name = lowercase(name);
        if name.is_empty() {
            return 0;
        }
        let lower = self.lower.as_str();
        let first = name.chars().next().unwrap_or(' ');
        let last = name.chars().next_back().unwrap_or(' ');
        let boundary =
            |edge: char, c: Option<char>| c.is_none_or(|c| !continues(edge, c)) && c != Some('-');
        // Occurrences do not overlap: each goes on after the last one found where the name starts
        // a word.
        let mut next = 0;
        let mut count = 0;
        for start in self.starts(&name, lower) {
            let end = start + name.len();
            if start < next || lower.get(start..end) != Some(name.as_str()) {
                continue;
            }
            next = end;
            if boundary(first, lower[..start].chars().next_back())
                && boundary(last, lower[end..].chars().next())
            {
                count += 1;
            }
        }
        count
    }

    /// How often `name` comes back as a whole word written as it is (its case): not within an
    /// address ("atom.io") nor after "." or "/".
    pub fn as_written(&self, name: &str) -> usize {
        if name.is_empty() {
            return 0;
        }
        let text = self.text;
        let mut next = 0;
        let mut count = 0;
        for start in self.starts(name, text) {
            let end = start + name.len();
            if start < next || text.get(start..end) != Some(name) {
                continue;
            }
            next = end;
            count += usize::from(whole_word(text, start, name.len()));
        }
        count
    }
}

impl Body<'_> {
    /// Of the times `name` comes back written as it is, how many follow one of `words` (each
    /// lowercase, the word right before it), and how many there are.
    pub fn after_words(&self, name: &str, words: &[String]) -> (usize, usize) {
        let text = self.text;
        let (mut after, mut all) = (0, 0);
        let mut next = 0;
        for start in self.starts(name, text) {
            let end = start + name.len();
            if start < next
                || text.get(start..end) != Some(name)
                || !whole_word(text, start, name.len())
            {
                continue;
            }
            next = end;
            all += 1;
            let before = text[..start].trim_end_matches(' ');
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let spaced = before.len() < start;
            if spaced && words.iter().any(|w| *w == lowercase(word)) {
                after += 1;
            }
        }
        (after, all)
    }
}

impl Deref for Body<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.text
    }
}

/// Whether `text[at..at + len]` is a whole word: no letter or digit on either side, no "." or
/// "/" before it, and not the start of an address ("atom.io").
fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let mut rest = text[at + len..].chars();
    let after = rest.next();
    let address = after == Some('.') && rest.next().is_some_and(char::is_alphanumeric);
    before.is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '/')
        && after.is_none_or(|c| !c.is_alphanumeric())
        && !address
}

#[cfg(test)]
mod tests {
    use super::super::names::mentions;
    use super::*;

    /// Vietnamese letters are Latin: "Chuy" is no word of "Chuyện".
    #[test]
    fn vietnamese_letters_continue_a_latin_word() {
        assert_eq!(Body::new("Chuyện của C# và Java").mentions("Chuy"), 0);
        assert_eq!(mentions("Chuyện của C# và Java", "Chuy"), 0);
        assert_eq!(Body::new("Chuyện của C# và Java").mentions("Java"), 1);
    }

    /// The index counts what a scan of the whole text counts.
    #[test]
    fn counts_as_a_scan_does() {
        let texts = [
            "Vue and vue.js, VUE; Vue-Router, Vuex and Vue. Vue",
            "Node.js vs node.js vs Node.jsx and .NET beside ASP.NET and .net",
            "C++ and C# and C, c++ in cc++",
            "Hugo hugo Hugo's Hugó Hugo1 éHugo Hugo",
            "React 和 Vue 的对比：Vue更好，ReactNative 不是 React。",
            "Яндекс и Google: яндекс, Яндекса, Google.com",
            "Sublime Text sublime text Sublime Textmate SUBLIME TEXT",
            "İstanbul Kelvin K and k",
            "atom.io Atom /Atom .Atom Atom. Atom",
            "",
        ];
        let names = [
            "Vue",
            "vue",
            "Vue.js",
            "Node.js",
            ".NET",
            "net",
            "C++",
            "C#",
            "C",
            "Hugo",
            "React",
            "对比",
            "Vue更好",
            "Яндекс",
            "Google",
            "Sublime Text",
            "text",
            "Atom",
            "k",
            "i",
            "",
        ];
        for text in texts {
            let body = Body::new(text);
            for name in names {
                assert_eq!(
                    body.mentions(name),
                    mentions(text, name),
                    "{name:?} in {text:?}"
                );
                let scanned = text
                    .match_indices(name)
                    .filter(|(at, _)| whole_word(text, *at, name.len()))
                    .count();
                if !name.is_empty() {
                    assert_eq!(
                        body.as_written(name),
                        scanned,
                        "{name:?} as written in {text:?}"
                    );
                }
            }
        }
    }
}
