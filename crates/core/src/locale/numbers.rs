//! How a language says numbers: the CLDR plural category of a count (which form of "answer"
//! it takes) and the digits it is written in. The rules are CLDR's, never our own: in a browser
//! (and in Node) the glue asks `Intl` (`crate::web::intl`); natively [`Cldr`] asks the
//! `intl_pluralrules` crate (CLDR 37), and writes ASCII digits.

pub use verdict_model::numbers::{Category, Numbers};

/// CLDR's plural rules from the `intl_pluralrules` crate, with ASCII digits: the native side
/// (tests, native tools; the widget uses `Intl` and never links this). An unknown language
/// counts as English does.
pub struct Cldr {
    rules: intl_pluralrules::PluralRules,
}

impl Cldr {
    /// The rules of the language of `tag` (`ru`, `pt-BR`).
    pub fn new(tag: &str) -> Self {
        use intl_pluralrules::{PluralRuleType, PluralRules};
        let rules = |tag: &str| {
            let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
            PluralRules::create(id, PluralRuleType::CARDINAL).ok()
        };
        let rules = rules(tag)
            .or_else(|| rules("en"))
            .expect("intl_pluralrules has English");
        Self { rules }
    }
}

impl Numbers for Cldr {
    fn category(&self, n: u64) -> Category {
        use intl_pluralrules::PluralCategory as C;
        match self.rules.select(n) {
            Ok(C::ZERO) => Category::Zero,
            Ok(C::ONE) => Category::One,
            Ok(C::TWO) => Category::Two,
            Ok(C::FEW) => Category::Few,
            Ok(C::MANY) => Category::Many,
            _ => Category::Other,
        }
    }

    fn digits(&self, n: i64) -> String {
        n.to_string()
    }
}
