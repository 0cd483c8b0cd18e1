//! The root component a host element's app renders: a widget, or nothing while the app waits
//! for its next widget.
//!
//! Yew never frees what an app root registers for event delegation (its listener closures are
//! forgotten, holding the root's data), so an app started for every widget that comes and goes
//! would leak a little each time (measured in the README: about 1 KiB of JS heap per widget on a
//! page that inserts and removes widgets). The entry point keeps the apps of widgets that left
//! and gives them to the next ones instead; while kept, an app shows nothing and holds no state.

use yew::prelude::*;

use super::app::{Verdict, VerdictProps};

/// Properties of [`Slot`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SlotProps {
    /// The widget to show; none while the app waits.
    pub widget: Option<VerdictProps>,
    /// Bumped to start the widget afresh (a reset): a new key, so a new state.
    #[prop_or_default]
    pub generation: u32,
}

/// A widget, or nothing.
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <Verdict key={props.generation} ..widget.clone() /> },
        None => html! {},
    }
}
