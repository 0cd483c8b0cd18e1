//! Content that cannot be used: every problem, readable, inside the widget. Never a blank box.

use yew::prelude::*;

use super::texts::Language;
use verdict_core::problem::Problem;

/// The list of problems that keep the widget from showing its content. A plain function, not a
/// component: it has no state, and each component type costs the WebAssembly a few kilobytes.
pub fn content_errors(language: &Language, problems: &[Problem]) -> Html {
    let t = language.texts;
    html! {
        <div class="vd vd-card vd-error" part="widget card" role="alert" lang={t.lang()} dir={t.dir().as_attr()}>
            <h2 class="vd-title" part="title">{ t.cant_show() }</h2>
            <p>{ t.problem_count(language.numbers, problems.len()) }</p>
            <ul class="vd-problems">
                { for problems.iter().map(|p| html! {
                    <li lang="en" dir="ltr">
                        if !p.path.is_empty() { <code>{ &p.path }</code>{ " " } }
                        { &p.message }
                    </li>
                }) }
            </ul>
        </div>
    }
}
