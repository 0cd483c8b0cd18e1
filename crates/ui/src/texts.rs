//! The widget's language ([`verdict_core::locale`]), handed down to the parts that show words:
//! its texts, and how it says numbers (`Intl`, through [`verdict_web::intl`]).

use verdict_core::locale::{self, Texts};
use verdict_web::intl::Intl;

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
    /// The language for a BCP 47 tag (English for one the page has no table for). Numbers
    /// follow the tag itself when it is the table's language (`ar-EG` writes Arabic-Indic
    /// digits), else the table's language (a page in Klingon counts in English).
    pub fn for_tag(tag: &str) -> Self {
        let texts = locale::for_tag(tag);
        let own = locale::table_for(tag) == texts.lang();
        Self {
            texts,
            numbers: Intl::of(if own { tag.trim() } else { texts.lang() }),
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
