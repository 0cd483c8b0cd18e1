//! One question at a time: progress, the question, its answers, and Back / Skip / Restart.

use std::rc::Rc;

use yew::prelude::*;

use super::bar::bar;
use super::rich::rich;
use super::texts::Language;
use verdict_core::content::Content;
use verdict_core::quiz::{Action, Response};

/// What [`quiz_step`] shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Props {
    /// The comparison.
    pub content: Rc<Content>,
    /// Index of the question shown.
    pub index: usize,
    /// What the reader answered to it so far.
    pub response: Response,
    /// Whether there is anything to restart.
    pub can_restart: bool,
    /// Where the reader's actions go.
    pub on_action: Callback<Action>,
    /// The question's heading, focused when the question changes.
    pub heading: NodeRef,
}

/// The question at `index` with its answer controls.
// A plain function, not a component: it has no state, and each component type costs the
// WebAssembly a few kilobytes of lifecycle code (see the README's size table).
pub fn quiz_step(language: &Language, props: &Props) -> Html {
    let (t, say) = (language.texts, language.numbers);
    let total = props.content.questions.len();
    let Some(question) = props.content.questions.get(props.index) else {
        return html! {};
    };
    let act = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action))
    };
    let answer = |pressed: bool, class: &'static str, label: &str, action: Action| {
        html! {
            <button type="button" part="button" class={classes!("vd-answer", class)} dir="auto"
                aria-pressed={pressed.to_string()} data-action={action.name()} onclick={act(action)}>
                { label }
            </button>
        }
    };
    // Each control carries its action's name: a press on the pre-rendered copy is kept by it.
    let nav = |class: &'static str, label: &str, action: Action, disabled: bool| {
        html! {
            <button type="button" part="button" class={classes!("vd-link", class)} onclick={act(action)}
                data-action={action.name()} {disabled}>{ label }</button>
        }
    };
    let answered = props.response != Response::Open;

    html! {
        <div class="vd-quiz">
            <div class="vd-progress">
                <p class="vd-count" id="vd-count">
                    { t.question_count(say, props.index + 1, total) }
                </p>
                { bar(props.index as i32, total as i32,
                    Some(t.progress_label(say, props.index, total))) }
            </div>
            <h3 class="vd-question" id="vd-question" tabindex="-1" dir="auto" ref={props.heading.clone()}>
                { &question.text }
            </h3>
            if let Some(help) = &question.help {
                <p class="vd-help" id="vd-help" dir="auto">{ rich(help) }</p>
            }
            <div class="vd-answers" role="group" aria-labelledby="vd-question"
                aria-describedby={question.help.as_ref().map(|_| "vd-help")}>
                { for question.answers.iter().enumerate().map(|(i, a)| answer(
                    props.response == Response::Chose(i), "", &a.label, Action::Choose(i)
                )) }
                { answer(props.response == Response::NotSure, "vd-unsure", t.not_sure(), Action::NotSure) }
            </div>
            <div class="vd-nav">
                { nav("", t.back(), Action::Back, props.index == 0) }
                if answered {
                    { nav("", t.next(), Action::Next, false) }
                } else {
                    { nav("", t.skip(), Action::Skip, false) }
                }
                if props.can_restart {
                    { nav("vd-restart", t.restart(), Action::Restart, false) }
                }
            </div>
        </div>
    }
}
