//! The widget's language ([`crate::core::locale`]), handed down to the parts that show words.

use crate::core::locale::Texts;

/// The texts of the widget's language; compared by identity (each language is one static).
#[derive(Debug, Clone, Copy)]
pub struct Language(pub &'static Texts);

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
