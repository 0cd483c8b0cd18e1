//! The widget: header, quiz or result, comparison grid, and the article's material.

use std::rc::Rc;

use yew::prelude::*;

use super::article::ArticleNotes;
use super::errors::content_errors;
use super::grid::ComparisonGrid;
use super::notices::{self, session_notices};
use super::persist::{use_persistence, Places};
use super::quiz::{self, quiz_step};
use super::result::{self, result_view};
use super::rich::rich;
use super::state::SessionState;
use super::texts::{use_texts, Language};
use crate::core::content::Content;
use crate::core::load::Loaded;
use crate::core::locale;
use crate::core::quiz::{Action, Step};
use crate::core::scoring::{relevant_rows, score};
use crate::core::session::SessionAction;
use crate::core::share;

/// Properties of [`Verdict`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct VerdictProps {
    /// The content, or why there is none.
    pub loaded: Loaded,
    /// The widget's name in links and storage; unique on the page (see
    /// [`crate::core::share::instance_names`]). The content's id when not given.
    #[prop_or_default]
    pub instance: Option<AttrValue>,
    /// The language of the widget's own words (a BCP 47 tag such as `ur`); English when not
    /// given or not known. The content is shown as written.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// A press on the pre-rendered view before the widget ran, applied as it starts.
    #[prop_or_default]
    pub early: Option<Action>,
}

/// The whole widget. Shows the content's problems instead when it has any.
#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let language = Language(locale::for_tag(props.locale.as_deref().unwrap_or("en")));
    let inner = match &props.loaded {
        Loaded::Content(content) => {
            let instance = props.instance.as_deref().unwrap_or(&content.id);
            let places = Rc::new(Places::new(content, instance));
            html! { <Widget content={content.clone()} {places} early={props.early} /> }
        }
        Loaded::Problems(problems) => content_errors(language.0, problems),
    };
    html! { <ContextProvider<Language> context={language}>{ inner }</ContextProvider<Language>> }
}

/// Grids with more rows than this are built just after the first paint, so a very long
/// comparison shows its first question without waiting for thousands of table cells.
const EAGER_GRID_ROWS: usize = 150;

#[derive(Debug, Clone, PartialEq, Properties)]
struct WidgetProps {
    content: Rc<Content>,
    places: Rc<Places>,
    early: Option<Action>,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let t = use_texts();
    let content = &props.content;
    let state = {
        let (content, places, early) = (content.clone(), props.places.clone(), props.early);
        use_reducer(move || {
            let session = places.start(&content);
            SessionState(match early {
                Some(action) => session.apply(SessionAction::Quiz(action)),
                None => session,
            })
        })
    };
    use_persistence(content.clone(), props.places.clone(), state.clone());
    let session = &state.0;
    let progress = &session.progress;
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

    let grid_shown = use_state(|| content.grid.rows.len() <= EAGER_GRID_ROWS);
    {
        let grid_shown = grid_shown.clone();
        use_effect_with((), move |_| {
            // A timer, not a microtask: the browser paints the question first. Dropped (so
            // cancelled) if the widget goes away first.
            let timer = (!*grid_shown)
                .then(|| gloo_timers::callback::Timeout::new(0, move || grid_shown.set(true)));
            move || drop(timer)
        });
    }

    // Move focus to the new question or the result, but only after the reader acted: focusing
    // on first render would scroll the host page to the widget uninvited.
    let heading = use_node_ref();
    // An early press is the reader acting: focus follows it like any other.
    let acted = use_mut_ref(|| props.early.is_some());
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

    let on_session = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let on_action = on_session.reform(|action: Action| SessionAction::Quiz(action));
    let stage = match progress.step() {
        Step::Question(index) => quiz_step(
            t,
            &quiz::Props {
                content: content.clone(),
                index,
                response: progress.responses()[index],
                can_restart: !progress.is_untouched(),
                on_action: on_action.clone(),
                heading: heading.clone(),
            },
        ),
        Step::Result => result_view(
            t,
            &result::Props {
                content: content.clone(),
                outcome: outcome.clone(),
                on_action: on_action.clone(),
                heading: heading.clone(),
                link_key: AttrValue::from(props.places.link_key.clone()),
                token: AttrValue::from(share::encode(content, progress)),
            },
        ),
    };
    let pick = outcome.winner().filter(|_| progress.step() == Step::Result);

    html! {
        <article class="vd" aria-labelledby="vd-title" lang={t.lang} dir={t.dir.as_attr()}>
            <header class="vd-head">
                <p class="vd-kicker">{ t.kicker }</p>
                <h2 id="vd-title" class="vd-title" dir="auto">{ &content.title }</h2>
                if let Some(intro) = &content.intro {
                    <p class="vd-intro" dir="auto">{ rich(intro) }</p>
                }
            </header>
            <section class="vd-card vd-stage" aria-label={t.quiz}>
                { session_notices(t, &notices::Props {
                    notice: session.notice.clone(),
                    resume: session.resume.clone(),
                    questions: content.questions.len(),
                    on_action: on_session,
                }) }
                { stage }
            </section>
            if *grid_shown {
                <ComparisonGrid content={content.clone()} relevant={relevant.clone()} {pick} />
            }
            <ArticleNotes content={content.clone()} />
        </article>
    }
}
