//! The widget's one piece of state: its [`Session`], behind Yew's reducer, with the quiz action
//! that last changed it (what the page hears depends on it: see [`verdict_core::events`]).

use std::rc::Rc;

use yew::Reducible;

use verdict_core::quiz::Action;
use verdict_core::session::{Session, SessionAction};

/// The session as a Yew reducer state; transitions are [`Session::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionState {
    /// The session.
    pub session: Session,
    /// The quiz action that made it, if a quiz action did (not a restore, resume or dismissal).
    pub cause: Option<Action>,
}

impl SessionState {
    /// A session that starts as it is.
    pub fn new(session: Session) -> Self {
        Self {
            session,
            cause: None,
        }
    }
}

impl Reducible for SessionState {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let cause = match &action {
            SessionAction::Quiz(action) => Some(*action),
            _ => None,
        };
        let next = self.session.apply(action);
        if next == self.session {
            // Same state: hand back the same Rc so nothing re-renders.
            self
        } else {
            Rc::new(SessionState {
                session: next,
                cause,
            })
        }
    }
}
