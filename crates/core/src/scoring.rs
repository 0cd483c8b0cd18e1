//! Answers → a ranked outcome with its reasons.
//!
//! Scoring is a pure function of the content and the responses. Besides the ranking it keeps
//! the honesty the article has: a close call or a tie is reported as such, together with the
//! open questions whose answer would settle it.

use super::content::Content;
use super::quiz::Response;

/// An option's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Index into `Content::options`.
    pub option: usize,
    /// Sum of the weights the reader's answers gave this option.
    pub score: i32,
}

/// How decisive the outcome is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No answer moved any score: nothing to recommend yet.
    NoSignal,
    /// Two or more options share the top score.
    Tie,
    /// The leader is ahead by at most the content's `close_margin`.
    Close,
    /// The leader is clearly ahead.
    Clear,
}

/// One answer's push toward (or away from) one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Push {
    /// Index of the option it moved.
    pub option: usize,
    /// How far it moved it (negative: away from it).
    pub weight: i32,
}

/// One chosen answer that moved the scores, with every push it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Index of the question.
    pub question: usize,
    /// Index of the chosen answer.
    pub answer: usize,
    /// The options it moved, strongest push first.
    pub pushes: Vec<Push>,
}

impl Reason {
    /// The size of the strongest push.
    pub fn strength(&self) -> i32 {
        self.pushes
            .iter()
            .map(|p| p.weight.abs())
            .max()
            .unwrap_or(0)
    }
}

/// An open ("Not sure" or skipped) question whose answer would change the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decider {
    /// Index of the open question.
    pub question: usize,
    /// Index of the answer that would change things.
    pub answer: usize,
    /// The option that would then lead alone.
    pub leader: usize,
}

/// The result of scoring a set of responses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Every option, best first; equal scores keep the content's order.
    pub ranking: Vec<Standing>,
    /// How decisive the result is.
    pub kind: Kind,
    /// The answers that moved the scores, biggest push first.
    pub reasons: Vec<Reason>,
    /// `(question, answer)` pairs whose answer carries a note that applies whatever wins.
    pub notes: Vec<(usize, usize)>,
    /// Open questions whose answer would change who leads, in question order.
    pub deciders: Vec<Decider>,
    /// Questions with a real answer.
    pub answered: usize,
    /// Questions answered "Not sure".
    pub unsure: usize,
    /// Questions left open.
    pub skipped: usize,
}

impl Outcome {
    /// The recommended option, unless nothing is decided (tie or no signal).
    pub fn winner(&self) -> Option<usize> {
        match self.kind {
            Kind::Clear | Kind::Close => self.ranking.first().map(|s| s.option),
            Kind::Tie | Kind::NoSignal => None,
        }
    }

    /// The options sharing the top score.
    pub fn leaders(&self) -> Vec<usize> {
        let top = self.ranking.first().map(|s| s.score);
        self.ranking
            .iter()
            .take_while(|s| Some(s.score) == top)
            .map(|s| s.option)
            .collect()
    }

    /// The best of the rest: the option that would be the better pick if things were different.
    pub fn runner_up(&self) -> Option<usize> {
        match self.kind {
            Kind::Clear | Kind::Close => self.ranking.get(1).map(|s| s.option),
            Kind::Tie | Kind::NoSignal => None,
        }
    }

    /// Whether a reason's strongest push is toward the recommended option (the result marks
    /// those as the case for the pick; the rest are what pulled the other way).
    pub fn backs_winner(&self, reason: &Reason) -> bool {
        reason
            .pushes
            .first()
            .is_some_and(|p| Some(p.option) == self.winner() && p.weight > 0)
    }

    /// The winner's lead over the runner-up.
    pub fn margin(&self) -> i32 {
        match (self.ranking.first(), self.ranking.get(1)) {
            (Some(a), Some(b)) => a.score - b.score,
            _ => 0,
        }
    }

