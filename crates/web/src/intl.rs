//! A language's numbers by the JavaScript engine's `Intl` (the browser's, or Node's for the
//! command-line tool): `Intl.PluralRules` for the plural category of a count and
//! `Intl.NumberFormat` for its digits, as CLDR says the page's locale writes them (Persian and
//! Bengali digits in Persian and Bengali; Arabic-Indic digits on an `ar-EG` or `ar-SA` page,
//! Latin ones on a plain `ar` page). Where the engine lacks either or refuses the tag, counts take
//! the `other` form and digits are ASCII: never an error.

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use verdict_core::locale::{Category, Numbers};

// The two constructors and the two calls the widget needs, bound directly: js-sys's bindings
// take locale arrays and option objects and cannot catch a constructor's throw in their stable
// API, and each of their helpers costs the English page glue it never uses.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
    fn new(tag: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
    fn new(tag: &str) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, n: f64) -> String;
}

/// One locale's `Intl` objects, made once.
pub struct Intl {
    tag: String,
    plurals: Option<PluralRules>,
    format: Option<NumberFormat>,
}

thread_local! {
    /// The locales asked for so far, kept for the page's life (a page has one or two).
    static MADE: RefCell<Vec<&'static Intl>> = const { RefCell::new(Vec::new()) };
}

impl Intl {
    /// The numbers of the locale `tag` (`ar-EG`, `pt`), shared by every widget speaking it.
    pub fn of(tag: &str) -> &'static Intl {
        MADE.with(|made| {
            if let Some(known) = made.borrow().iter().find(|i| i.tag == tag) {
                return *known;
            }
            let made_now: &'static Intl = Box::leak(Box::new(Intl {
                tag: tag.to_owned(),
                plurals: PluralRules::new(tag).ok(),
                format: NumberFormat::new(tag).ok(),
            }));
            made.borrow_mut().push(made_now);
            made_now
        })
    }
}

impl Numbers for Intl {
    fn category(&self, n: u64) -> Category {
        self.plurals.as_ref().map_or(Category::Other, |rules| {
            Category::named(&rules.select(n as f64))
        })
    }

    fn digits(&self, n: i64) -> String {
        match &self.format {
            Some(format) => format.format(n as f64),
            None => n.to_string(),
        }
    }
}
