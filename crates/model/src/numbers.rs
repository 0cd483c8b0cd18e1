//! How a language says numbers, as the widget's words need it: the CLDR plural category of a
//! count (which form of "answer" it takes) and the digits it is written in. The rules are CLDR's,
//! never our own: the browser's `Intl` (verdict-web) or, natively, the `intl_pluralrules` crate
//! (verdict-core) answer through [`Numbers`].

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// `zero` (Arabic 0).
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`.
    Other,
}

impl Category {
    /// The category CLDR (and `Intl.PluralRules`) names so; `other` for anything else.
    pub fn named(name: &str) -> Self {
        match name {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            _ => Category::Other,
        }
    }
}

/// How one language says numbers.
pub trait Numbers {
    /// The plural category of the count `n`.
    fn category(&self, n: u64) -> Category;
    /// `n` as the language writes it (its digits, its minus sign).
    fn digits(&self, n: i64) -> String;
}
