//! Answers → a ranked outcome with its reasons.
//!
//! Scoring is a pure function of the content, the responses and what the reader said besides
//! them (how much each question matters, which answers are must-haves: [`Say`]). Besides the
//! ranking it keeps the honesty the article has: a close call or a tie is reported as such,
//! together with the open questions whose answer would settle it; an option an answer rules out
//! cannot win, whatever its points, and the result says by which answer; for each option that did
//! not win, what counted against it and the smallest change of answers that would make it win.

use super::content::{Answer, Content};
use super::quiz::{Response, Say};

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
    /// Every option is ruled out by the reader's answers (the ranking shows the closest).
    AllRuledOut,
}

/// An option an answer rules out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuledOut {
    /// Index of the option.
    pub option: usize,
    /// The question whose answer rules it out.
    pub question: usize,
    /// The answer.
    pub answer: usize,
    /// Whether it is out because the reader made that answer a must-have (not the author's rule).
    pub must: bool,
}

/// Why an option that did not win lost, and what would make it win.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhyNot {
    /// Index of the option.
    pub option: usize,
    /// The questions whose answers counted against it (gave the winner more, or ruled it out).
    pub against: Vec<usize>,
    /// The fewest answers to change, `(question, answer)`, that would make it win; `None` when no
    /// change of up to [`FLIP_DEPTH`] answers does (a proven statement: every such change was
    /// tried).
    pub flip: Option<Vec<(usize, usize)>>,
}

/// How many answers at most a "what would make it win" changes.
pub const FLIP_DEPTH: usize = 2;

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
    /// Options ruled out, each by the first answer that rules it out.
    pub ruled_out: Vec<RuledOut>,
}

/// Why the others lost ([`explain`]): worked out only where a result is shown, since it scores
/// the answers again for every change it tries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Explained {
    /// For each option that did not win (when one did), why, and what would change it.
    pub why_not: Vec<WhyNot>,
    /// A clear win that changing one answer would hand to another option.
    pub fragile: bool,
}

impl Outcome {
    /// The recommended option, unless nothing is decided (tie or no signal).
    pub fn winner(&self) -> Option<usize> {
        match self.kind {
            Kind::Clear | Kind::Close => self.ranking.first().map(|s| s.option),
            Kind::Tie | Kind::NoSignal | Kind::AllRuledOut => None,
        }
    }

