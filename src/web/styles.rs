//! The widget's stylesheet, compiled in and adopted by each shadow root, so the widget needs no
//! extra request, no path to a CSS file, and no inline `<style>` (which a strict CSP blocks).

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document, ShadowRoot};

/// The widget's CSS.
/// (`styles/widget.css`, compacted by build.rs.)
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    /// One parsed sheet shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Gives `shadow` the widget's styles: a shared constructable stylesheet where the browser has
/// them, a `<style>` element otherwise.
pub fn apply(shadow: &ShadowRoot, document: &Document) -> Result<(), JsValue> {
    match shared_sheet() {
        Ok(sheet) => {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            Ok(())
        }
        Err(_) => {
            let style = document.create_element("style")?;
            style.set_text_content(Some(WIDGET_CSS));
            shadow.append_child(&style).map(|_| ())
        }
    }
}

fn shared_sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(WIDGET_CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}
