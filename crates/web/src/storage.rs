//! Saved progress in `localStorage`, one entry per widget, content id and content version.
//!
//! Storage can be missing, blocked (sandboxed frames, blocked third-party storage: reading
//! `window.localStorage` throws), full, or hold anything at all. Every failure here means
//! "no persistence", never an error: the widget works the same without it.
//!
//! Not `gloo-storage`: its `LocalStorage` calls `expect_throw` on `window.localStorage`, so where
//! storage is blocked it throws out of the widget instead of returning an error (shown by the
//! component test `gloo_storage_throws_where_storage_is_blocked_and_ours_does_not`).

use verdict_core::content::Content;

/// The entry for this widget and content: `verdict:<content id>:<version>:<instance>`.
pub fn key(content: &Content, instance: &str) -> String {
    format!("verdict:{}:{}:{instance}", content.id, content.version)
}

fn storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// The saved value, if storage is usable and holds one.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves `value` (or removes the entry) and says whether it was kept. Failures (blocked, full)
/// are not errors: the widget ignores them; the studio tells the author.
pub fn save(key: &str, value: Option<&str>) -> bool {
    storage().is_some_and(|storage| {
        match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        }
        .is_ok()
    })
}
