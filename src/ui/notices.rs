//! What the widget says about how the session started: a link it could not open, or saved
//! progress it can pick up again.

use yew::prelude::*;

use crate::core::quiz::{Progress, Step};
use crate::core::session::{Notice, SessionAction};

/// Properties of [`SessionNotices`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// A notice to show, if any.
    pub notice: Option<Notice>,
    /// Saved progress on offer, if any.
    pub resume: Option<Progress>,
    /// How many questions the quiz has.
    pub questions: usize,
    /// Where the reader's choices go.
    pub on_action: Callback<SessionAction>,
}

/// The notice and the resume offer (either may be absent; usually both are).
#[component]
pub fn SessionNotices(props: &Props) -> Html {
    let act = |action: SessionAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    html! {
        <>
            if let Some(notice) = &props.notice {
                <div class="vd-notice" role="status">
                    <p>{ notice.message() }</p>
                    <button type="button" class="vd-link" onclick={act(SessionAction::Dismiss)}>
                        { "Dismiss" }
                    </button>
                </div>
            }
            if let Some(saved) = &props.resume {
                <div class="vd-notice vd-resume" role="region" aria-label="Saved progress">
                    <p>{ describe(saved, props.questions) }</p>
                    <div class="vd-notice-actions">
                        <button type="button" class="vd-primary" onclick={act(SessionAction::Resume)}>
                            { if saved.step() == Step::Result { "Show my result" } else { "Continue" } }
                        </button>
                        <button type="button" class="vd-link" onclick={act(SessionAction::Dismiss)}>
                            { "Start over" }
                        </button>
                    </div>
                </div>
            }
        </>
    }
}

fn describe(saved: &Progress, questions: usize) -> String {
    match saved.step() {
        Step::Result => "Welcome back: you finished this quiz on an earlier visit.".to_owned(),
        Step::Question(i) => format!(
            "Welcome back: you stopped at question {} of {questions} on an earlier visit.",
            i + 1
        ),
    }
}
