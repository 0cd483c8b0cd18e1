//! Keeps the address bar and saved progress in step with the session, and follows the
//! browser's Back and Forward.
//!
//! Within the quiz the address changes in place (no history entry per answer); moving between
//! the quiz and the result adds an entry, so the browser's Back from the result returns to the
//! quiz and Forward returns to the result. Reload reads the address again.

use std::rc::Rc;

use yew::prelude::*;

use super::state::SessionState;
use verdict_core::content::Content;
use verdict_core::quiz::Step;
use verdict_core::session::{Session, SessionAction};
use verdict_core::{saved, share};
use verdict_web::{address, storage};

/// Where this widget keeps its state: its key in the address and its storage entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Places {
    /// The widget's key in the fragment (`vd.django-vs-flask`).
    pub link_key: String,
    /// The widget's storage entry.
    pub storage_key: String,
}

impl Places {
    /// The places of the widget named `instance` showing `content`.
    pub fn new(content: &Content, instance: &str) -> Self {
        Self {
            link_key: share::key(instance),
            storage_key: storage::key(content, instance),
        }
    }

    /// The session the page's address and storage call for.
    pub fn start(&self, content: &Content) -> Session {
        let fragment = address::fragment();
        let saved = storage::load(&self.storage_key);
        Session::start(
            content,
            share::find(&fragment, &self.link_key),
            saved.as_deref(),
        )
    }
}

/// Writes the session to the address and storage whenever it changes, and restores it when
/// the browser moves through history.
#[hook]
pub fn use_persistence(
    content: Rc<Content>,
    places: Rc<Places>,
    state: UseReducerHandle<SessionState>,
) {
    let session = &state.session;
    let was_result = use_mut_ref(|| session.progress.step() == Step::Result);
    {
        let content = content.clone();
        let places = places.clone();
        use_effect_with(session.clone(), move |session: &Session| {
            let progress = &session.progress;
            let token = share::token_for(&content, progress);
            let is_result = progress.step() == Step::Result;
            let entry = if std::mem::replace(&mut *was_result.borrow_mut(), is_result) == is_result
            {
                address::Entry::Replace
            } else {
                address::Entry::Push
            };
            address::write(&places.link_key, token.as_deref(), entry);
            // While saved progress is on offer, keep it until the reader decides.
            if session.resume.is_none() {
                // Not kept (blocked, full): the widget works the same without it.
                let _ = storage::save(&places.storage_key, saved::save(progress).as_deref());
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        // What the address says now, read the same way as on load (a bad link gets its notice).
        let listener = address::on_history_change(move |fragment| {
            let found = share::find(&fragment, &places.link_key);
            dispatcher.dispatch(SessionAction::Restore(Session::start(
                &content, found, None,
            )));
        });
        move || drop(listener)
    });
}
