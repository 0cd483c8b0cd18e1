//! The form's controls: a labelled text field (one line or several), a row of list buttons
//! (move up, move down, remove), each with its id from the content path it edits
//! ([`crate::edit::field_id`]), so a problem can take the focus to it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::edit::{field_id, Move};

/// A text field for the value at `path`: one line, or several with `rows`.
pub fn text(path: &str, label: &str, value: &str, rows: Option<u32>, on: Callback<String>) -> Html {
    let id = field_id(path);
    let field = match rows {
        Some(rows) => {
            let oninput = Callback::from(move |e: InputEvent| {
                if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                    on.emit(area.value());
                }
            });
            html! { <textarea id={id.clone()} rows={rows.to_string()} value={value.to_owned()} {oninput} /> }
        }
        None => {
            let oninput = Callback::from(move |e: InputEvent| {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    on.emit(input.value());
                }
            });
            html! { <input id={id.clone()} type="text" value={value.to_owned()} {oninput} /> }
        }
    };
    html! {
        <div class="form-field">
            <label for={id}>{ label.to_owned() }</label>
            { field }
        </div>
    }
}

/// A choice among `choices` (value, words) for the value at `path`.
pub fn select(
    path: &str,
    label: &str,
    value: &str,
    choices: &[(String, String)],
    on: Callback<String>,
) -> Html {
    let id = field_id(path);
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            on.emit(select.value());
        }
    });
    html! {
        <div class="form-field form-choice">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <select id={id} {onchange}>
                { for choices.iter().map(|(v, words)| html! {
                    <option value={v.clone()} selected={v == value}>{ words.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// Move up, move down and remove buttons for the item `what` ("question 2"), at `at` of `len`.
pub fn list_buttons(
    what: &str,
    at: usize,
    len: usize,
    on_move: Callback<Move>,
    on_remove: Callback<()>,
) -> Html {
    let up = {
        let on = on_move.clone();
        Callback::from(move |_: MouseEvent| on.emit(Move::Up))
    };
    let down = Callback::from(move |_: MouseEvent| on_move.emit(Move::Down));
    let remove = Callback::from(move |_: MouseEvent| on_remove.emit(()));
    html! {
        <div class="form-list-buttons">
            <button type="button" onclick={up} disabled={at == 0} aria-label={format!("Move {what} up")}>{ "↑" }</button>
            <button type="button" onclick={down} disabled={at + 1 >= len} aria-label={format!("Move {what} down")}>{ "↓" }</button>
            <button type="button" class="form-remove" onclick={remove} aria-label={format!("Remove {what}")}>{ "Remove" }</button>
        </div>
    }
}

/// An "Add …" button.
pub fn add(words: &str, on: Callback<()>) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| on.emit(()));
    html! { <button type="button" class="form-add" {onclick}>{ words.to_owned() }</button> }
}

/// The focus on the form's control for `path`, or on the nearest one that holds it (the field
/// of a missing answer's weights is its answer's label), with the folded items around it opened.
pub fn focus_field(path: &str) {
    let document = gloo_utils::document();
    let field = |path: &str| {
        document
            .get_element_by_id(&field_id(path))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    };
    let mut path = path.to_owned();
    loop {
        if let Some(el) = field(&path) {
            return show(&el);
        }
        // Up one step: "a.b[2].c" → "a.b[2]" → "a.b".
        match path.rfind(['.', '[']) {
            Some(at) => path.truncate(at),
            None => break,
        }
        // An item's fields: its first field.
        for first in ["text", "label", "name", "feature", "title"] {
            if let Some(el) = field(&format!("{path}.{first}")) {
                return show(&el);
            }
        }
    }
    if let Some(el) = document.get_element_by_id("f-about") {
        el.scroll_into_view();
    }
}

/// Focuses `el`, opening every folded item it is in and scrolling it into view.
fn show(el: &HtmlElement) {
    let mut around: Option<Element> = el.parent_element();
    while let Some(at) = around {
        if at.tag_name() == "DETAILS" {
            let _ = at.set_attribute("open", "");
        }
        around = at.parent_element();
    }
    let _ = el.focus();
    el.scroll_into_view_with_bool(false);
}

/// Focuses the field for `path` once the edit that makes it has been drawn, its words selected
/// (a new item's "Option 3" is replaced by what the author types).
pub fn focus_soon(path: String) {
    gloo_timers::callback::Timeout::new(0, move || {
        focus_field(&path);
        if let Some(input) = gloo_utils::document()
            .get_element_by_id(&field_id(&path))
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
        {
            input.select();
        }
    })
    .forget();
}