    /// The highest score, at least 1 (for drawing bars relative to it).
    pub fn scale(&self) -> i32 {
        self.ranking
            .iter()
            .map(|s| s.score)
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// Scores `responses` (one per question) against `content`.
///
/// Responses beyond the content's questions, or naming answers that do not exist, are ignored,
/// so stale or hand-edited state can never make scoring fail.
pub fn score(content: &Content, responses: &[Response]) -> Outcome {
    let totals = totals(content, responses);
    let ranking = rank(&totals);
    let kind = kind_of(content, responses, &totals);

    let mut reasons = Vec::new();
    let mut notes = Vec::new();
    let (mut answered, mut unsure, mut skipped) = (0, 0, 0);
    for (q, question) in content.questions.iter().enumerate() {
        match responses.get(q).copied().unwrap_or_default() {
            Response::Chose(a) => match question.answers.get(a) {
                Some(answer) => {
                    answered += 1;
                    let mut pushes: Vec<Push> = content
                        .options
                        .iter()
                        .enumerate()
                        .filter_map(|(option, o)| {
                            let weight = answer.weights.get(&o.id).copied().unwrap_or(0);
                            (weight != 0).then_some(Push { option, weight })
                        })
                        .collect();
                    if !pushes.is_empty() {
                        sort_desc(&mut pushes, |p| p.weight.abs());
                        reasons.push(Reason {
                            question: q,
                            answer: a,
                            pushes,
                        });
                    }
                    if answer.note.is_some() {
                        notes.push((q, a));
                    }
                }
                None => skipped += 1,
            },
            Response::NotSure => unsure += 1,
            Response::Open => skipped += 1,
        }
    }
    // Biggest push first; ties keep question order (the sort is stable).
    sort_desc(&mut reasons, Reason::strength);

    let outcome = Outcome {
        ranking,
        kind,
        reasons,
        notes,
        deciders: Vec::new(),
        answered,
        unsure,
        skipped,
    };
    Outcome {
        deciders: deciders(content, responses, &outcome),
        ..outcome
    }
}

fn totals(content: &Content, responses: &[Response]) -> Vec<i32> {
    let mut totals = vec![0; content.options.len()];
    for (question, response) in content.questions.iter().zip(responses) {
        if let Response::Chose(a) = response {
            if let Some(answer) = question.answers.get(*a) {
                for (id, weight) in &answer.weights {
                    if let Some(i) = content.option_index(id) {
                        totals[i] += weight;
                    }
                }
            }
        }
    }
    totals
}

fn rank(totals: &[i32]) -> Vec<Standing> {
    let mut ranking: Vec<Standing> = totals
        .iter()
        .enumerate()
        .map(|(option, &score)| Standing { option, score })
        .collect();
    sort_desc(&mut ranking, |s| s.score);
    ranking
}

/// Sorts largest key first, keeping the order of equal keys. Each use of the standard library's
/// sort adds a few kilobytes of code to the WebAssembly; these lists are short, so inserting each
/// item after its equals (found by binary search) is plenty.
fn sort_desc<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i32) {
    for item in std::mem::take(items) {
        let k = key(&item);
        let at = items.partition_point(|x| key(x) >= k);
        items.insert(at, item);
    }
}

/// The rule for who wins, given each option's total: the one option strictly ahead of all the
/// others. Equal tops are a tie; with no answer that moved a score every total is 0, so no one
/// is ahead. Scoring, its "what would decide it" and the checker's reachability all use this.
pub fn winner_by_totals(totals: &[i32]) -> Option<usize> {
    let (best, top) = totals.iter().enumerate().max_by_key(|(_, t)| **t)?;
    let alone = totals.iter().enumerate().all(|(i, t)| i == best || t < top);
    alone.then_some(best)
}

fn kind_of(content: &Content, responses: &[Response], totals: &[i32]) -> Kind {
    let moved = content
        .questions
        .iter()
        .zip(responses)
        .any(|(q, r)| match r {
            Response::Chose(a) => q
                .answers
                .get(*a)
                .is_some_and(|a| a.weights.values().any(|w| *w != 0)),
            _ => false,
        });
    if !moved {
        return Kind::NoSignal;
    }
    let Some(winner) = winner_by_totals(totals) else {
        return Kind::Tie;
    };
    let runner_up = totals
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != winner)
        .map(|(_, t)| *t)
        .max()
        .unwrap_or(0);
    if (totals[winner] - runner_up) as u32 <= content.close_margin {
        Kind::Close
    } else {
        Kind::Clear
    }
}

/// For each open question, the answers that would leave a different option leading alone (or
/// break a tie). This is "what decides it" in a close call.
fn deciders(content: &Content, responses: &[Response], outcome: &Outcome) -> Vec<Decider> {
    let current = outcome.winner();
    let mut found = Vec::new();
    for (q, question) in content.questions.iter().enumerate() {
        let open =
            !matches!(responses.get(q), Some(Response::Chose(a)) if *a < question.answers.len());
        if !open {
            continue;
        }
        for a in 0..question.answers.len() {
            let mut what_if = responses.to_vec();
            what_if.resize(content.questions.len(), Response::Open);
            what_if[q] = Response::Chose(a);
            let Some(leader) = winner_by_totals(&totals(content, &what_if)) else {
                continue;
            };
            if Some(leader) != current {
                found.push(Decider {
                    question: q,
                    answer: a,
                    leader,
                });
            }
        }
    }
    found
}

/// The grid rows that matter for these responses: the rows named by every question whose
/// answer moved a score. "Not sure", skipped and neutral answers highlight nothing, so the
/// highlight keeps meaning something after a full quiz.
pub fn relevant_rows(content: &Content, responses: &[Response]) -> Vec<bool> {
    let mut relevant = vec![false; content.grid.rows.len()];
    for (question, response) in content.questions.iter().zip(responses) {
        let moved = match response {
            Response::Chose(a) => question
                .answers
                .get(*a)
                .is_some_and(|a| a.weights.values().any(|w| *w != 0)),
            _ => false,
        };
        if moved {
            for id in &question.rows {
                if let Some(i) = content.row_index(id) {
                    relevant[i] = true;
                }
            }
        }
    }
    relevant
}
