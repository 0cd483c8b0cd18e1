//! The widget's own words (buttons, headings, counts, notices) in each language it speaks.
//!
//! Content (questions, answers, the article) stays as the author wrote it; only this chrome is
//! translated. Templates use positional holes (`{0}`, `{1}`) so a translation can reorder them,
//! which Urdu's word order needs. Counts take the form the language's CLDR plural rules say
//! ([`Plural`], chosen through [`Numbers`]), with the number in the language's digits.
//!
//! Every language is a table in `tables/*.toml` (with a note for its reviewer), which `build.rs`
//! writes as the list of its strings (JSON), the form the widget is given. English is built in ([`EN`]); the
//! loader fetches the table a page needs, alongside the WebAssembly, and hands it over
//! ([`register`]), so an English page carries none of the others. Native code (the tests, the
//! command-line tool) has every table built in.
//!
//! - `texts`: the shape of a table;
//! - `numbers`: plural categories and digits.

pub mod numbers;
mod texts;

use std::cell::RefCell;

pub use numbers::{Category, Numbers};
#[cfg(not(target_arch = "wasm32"))]
pub use texts::slot_of;
pub use texts::{Dir, Plural, Shape, Text, Texts, CATEGORIES, FIELDS};

use super::content::Content;
use super::scoring::{Kind, Outcome};
use super::share::ShareError;

/// English, the default, built into every program (from `tables/en.toml`, by `build.rs`).
pub static EN: Texts = include!(concat!(env!("OUT_DIR"), "/en.rs"));

/// The tables built into this program besides English: native code (tests, the native tools)
/// and the command-line tool for Node have them all; the widget's WebAssembly has none (it is
/// given the one its page needs).
#[cfg(any(not(target_arch = "wasm32"), feature = "ssr"))]
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

thread_local! {
    /// The languages this program speaks besides English: tables read once and kept for the
    /// program's life (a table is a few kilobytes, and a page uses one or two).
    static LOADED: RefCell<Vec<&'static Texts>> = RefCell::new(built_in_tables());
}

#[cfg(any(not(target_arch = "wasm32"), feature = "ssr"))]
fn built_in_tables() -> Vec<&'static Texts> {
    built_in::TABLES
        .iter()
        .filter(|(lang, _)| *lang != "en")
        .filter_map(|(_, json)| serde_json::from_str::<Vec<String>>(json).ok())
        .filter_map(|parts| {
            let parts: Vec<&'static str> = parts.into_iter().map(|p| &*p.leak()).collect();
            Texts::from_parts(parts).map(|texts| &*Box::leak(Box::new(texts)))
        })
        .collect()
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "ssr")))]
fn built_in_tables() -> Vec<&'static Texts> {
    Vec::new()
}

/// Adds a language from its table's strings (the JSON list the build writes, as the loader
/// parsed it), joined by NUL (`\0`, which no string of a table holds): one string crosses from
/// JavaScript rather than a list of them. From now on [`for_tag`] finds it. A language already
/// known is kept as it was.
pub fn register(joined: String) -> Result<&'static Texts, &'static str> {
    let lang = joined.split('\0').next().unwrap_or("");
    let known = LOADED.with(|loaded| loaded.borrow().iter().copied().find(|t| t.lang() == lang));
    if let Some(known) = known {
        return Ok(known);
    }
    let parts: Vec<&'static str> = joined.leak().split('\0').collect();
    let texts: &'static Texts = Box::leak(Box::new(
        Texts::from_parts(parts).ok_or("the language table is not one this widget reads")?,
    ));
    LOADED.with(|loaded| loaded.borrow_mut().push(texts));
    Ok(texts)
}

/// Every language this program speaks now: English first, then the others by tag.
pub fn languages() -> Vec<&'static Texts> {
    let mut all: Vec<&'static Texts> = LOADED.with(|loaded| loaded.borrow().clone());
    all.sort_by(|a, b| a.lang().cmp(b.lang()));
    std::iter::once(&EN).chain(all).collect()
}

