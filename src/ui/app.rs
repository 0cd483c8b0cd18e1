//! The widget: header, quiz or result, comparison grid, and the article's material.

use std::rc::Rc;

use yew::prelude::*;

use super::article::ArticleNotes;
use super::errors::ContentErrors;
use super::grid::ComparisonGrid;
use super::quiz::QuizStep;
use super::result::ResultView;
use super::state::QuizState;
use crate::core::content::Content;
use crate::core::quiz::{Progress, Step};
use crate::core::scoring::{relevant_rows, score};
use crate::core::validate::Problem;

/// What the widget was given to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Valid content.
    Content(Rc<Content>),
    /// Content that could not be used, with every problem found.
    Problems(Rc<Vec<Problem>>),
}

/// Properties of [`Verdict`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct VerdictProps {
    /// The content, or why there is none.
    pub loaded: Loaded,
}

/// The whole widget. Shows the content's problems instead when it has any.
#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    match &props.loaded {
        Loaded::Content(content) => html! { <Widget content={content.clone()} /> },
        Loaded::Problems(problems) => html! { <ContentErrors problems={problems.clone()} /> },
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct WidgetProps {
    content: Rc<Content>,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let content = &props.content;
    let state = {
        let questions = content.questions.len();
        use_reducer(move || QuizState(Progress::new(questions)))
    };
    let progress = &state.0;
    let outcome = {
        let content = content.clone();
        use_memo(progress.responses().to_vec(), move |responses| {
            score(&content, responses)
        })
    };
    let relevant = {
        let content = content.clone();
        use_memo(progress.responses().to_vec(), move |responses| {
            relevant_rows(&content, responses)
        })
    };

    // Move focus to the new question or the result, but only after the reader acted: focusing
    // on first render would scroll the host page to the widget uninvited.
    let heading = use_node_ref();
    let acted = use_mut_ref(|| false);
    {
        let heading = heading.clone();
        use_effect_with(progress.step(), move |_| {
            if std::mem::replace(&mut *acted.borrow_mut(), true) {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let stage = match progress.step() {
        Step::Question(index) => html! {
            <QuizStep
                content={content.clone()}
                {index}
                response={progress.responses()[index]}
                can_restart={!progress.is_untouched()}
                on_action={on_action.clone()}
                heading={heading.clone()}
            />
        },
        Step::Result => html! {
            <ResultView
                content={content.clone()}
                outcome={outcome.clone()}
                on_action={on_action.clone()}
                heading={heading.clone()}
            />
        },
    };
    let pick = outcome.winner().filter(|_| progress.step() == Step::Result);

    html! {
        <article class="vd" aria-labelledby="vd-title">
            <header class="vd-head">
                <p class="vd-kicker">{ "Decision guide" }</p>
                <h2 id="vd-title" class="vd-title">{ &content.title }</h2>
                if let Some(intro) = &content.intro {
                    <p class="vd-intro">{ intro }</p>
                }
            </header>
            <section class="vd-card vd-stage" aria-label="Quiz">{ stage }</section>
            <ComparisonGrid content={content.clone()} relevant={relevant.clone()} {pick} />
            <ArticleNotes content={content.clone()} />
        </article>
    }
}
