//! The widget's language ([`crate::core::locale`]), handed down to the parts that show words:
//! its texts, and how it says numbers (`Intl`, through [`crate::web::intl`]).

use crate::core::locale::{self, Texts};
use crate::web::intl::Intl;

/// The texts of the widget's language and its numbers; compared by identity (each language is
/// one table for the page's life).
#[derive(Clone, Copy)]
pub struct Language {
    /// Every word the widget shows.
    pub texts: &'static Texts,
    /// Plural categories and digits.
    pub numbers: &'static Intl,
}

impl Language {
    /// The language for a BCP 47 tag (English for one the page has no table for), its numbers
    /// as [`locale::numbers_tag`] says.
    pub fn for_tag(tag: &str) -> Self {
        Self {
            texts: locale::for_tag(tag),
            numbers: Intl::of(locale::numbers_tag(tag)),
        }
    }
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.texts, other.texts)
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Language({})", self.texts.lang())
    }
}
