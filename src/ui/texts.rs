//! The widget's language ([`crate::core::locale`]), handed to every component through context.

use yew::prelude::*;

use crate::core::locale::{Texts, EN};

/// The texts of the widget's language; compared by identity (each language is one static).
#[derive(Debug, Clone, Copy)]
pub struct Language(pub &'static Texts);

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The texts of the surrounding widget's language (English outside a widget, as in tests).
#[hook]
pub fn use_texts() -> &'static Texts {
    use_context::<Language>().map_or(&EN, |l| l.0)
}
