//! The studio's glue with the browser's files and text fields: reading a file the author
//! chose, offering text as a download, and putting the caret on a place in a text area.

use std::ops::Range;

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement, HtmlTextAreaElement};

/// The text of a file the author chose, or why it could not be read.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    gloo_file::futures::read_as_text(&gloo_file::File::from(file).into())
        .await
        .map_err(|e| e.to_string())
}

/// Offers `text` as a file named `name` (the browser's download).
pub fn download(name: &str, text: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some("application/json")));
    let Ok(anchor) = gloo_utils::document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Released a little later: some browsers read the file after the click has returned.
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}

/// Selects `bytes` (a byte range of `text`, the area's value) in `area`, focuses it and scrolls
/// the selection into view.
pub fn select(area: &HtmlTextAreaElement, text: &str, bytes: Range<usize>) {
    let start = floor_char_boundary(text, bytes.start);
    let end = floor_char_boundary(text, bytes.end.max(start));
    // Text areas count in UTF-16 code units.
    let units = |at: usize| text[..at].encode_utf16().count() as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(units(start), units(end));
    // Browsers do not scroll a text area to a selection set from script; wrapped lines make the
    // line count useless, so measure where the text before the selection ends.
    if let Some(top) = height_of_text(area, &text[..start]) {
        let room = f64::from(area.client_height());
        area.set_scroll_top((top - room / 3.0).max(0.0) as i32);
    }
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// How far down `area`'s content `before` reaches, laid out as the area lays it out: a hidden
/// copy of the area with the same box and type, holding the text and a marker after it. Styles
/// are set through the CSSOM, which a strict CSP allows (unlike a `style` attribute).
fn height_of_text(area: &HtmlTextAreaElement, before: &str) -> Option<f64> {
    let window = gloo_utils::window();
    let document = gloo_utils::document();
    let computed = window.get_computed_style(area).ok()??;
    let mirror = document
        .create_element("div")
        .ok()?
        .unchecked_into::<HtmlElement>();
    let style = mirror.style();
    for property in [
        "box-sizing",
        "width",
        "padding-top",
        "padding-right",
        "padding-bottom",
        "padding-left",
        "border-top-width",
        "border-right-width",
        "border-bottom-width",
        "border-left-width",
        "border-style",
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "line-height",
        "letter-spacing",
        "tab-size",
        "text-indent",
        "text-transform",
        "word-spacing",
        "word-break",
    ] {
        let _ = style.set_property(property, &computed.get_property_value(property).ok()?);
    }
    for (property, value) in [
        ("position", "absolute"),
        ("visibility", "hidden"),
        ("inset-block-start", "0"),
        ("inset-inline-start", "-10000px"),
        ("white-space", "pre-wrap"),
        ("overflow-wrap", "break-word"),
        // The same room for the text as the area has beside its scroll bar.
        ("overflow-y", "scroll"),
        ("height", "auto"),
    ] {
        let _ = style.set_property(property, value);
    }
    mirror.set_text_content(Some(before));
    let marker = document.create_element("span").ok()?;
    marker.set_text_content(Some("\u{200b}"));
    mirror.append_child(&marker).ok()?;
    document.body()?.append_child(&mirror).ok()?;
    let top = marker.unchecked_ref::<HtmlElement>().offset_top();
    mirror.remove();
    Some(f64::from(top))
}
