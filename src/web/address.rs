//! The page's address: reading this widget's part of the fragment, writing it back through the
//! History API, and hearing when the browser goes back or forward.
//!
//! Every call tolerates a missing window or a refused History call (some sandboxed frames
//! refuse it): the widget then simply keeps its state to itself.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::share;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The current fragment, without `#` ("" when none or unreadable).
pub fn fragment() -> String {
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The page's address with `key`'s part of the fragment set to `token` (or removed).
pub fn url_with(key: &str, token: Option<&str>) -> Option<String> {
    let location = location()?;
    let fragment = share::with_token(&fragment(), key, token);
    let mut url = location.href().ok()?;
    if let Some(at) = url.find('#') {
        url.truncate(at);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(&fragment);
    }
    Some(url)
}

/// How a new address enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the previous one.
    Push,
    /// The current entry changes in place.
    Replace,
}

/// Sets `key`'s part of the address to `token` (or removes it). Does nothing when the address
/// would not change.
pub fn write(key: &str, token: Option<&str>, entry: Entry) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(url) = url_with(key, token) else {
        return;
    };
    if window.location().href().ok().as_deref() == Some(url.as_str()) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&state, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&state, "", Some(&url)),
    };
}

/// Calls `on_change` with the new fragment whenever the browser moves through history (Back,
/// Forward, or a fragment link); stops listening when the returned guard is dropped.
pub fn on_history_change(on_change: impl Fn(String) + 'static) -> Listener {
    let closure = Closure::<dyn Fn()>::new(move || on_change(fragment()));
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    }
    Listener(closure)
}

/// Keeps a history listener alive; removes it when dropped.
pub struct Listener(Closure<dyn Fn()>);

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window
                .remove_event_listener_with_callback("popstate", self.0.as_ref().unchecked_ref());
        }
    }
}
