//! The widget: header, quiz or result, comparison grid, and the article's material.
//!
//! Embedded in a post it is compact: the quiz alone, with the comparison and the article's
//! sections folded behind two toggles that open by themselves once there is a result (they
//! explain it). `data-layout="full"` (the demo page) shows everything open.
//!
//! The first view is built alone and the rest in the tasks after it, so starting the widget
//! never holds the page's main thread for long (a phone's CPU is four times slower than a
//! laptop's; see the README's benchmark).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::article::article_notes;
use super::errors::content_errors;
use super::grid::{comparison_grid, GridProps, GridView};
use super::notices::{self, session_notices};
use super::persist::{use_persistence, Places};
use super::quiz::{self, quiz_step};
use super::result::{self, result_view};
use super::rich::rich;
use super::state::SessionState;
use super::texts::Language;
use verdict_core::content::Content;
use verdict_core::events::Change;
use verdict_core::layout::Layout;
use verdict_core::load::Loaded;
use verdict_core::quiz::{Action, Progress, Step};
use verdict_core::scoring::{explain, relevant_rows, score_with, Explained};
use verdict_core::session::{Session, SessionAction};
use verdict_core::share;

/// Properties of [`Verdict`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct VerdictProps {
    /// The content, or why there is none.
    pub loaded: Loaded,
    /// The widget's name in links and storage; unique on the page (see
    /// [`verdict_core::share::instance_names`]). The content's id when not given.
    #[prop_or_default]
    pub instance: Option<AttrValue>,
    /// The language of the widget's own words (a BCP 47 tag such as `ur`); English when not
    /// given or not known. The content is shown as written.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// Which parts are shown, and whether they start open.
    #[prop_or_default]
    pub layout: Layout,
    /// A press on the pre-rendered view before the widget ran, applied as it starts.
    #[prop_or_default]
    pub early: Option<Action>,
    /// Told of every change of the reader's progress (and of where it starts). The entry point
    /// turns it into the events the page hears ([`verdict_core::events`]).
    #[prop_or_default]
    pub on_change: Option<Callback<Change>>,
    /// Drawn ahead of time, into a page at build time (server-side rendering): the first view of
    /// a fresh quiz, read from neither the address nor storage, with the comparison grid in a
    /// `<noscript>` for readers and crawlers without script.
    #[prop_or_default]
    pub prerender: bool,
}

/// The whole widget. Shows the content's problems instead when it has any.
#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let language = Language::for_tag(props.locale.as_deref().unwrap_or("en"));
    match &props.loaded {
        Loaded::Content(content) => {
            let instance = props.instance.as_deref().unwrap_or(&content.id);
            let places = Rc::new(Places::new(content, instance));
            // Keyed by the content: other content (the studio's preview) starts a fresh session.
            let key = Rc::as_ptr(content) as usize;
            html! {
                <Widget {key} content={content.clone()} {places} {language} layout={props.layout}
                    early={props.early} on_change={props.on_change.clone()}
                    prerender={props.prerender} />
            }
        }
        Loaded::Problems(problems) => content_errors(&language, problems),
    }
}

