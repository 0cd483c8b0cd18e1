//! The recommendation: the pick (or an honest tie), a score picture, the reasons, what would
//! change the outcome, when the runner-up is the better pick, and the pick's own case.

use std::rc::Rc;

use yew::prelude::*;

use super::article::section_view;
use super::bar::bar;
use super::rich::{bdi, fill_html, rich};
use super::share_link::ShareLink;
use super::texts::Language;
use verdict_core::content::Content;
use verdict_core::locale::{announce, Numbers, Texts};
use verdict_core::quiz::Action;
use verdict_core::scoring::{Kind, Outcome};

/// What [`result_view`] shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Props {
    /// The comparison.
    pub content: Rc<Content>,
    /// The scored answers.
    pub outcome: Rc<Outcome>,
    /// Where the reader's actions go.
    pub on_action: Callback<Action>,
    /// The result's heading, focused when the result appears.
    pub heading: NodeRef,
    /// The widget's key in share links.
    pub link_key: AttrValue,
    /// This result's share token.
    pub token: AttrValue,
    /// The widget's language.
    pub language: Language,
}

/// The result screen.
// A plain function, not a component: it has no state, and each component type costs the
// WebAssembly a few kilobytes of lifecycle code (see the README's size table).
pub fn result_view(props: &Props) -> Html {
    let (t, say) = (props.language.texts, props.language.numbers);
    let content = &props.content;
    let outcome = &props.outcome;
    let name = |option: usize| content.options[option].name.clone();
    let act = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action))
    };

    let told = announce(t, content, outcome);
    let share_title = AttrValue::from(format!("{}: {}", content.title, told.headline));
    let pick = outcome.winner();
    html! {
        <div class={classes!("vd-result", kind_class(outcome.kind))}>
            <p class="vd-eyebrow">{ told.eyebrow }</p>
            <h3 class="vd-headline" tabindex="-1" ref={props.heading.clone()}>{ fill_html(told.headline_parts.0, &[&told.headline_parts.1]) }</h3>
            <p class="vd-summary">{ t.summary(say, outcome.answered, outcome.unsure, outcome.skipped) }</p>
            <ShareLink link_key={props.link_key.clone()} token={props.token.clone()}
                title={share_title} language={props.language} sentence={told.shared.map(AttrValue::from)}
                content_id={AttrValue::from(content.id.clone())}
                pick={pick.map(|w| AttrValue::from(content.options[w].id.clone()))} />
            if outcome.kind == Kind::NoSignal {
                <p>{ t.no_signal_body() }</p>
            } else {
                { scores(t, say, content, outcome) }
            }
            { reasons(t, say, content, outcome) }
            { notes(t, content, outcome) }
            { deciders(t, content, outcome) }
            { runner_up(t, content, outcome) }
            if let Some(w) = outcome.winner() {
                <section class="vd-case" aria-labelledby="vd-case-title">
                    <h4 id="vd-case-title">{ fill_html(t.when_to_choose(), &[&name(w)]) }</h4>
                    { for content.options[w].when_to_choose.iter().map(|s| html! {
                        { section_view(t, s, 5, None) }
                    }) }
                </section>
            }
            <div class="vd-nav">
                <button type="button" part="button" class="vd-link" onclick={act(Action::Back)}>{ t.change_answers() }</button>
                <button type="button" part="button" class="vd-link vd-restart" onclick={act(Action::Restart)}>{ t.start_over() }</button>
            </div>
        </div>
    }
}

fn kind_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Clear => "is-clear",
        Kind::Close => "is-close",
        Kind::Tie => "is-tie",
        Kind::NoSignal => "is-empty",
    }
}

