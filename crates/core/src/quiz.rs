//! Where a reader is in the quiz and what they answered: a small state machine driven by
//! [`Action`]s. The Yew reducer only wraps it, so every transition is tested natively.

use serde::{Deserialize, Serialize};

/// A reader's response to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// Not reached yet, or skipped.
    #[default]
    Open,
    /// The reader said "Not sure": no weight, but the result says what this answer would change.
    NotSure,
    /// The reader chose the answer at this index.
    Chose(usize),
}

impl Response {
    /// Whether the reader gave a real answer (not skipped, not unsure).
    pub fn is_answer(self) -> bool {
        matches!(self, Response::Chose(_))
    }
}

/// How much a question matters to the reader: its answer's weights count ×0, ×1 or ×2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// Not at all: the answer counts for nothing (its must-have and the content's dealbreakers
    /// still rule options out).
    None,
    /// As the author weighed it.
    #[default]
    Normal,
    /// A lot: twice the author's weights.
    High,
}

impl Importance {
    /// What the answer's weights are multiplied by.
    pub fn factor(self) -> i32 {
        match self {
            Importance::None => 0,
            Importance::Normal => 1,
            Importance::High => 2,
        }
    }
}

/// What the reader says besides their answers: how much each question matters, and which of their
/// answers are must-haves (an answer made a must-have rules out the options it weighs against).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Say {
    /// Per question; missing ones are [`Importance::Normal`].
    pub importance: Vec<Importance>,
    /// Per question; missing ones are not must-haves.
    pub musts: Vec<bool>,
}

impl Say {
    /// The importance of question `q`.
    pub fn importance(&self, q: usize) -> Importance {
        self.importance.get(q).copied().unwrap_or_default()
    }

    /// Whether question `q`'s answer is a must-have.
    pub fn must(&self, q: usize) -> bool {
        self.musts.get(q).copied().unwrap_or(false)
    }

    /// Whether the reader said nothing beyond their answers.
    pub fn is_default(&self) -> bool {
        self.importance.iter().all(|i| *i == Importance::Normal) && !self.musts.iter().any(|m| *m)
    }
}

/// Which screen the reader is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Looking at the question with this index.
    Question(usize),
    /// Looking at the recommendation.
    Result,
}

/// What a reader can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pick the answer at this index for the current question and move on.
    Choose(usize),
    /// Say "Not sure" to the current question and move on.
    NotSure,
    /// Leave the current question open and move on.
    Skip,
    /// Move on, keeping the current question's response as it is.
    Next,
    /// Go to the previous question (from the result: to the last question).
    Back,
    /// Forget every answer and start at the first question.
    Restart,
    /// Say how much question `.0` matters (from the result's reasons, or during the quiz).
    Weigh(usize, Importance),
    /// Make question `.0`'s answer a must-have, or not.
    Must(usize, bool),
}

impl Action {
    /// The action's name as the page carries it (`choose-2`, `not-sure`, `skip`, …): on each
    /// control, so a press on a pre-rendered view can be kept until the widget runs.
    pub fn name(self) -> String {
        match self {
            Action::Choose(i) => format!("choose-{i}"),
            Action::NotSure => "not-sure".to_owned(),
            Action::Skip => "skip".to_owned(),
            Action::Next => "next".to_owned(),
            Action::Back => "back".to_owned(),
            Action::Restart => "restart".to_owned(),
            Action::Weigh(q, i) => format!("weigh-{q}-{}", i.factor()),
            Action::Must(q, on) => format!("must-{q}-{}", u8::from(on)),
        }
    }

    /// The action a name from [`Action::name`] stands for.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "not-sure" => Action::NotSure,
            "skip" => Action::Skip,
            "next" => Action::Next,
            "back" => Action::Back,
            "restart" => Action::Restart,
            _ => {
                if let Some(rest) = name.strip_prefix("weigh-") {
                    let (q, f) = rest.split_once('-')?;
                    let importance = match f {
                        "0" => Importance::None,
                        "1" => Importance::Normal,
                        "2" => Importance::High,
                        _ => return None,
                    };
                    return Some(Action::Weigh(q.parse().ok()?, importance));
                }
                if let Some(rest) = name.strip_prefix("must-") {
                    let (q, on) = rest.split_once('-')?;
                    return Some(Action::Must(q.parse().ok()?, on == "1"));
                }
                Action::Choose(name.strip_prefix("choose-")?.parse().ok()?)
            }
        })
    }
}