    /// Whether the option at this index is ruled out.
    pub fn is_out(&self, option: usize) -> bool {
        self.ruled_out.iter().any(|r| r.option == option)
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
            Kind::Clear | Kind::Close => self
                .ranking
                .get(1)
                .filter(|s| !self.is_out(s.option))
                .map(|s| s.option),
            Kind::Tie | Kind::NoSignal | Kind::AllRuledOut => None,
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
    score_with(content, responses, &Say::default())
}

/// Scores `responses` with what the reader said besides them (importance, must-haves).
pub fn score_with(content: &Content, responses: &[Response], say: &Say) -> Outcome {
    let totals = totals(content, responses, say);
    let ruled_out = ruled_out(content, responses, say);
    let out: Vec<bool> = (0..content.options.len())
        .map(|o| ruled_out.iter().any(|r| r.option == o))
        .collect();
    let ranking = rank(&totals, &out);
    let kind = kind_of(content, responses, say, &totals, &out);

    let mut reasons = Vec::new();
    let mut notes = Vec::new();
    let (mut answered, mut unsure, mut skipped) = (0, 0, 0);
    for (q, question) in content.questions.iter().enumerate() {
        match responses.get(q).copied().unwrap_or_default() {
            Response::Chose(a) => match question.answers.get(a) {
                Some(answer) => {
                    answered += 1;
                    let factor = say.importance(q).factor();
                    let mut pushes: Vec<Push> = content
                        .options
                        .iter()
                        .enumerate()
                        .filter_map(|(option, o)| {
                            let weight = answer.weights.get(&o.id).copied().unwrap_or(0) * factor;
                            (weight != 0).then_some(Push { option, weight })
                        })
                        .collect();
                    // An answer the reader weighed at nothing, or one that rules options out,
                    // is listed too: its reason is where the reader weighs it again.
                    let counts = answer.weights.values().any(|w| *w != 0)
                        || !answer.rules_out.is_empty()
                        || (say.must(q) && !must_rule_out(content, answer).is_empty());
                    if counts {
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
        ruled_out,
    };
    Outcome {
        deciders: deciders(content, responses, say, &outcome),
        ..outcome
    }
}

/// Why the options that did not win lost, and whether the win is fragile.
pub fn explain(
    content: &Content,
    responses: &[Response],
    say: &Say,
    outcome: &Outcome,
) -> Explained {
    let why_not = why_not(content, responses, say, outcome);
    let fragile = outcome.kind == Kind::Clear
        && why_not
            .iter()
            .any(|w| w.flip.as_ref().is_some_and(|f| f.len() == 1));
    Explained { why_not, fragile }
}

fn totals(content: &Content, responses: &[Response], say: &Say) -> Vec<i32> {
    let mut totals = vec![0; content.options.len()];
    for (q, (question, response)) in content.questions.iter().zip(responses).enumerate() {
        if let Response::Chose(a) = response {
            if let Some(answer) = question.answers.get(*a) {
                let factor = say.importance(q).factor();
                for (id, weight) in &answer.weights {
                    if let Some(i) = content.option_index(id) {
                        totals[i] += weight * factor;
                    }
                }
            }
        }
    }
    totals
}

/// The options `answer` rules out as a must-have: those it weighs against (a negative weight),
/// else, where it leans toward some, every option it does not lean toward.
fn must_rule_out(content: &Content, answer: &Answer) -> Vec<usize> {
    let weight = |o: &super::content::Choice| answer.weights.get(&o.id).copied().unwrap_or(0);
    let against: Vec<usize> = content
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| weight(o) < 0)
        .map(|(i, _)| i)
        .collect();
    if !against.is_empty() {
        return against;
    }
    if content.options.iter().any(|o| weight(o) > 0) {
        return content
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| weight(o) <= 0)
            .map(|(i, _)| i)
            .collect();
    }
    Vec::new()
}

/// Every option the answers rule out (the author's dealbreakers and the reader's must-haves),
/// each once, by the first answer that does.
fn ruled_out(content: &Content, responses: &[Response], say: &Say) -> Vec<RuledOut> {
    let mut out: Vec<RuledOut> = Vec::new();
    for (q, (question, response)) in content.questions.iter().zip(responses).enumerate() {
        let Response::Chose(a) = *response else {
            continue;
        };
        let Some(answer) = question.answers.get(a) else {
            continue;
        };
        let by_rule = answer
            .rules_out
            .iter()
            .filter_map(|id| content.option_index(id))
            .map(|o| (o, false));
        let musted = if say.must(q) {
            must_rule_out(content, answer)
        } else {
            Vec::new()
        };
        let by_must = musted.into_iter().map(|o| (o, true));
        for (option, must) in by_rule.chain(by_must) {
            if !out.iter().any(|r| r.option == option) {
                out.push(RuledOut {
                    option,
                    question: q,
                    answer: a,
                    must,
                });
            }
        }
    }
    out
}

/// Options in play first (best first), then the ruled-out ones (best first).
fn rank(totals: &[i32], out: &[bool]) -> Vec<Standing> {
    let mut ranking: Vec<Standing> = totals
        .iter()
        .enumerate()
        .map(|(option, &score)| Standing { option, score })
        .collect();
    sort_desc(&mut ranking, |s| s.score);
    let (mut playing, ruled): (Vec<Standing>, Vec<Standing>) =
        ranking.into_iter().partition(|s| !out[s.option]);
    playing.extend(ruled);
    playing
}

/// The winner among the options not ruled out, by [`winner_by_totals`]'s rule.
fn winner_in_play(totals: &[i32], out: &[bool]) -> Option<usize> {
    let masked: Vec<i32> = totals
        .iter()
        .zip(out)
        .map(|(t, o)| if *o { i32::MIN } else { *t })
        .collect();
    winner_by_totals(&masked).filter(|w| !out[*w])
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

fn kind_of(
    content: &Content,
    responses: &[Response],
    say: &Say,
    totals: &[i32],
    out: &[bool],
) -> Kind {
    if !out.is_empty() && out.iter().all(|o| *o) {
        return Kind::AllRuledOut;
    }
    let moved = content
        .questions
        .iter()
        .zip(responses)
        .enumerate()
        .any(|(i, (q, r))| match r {
            Response::Chose(a) => q.answers.get(*a).is_some_and(|a| {
                say.importance(i).factor() != 0 && a.weights.values().any(|w| *w != 0)
            }),
            _ => false,
        });
    // A rule that leaves one option in play decides, whatever the points.
    let in_play = out.iter().filter(|o| !**o).count();
    let decided_by_rules = in_play == 1 && out.iter().any(|o| *o);
    if !moved && !decided_by_rules {
        return Kind::NoSignal;
    }
    let Some(winner) = winner_in_play(totals, out) else {
        return Kind::Tie;
    };
    let runner_up = totals
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != winner && !out[*i])
        .map(|(_, t)| *t)
        .max()
        .unwrap_or(i32::MIN);
    if runner_up == i32::MIN {
        return Kind::Clear;
    }
    if (totals[winner] - runner_up) as u32 <= content.close_margin {
        Kind::Close
    } else {
        Kind::Clear
    }
}

/// For each open question, the answers that would leave a different option leading alone (or
/// break a tie). This is "what decides it" in a close call.
fn deciders(
    content: &Content,
    responses: &[Response],
    say: &Say,
    outcome: &Outcome,
) -> Vec<Decider> {
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
            let Some(leader) = winner_after(content, &what_if, say) else {
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

/// Who wins with these responses (the rules and must-haves applied), without the rest of scoring.
fn winner_after(content: &Content, responses: &[Response], say: &Say) -> Option<usize> {
    let out: Vec<bool> = {
        let ruled = ruled_out(content, responses, say);
        (0..content.options.len())
            .map(|o| ruled.iter().any(|r| r.option == o))
            .collect()
    };
    winner_in_play(&totals(content, responses, say), &out)
}

/// For each option in play that did not win: the answers that counted against it, and the fewest
/// answer changes that would make it win (every change of one answer, then of two where that is
/// few enough to try them all: [`FLIP_DEPTH`]).
fn why_not(content: &Content, responses: &[Response], say: &Say, outcome: &Outcome) -> Vec<WhyNot> {
    let Some(winner) = outcome.winner() else {
        return Vec::new();
    };
    let mut current = responses.to_vec();
    current.resize(content.questions.len(), Response::Open);
    // Every single change: (question, answer) pairs other than what the reader chose.
    let changes: Vec<(usize, usize)> = content
        .questions
        .iter()
        .enumerate()
        .flat_map(|(q, question)| (0..question.answers.len()).map(move |a| (q, a)))
        .filter(|(q, a)| current[*q] != Response::Chose(*a))
        .collect();
    let with = |set: &[(usize, usize)]| {
        let mut r = current.clone();
        for (q, a) in set {
            r[*q] = Response::Chose(*a);
        }
        winner_after(content, &r, say)
    };
    // Pairs are tried only where there are few enough (a 50-question comparison has ~5,000).
    const PAIRS: usize = 4_000;
    let pairs = changes.len() * changes.len().saturating_sub(1) / 2 <= PAIRS;
    let mut found = Vec::new();
    for option in 0..content.options.len() {
        if option == winner {
            continue;
        }
        let weight_of = |q: usize, a: usize| {
            let answer = &content.questions[q].answers[a];
            let w = |o: usize| {
                answer
                    .weights
                    .get(&content.options[o].id)
                    .copied()
                    .unwrap_or(0)
                    * say.importance(q).factor()
            };
            (w(option), w(winner))
        };
        let against: Vec<usize> = current
            .iter()
            .enumerate()
            .filter_map(|(q, r)| match r {
                Response::Chose(a) if *a < content.questions[q].answers.len() => {
                    let (mine, theirs) = weight_of(q, *a);
                    let ruled = outcome
                        .ruled_out
                        .iter()
                        .any(|x| x.option == option && x.question == q);
                    (mine < theirs || ruled).then_some(q)
                }
                _ => None,
            })
            .collect();
        let mut flip = changes
            .iter()
            .find(|c| with(&[**c]) == Some(option))
            .map(|c| vec![*c]);
        if flip.is_none() && pairs {
            'pairs: for (i, a) in changes.iter().enumerate() {
                for b in &changes[i + 1..] {
                    if a.0 != b.0 && with(&[*a, *b]) == Some(option) {
                        flip = Some(vec![*a, *b]);
                        break 'pairs;
                    }
                }
            }
        }
        found.push(WhyNot {
            option,
            against,
            flip,
        });
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
