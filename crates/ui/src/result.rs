//! The recommendation: the pick (or an honest tie, or that every option is ruled out), a score
//! picture, the reasons (each with the reader's say: how much it matters, whether it is a
//! must-have), what rules options out, what would change the outcome, why the others lost and
//! what would make them win, when the runner-up is the better pick, and the pick's own case.

use std::rc::Rc;

use yew::prelude::*;

use super::article::section_view;
use super::bar::bar;
use super::rich::{bdi, fill_html, rich};
use super::share_link::ShareLink;
use super::texts::Language;
use verdict_core::content::Content;
use verdict_core::locale::{announce, Numbers, Texts};
use verdict_core::quiz::{Action, Importance, Say};
use verdict_core::scoring::{Explained, Kind, Outcome};

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
    /// What the reader said besides their answers.
    pub say: Rc<Say>,
    /// Why the others lost, and whether the win is fragile.
    pub explained: Rc<Explained>,
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
            if props.explained.fragile {
                <p class="vd-fragile">{ t.fragile() }</p>
            }
            <ShareLink link_key={props.link_key.clone()} token={props.token.clone()}
                title={share_title} language={props.language} sentence={told.shared.map(AttrValue::from)}
                content_id={AttrValue::from(content.id.clone())}
                pick={pick.map(|w| AttrValue::from(content.options[w].id.clone()))} />
            if outcome.kind == Kind::NoSignal {
                <p>{ t.no_signal_body() }</p>
            } else {
                if outcome.kind == Kind::AllRuledOut {
                    <p>{ t.closest() }</p>
                }
                { scores(t, say, content, outcome) }
            }
            { ruled_out(t, content, outcome) }
            { reasons(t, say, content, outcome, &props.say, &props.on_action) }
            { notes(t, content, outcome) }
            { deciders(t, content, outcome) }
            { why_not(t, content, outcome, &props.explained) }
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
        Kind::AllRuledOut => "is-out",
    }
}

/// `template` with its holes filled, the one at `emphasised` shown strong and quoted (an
/// answer's label), wherever the language puts it in the sentence.
fn with_emphasis(template: &str, emphasised: usize, args: &[&str]) -> Html {
    let hole = format!("{{{emphasised}}}");
    let (before, after) = template.split_once(&hole).unwrap_or((template, ""));
    let label = format!("“{}”", args.get(emphasised).copied().unwrap_or(""));
    html! { <>{ fill_html(before, args) }<strong>{ bdi(&label) }</strong>{ fill_html(after, args) }</> }
}

/// A question in quotation marks, unless it quotes already ("Does this matter to you?
/// “Performance”" in marks of its own would read “… “Performance””).
fn quoted(text: &str) -> String {
    if crate::rich::quotes(text) {
        text.to_owned()
    } else {
        format!("“{text}”")
    }
}

/// The options the answers rule out, each with the answer that does.
fn ruled_out(t: &'static Texts, content: &Content, outcome: &Outcome) -> Html {
    if outcome.ruled_out.is_empty() {
        return html! {};
    }
    html! {
        <ul class="vd-ruled-out">
            { for outcome.ruled_out.iter().map(|r| {
                let question = &content.questions[r.question];
                let args = [content.options[r.option].name.as_str(), question.answers[r.answer].label.as_str(), question.text.as_str()];
                html! { <li>{ with_emphasis(t.ruled_out_by(), 1, &args) }</li> }
            }) }
        </ul>
    }
}

/// The reader's say on one answered question: how much it matters, and whether its answer is a
/// must-have.
fn say_controls(t: &'static Texts, q: usize, said: &Say, on_action: &Callback<Action>) -> Html {
    let now = said.importance(q);
    let choice = |importance: Importance, words: &str| {
        let on_action = on_action.clone();
        let pressed = now == importance;
        html! {
            <button type="button" part="button" class={classes!("vd-say-choice", pressed.then_some("is-on"))}
                aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::Weigh(q, importance)))}>
                { words.to_owned() }
            </button>
        }
    };
    let must = said.must(q);
    let on_must = {
        let on_action = on_action.clone();
        Callback::from(move |_: Event| on_action.emit(Action::Must(q, !must)))
    };
    let id = format!("vd-must-{q}");
    html! {
        <div class="vd-say">
            <div class="vd-say-matters" role="group" aria-label={t.matters_how()}>
                { choice(Importance::None, t.matters_not()) }
                { choice(Importance::Normal, t.matters_normally()) }
                { choice(Importance::High, t.matters_a_lot()) }
            </div>
            <label class="vd-must" for={id.clone()}>
                <input type="checkbox" id={id} checked={must} onchange={on_must} />
                { t.must_have() }
            </label>
        </div>
    }
}

/// For each option that did not win: what counted against it, and what would make it win.
fn why_not(t: &'static Texts, content: &Content, outcome: &Outcome, explained: &Explained) -> Html {
    if explained.why_not.is_empty() {
        return html! {};
    }
    let q = |q: usize| content.questions[q].text.clone();
    html! {
        <section class="vd-why-not">
            { for explained.why_not.iter().map(|w| {
                let name = &content.options[w.option].name;
                // One question to a line: drafted questions that quote in a frame of their own
                // read badly run into one sentence ("… and Does this matter to you? “X”").
                let against: Vec<String> = w.against.iter().map(|i| quoted(&q(*i))).collect();
                html! {
                    <div class="vd-why-not-option">
                        <h4>{ fill_html(t.why_not(), &[name]) }</h4>
                        if !against.is_empty() && !outcome.is_out(w.option) {
                            <p>{ t.counted_against().trim_end() }</p>
                            <ul class="vd-against">{ for against.iter().map(|a| html! { <li>{ bdi(a) }</li> }) }</ul>
                        }
                        { match &w.flip {
                            Some(flip) if flip.len() == 1 => {
                                let (question, answer) = flip[0];
                                let label = &content.questions[question].answers[answer].label;
                                html! { <p>{ with_emphasis(t.would_win_if(), 0, &[label, &q(question)]) }</p> }
                            }
                            Some(flip) => html! {
                                <>
                                    <p>{ t.would_win_with() }</p>
                                    <ul>
                                        { for flip.iter().map(|(question, answer)| html! {
                                            <li>{ bdi(&q(*question)) }{ " " }<strong>{ bdi(&content.questions[*question].answers[*answer].label) }</strong></li>
                                        }) }
                                    </ul>
                                </>
                            },
                            None => html! { <p class="vd-muted">{ t.no_flip() }</p> },
                        } }
                    </div>
                }
            }) }
        </section>
    }
}

fn scores(t: &'static Texts, say: &dyn Numbers, content: &Content, outcome: &Outcome) -> Html {
    let leaders = outcome.leaders();
    html! {
        <ul class="vd-scores" aria-label={t.scores()}>
            { for outcome.ranking.iter().map(|s| {
                let lead = leaders.contains(&s.option);
                html! {
                    <li class={classes!("vd-score", lead.then_some("is-lead"), outcome.is_out(s.option).then_some("is-out"))}>
                        <span class="vd-score-name" dir="auto">
                            { &content.options[s.option].name }
                            if outcome.is_out(s.option) {
                                <span class="vd-out-tag">{ t.ruled_out() }</span>
                            }
                        </span>
                        { bar(s.score, outcome.scale(), None) }
                        <span class="vd-score-points">{ t.point_count(say, s.score) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

fn reasons(
    t: &'static Texts,
    say: &dyn Numbers,
    content: &Content,
    outcome: &Outcome,
    said: &Say,
    on_action: &Callback<Action>,
) -> Html {
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
                            { say_controls(t, r.question, said, on_action) }
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
