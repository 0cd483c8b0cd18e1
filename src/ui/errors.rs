//! Content that cannot be used: every problem, readable, inside the widget. Never a blank box.

use std::rc::Rc;

use yew::prelude::*;

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
    let count = props.problems.len();
    html! {
        <div class="vd vd-card vd-error" role="alert">
            <h2 class="vd-title">{ "This decision guide can't be shown" }</h2>
            <p>{ format!(
                "Its content has {} to fix:",
                if count == 1 { "1 problem".to_owned() } else { format!("{count} problems") }
            ) }</p>
            <ul class="vd-problems">
                { for props.problems.iter().map(|p| html! {
                    <li>
                        if !p.path.is_empty() { <code>{ &p.path }</code>{ " " } }
                        { &p.message }
                    </li>
                }) }
            </ul>
        </div>
    }
}
