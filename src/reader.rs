//! The reader's entry point: the authors' side of the widget, loaded only on pages that give a
//! widget content of their own. It reads what a host element asks for (inline JSON, or a file
//! by URL), checks it against every content rule and hands the result to the widget in the
//! compact form (`core::load::to_bytes`): the content, or every problem with its path.
//!
//! Keeping it apart keeps serde_json, the content rules and their messages out of the widget
//! that every reader downloads (measured in the README).

use web_sys::Element;

use crate::core::load;
use crate::web::source;

/// What `host` asks for, read, checked and in the compact form.
pub async fn read(host: &Element) -> Vec<u8> {
    load::to_bytes(&source::load(source::of(host)).await)
}
