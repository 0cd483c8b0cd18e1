//! What a widget tells the page it sits on: the reader answered a question, or reached a result.
//!
//! The page hears these as DOM events on the widget's element (`verdict:answer`,
//! `verdict:result`; see `custom-elements.json`), to count outcomes in analytics it already runs.
//! The widget itself sends nothing anywhere. What happened is worked out here, from the progress
//! before and after a change, so it is tested natively; the browser glue only dispatches it.
//!
//! Everything is named by the content's ids, not its labels: ids stay put when an author
//! rewords a question, so a blogger's analytics keep counting the same thing.

use super::content::Content;
use super::quiz::{Action, Progress, Response, Step};
use super::scoring::{explain, score_with};

/// The reader answered a question (or said "Not sure" to it) and moved on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// The question's id.
    pub question: String,
    /// The chosen answer's id; `None` for "Not sure".
    pub answer: Option<String>,
    /// The question's position in the quiz, from 0.
    pub index: usize,
}

/// The reader is at the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    /// The recommended option's id; `None` for a tie or when no answer leaned either way.
    pub winner: Option<String>,
    /// Every option with its points, best first.
    pub ranking: Vec<(String, i32)>,
    /// Every question's id with the chosen answer's id (`None`: not sure, or skipped), in
    /// question order.
    pub answers: Vec<(String, Option<String>)>,
    /// The ids of the options the answers rule out.
    pub ruled_out: Vec<String>,
    /// For each option that did not win (when one did): the questions whose answers counted
    /// against it, and the fewest answers to change to make it win (none found: empty).
    pub why_not: Vec<WhyNotIds>,
}

/// An option that did not win, by ids (the detail of `verdict:result`'s `whyNot`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhyNotIds {
    /// The option's id.
    pub option: String,
    /// The ids of the questions whose answers counted against it.
    pub against: Vec<String>,
    /// `(question id, answer id)` changes that would make it win.
    pub flip: Vec<(String, String)>,
}

/// Something the page can hear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WidgetEvent {
    /// `verdict:answer`.
    Answered(Answered),
    /// `verdict:result`.
    Reached(Reached),
}

/// One change of a reader's progress, as a widget reports it to its entry point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The progress before; none when the widget just started.
    pub before: Option<Progress>,
    /// The quiz action that made the change; none when the widget started, or took progress
    /// from the address or storage.
    pub action: Option<Action>,
    /// The progress now.
    pub after: Progress,
}

impl Change {
    /// What the page hears of it (see [`between`]).
    pub fn events(&self, content: &Content) -> Vec<WidgetEvent> {
        between(content, self.before.as_ref(), self.action, &self.after)
    }
}

/// What happened when `action` (none: the widget started, or took progress from the address or
/// storage) took the reader from `before` (none: the widget just started) to `after`.
///
/// - An answer: the reader was at question *i* and answered it, or said "Not sure" (a skip,
///   Back, Next, or moving through history is not an answer).
/// - A result: the reader arrived at the result, or is at it with other answers (a widget that
///   starts at a result, from a shared link, reports it too).
pub fn between(
    content: &Content,
    before: Option<&Progress>,
    action: Option<Action>,
    after: &Progress,
) -> Vec<WidgetEvent> {
    let mut events = Vec::new();
    let at = before.map(Progress::step);
    if let (Some(Step::Question(i)), Some(Action::Choose(_) | Action::NotSure)) = (at, action) {
        let answer = match after.responses().get(i) {
            Some(Response::Chose(a)) => Some(Some(*a)),
            Some(Response::NotSure) => Some(None),
            _ => None,
        };
        if let (Some(answer), Some(question)) = (answer, content.questions.get(i)) {
            events.push(WidgetEvent::Answered(Answered {
                question: question.id.clone(),
                answer: answer.and_then(|a| Some(question.answers.get(a)?.id.clone())),
                index: i,
            }));
        }
    }
    let arrived = after.step() == Step::Result
        && before.is_none_or(|b| {
            b.step() != Step::Result || b.responses() != after.responses() || b.say() != after.say()
        });
    if arrived {
        if let Some(reached) = result(content, after) {
            events.push(WidgetEvent::Reached(reached));
        }
    }
    events
}

/// The result the reader is at, if they are at it (what `element.result` gives the page).
pub fn result(content: &Content, progress: &Progress) -> Option<Reached> {
    if progress.step() != Step::Result {
        return None;
    }
    let outcome = score_with(content, progress.responses(), progress.say());
    let explained = explain(content, progress.responses(), progress.say(), &outcome);
    let id = |option: usize| content.options.get(option).map(|o| o.id.clone());
    let question = |q: usize| content.questions.get(q).map(|x| x.id.clone());
    Some(Reached {
        winner: outcome.winner().and_then(id),
        ranking: outcome
            .ranking
            .iter()
            .filter_map(|s| Some((id(s.option)?, s.score)))
            .collect(),
        answers: content
            .questions
            .iter()
            .zip(progress.responses())
            .map(|(q, r)| {
                let answer = match r {
                    Response::Chose(a) => q.answers.get(*a).map(|a| a.id.clone()),
                    Response::NotSure | Response::Open => None,
                };
                (q.id.clone(), answer)
            })
            .collect(),
        ruled_out: outcome
            .ruled_out
            .iter()
            .filter_map(|r| id(r.option))
            .collect(),
        why_not: explained
            .why_not
            .iter()
            .filter_map(|w| {
                Some(WhyNotIds {
                    option: id(w.option)?,
                    against: w.against.iter().filter_map(|q| question(*q)).collect(),
                    flip: w
                        .flip
                        .iter()
                        .flatten()
                        .filter_map(|(q, a)| {
                            Some((
                                question(*q)?,
                                content.questions[*q].answers.get(*a)?.id.clone(),
                            ))
                        })
                        .collect(),
                })
            })
            .collect(),
    })
}
