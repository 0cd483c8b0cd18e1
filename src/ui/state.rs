//! The widget's one piece of state: its [`Session`], behind Yew's reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::core::session::{Session, SessionAction};

/// The session as a Yew reducer state; transitions are [`Session::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            // Same state: hand back the same Rc so nothing re-renders.
            self
        } else {
            Rc::new(SessionState(next))
        }
    }
}