fn scores(t: &'static Texts, say: &dyn Numbers, content: &Content, outcome: &Outcome) -> Html {
    let leaders = outcome.leaders();
    html! {
        <ul class="vd-scores" aria-label={t.scores()}>
            { for outcome.ranking.iter().map(|s| {
                let lead = leaders.contains(&s.option);
                html! {
                    <li class={classes!("vd-score", lead.then_some("is-lead"))}>
                        <span class="vd-score-name" dir="auto">{ &content.options[s.option].name }</span>
                        { bar(s.score, outcome.scale(), None) }
                        <span class="vd-score-points">{ t.point_count(say, s.score) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

fn reasons(t: &'static Texts, say: &dyn Numbers, content: &Content, outcome: &Outcome) -> Html {
    if outcome.reasons.is_empty() {
        return html! {};
    }
    html! {
        <section class="vd-why" aria-labelledby="vd-why-title">
            <h4 id="vd-why-title">{ t.why() }</h4>
            <ul class="vd-reasons">
                { for outcome.reasons.iter().map(|r| {
                    let question = &content.questions[r.question];
                    let answer = &question.answers[r.answer];
                    html! {
                        <li class={classes!("vd-reason", outcome.backs_winner(r).then_some("is-for"))}>
                            <p class="vd-reason-q" dir="auto">
                                { bdi(&question.text) }{ " " }<strong>{ bdi(&answer.label) }</strong>
                                { for r.pushes.iter().map(|p| html! {
                                    <span class="vd-pill">
                                        { format!("{}{} ", if p.weight > 0 { "+" } else { "" }, say.digits(i64::from(p.weight))) }
                                        { bdi(&content.options[p.option].name) }
                                    </span>
                                }) }
                            </p>
                            if let Some(reason) = &answer.reason {
                                <p class="vd-reason-text" dir="auto">{ rich(reason) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn notes(t: &'static Texts, content: &Content, outcome: &Outcome) -> Html {
    let notes: Vec<&String> = outcome
        .notes
        .iter()
        .filter_map(|&(q, a)| content.questions[q].answers[a].note.as_ref())
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <aside class="vd-notes" aria-label={t.keep_in_mind()}>
            <p class="vd-notes-title">{ t.keep_in_mind() }</p>
            { for notes.into_iter().map(|n| html! { <p dir="auto">{ rich(n) }</p> }) }
        </aside>
    }
}

/// Close calls and ties: what would settle it.
fn deciders(t: &'static Texts, content: &Content, outcome: &Outcome) -> Html {
    if !matches!(outcome.kind, Kind::Close | Kind::Tie) {
        return html! {};
    }
    let open = outcome.deciders.iter().take(5).map(|d| {
        let q = &content.questions[d.question];
        // The answer's label is emphasised, wherever the language puts it in the sentence.
        let label = format!("“{}”", q.answers[d.answer].label);
        let (before, after) = t.would_decide().split_once("{0}").unwrap_or((t.would_decide(), ""));
        let leader = &content.options[d.leader].name;
        html! {
            <li>
                { fill_html(before, &["", &q.text, leader]) }<strong>{ bdi(&label) }</strong>{ fill_html(after, &["", &q.text, leader]) }
            </li>
        }
    });
    // With nothing left open, the article's own "when to choose" lists decide a tie. Their
    // titles are shown as the author wrote them.
    let by_situation = (outcome.kind == Kind::Tie && outcome.deciders.is_empty()).then(|| {
        html! {
            { for outcome.leaders().into_iter().map(|o| html! {
                <li>
                    <strong>{ fill_html(t.choose_if(), &[&content.options[o].name]) }</strong>
                    <ul class="vd-situations">
                        { for content.options[o].when_to_choose.iter().map(|s| html! {
                            <li dir="auto">{ &s.title }</li>
                        }) }
                    </ul>
                </li>
            }) }
        }
    });
    html! {
        <section class="vd-decide" aria-labelledby="vd-decide-title">
            <h4 id="vd-decide-title">{ t.what_decides() }</h4>
            <ul>{ for open }{ by_situation.unwrap_or_default() }</ul>
        </section>
    }
}

fn runner_up(t: &'static Texts, content: &Content, outcome: &Outcome) -> Html {
    let Some(r) = outcome.runner_up() else {
        return html! {};
    };
    let option = &content.options[r];
    if option.when_to_choose.is_empty() {
        return html! {};
    }
    html! {
        <section class="vd-runner" aria-labelledby="vd-runner-title">
            <h4 id="vd-runner-title">{ fill_html(t.better_pick(), &[&option.name]) }</h4>
            <ul>{ for option.when_to_choose.iter().map(|s| html! { <li dir="auto">{ &s.title }</li> }) }</ul>
        </section>
    }
}
