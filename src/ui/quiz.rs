//! One question at a time: progress, the question, its answers, and Back / Skip / Restart.

use std::rc::Rc;

use yew::prelude::*;

use super::bar::Bar;
use super::rich::rich;
use crate::core::content::Content;
use crate::core::quiz::{Action, Response};

/// Properties of [`QuizStep`].
#[derive(Debug, Clone, PartialEq, Properties)]
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
#[component]
pub fn QuizStep(props: &Props) -> Html {
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
            <button type="button" class={classes!("vd-answer", class)}
                aria-pressed={pressed.to_string()} onclick={act(action)}>
                { label }
            </button>
        }
    };
    let answered = props.response != Response::Open;

    html! {
        <div class="vd-quiz">
            <div class="vd-progress">
                <p class="vd-count" id="vd-count">
                    { format!("Question {} of {}", props.index + 1, total) }
                </p>
                <Bar value={props.index as i32} max={total as i32}
                    label={format!("{} of {} questions done", props.index, total)} progress=true />
            </div>
            <h3 class="vd-question" id="vd-question" tabindex="-1" ref={props.heading.clone()}>
                { &question.text }
            </h3>
            if let Some(help) = &question.help {
                <p class="vd-help" id="vd-help">{ rich(help) }</p>
            }
            <div class="vd-answers" role="group" aria-labelledby="vd-question"
                aria-describedby={question.help.as_ref().map(|_| "vd-help")}>
                { for question.answers.iter().enumerate().map(|(i, a)| answer(
                    props.response == Response::Chose(i), "", &a.label, Action::Choose(i)
                )) }
                { answer(props.response == Response::NotSure, "vd-unsure", "Not sure", Action::NotSure) }
            </div>
            <div class="vd-nav">
                <button type="button" class="vd-link" onclick={act(Action::Back)}
                    disabled={props.index == 0}>{ "← Back" }</button>
                if answered {
                    <button type="button" class="vd-link" onclick={act(Action::Next)}>{ "Next →" }</button>
                } else {
                    <button type="button" class="vd-link" onclick={act(Action::Skip)}>{ "Skip →" }</button>
                }
                if props.can_restart {
                    <button type="button" class="vd-link vd-restart" onclick={act(Action::Restart)}>
                        { "Restart" }
                    </button>
                }
            </div>
        </div>
    }
}
