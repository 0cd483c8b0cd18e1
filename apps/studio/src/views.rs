//! The studio (editor.html): write a comparison in a form, or make it from a post you already
//! wrote (its pieces beside the form, each one action from becoming a question, a grid row, a
//! section or the verdict), see the widget run it, fix what the rules say (each problem takes
//! the focus to its field, or the caret to its place in the JSON), undo and redo anything, keep
//! the draft in this browser, open and download files, and copy the snippet to paste into a post.
//! Every decision is [`crate::state`]'s; this renders it and dispatches.

mod fields;
mod form;
mod post;
mod preview;

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::edit::Edit;
use crate::state::{
    file_snippet, inline_snippet, place_of, Checked, SavedDraft, Studio, StudioAction,
};
use fields::focus_field;
use form::Form;
use post::Post;
use preview::Preview;
use verdict_core::problem::Problem;
use verdict_core::validate::count;
use verdict_web::{clipboard, files, storage};

/// Where the draft is kept in this browser.
const DRAFT_KEY: &str = "verdict:studio:draft";
/// How long the author pauses before typed JSON is read, checked and previewed.
const PAUSE_MS: u32 = 350;

/// The studio as a Yew reducer state; transitions are [`Studio::apply`].
#[derive(Debug, Clone, PartialEq)]
struct StudioState(Studio);

impl Reducible for StudioState {
    type Action = StudioAction;

    fn reduce(self: Rc<Self>, action: StudioAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(StudioState(next))
        }
    }
}

/// The views of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Form,
    Json,
    Preview,
}

/// Properties of [`StudioPage`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The widget's stylesheet, for the preview.
    pub stylesheet: AttrValue,
    /// This site's loader, for the snippets (`https://…/embed.js`).
    pub embed_url: AttrValue,
    /// The loader of this version on jsDelivr: the snippets' default, which ties a post to no
    /// one's site.
    pub cdn_url: AttrValue,
    /// The page a link's comparison opens on (`https://…/guide.html`).
    pub guide_url: AttrValue,
}