/// The table a BCP 47 tag is spoken with: its language subtag, lowercased (`pt-PT` and `pt-BR`
/// → `pt`, `zh-TW` → `zh`, `UR_pk` → `ur`). The loader names the file it fetches the same way.
pub fn table_for(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The texts for a BCP 47 tag (`ur`, `ur-PK`, `EN-gb`): the table [`table_for`] names;
/// English for a language this program does not speak (yet: the page may not have given its
/// table).
pub fn for_tag(tag: &str) -> &'static Texts {
    let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
    LOADED
        .with(|loaded| {
            let loaded = loaded.borrow();
            loaded
                .iter()
                .copied()
                .find(|t| t.lang().eq_ignore_ascii_case(primary))
        })
        .unwrap_or(&EN)
}

/// Fills a template's `{0}`, `{1}`… holes; a hole with no argument is left as written.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole = after
            .find('}')
            .and_then(|close| Some((close, after[..close].parse::<usize>().ok()?)));
        match hole.and_then(|(close, i)| Some((close, *args.get(i)?))) {
            Some((close, arg)) => {
                out.push_str(arg);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How a result is announced (see [`Texts::announce`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement<'a> {
    /// Above the headline: "Clear fit", "Close call", "Tie", "Not enough to go on".
    pub eyebrow: &'a str,
    /// "Flask fits you best", "Django, only just", "Django and Flask are tied".
    pub headline: String,
    /// The same headline as its template and the names that fill its hole, for a view that
    /// keeps the names' direction to themselves.
    pub headline_parts: (&'a str, String),
    /// The sentence shared before the link ("I got Flask on “…”"); none without a result to say.
    pub shared: Option<String>,
}

impl Plural {
    /// The form for this category (`other` where the table has none of its own).
    pub fn form(&self, category: Category) -> &'static str {
        let own = match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => None,
        };
        own.unwrap_or(self.other)
    }

    /// Every form with its category's name, `other` last.
    pub fn forms(&self) -> Vec<(&'static str, &'static str)> {
        [
            ("zero", self.zero),
            ("one", self.one),
            ("two", self.two),
            ("few", self.few),
            ("many", self.many),
            ("other", Some(self.other)),
        ]
        .into_iter()
        .filter_map(|(name, form)| Some((name, form?)))
        .collect()
    }
}

impl Texts {
    /// "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => fill(self.and(), &[&rest.join(self.comma()), last]),
        }
    }

    /// `forms` for the count `n`, its holes filled with these numbers in the language's digits
    /// (`{0}` is `n` unless `numbers` says otherwise).
    fn counted(&self, say: &dyn Numbers, forms: &Plural, n: i64, numbers: &[i64]) -> String {
        let form = forms.form(say.category(n.unsigned_abs()));
        match *numbers {
            [a, b] => fill(form, &[&say.digits(a), &say.digits(b)]),
            [a, ..] => fill(form, &[&say.digits(a)]),
            [] => fill(form, &[]),
        }
    }

    /// "Question 3 of 7" (`index` counts from 1).
    pub fn question_count(&self, say: &dyn Numbers, index: usize, total: usize) -> String {
        fill(
            self.question_of(),
            &[&say.digits(whole(index)), &say.digits(whole(total))],
        )
    }

    /// "2 of 7 questions done": the progress bar's name (its form follows the total).
    pub fn progress_label(&self, say: &dyn Numbers, done: usize, total: usize) -> String {
        let (done, total) = (whole(done), whole(total));
        self.counted(say, &self.progress(), total, &[done, total])
    }

    /// "1 point", "-1 point", "3 points".
    pub fn point_count(&self, say: &dyn Numbers, n: i32) -> String {
        let n = i64::from(n);
        self.counted(say, &self.points(), n, &[n])
    }

    /// The notice for a shared link that could not be used.
    pub fn bad_link_notice(&self, say: &dyn Numbers, error: &ShareError) -> String {
        fill(self.bad_link(), &[&self.link_problem(say, error)])
    }

    /// Why a shared link could not be used.
    pub fn link_problem(&self, say: &dyn Numbers, error: &ShareError) -> String {
        match error {
            ShareError::Malformed => self.link_damaged().to_string(),
            ShareError::UnknownFormat(v) => fill(self.link_other_format(), &[v]),
            ShareError::OtherContentVersion { link, current } => fill(
                self.link_other_edition(),
                &[
                    &say.digits(i64::from(*link)),
                    &say.digits(i64::from(*current)),
                ],
            ),
            ShareError::Mismatch => self.link_mismatch().to_string(),
        }
    }

    /// "Welcome back: you stopped at question 3 of 7 on an earlier visit."
    pub fn welcome_back(&self, say: &dyn Numbers, at: usize, total: usize) -> String {
        fill(
            self.welcome_stopped(),
            &[&say.digits(whole(at)), &say.digits(whole(total))],
        )
    }

    /// How `outcome` is announced: the result screen's eyebrow and headline, and the sentence
    /// shared before its link. One place for the widget, the checker's outcome pages and tests.
    pub fn announce(&self, content: &Content, outcome: &Outcome) -> Announcement<'_> {
        let name = |option: usize| content.options[option].name.clone();
        let leaders: Vec<String> = outcome.leaders().into_iter().map(name).collect();
        let title = content.title.as_str();
        let picked = |eyebrow, headline, w: usize| Announcement {
            eyebrow,
            headline: fill(headline, &[&name(w)]),
            headline_parts: (headline, name(w)),
            shared: Some(fill(self.shared_pick(), &[&name(w), title])),
        };
        match (outcome.kind, outcome.winner()) {
            (Kind::Clear, Some(w)) => picked(self.clear_fit(), self.fits_best(), w),
            (Kind::Close, Some(w)) => picked(self.close_call(), self.only_just(), w),
            (Kind::Tie, _) => Announcement {
                eyebrow: self.tie(),
                headline: fill(self.tied(), &[&self.list(&leaders)]),
                headline_parts: (self.tied(), self.list(&leaders)),
                shared: Some(fill(self.shared_tie(), &[&self.list(&leaders), title])),
            },
            _ => Announcement {
                eyebrow: self.no_signal(),
                headline: self.no_recommendation().to_string(),
                headline_parts: (self.no_recommendation(), String::new()),
                shared: None,
            },
        }
    }

    /// "Its content has 3 problems to fix:".
    pub fn problem_count(&self, say: &dyn Numbers, n: usize) -> String {
        let n = whole(n);
        self.counted(say, &self.problems(), n, &[n])
    }

    /// "Based on 3 answers, 1 not sure, 2 skipped."
    pub fn summary(
        &self,
        say: &dyn Numbers,
        answered: usize,
        unsure: usize,
        skipped: usize,
    ) -> String {
        let count = |forms: &Plural, n: usize| self.counted(say, forms, whole(n), &[whole(n)]);
        let mut parts = vec![count(&self.based_on(), answered)];
        if unsure > 0 {
            parts.push(count(&self.unsure_count(), unsure));
        }
        if skipped > 0 {
            parts.push(count(&self.skipped_count(), skipped));
        }
        format!("{}{}", parts.join(self.comma()), self.full_stop())
    }

    /// Every template with a hole, by name, for checks that translations fill the same holes
    /// (a count's every form is listed, as `name.category`).
    pub fn templates(&self) -> Vec<(String, &str)> {
        let mut all: Vec<(String, &str)> = [
            ("and", &self.and()),
            ("question_of", &self.question_of()),
            ("shared_pick", &self.shared_pick()),
            ("shared_tie", &self.shared_tie()),
            ("fits_me", &self.fits_me()),
            ("fits_best", &self.fits_best()),
            ("only_just", &self.only_just()),
            ("tied", &self.tied()),
            ("would_decide", &self.would_decide()),
            ("choose_if", &self.choose_if()),
            ("better_pick", &self.better_pick()),
            ("when_to_choose", &self.when_to_choose()),
            ("companies_using", &self.companies_using()),
            ("code_sample", &self.code_sample()),
            ("welcome_stopped", &self.welcome_stopped()),
            ("bad_link", &self.bad_link()),
            ("link_other_format", &self.link_other_format()),
            ("link_other_edition", &self.link_other_edition()),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_owned(), &**text))
        .collect();
        for (name, forms) in self.counts() {
            for (category, form) in forms.forms() {
                all.push((format!("{name}.{category}"), form));
            }
        }
        all
    }

    /// Every count, by name.
    pub fn counts(&self) -> [(&'static str, Plural); 6] {
        [
            ("progress", self.progress()),
            ("based_on", self.based_on()),
            ("unsure_count", self.unsure_count()),
            ("skipped_count", self.skipped_count()),
            ("points", self.points()),
            ("problems", self.problems()),
        ]
    }
}

/// A count as the numbers' type (counts here are small; a count beyond `i64` cannot occur).
fn whole(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
