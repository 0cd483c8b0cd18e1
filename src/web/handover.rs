//! What the loader (embed/loader.js) leaves on a host element for the widget: the content the
//! reader read for it, in the compact form (`verdictContent`), and a press on the pre-rendered
//! view made before the widget ran (`verdictEarly`, the pressed control's `data-action`). Each
//! is taken, so it applies once.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// Takes the property `name` off `host`.
fn take(host: &Element, name: &str) -> Option<JsValue> {
    let key = JsValue::from_str(name);
    let value = Reflect::get(host, &key).ok()?;
    let _ = Reflect::delete_property(host, &key);
    (!value.is_undefined()).then_some(value)
}

/// The content the reader handed over for `host`, if any.
pub fn content(host: &Element) -> Option<Vec<u8>> {
    take(host, "verdictContent")?
        .dyn_into::<Uint8Array>()
        .ok()
        .map(|bytes| bytes.to_vec())
}

/// The early press kept on `host`, if any, as the action's name.
pub fn early_press(host: &Element) -> Option<String> {
    take(host, "verdictEarly")?.as_string()
}
