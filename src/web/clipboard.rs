//! Copying and sharing a link: the Clipboard API and the Web Share API, each only where the
//! browser offers it (both are missing outside secure contexts, and may be refused).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
    let navigator = web_sys::window()?.navigator();
    let value = Reflect::get(&navigator, &JsValue::from_str(name)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(navigator)
}

/// Writes `text` to the clipboard; `false` when there is no Clipboard API or it refused.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = navigator_has("clipboard") else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>())
    else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    navigator_has("share").is_some()
}

/// Opens the system share sheet for `url`; `false` if unavailable, refused or cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(navigator) = navigator_has("share") else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .is_ok()
}
