//! The studio (editor.html): write a comparison as JSON, or draft it from an article, see the
//! widget run it beside the text, fix what the rules say (each problem takes the caret to its
//! place), keep the draft in this browser, open and download files, and copy the snippet to paste
//! into a post. Every decision is [`verdict_core::studio`]'s; this renders it and dispatches.

mod found;
mod preview;

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::state::{
    file_snippet, inline_snippet, place_of, Checked, SavedDraft, Studio, StudioAction,
};
use found::Found;
use preview::Preview;
use verdict_core::problem::Problem;
use verdict_core::validate::count;
use verdict_web::{clipboard, files, storage};

/// Where the draft is kept in this browser.
const DRAFT_KEY: &str = "verdict:studio:draft";
/// How long the author pauses before the text is checked and previewed.
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

/// Properties of [`StudioPage`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The widget's stylesheet, for the preview.
    pub stylesheet: AttrValue,
    /// The loader's address, for the snippets (`https://…/embed.js`).
    pub embed_url: AttrValue,
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
    // What the last file action did (said beside the text it changed), and what the last copy
    // did (said beside the copy buttons).
    let status = use_state(String::new);
    let copied = use_state(String::new);
    let json_area = use_node_ref();
    let file_input = use_node_ref();

    // Check (and preview) once the author pauses: each keystroke replaces the pending timer, and
    // dropping a timer cancels it.
    {
        let dispatcher = state.dispatcher();
        let pending = studio.checked == Checked::Pending;
        use_effect_with((pending, studio.json.clone()), move |(pending, _)| {
            let timer = pending
                .then(|| Timeout::new(PAUSE_MS, move || dispatcher.dispatch(StudioAction::Check)));
            move || drop(timer)
        });
    }
    // Keep the draft once it is checked (not on every keystroke: a long file is slow to store),
    // and the article as it is edited.
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

    let dispatch = |make: fn(String) -> StudioAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                dispatcher.dispatch(make(area.value()));
            }
        })
    };
    // A new text is read from its top, not from where the old one was scrolled to.
    let from_top = {
        let area = json_area.clone();
        move || {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                area.set_scroll_top(0);
            }
        }
    };
    // The buttons that put another text in place of the author's (template, draft, undo).
    let replacing = |action: StudioAction, said: &'static str| {
        let (dispatcher, status, from_top) = (state.dispatcher(), status.clone(), from_top.clone());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(action.clone());
            from_top();
            status.set(said.to_owned());
        })
    };
    let on_open = {
        let (dispatcher, status, from_top) = (state.dispatcher(), status.clone(), from_top.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let (dispatcher, status, from_top) =
                (dispatcher.clone(), status.clone(), from_top.clone());
            spawn_local(async move {
                let name = file.name();
                match files::read_text(file).await {
                    Ok(text) => {
                        dispatcher.dispatch(StudioAction::Open(text));
                        from_top();
                        status.set(format!("Opened {name}."));
                    }
                    Err(why) => status.set(format!("{name} could not be read: {why}.")),
                }
            });
        })
    };
    // The inventory's picks; using the draft replaces the author's text, as the buttons above do.
    let on_found = {
        let (dispatcher, status, from_top) = (state.dispatcher(), status.clone(), from_top.clone());
        Callback::from(move |action: StudioAction| {
            let used = action == StudioAction::UseDraft;
            dispatcher.dispatch(action);
            if used {
                from_top();
                status.set("Drafted from the article: the draft is in Content (JSON).".to_owned());
            }
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
    let go_to = |problem: &Problem| {
        let (area, json) = (json_area.clone(), studio.json.clone());
        let range = place_of(&json, problem);
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                files::select(&area, &json, range.clone());
            }
        })
    };

    let inline = inline_snippet(&props.embed_url, &studio.json);
    let file_name = format!("{}.json", studio.file_stem());
    let by_file = file_snippet(&props.embed_url, &file_name);

    html! {
        <div class="studio">
            <header class="studio-head">
                <p class="studio-kicker">{ "verdict · studio" }</p>
                <h1>{ "Write your own decision guide" }</h1>
                <p>{ "Write the comparison as JSON, or draft it from an article you already wrote. \
                      The widget beside it runs what you write; the problems below say where to fix it. \
                      Your draft stays in this browser." }</p>
                <div class="studio-tools" role="toolbar" aria-label="File">
                    <button type="button" onclick={replacing(StudioAction::NewFromTemplate, "Started from the template.")}>
                        { "New from template" }
                    </button>
                    <button type="button" onclick={{
                        let input = file_input.clone();
                        Callback::from(move |_: MouseEvent| {
                            if let Some(input) = input.cast::<web_sys::HtmlElement>() { input.click(); }
                        })
                    }}>{ "Open file…" }</button>
                    <input type="file" accept=".json,application/json" class="studio-file"
                        ref={file_input} onchange={on_open} tabindex="-1" aria-hidden="true" />
                    <button type="button" onclick={on_download}>{ "Download JSON" }</button>
                </div>
            </header>
            <div class="studio-panes">
                <section class="studio-pane" aria-labelledby="studio-write">
                    <h2 id="studio-write">{ "Write" }</h2>
                    <label for="studio-json">{ "Content (JSON)" }</label>
                    <textarea id="studio-json" class="studio-code" spellcheck="false" autocomplete="off"
                        value={studio.json.clone()} oninput={dispatch(StudioAction::EditJson)} ref={json_area.clone()} />
                    <div class="studio-said">
                        <p class="studio-status" role="status">{ (*status).clone() }</p>
                        if studio.replaced.is_some() {
                            <button type="button" onclick={replacing(StudioAction::Undo, "Your text is back.")}>
                                { "Undo" }
                            </button>
                        }
                    </div>
                    { problems(studio, go_to) }
                    if !*kept {
                        <p class="studio-unkept">
                            { "This browser does not let the studio keep your draft: use Download JSON to keep it." }
                        </p>
                    }
                    <details class="studio-import">
                        <summary>{ "Draft from an article" }</summary>
                        <label for="studio-markdown">{ "Article (Markdown)" }</label>
                        <textarea id="studio-markdown" class="studio-code studio-markdown" spellcheck="false"
                            value={studio.markdown.clone()} oninput={dispatch(StudioAction::EditMarkdown)} />
                        <button type="button" class="studio-primary" onclick={{
                            let (dispatcher, status) = (state.dispatcher(), status.clone());
                            Callback::from(move |_: MouseEvent| {
                                dispatcher.dispatch(StudioAction::DraftFromArticle);
                                status.set("Read the article: tick what to keep below, then use it.".to_owned());
                            })
                        }}>
                            { "Draft from article" }
                        </button>
                        if let Some(inventory) = &studio.inventory {
                            <Found inventory={inventory.clone()} on_action={on_found} />
                        }
                        if !studio.notes.is_empty() {
                            <div class="studio-notes">
                                <h3>{ "What the importer could not find" }</h3>
                                <ul>{ for studio.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                            </div>
                        }
                    </details>
                </section>
                <section class="studio-pane" aria-labelledby="studio-see">
                    <h2 id="studio-see">{ "Preview" }</h2>
                    if matches!(studio.checked, Checked::Problems(_)) && studio.preview.is_some() {
                        <p class="studio-stale">{ "The preview shows the last version without problems." }</p>
                    }
                    <Preview content={studio.preview.clone()} stylesheet={props.stylesheet.clone()} />
                </section>
            </div>
            <section class="studio-embed" aria-labelledby="studio-embed">
                <h2 id="studio-embed">{ "Put it in a post" }</h2>
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

/// The content rules' verdict on the text: every problem as a button that takes the caret there.
fn problems(studio: &Studio, go_to: impl Fn(&Problem) -> Callback<MouseEvent>) -> Html {
    match &studio.checked {
        Checked::Pending => html! { <p class="studio-check">{ "Checking when you pause…" }</p> },
        Checked::Valid(content) => html! {
            <p class="studio-check is-valid">
                { format!("No problems: {}, {}, {}.",
                    count(content.options.len(), "option"),
                    count(content.questions.len(), "question"),
                    count(content.grid.rows.len(), "grid row")) }
            </p>
        },
        Checked::Problems(list) => html! {
            <div class="studio-problems">
                <h3 class="studio-check is-invalid">
                    { count(list.len(), "problem") }
                </h3>
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