/// The reader's progress through a quiz of a fixed number of questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    responses: Vec<Response>,
    step: Step,
    say: Say,
}

impl Progress {
    /// A fresh quiz of `questions` questions, at the first one.
    pub fn new(questions: usize) -> Self {
        Self {
            responses: vec![Response::Open; questions],
            step: Self::first_step(questions),
            say: Say::default(),
        }
    }

    /// Progress restored from saved or shared responses, shown at `step`.
    ///
    /// A step past the end is clamped so restored state can never point at a missing question.
    pub fn restore(responses: Vec<Response>, step: Step) -> Self {
        let step = match step {
            Step::Question(i) if i < responses.len() => Step::Question(i),
            _ => Step::Result,
        };
        Self {
            responses,
            step,
            say: Say::default(),
        }
    }

    /// The same progress with what the reader said besides their answers (cut to its questions).
    pub fn with_say(mut self, mut say: Say) -> Self {
        say.importance.truncate(self.responses.len());
        say.musts.truncate(self.responses.len());
        self.say = say;
        self
    }

    /// What the reader said besides their answers.
    pub fn say(&self) -> &Say {
        &self.say
    }

    fn first_step(questions: usize) -> Step {
        if questions == 0 {
            Step::Result
        } else {
            Step::Question(0)
        }
    }

    /// The responses so far, one per question.
    pub fn responses(&self) -> &[Response] {
        &self.responses
    }

    /// Whether these responses can belong to a quiz whose questions have `answer_counts`
    /// answers each: one response per question, and every chosen answer one that exists.
    pub fn fits(&self, answer_counts: impl ExactSizeIterator<Item = usize>) -> bool {
        answer_counts.len() == self.responses.len()
            && self
                .responses
                .iter()
                .zip(answer_counts)
                .all(|(r, n)| match r {
                    Response::Chose(a) => *a < n,
                    Response::Open | Response::NotSure => true,
                })
    }

    /// The current screen.
    pub fn step(&self) -> Step {
        self.step
    }

    /// How many questions have a real answer.
    pub fn answered(&self) -> usize {
        self.responses.iter().filter(|r| r.is_answer()).count()
    }

    /// Whether nothing has been answered yet (not even "Not sure").
    pub fn is_untouched(&self) -> bool {
        self.responses.iter().all(|r| *r == Response::Open)
    }

    /// The state after `action`. Actions that make no sense where the reader is change nothing.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match (action, self.step) {
            (Action::Restart, _) => return Self::new(self.responses.len()),
            (Action::Back, Step::Question(i)) => next.step = Step::Question(i.saturating_sub(1)),
            (Action::Back, Step::Result) => {
                if let Some(last) = self.responses.len().checked_sub(1) {
                    next.step = Step::Question(last);
                }
            }
            (Action::Choose(answer), Step::Question(i)) => {
                next.responses[i] = Response::Chose(answer);
                next.step = next.after(i);
            }
            (Action::NotSure, Step::Question(i)) => {
                next.responses[i] = Response::NotSure;
                next.step = next.after(i);
            }
            (Action::Skip, Step::Question(i)) => {
                next.responses[i] = Response::Open;
                next.step = next.after(i);
            }
            (Action::Next, Step::Question(i)) => next.step = next.after(i),
            (Action::Choose(_) | Action::NotSure | Action::Skip | Action::Next, Step::Result) => {}
            (Action::Weigh(q, importance), _) if q < self.responses.len() => {
                next.say
                    .importance
                    .resize(self.responses.len(), Importance::Normal);
                next.say.importance[q] = importance;
            }
            (Action::Must(q, on), _) if q < self.responses.len() => {
                next.say.musts.resize(self.responses.len(), false);
                next.say.musts[q] = on;
            }
            (Action::Weigh(..) | Action::Must(..), _) => {}
        }
        next
    }

    fn after(&self, i: usize) -> Step {
        if i + 1 < self.responses.len() {
            Step::Question(i + 1)
        } else {
            Step::Result
        }
    }
}
