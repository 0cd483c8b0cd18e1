//! Copying and sharing a link: the Clipboard API and the Web Share API, each only where the
//! browser offers it (both are missing outside secure contexts, and may be refused).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// `navigator[name]` when the browser has it. Checked before use: web-sys would call straight
/// into `undefined` and throw.
fn navigator_member(navigator: &web_sys::Navigator, name: &str) -> Option<JsValue> {
    Reflect::get(navigator, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Writes `text` to the clipboard; `false` when there is no Clipboard API or it refused.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = navigator()
        .and_then(|n| navigator_member(&n, "clipboard"))
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok())
    else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| navigator_member(&n, "share").is_some())
}

/// Opens the system share sheet for `url` (with `text` before it); `false` if unavailable,
/// refused or cancelled.
pub async fn share(title: &str, text: Option<&str>, url: &str) -> bool {
    let Some(navigator) = navigator().filter(|n| navigator_member(n, "share").is_some()) else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    if let Some(text) = text {
        data.set_text(text);
    }
    data.set_url(url);
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .is_ok()
}
