//! The widget's one piece of state: the reader's progress, behind Yew's reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::core::quiz::{Action, Progress};

/// The quiz progress as a Yew reducer state; transitions are [`Progress::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizState(pub Progress);

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            // Same state: hand back the same Rc so nothing re-renders.
            self
        } else {
            Rc::new(QuizState(next))
        }
    }
}
