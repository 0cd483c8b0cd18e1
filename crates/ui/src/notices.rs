//! What the widget says about how the session started: a link it could not open, or saved
//! progress it can pick up again.

use yew::prelude::*;

use super::texts::Language;
use verdict_core::locale::{bad_link_notice, Texts};
use verdict_core::quiz::{Progress, Step};
use verdict_core::session::{Notice, SessionAction};

/// What [`session_notices`] shows.
#[derive(Debug, Clone, PartialEq)]
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
// A plain function, not a component: it has no state, and each component type costs the
// WebAssembly a few kilobytes of lifecycle code (see the README's size table).
pub fn session_notices(language: &Language, props: &Props) -> Html {
    let t = language.texts;
    let act = |action: SessionAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    html! {
        <>
            if let Some(notice) = &props.notice {
                <div class="vd-notice" role="status">
                    <p>{ message(language, notice) }</p>
                    <button type="button" part="button" class="vd-link" onclick={act(SessionAction::Dismiss)}>
                        { t.dismiss() }
                    </button>
                </div>
            }
            if let Some(saved) = &props.resume {
                <div class="vd-notice vd-resume" role="region" aria-label={t.saved_progress()}>
                    <p>{ describe(language, saved, props.questions) }</p>
                    <div class="vd-notice-actions">
                        <button type="button" part="button" class="vd-primary" onclick={act(SessionAction::Resume)}>
                            { if saved.step() == Step::Result { t.show_result() } else { t.resume() } }
                        </button>
                        <button type="button" part="button" class="vd-link" onclick={act(SessionAction::Dismiss)}>
                            { t.start_over() }
                        </button>
                    </div>
                </div>
            }
        </>
    }
}

fn describe(language: &Language, saved: &Progress, questions: usize) -> String {
    let t: &'static Texts = language.texts;
    match saved.step() {
        Step::Result => t.welcome_done().to_string(),
        Step::Question(i) => t.welcome_back(language.numbers, i + 1, questions),
    }
}

fn message(language: &Language, notice: &Notice) -> String {
    match notice {
        Notice::BadLink(error) => bad_link_notice(language.texts, language.numbers, error),
    }
}
