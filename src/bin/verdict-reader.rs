//! The reader's WebAssembly (see `verdict::reader`): embed.js loads it only when a widget on
//! the page has content of its own, calls `read` for each such host element, and hands the
//! result to the widget.

use wasm_bindgen::prelude::wasm_bindgen;

/// The content `host` asks for, read and checked, in the compact form the widget decodes.
#[wasm_bindgen]
pub async fn read(host: web_sys::Element) -> Vec<u8> {
    verdict::reader::read(&host).await
}

fn main() {}
