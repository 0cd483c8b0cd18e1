//! The reader's entry point: the authors' side of the widget, loaded only on pages that give a
//! widget content of their own. It reads what a host element asks for (inline JSON, or a file
//! by URL), or content given from script (`element.content = {…}`), checks it against every
//! content rule and hands the result to the widget in the compact form (`core::load::to_bytes`):
//! the content, or every problem with its path. It also checks a text for an editor (the
//! WordPress block), with the same rules and messages.
//!
//! Keeping it apart keeps serde_json, the content rules and their messages out of the widget
//! that every reader downloads (measured in the README).

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::core::load::{self, Loaded};
use crate::web::{dispatch, source};

/// What `host` asks for, read, checked and in the compact form.
pub async fn read(host: &Element) -> Vec<u8> {
    load::to_bytes(&source::load(source::of(host)).await)
}

/// Content given as JSON text, checked and in the compact form.
pub fn read_text(json: &str) -> Vec<u8> {
    load::to_bytes(&load::from_json(json).into())
}

/// Every problem of `json`, as `{ problems: [{ path, message }] }` (none: an empty list).
pub fn check(json: &str) -> JsValue {
    match Loaded::from(load::from_json(json)) {
        Loaded::Content(_) => dispatch::problems_detail(&[]),
        Loaded::Problems(problems) => dispatch::problems_detail(&problems),
    }
}