/// How much of the widget is built: the first view, then the grid, then the article's
/// sections, each in a task of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Built {
    FirstView,
    Grid,
    Everything,
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct WidgetProps {
    content: Rc<Content>,
    places: Rc<Places>,
    language: Language,
    layout: Layout,
    early: Option<Action>,
    on_change: Option<Callback<Change>>,
    prerender: bool,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let t = props.language.texts;
    let content = &props.content;
    let layout = props.layout;
    // Before an early press, the progress the widget started with: the press is the reader's
    // first move, so the page hears it like any other.
    let started = use_mut_ref(|| None::<Progress>);
    let state = {
        let (content, places, early) = (content.clone(), props.places.clone(), props.early);
        let (started, prerender) = (started.clone(), props.prerender);
        use_reducer(move || {
            let session = if prerender {
                Session::fresh(&content)
            } else {
                places.start(&content)
            };
            match early {
                Some(action) => {
                    *started.borrow_mut() = Some(session.progress.clone());
                    SessionState {
                        session: session.apply(SessionAction::Quiz(action)),
                        cause: Some(action),
                    }
                }
                None => SessionState::new(session),
            }
        })
    };
    use_persistence(content.clone(), props.places.clone(), state.clone());
    let session = &state.session;
    let progress = &session.progress;
    {
        let (on_change, action) = (props.on_change.clone(), state.cause);
        use_effect_with(progress.clone(), move |progress| {
            let before = started.replace(Some(progress.clone()));
            if let Some(on_change) = on_change {
                on_change.emit(Change {
                    before,
                    action,
                    after: progress.clone(),
                });
            }
        });
    }
    let step = progress.step();
    let outcome = {
        let content = content.clone();
        use_memo(
            (progress.responses().to_vec(), progress.say().clone()),
            move |(responses, say)| score_with(&content, responses, say),
        )
    };
    // Why the others lost: only at the result (it scores again for every change it tries).
    let explained = {
        let (content, outcome) = (content.clone(), outcome.clone());
        let at_result = step == Step::Result;
        use_memo(
            (
                progress.responses().to_vec(),
                progress.say().clone(),
                at_result,
            ),
            move |(responses, say, at_result)| {
                if *at_result {
                    explain(&content, responses, say, &outcome)
                } else {
                    Explained::default()
                }
            },
        )
    };
    let say = use_memo(progress.say().clone(), |say| say.clone());
    // How the reader cut the grid down (only differences, only what their answers touched, which
    // options), kept while the widget lives.
    let grid_view = use_state(|| GridView::all(content.options.len()));
    let relevant = {
        let content = content.clone();
        use_memo(progress.responses().to_vec(), move |responses| {
            relevant_rows(&content, responses)
        })
    };

    // Build the rest one task at a time after the first view: a timer, not a microtask, so the
    // browser paints in between. Dropped (so cancelled) if the widget goes away first.
    let built = use_state(|| Built::FirstView);
    {
        let built = built.clone();
        use_effect_with(*built, move |now| {
            let next = match now {
                Built::FirstView => Some(Built::Grid),
                Built::Grid => Some(Built::Everything),
                Built::Everything => None,
            };
            let timer = next.map(|next| Timeout::new(0, move || built.set(next)));
            move || drop(timer)
        });
    }

    // The folded parts (compact layout): open from the start in the full layout, opened by
    // themselves when a result arrives, and otherwise as the reader leaves them.
    let grid_open = use_state(|| layout.full);
    let notes_open = use_state(|| layout.full);
    {
        let (grid_open, notes_open) = (grid_open.clone(), notes_open.clone());
        use_effect_with(step, move |step| {
            if *step == Step::Result {
                grid_open.set(true);
                notes_open.set(true);
            }
        });
    }

    // Move focus to the new question or the result, but only after the reader acted: focusing
    // on first render would scroll the host page to the widget uninvited.
    let heading = use_node_ref();
    let top = use_node_ref();
    // An early press is the reader acting: focus follows it like any other.
    let acted = use_mut_ref(|| props.early.is_some());
    {
        let (heading, top) = (heading.clone(), top.clone());
        use_effect_with(step, move |step| {
            if std::mem::replace(&mut *acted.borrow_mut(), true) {
                bring_into_view(&top, &heading, *step == Step::Result);
            }
        });
    }

    let on_session = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let on_action = on_session.reform(|action: Action| SessionAction::Quiz(action));
    let stage = match step {
        Step::Question(index) => quiz_step(
            &props.language,
            &quiz::Props {
                content: content.clone(),
                index,
                response: progress.responses()[index],
                can_restart: !progress.is_untouched(),
                on_action: on_action.clone(),
                heading: heading.clone(),
            },
        ),
        Step::Result => result_view(&result::Props {
            content: content.clone(),
            outcome: outcome.clone(),
            on_action: on_action.clone(),
            heading: heading.clone(),
            link_key: AttrValue::from(props.places.link_key.clone()),
            token: AttrValue::from(share::encode(content, progress)),
            language: props.language,
            say: say.clone(),
            explained: explained.clone(),
        }),
    };
    let pick = outcome.winner().filter(|_| step == Step::Result);
    let grid = || {
        comparison_grid(
            t,
            &GridProps {
                content: content.clone(),
                relevant: relevant.clone(),
                pick,
                card: layout.full,
                view: (*grid_view).clone(),
                on_view: {
                    let grid_view = grid_view.clone();
                    Callback::from(move |view| grid_view.set(view))
                },
            },
        )
    };
    let notes = || article_notes(t, content, layout.full);

    html! {
        <article class={classes!("vd", (!layout.full).then_some("is-compact"))} part="widget"
            aria-labelledby="vd-title" lang={t.lang()} dir={t.dir().as_attr()} ref={top}>
            <header class="vd-head">
                <p class="vd-kicker">{ t.kicker() }</p>
                <h2 id="vd-title" class="vd-title" part="title" dir="auto">{ &content.title }</h2>
                if let Some(intro) = &content.intro {
                    <p class="vd-intro" dir="auto">{ rich(intro) }</p>
                }
            </header>
            if layout.parts.quiz {
                <section class="vd-card vd-stage" part="card" aria-label={t.quiz()}>
                    { session_notices(&props.language, &notices::Props {
                        notice: session.notice.clone(),
                        resume: session.resume.clone(),
                        questions: content.questions.len(),
                        on_action: on_session,
                    }) }
                    { stage }
                </section>
            }
            if layout.parts.grid {
                if layout.full {
                    if *built >= Built::Grid { { grid() } }
                } else {
                    { fold(t.compare(), "vd-more-grid", &grid_open, *built >= Built::Grid, grid) }
                }
            }
            if layout.parts.notes {
                if layout.full {
                    if *built >= Built::Everything { { notes() } }
                } else {
                    { fold(t.from_article(), "vd-more-notes", &notes_open, *built >= Built::Everything, notes) }
                }
            }
            // Parsed only where script is off (the parser keeps it as text otherwise).
            if props.prerender && layout.parts.grid {
                <noscript>{ grid() }</noscript>
            }
        </article>
    }
}

/// A folded part of the compact layout: a toggle with `label`, and `body` built only while it is
/// open (and once the widget has built that far).
fn fold(
    label: &str,
    class: &'static str,
    open: &UseStateHandle<bool>,
    built: bool,
    body: impl FnOnce() -> Html,
) -> Html {
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                open.set(details.open());
            }
        })
    };
    html! {
        <details class={classes!("vd-card", "vd-more", class)} part="card" open={**open} {ontoggle}>
            <summary class="vd-more-toggle">{ label.to_owned() }</summary>
            if **open && built { { body() } }
        </details>
    }
}

/// After the reader acted: the page scrolls to the widget's top only if that top is off-screen
/// (a result is taller than a question), then focus moves to the new heading without scrolling
/// again, so a screen reader reads it.
fn bring_into_view(top: &NodeRef, heading: &NodeRef, is_result: bool) {
    if let (true, Some(top)) = (is_result, top.cast::<web_sys::Element>()) {
        let y = top.get_bounding_client_rect().top();
        let height = gloo_utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if y < 0.0 || y > height {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            top.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
    if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(is_result);
        let _ = el.focus_with_options(&options);
    }
}
