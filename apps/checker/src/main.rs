//! The checker's WebAssembly: the authors' side of the widget, loaded only where a page's own
//! content needs it. embed.js reads that content itself (JSON inside the element, a file named by
//! `src`, an object set from script) and, where the JSON has the model's shape, writes it in the
//! widget's compact form without this (the widget holds it to the rules). JSON that does not read
//! as the model comes here: [`read_text`] reads and checks it and gives the widget the compact
//! form (`verdict_core::load::to_bytes`): every problem with its path (syntax, shape, rules).
//! When there is no content to read, the loader says why through [`empty_src`], [`unreadable`]
//! or [`unwritable`], in the same compact form. [`check`] serves editors (the WordPress block),
//! with the same rules and messages.
//!
//! Keeping it apart keeps serde_json and the shape pass with their messages out of the widget
//! that every reader downloads (measured in docs/benchmark.md).

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use verdict_core::load::{self, Loaded};
use verdict_core::problem::Problem;
use verdict_web::dispatch;

/// Content given as JSON text, read and checked, in the compact form.
#[wasm_bindgen]
pub fn read_text(json: String) -> Vec<u8> {
    load::to_bytes(&load::from_json(&json).into())
}

/// A `src` attribute with no address in it.
#[wasm_bindgen]
pub fn empty_src() -> Vec<u8> {
    problem(
        "src",
        "is empty; give the address of your comparison's JSON file, or remove src to show the \
         built-in example",
    )
}

/// A content file that could not be had: `why`, in the loader's words.
#[wasm_bindgen]
pub fn unreadable(url: String, why: String) -> Vec<u8> {
    problem(
        "src",
        format!(
            "the content file \"{url}\" could not be loaded: {why}. Check the address, and that \
             the file is served from this site (or allows it)."
        ),
    )
}

/// Content set from script (`el.content`) that JSON cannot hold: `why`, in the browser's words.
#[wasm_bindgen]
pub fn unwritable(why: String) -> Vec<u8> {
    problem(
        "content",
        format!(
            "the content set from script cannot be read as JSON ({why}); give a plain object of \
             strings, numbers, lists and objects, without cycles"
        ),
    )
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

/// One problem, in the compact form the widget decodes.
fn problem(path: &str, message: impl Into<String>) -> Vec<u8> {
    load::to_bytes(&Loaded::Problems(Rc::new(vec![Problem::at(path, message)])))
}

fn main() {}
