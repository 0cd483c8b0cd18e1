//! The checker's WebAssembly: the authors' side of the widget, loaded only on pages that give a
//! widget content of their own. embed.js calls [`read`] for each such host element (inline JSON,
//! or a file by URL), or [`read_text`] for content given from script (`element.content = {…}`):
//! the content is checked against every content rule and handed to the widget in the compact
//! form (`verdict_core::load::to_bytes`): the content, or every problem with its path. [`check`]
//! serves editors (the WordPress block), with the same rules and messages.
//!
//! Keeping it apart keeps serde_json, the content rules and their messages out of the widget
//! that every reader downloads (measured in the README).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use verdict_core::load::{self, Loaded};
use verdict_web::{dispatch, source};

/// The content `host` asks for, read and checked, in the compact form the widget decodes.
#[wasm_bindgen]
pub async fn read(host: web_sys::Element) -> Vec<u8> {
    load::to_bytes(&source::load(source::of(&host)).await)
}

/// Content given as JSON text, read and checked, in the compact form.
#[wasm_bindgen]
pub fn read_text(json: String) -> Vec<u8> {
    load::to_bytes(&load::from_json(&json).into())
}

/// Every problem of a comparison's JSON: `{ problems: [{ path, message }] }` (none: an empty
/// list).
#[wasm_bindgen]
pub fn check(json: String) -> JsValue {
    match Loaded::from(load::from_json(&json)) {
        Loaded::Content(_) => dispatch::problems_detail(&[]),
        Loaded::Problems(problems) => dispatch::problems_detail(&problems),
    }
}

fn main() {}
