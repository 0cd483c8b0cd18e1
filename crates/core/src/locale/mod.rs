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
//! - the shape of a table: `verdict_model::texts`;
//! - `numbers`: plural categories and digits.

pub mod numbers;

use std::cell::RefCell;

pub use verdict_model::numbers::{Category, Numbers};
pub use verdict_model::say::fill;
#[cfg(not(target_arch = "wasm32"))]
pub use verdict_model::texts::slot_of;
pub use verdict_model::texts::{Dir, Plural, Shape, Text, Texts, CATEGORIES, FIELDS};

use super::content::Content;
use super::scoring::{Kind, Outcome};
use super::share::ShareError;

/// English, the default, built into every program (from `tables/en.toml`, by `build.rs`).
pub static EN: Texts = include!(concat!(env!("OUT_DIR"), "/en.rs"));

/// Every language's table as the list of its strings (JSON), by language: what the build
/// ships beside the loader. Native code (tests, the native tools) and the command-line tool for
/// Node speak them all; the widget's WebAssembly refers to none (the linker leaves them out: it
/// is given the one its page needs), but its tests give them as the loader would.
pub mod built_in {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));

    /// One language's list of strings, as the loader fetches it.
    pub fn table(lang: &str) -> Option<&'static str> {
        TABLES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, json)| *json)
    }
}

thread_local! {
    /// The languages this program speaks besides English: tables read once and kept for the
    /// program's life (a table is a few kilobytes, and a page uses one or two).
    static LOADED: RefCell<Vec<&'static Texts>> = RefCell::new(built_in_tables());
}

#[cfg(any(not(target_arch = "wasm32"), feature = "builtin-tables"))]
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

#[cfg(not(any(not(target_arch = "wasm32"), feature = "builtin-tables")))]
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
    let table = table_for(tag);
    LOADED
        .with(|loaded| {
            let loaded = loaded.borrow();
            loaded.iter().copied().find(|t| t.lang() == table)
        })
        .unwrap_or(&EN)
}

/// How a result is announced (see [`announce`]).
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

/// How `outcome` is announced: the result screen's eyebrow and headline, and the sentence
/// shared before its link. One place for the widget, the checker's outcome pages and tests.
pub fn announce<'a>(t: &'a Texts, content: &Content, outcome: &Outcome) -> Announcement<'a> {
    let name = |option: usize| content.options[option].name.clone();
    let leaders: Vec<String> = outcome.leaders().into_iter().map(name).collect();
    let title = content.title.as_str();
    let picked = |eyebrow, headline, w: usize| Announcement {
        eyebrow,
        headline: fill(headline, &[&name(w)]),
        headline_parts: (headline, name(w)),
        shared: Some(fill(t.shared_pick(), &[&name(w), title])),
    };
    match (outcome.kind, outcome.winner()) {
        (Kind::Clear, Some(w)) => picked(t.clear_fit(), t.fits_best(), w),
        (Kind::Close, Some(w)) => picked(t.close_call(), t.only_just(), w),
        (Kind::Tie, _) => Announcement {
            eyebrow: t.tie(),
            headline: fill(t.tied(), &[&t.list(&leaders)]),
            headline_parts: (t.tied(), t.list(&leaders)),
            shared: Some(fill(t.shared_tie(), &[&t.list(&leaders), title])),
        },
        (Kind::AllRuledOut, _) => Announcement {
            eyebrow: t.all_out(),
            headline: t.all_out_headline().to_string(),
            headline_parts: (t.all_out_headline(), String::new()),
            shared: None,
        },
        _ => Announcement {
            eyebrow: t.no_signal(),
            headline: t.no_recommendation().to_string(),
            headline_parts: (t.no_recommendation(), String::new()),
            shared: None,
        },
    }
}

/// The notice for a shared link that could not be used.
pub fn bad_link_notice(t: &Texts, say: &dyn Numbers, error: &ShareError) -> String {
    fill(t.bad_link(), &[&link_problem(t, say, error)])
}

/// Why a shared link could not be used.
pub fn link_problem(t: &Texts, say: &dyn Numbers, error: &ShareError) -> String {
    match error {
        ShareError::Malformed => t.link_damaged().to_string(),
        ShareError::UnknownFormat(v) => fill(t.link_other_format(), &[v]),
        ShareError::OtherContentVersion { link, current } => fill(
            t.link_other_edition(),
            &[
                &say.digits(i64::from(*link)),
                &say.digits(i64::from(*current)),
            ],
        ),
        ShareError::Mismatch => t.link_mismatch().to_string(),
    }
}
