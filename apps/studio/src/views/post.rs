//! The post beside the comparison, as the author's quarry: pasted (Markdown, MDX or HTML) and
//! read into pieces (headings, paragraphs, the sentences of long ones, list items, table rows).
//! Any piece becomes a question, a grid row, a when-to-choose section or the verdict in one
//! action: a button, or one key on the piece (Q, R, W, V; D or Delete takes it back). The pieces
//! a first draft used are marked, and each mark can be taken back. Arrow keys move between
//! pieces; only the current one is in the tab order.

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::state::{Made, StudioAction, UseAs};
use verdict_import::quarry::{PieceKind, Quarry};

/// Properties of [`Post`].
#[derive(Clone, PartialEq, Properties)]
pub struct Props {
    /// The post as pasted.
    pub text: AttrValue,
    /// Its pieces, once read.
    pub quarry: Option<Rc<Quarry>>,
    /// What pieces became.
    pub marks: Rc<Vec<(usize, Made)>>,
    /// What the importer could not find.
    pub notes: Rc<Vec<String>>,
    /// Where the author's actions go.
    pub on_action: Callback<StudioAction>,
}

/// What a piece became, in words.
fn said(made: &Made) -> &'static str {
    match made {
        Made::Question(_) => "question",
        Made::Row(_) => "grid row",
        Made::Section(..) => "when to choose",
        Made::Verdict => "verdict",
    }
}

/// The post panel.
#[component]
pub fn Post(props: &Props) -> Html {
    let current = use_state(|| 0usize);
    let list = use_node_ref();
    let on_text = {
        let on = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                on.emit(StudioAction::EditPost(area.value()));
            }
        })
    };
    let read = {
        let on = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on.emit(StudioAction::ReadPost))
    };
    let count = props.quarry.as_ref().map_or(0, |q| q.pieces.len());
    // Moves the focus to piece `at` (its list item).
    let focus = {
        let (list, current) = (list.clone(), current.clone());
        move |at: usize| {
            current.set(at);
            if let Some(list) = list.cast::<HtmlElement>() {
                if let Ok(Some(item)) = list.query_selector(&format!("[data-piece=\"{at}\"]")) {
                    if let Ok(item) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(item) {
                        let _ = item.focus();
                    }
                }
            }
        }
    };
    let marks = props.marks.clone();
    let onkeydown = {
        let (on, current, focus) = (props.on_action.clone(), current.clone(), focus.clone());
        Callback::from(move |e: KeyboardEvent| {
            let at = *current;
            let action = match e.key().as_str() {
                "ArrowDown" | "j" => {
                    focus((at + 1).min(count.saturating_sub(1)));
                    None
                }
                "ArrowUp" | "k" => {
                    focus(at.saturating_sub(1));
                    None
                }
                "Home" => {
                    focus(0);
                    None
                }
                "End" => {
                    focus(count.saturating_sub(1));
                    None
                }
                "q" | "Q" => Some(StudioAction::Use(at, UseAs::Question)),
                "r" | "R" => Some(StudioAction::Use(at, UseAs::Row)),
                "w" | "W" => Some(StudioAction::Use(at, UseAs::Section)),
                "v" | "V" => Some(StudioAction::Use(at, UseAs::Verdict)),
                "d" | "D" | "Delete" | "Backspace" if marks.iter().any(|(p, _)| *p == at) => {
                    Some(StudioAction::Drop(at))
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(action) = action {
                on.emit(action);
            }
        })
    };

    html! {
        <section class="studio-pane studio-post" aria-labelledby="studio-post-title">
            <h2 id="studio-post-title">{ "Your post" }</h2>
            <details class="post-source" open={props.quarry.is_none()}>
                <summary>{ if props.quarry.is_some() { "The post as pasted" } else { "Paste your post" } }</summary>
                <label for="studio-markdown">{ "Post (Markdown, MDX or HTML, in any of 20 languages)" }</label>
                <textarea id="studio-markdown" class="studio-code studio-markdown" spellcheck="false"
                    value={props.text.clone()} oninput={on_text} />
            </details>
            <button type="button" class="studio-primary" onclick={read} disabled={props.text.trim().is_empty()}>
                { if props.quarry.is_some() { "Read the post again" } else { "Read post" } }
            </button>
            if let Some(quarry) = &props.quarry {
                <p id="post-keys" class="form-hint">
                    { "Pick a piece of the post (tap it, or move with the arrow keys) to make it a question (Q), a \
                       grid row (R), a when-to-choose section (W) or the verdict (V); D takes back what a piece \
                       became. The marked pieces are in your guide." }
                </p>
                <ol class="post-pieces" ref={list} aria-label="The post's pieces" aria-describedby="post-keys" {onkeydown}>
                    { for quarry.pieces.iter().enumerate().map(|(at, piece)| {
                        let made = props.marks.iter().find(|(p, _)| *p == at).map(|(_, m)| m);
                        let kind = match piece.kind {
                            PieceKind::Heading => "heading",
                            PieceKind::Paragraph => "paragraph",
                            PieceKind::Sentence => "sentence",
                            PieceKind::Item => "item",
                            PieceKind::Row => "row",
                            PieceKind::Code => "code",
                        };
                        let button = |words: &'static str, action: StudioAction| {
                            let on = props.on_action.clone();
                            let focus = focus.clone();
                            html! {
                                <button type="button" tabindex="-1" onclick={Callback::from(move |_: MouseEvent| {
                                    on.emit(action.clone());
                                    focus(at);
                                })}>{ words }</button>
                            }
                        };
                        let onfocus = {
                            let current = current.clone();
                            Callback::from(move |_: FocusEvent| current.set(at))
                        };
                        let label = match made {
                            Some(m) => format!("{} (in the comparison as a {})", piece.text, said(m)),
                            None => piece.text.clone(),
                        };
                        html! {
                            <li key={at} data-piece={at.to_string()} class={classes!("post-piece", format!("is-{kind}"),
                                    (piece.kind == PieceKind::Heading).then(|| format!("level-{}", piece.level)),
                                    made.map(|_| "is-used"), (at == *current).then_some("is-current"))}
                                tabindex={if at == *current { "0" } else { "-1" }} aria-label={label} {onfocus}>
                                <span class="post-text" lang={quarry.lang.clone()} dir="auto">{ piece.text.clone() }</span>
                                if let Some(m) = made {
                                    <span class="post-mark">{ said(m) }</span>
                                    { button("Take back", StudioAction::Drop(at)) }
                                } else if piece.kind != PieceKind::Code {
                                    <span class="post-actions">
                                        { button("Question", StudioAction::Use(at, UseAs::Question)) }
                                        { button("Row", StudioAction::Use(at, UseAs::Row)) }
                                        { button("When to choose", StudioAction::Use(at, UseAs::Section)) }
                                        { button("Verdict", StudioAction::Use(at, UseAs::Verdict)) }
                                    </span>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
            if !props.notes.is_empty() {
                <details class="studio-notes">
                    <summary>{ format!("What the importer could not find ({})", props.notes.len()) }</summary>
                    <ul>{ for props.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                </details>
            }
        </section>
    }
}
