//! The widget's WebAssembly, built by Trunk. The loader (embed/loader.js) defines the
//! `<verdict-widget>` element and, for each element that comes near the viewport, calls
//! [`mount`]; the handle it gets follows the element's attributes and is freed when the element
//! leaves the page. [`add_words`] gives it the table of a language other than English.

use verdict_widget::mount::Mounted;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// A live widget, as the loader holds it.
#[wasm_bindgen]
pub struct Widget(Mounted);

/// Starts a widget in `host`: `content` is what the reader read for it (none: the built-in
/// article), `early` a press on the pre-rendered view made before the widget ran.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    content: Option<Vec<u8>>,
    early: Option<String>,
) -> Result<Widget, JsValue> {
    Mounted::start(host, content.as_deref(), early.as_deref()).map(Widget)
}

/// Gives the widget a language's table (the list of strings the build writes beside the
/// loader, joined by NUL): widgets whose language it is speak it from then on. False when the
/// list is not a table of this build's (the loader says so; the widget speaks English).
#[wasm_bindgen]
pub fn add_words(table: String) -> bool {
    verdict_core::locale::register(table).is_ok()
}

#[wasm_bindgen]
impl Widget {
    /// Shows the host's attributes as they are now (`locale`, `parts`, `data-layout`), keeping
    /// the reader's place.
    pub fn refresh(&mut self) {
        self.0.refresh();
    }

    /// Starts over: forgets the answers, the saved progress and the address's part.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// The result the reader is at, or `null`.
    pub fn result(&self) -> JsValue {
        self.0.result()
    }

    /// The widget's name in links and storage.
    pub fn instance(&self) -> String {
        self.0.instance()
    }
}

fn main() {}