/// The studio page.
#[component]
pub fn StudioPage(props: &Props) -> Html {
    let state = use_reducer(|| {
        let saved = storage::load(DRAFT_KEY)
            .and_then(|text| serde_json::from_str::<SavedDraft>(&text).ok());
        StudioState(Studio::start(saved))
    });
    let studio = &state.0;
    let tab = use_state(|| Tab::Form);
    // What the last file action did, and what the last copy did.
    let status = use_state(String::new);
    let copied = use_state(String::new);
    // Where the snippets load the widget from: this version on jsDelivr (false), or this site.
    let self_hosted = use_state(|| false);
    let json_area = use_node_ref();
    let file_input = use_node_ref();

    // Read typed JSON once the author pauses: each keystroke replaces the pending timer.
    {
        let dispatcher = state.dispatcher();
        let pending = studio.checked == Checked::Pending;
        use_effect_with((pending, studio.json.clone()), move |(pending, _)| {
            let timer = pending
                .then(|| Timeout::new(PAUSE_MS, move || dispatcher.dispatch(StudioAction::Check)));
            move || drop(timer)
        });
    }
    // Keep the draft once it is read (not on every keystroke of typed JSON).
    let kept = use_state(|| true);
    {
        let (saved, kept) = (studio.saved(), kept.clone());
        let settled = studio.checked != Checked::Pending;
        use_effect_with((settled, saved.clone()), move |(settled, _)| {
            if *settled {
                if let Ok(text) = serde_json::to_string(&saved) {
                    kept.set(storage::save(DRAFT_KEY, Some(&text)));
                }
            }
        });
    }

    let act = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: StudioAction| dispatcher.dispatch(action))
    };
    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |edit: Edit| dispatcher.dispatch(StudioAction::Edit(edit)))
    };
    let on_json = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                dispatcher.dispatch(StudioAction::EditJson(area.value()));
            }
        })
    };
    let replacing = |action: StudioAction, said: &'static str| {
        let (dispatcher, status) = (state.dispatcher(), status.clone());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(action.clone());
            status.set(said.to_owned());
        })
    };
    let on_open = {
        let (dispatcher, status) = (state.dispatcher(), status.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let (dispatcher, status) = (dispatcher.clone(), status.clone());
            spawn_local(async move {
                let name = file.name();
                match files::read_text(file).await {
                    Ok(text) => {
                        dispatcher.dispatch(StudioAction::Open(text));
                        status.set(format!("Opened {name}."));
                    }
                    Err(why) => status.set(format!("{name} could not be read: {why}.")),
                }
            });
        })
    };
    let on_download = {
        let (json, stem, status) = (studio.json.clone(), studio.file_stem(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{stem}.json");
            files::download(&name, &json);
            status.set(format!("Downloading {name}."));
        })
    };
    let copy = |text: String, said: &'static str| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, copied) = (text.clone(), copied.clone());
            spawn_local(async move {
                copied.set(if clipboard::copy(&text).await {
                    said.to_owned()
                } else {
                    "Your browser did not allow copying: select the snippet and copy it.".to_owned()
                });
            });
        })
    };
    // A problem takes the focus to its field in the form (or the nearest one that holds it), or,
    // when the JSON does not read, the caret to its place in the JSON.
    let go_to = |problem: &Problem| {
        let (area, json, tab) = (json_area.clone(), studio.json.clone(), tab.clone());
        let range = place_of(&json, problem);
        let path = problem.path.clone();
        let in_form = studio.json_reads() && *tab != Tab::Json;
        Callback::from(move |_: MouseEvent| {
            if in_form {
                focus_field(&path);
            } else if *tab == Tab::Json {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    files::select(&area, &json, range.clone());
                }
            } else {
                // The JSON tab is shown first: a hidden text area takes no focus.
                tab.set(Tab::Json);
                let (area, json, range) = (area.clone(), json.clone(), range.clone());
                Timeout::new(0, move || {
                    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                        files::select(&area, &json, range);
                    }
                })
                .forget();
            }
        })
    };
    // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or +Y) anywhere but a text field, which undoes its own.
    let on_key = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            let typing = e
                .target_dyn_into::<HtmlElement>()
                .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if typing || !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let action = match (e.key().as_str(), e.shift_key()) {
                ("z" | "Z", false) => StudioAction::Undo,
                ("z" | "Z", true) | ("y" | "Y", _) => StudioAction::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatcher.dispatch(action);
        })
    };

    let loader = if *self_hosted {
        &props.embed_url
    } else {
        &props.cdn_url
    };
    let inline = inline_snippet(loader, &studio.json);
    let file_name = format!("{}.json", studio.file_stem());
    let by_file = file_snippet(loader, &file_name);
    let shared = verdict_core::link::url(&props.guide_url, &studio.json);
    let on_open_page = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let _ = window.open_with_url_and_target(&shared, "_blank");
            }
        })
    };
    let on_where = {
        let self_hosted = self_hosted.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                self_hosted.set(input.value() == "site");
            }
        })
    };
    let (can_undo, can_redo) = studio.can_undo();
    let tab_button = |which: Tab, words: &'static str, id: &'static str| {
        let tab_state = tab.clone();
        let selected = *tab == which;
        html! {
            <button type="button" role="tab" id={id} aria-selected={selected.to_string()}
                aria-controls={format!("{id}-panel")} tabindex={if selected { "0" } else { "-1" }}
                onclick={Callback::from(move |_: MouseEvent| tab_state.set(which))}>{ words }</button>
        }
    };
    let on_tabs_key = {
        let tab = tab.clone();
        Callback::from(move |e: KeyboardEvent| {
            let order = [Tab::Form, Tab::Json, Tab::Preview];
            let at = order.iter().position(|t| *t == *tab).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => order[(at + 1) % 3],
                "ArrowLeft" => order[(at + 2) % 3],
                _ => return,
            };
            e.prevent_default();
            tab.set(next);
            let id = match next {
                Tab::Form => "studio-tab-form",
                Tab::Json => "studio-tab-json",
                Tab::Preview => "studio-tab-preview",
            };
            if let Some(el) = gloo_utils::document().get_element_by_id(id) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        })
    };

    html! {
        <div class="studio" onkeydown={on_key}>
            <header class="studio-head">
                <p class="studio-kicker">{ "verdict · studio" }</p>
                <h1>{ "Write your own decision guide" }</h1>
                <p>{ "Paste a post you already wrote and make it a guide piece by piece, or write one in the form. The widget runs what you write; the problems say where to fix it. Your draft stays in this browser." }</p>
                <div class="studio-tools" role="toolbar" aria-label="File and history">
                    <button type="button" onclick={replacing(StudioAction::NewFromTemplate, "Started from the template.")}>
                        { "New from template" }
                    </button>
                    <button type="button" onclick={{
                        let input = file_input.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Some(input) = input.cast::<HtmlElement>() { input.click(); }
                        })
                    }}>{ "Open file…" }</button>
                    <input type="file" accept=".json,application/json" class="studio-file"
                        ref={file_input} onchange={on_open} tabindex="-1" aria-hidden="true" />
                    <button type="button" onclick={on_download}>{ "Download JSON" }</button>
                    <button type="button" onclick={replacing(StudioAction::Undo, "")} disabled={!can_undo}
                        aria-keyshortcuts="Control+Z">{ "Undo" }</button>
                    <button type="button" onclick={replacing(StudioAction::Redo, "")} disabled={!can_redo}
                        aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
                </div>
                <p class="studio-status" role="status">{ (*status).clone() }</p>
                if !*kept {
                    <p class="studio-unkept">
                        { "This browser does not let the studio keep your draft: use Download JSON to keep it." }
                    </p>
                }
            </header>
            <div class="studio-panes">
                <Post text={AttrValue::from(studio.post.text.clone())} quarry={studio.post.quarry.clone()}
                    marks={Rc::new(studio.post.marks.clone())} notes={Rc::new(studio.notes.clone())} on_action={act} />
                <section class="studio-pane studio-work" aria-labelledby="studio-work-title">
                    <h2 id="studio-work-title">{ "Your guide" }</h2>
                    <div class="studio-tabs" role="tablist" aria-label="Views of the guide" onkeydown={on_tabs_key}>
                        { tab_button(Tab::Form, "Form", "studio-tab-form") }
                        { tab_button(Tab::Json, "JSON", "studio-tab-json") }
                        { tab_button(Tab::Preview, "Preview", "studio-tab-preview") }
                    </div>
                    { problems(studio, go_to) }
                    <div id="studio-tab-form-panel" role="tabpanel" aria-labelledby="studio-tab-form" hidden={*tab != Tab::Form}>
                        if studio.json_reads() {
                            <Form content={studio.doc.clone()} on_edit={on_edit} yes_no={studio.yes_no()} />
                        } else {
                            <p class="studio-stale">{ "The JSON does not read as a guide yet: fix it in the JSON tab, and the form follows." }</p>
                        }
                    </div>
                    <div id="studio-tab-json-panel" role="tabpanel" aria-labelledby="studio-tab-json" hidden={*tab != Tab::Json}>
                        <label for="studio-json">{ "The guide as JSON (the form and this stay in step)" }</label>
                        <textarea id="studio-json" class="studio-code" spellcheck="false" autocomplete="off"
                            value={studio.json.clone()} oninput={on_json} ref={json_area.clone()} />
                    </div>
                    <div id="studio-tab-preview-panel" role="tabpanel" aria-labelledby="studio-tab-preview" hidden={*tab != Tab::Preview}>
                        if matches!(studio.checked, Checked::Problems(_)) && studio.preview.is_some() {
                            <p class="studio-stale">{ "The preview shows the last version without problems." }</p>
                        }
                        <Preview content={studio.preview.clone()} stylesheet={props.stylesheet.clone()} />
                    </div>
                </section>
            </div>
            <section class="studio-embed" aria-labelledby="studio-share">
                <h2 id="studio-share">{ "Share it without hosting anything" }</h2>
                <p>{ "One link carries the whole guide: whoever opens it gets the quiz, in their browser. Nothing is sent to a server." }</p>
                <div class="studio-tools">
                    <button type="button" class="studio-primary" onclick={copy(shared.clone(), "Copied the link.")}>{ "Copy link" }</button>
                    <button type="button" onclick={on_open_page}>{ "Open as page" }</button>
                </div>
                <p class="form-hint">{ format!("{} characters.", shared.chars().count()) }</p>
            </section>
            <section class="studio-embed" aria-labelledby="studio-embed">
                <h2 id="studio-embed">{ "Put it in a post" }</h2>
                <fieldset class="studio-where">
                    <legend>{ "Load the widget from" }</legend>
                    <label class="form-check"><input type="radio" name="studio-where" value="cdn" checked={!*self_hosted}
                        onchange={on_where.clone()} />{ "jsDelivr, this version (works on any blog)" }</label>
                    <label class="form-check"><input type="radio" name="studio-where" value="site" checked={*self_hosted}
                        onchange={on_where} />{ "this site (where you host the widget's files yourself)" }</label>
                </fieldset>
                <p>{ "Paste this where the widget should appear: the content travels inside the post." }</p>
                <label for="studio-snippet">{ "Embed snippet" }</label>
                <textarea id="studio-snippet" class="studio-code studio-snippet" readonly=true value={inline.clone()} />
                <button type="button" class="studio-primary" onclick={copy(inline, "Copied the embed snippet.")}>
                    { "Copy embed snippet" }
                </button>
                <p>{ format!("Or keep the content in a file: download it as {file_name}, put it next to the post, and paste this:") }</p>
                <label for="studio-snippet-src">{ "Embed snippet with a file" }</label>
                <textarea id="studio-snippet-src" class="studio-code studio-snippet-short" readonly=true value={by_file.clone()} />
                <button type="button" onclick={copy(by_file, "Copied the snippet with src.")}>
                    { "Copy snippet with src" }
                </button>
                <p class="studio-status" role="status">{ (*copied).clone() }</p>
            </section>
        </div>
    }
}

/// The content rules' verdict on the guide: every problem as a button that takes the focus there.
fn problems(studio: &Studio, go_to: impl Fn(&Problem) -> Callback<MouseEvent>) -> Html {
    match &studio.checked {
        Checked::Pending => html! { <p class="studio-check">{ "Reading when you pause…" }</p> },
        Checked::Valid(content) => html! {
            <p class="studio-check is-valid">
                { format!("Ready: {}, {}, {}, no problems.",
                    count(content.options.len(), "option"),
                    count(content.questions.len(), "question"),
                    count(content.grid.rows.len(), "grid row")) }
            </p>
        },
        Checked::Problems(list) => html! {
            <div class="studio-problems">
                <h3 class="studio-check is-invalid">{ count(list.len(), "problem") }</h3>
                <ol>
                    { for list.iter().map(|p| html! {
                        <li>
                            <button type="button" class="studio-problem" onclick={go_to(p)}>
                                if !p.path.is_empty() { <code>{ &p.path }</code>{ " " } }
                                { &p.message }
                            </button>
                        </li>
                    }) }
                </ol>
            </div>
        },
    }
}
