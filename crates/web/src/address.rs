//! The page's address: reading this widget's part of the fragment, writing it back through the
//! History API, and hearing when the browser goes back or forward.
//!
//! Every call tolerates a refused History call (some sandboxed frames refuse it): the widget then
//! simply keeps its state to itself.
//!
//! Not `gloo-history`: its `BrowserHistory` writes its own object into `history.state` on every
//! push, and `history.state` belongs to the host page (a blog's router keeps its own state there).
//! The component test `history_state_of_the_host_page_survives_answers` shows ours keeps it;
//! `gloo_history_replaces_the_host_pages_history_state` shows gloo-history does not.

use gloo_events::EventListener;

use verdict_core::share;

/// The current fragment, without `#` ("" when none or unreadable).
pub fn fragment() -> String {
    let hash = gloo_utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The page's address with `key`'s part of the fragment set to `token` (or removed).
pub fn url_with(key: &str, token: Option<&str>) -> Option<String> {
    let href = gloo_utils::window().location().href().ok()?;
    Some(share::url_with(&href, key, token))
}

/// The link a reader shares for `key`'s `token`:
/// - inside the iframe option, the embedding post's address (frame.js sets it on the frame's root
///   element, from what frame-host.js tells it), so the link opens the post, not a bare frame;
/// - on a page that declares outcome pages for this content (`<meta name="verdict:outcomes"
///   content="<content id>">`, the hosted demo), that outcome's page, whose tags give chat apps
///   a preview card;
/// - else this page's address.
pub fn share_url(key: &str, token: &str, content_id: &str, pick: Option<&str>) -> Option<String> {
    let document = gloo_utils::document();
    let framed = document
        .document_element()
        .and_then(|root| root.get_attribute("data-verdict-share-base"))
        .filter(|base| base.starts_with("https://") || base.starts_with("http://"));
    let page = match framed {
        Some(base) => base,
        None => {
            let here = gloo_utils::window().location().href().ok()?;
            let outcomes = document
                .query_selector(r#"meta[name="verdict:outcomes"]"#)
                .ok()
                .flatten()
                .and_then(|meta| meta.get_attribute("content"));
            match (outcomes, pick) {
                (Some(id), Some(pick)) if id.trim() == content_id => {
                    share::outcome_page(&here, pick)
                }
                _ => here,
            }
        }
    };
    Some(share::url_with(&page, key, Some(token)))
}

/// How a new address enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the previous one.
    Push,
    /// The current entry changes in place.
    Replace,
}

/// Sets `key`'s part of the address to `token` (or removes it), keeping the page's own
/// `history.state`. Does nothing when the address would not change.
pub fn write(key: &str, token: Option<&str>, entry: Entry) {
    let window = gloo_utils::window();
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
/// Forward, or a fragment link); stops listening when the returned listener is dropped.
pub fn on_history_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo_utils::window(), "popstate", move |_| {
        on_change(fragment())
    })
}
