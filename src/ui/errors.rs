//! Content that cannot be used: every problem, readable, inside the widget. Never a blank box.

use std::rc::Rc;

use yew::prelude::*;

use super::texts::use_texts;
use crate::core::validate::Problem;

/// Properties of [`ContentErrors`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// Every problem found.
    pub problems: Rc<Vec<Problem>>,
}

/// The list of problems that keep the widget from showing its content.
#[component]
pub fn ContentErrors(props: &Props) -> Html {
    let t = use_texts();
    html! {
        <div class="vd vd-card vd-error" role="alert" lang={t.lang} dir={t.dir.as_attr()}>
            <h2 class="vd-title">{ t.cant_show }</h2>
            <p>{ t.problem_count(props.problems.len()) }</p>
            <ul class="vd-problems">
                { for props.problems.iter().map(|p| html! {
                    <li lang="en" dir="ltr">
                        if !p.path.is_empty() { <code>{ &p.path }</code>{ " " } }
                        { &p.message }
                    </li>
                }) }
            </ul>
        </div>
    }
}
