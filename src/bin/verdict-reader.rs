//! The reader's WebAssembly (see `verdict::reader`): embed.js loads it only when a widget on
//! the page has content of its own, calls `read` for each such host element (or `read_text` for
//! content given from script), and hands the result to the widget. `check` serves editors.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// The content `host` asks for, read and checked, in the compact form the widget decodes.
#[wasm_bindgen]
pub async fn read(host: web_sys::Element) -> Vec<u8> {
    verdict::reader::read(&host).await
}

/// Content given as JSON text, read and checked, in the compact form.
#[wasm_bindgen]
pub fn read_text(json: String) -> Vec<u8> {
    verdict::reader::read_text(&json)
}

/// Every problem of a comparison's JSON: `{ problems: [{ path, message }] }`.
#[wasm_bindgen]
pub fn check(json: String) -> JsValue {
    verdict::reader::check(&json)
}

fn main() {}
