//! Which options a quiz can recommend at all: the authors' checker uses this to catch an option
//! that no combination of answers can make win (usually a weight given to the wrong option, or a
//! dealbreaker, `rules_out`, on every way to it).

use super::content::Content;
use super::quiz::Response;
use super::scoring::{score, winner_by_totals, Outcome};

/// Most answer combinations searched exhaustively (about a million: well under a second).
const EXHAUSTIVE_LIMIT: u64 = 1 << 20;

/// Whether some set of answers makes an option the recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// These responses make it win (clearly or as a close call).
    Wins(Vec<Response>),
    /// No combination of answers (including "Not sure") makes it win.
    Never,
    /// Too many combinations to search, and no quick proof either way.
    Unknown,
}

/// The responses that lean hardest toward `option`: for each question, the answer with the best
/// lead of `option` over its strongest rival, or "Not sure" when every answer hurts it.
pub fn toward(content: &Content, option: usize) -> Vec<Response> {
    let Some(target) = content.options.get(option) else {
        return vec![Response::NotSure; content.questions.len()];
    };
    content
        .questions
        .iter()
        .map(|q| {
            let lead = |i: usize| {
                let w = &q.answers[i].weights;
                let own = w.get(&target.id).copied().unwrap_or(0);
                let rival = w
                    .iter()
                    .filter(|(id, _)| **id != target.id)
                    .map(|(_, v)| *v)
                    .max()
                    .unwrap_or(0)
                    .max(0);
                (own - rival, own)
            };
            (0..q.answers.len())
                .filter(|&i| !q.answers[i].rules_out.contains(&target.id))
                .filter(|&i| lead(i).0 > 0 || lead(i).1 > 0)
                .max_by_key(|&i| lead(i))
                .map_or(Response::NotSure, Response::Chose)
        })
        .collect()
}

/// The outcome of answering every question toward `option`.
pub fn outcome_toward(content: &Content, option: usize) -> Outcome {
    score(content, &toward(content, option))
}

/// Whether `option` can be recommended. Exact for quizzes up to about a million answer
/// combinations; beyond that it proves "never" where one rival always keeps up, and otherwise
/// says it does not know rather than guess.
pub fn reach(content: &Content, option: usize) -> Reach {
    let greedy = toward(content, option);
    if score(content, &greedy).winner() == Some(option) {
        return Reach::Wins(greedy);
    }
    let weights = weight_table(content);
    let combinations = weights
        .iter()
        .try_fold(1u64, |n, answers| n.checked_mul(answers.len() as u64 + 1));
    match combinations {
        Some(n) if n <= EXHAUSTIVE_LIMIT => {
            let mut chosen = Vec::with_capacity(weights.len());
            let mut totals = vec![0; content.options.len()];
            let mut outs = vec![0u32; content.options.len()];
            if search(&weights, option, &mut chosen, &mut totals, &mut outs) {
                Reach::Wins(chosen)
            } else {
                Reach::Never
            }
        }
        _ if some_rival_always_keeps_up(&weights, option) => Reach::Never,
        _ => Reach::Unknown,
    }
}

/// One answer as the search sees it: its weight for each option, and which options it rules out.
struct Row {
    weights: Vec<i32>,
    out: Vec<bool>,
}

/// Per question, per answer, the weight for each option and what it rules out (by option index).
fn weight_table(content: &Content) -> Vec<Vec<Row>> {
    content
        .questions
        .iter()
        .map(|q| {
            q.answers
                .iter()
                .map(|a| Row {
                    weights: content
                        .options
                        .iter()
                        .map(|o| a.weights.get(&o.id).copied().unwrap_or(0))
                        .collect(),
                    out: content
                        .options
                        .iter()
                        .map(|o| a.rules_out.contains(&o.id))
                        .collect(),
                })
                .collect()
        })
        .collect()
}

/// Depth-first search for responses that put `option` alone on top of the options left in play
/// (`outs` counts, per option, the chosen answers that rule it out).
fn search(
    weights: &[Vec<Row>],
    option: usize,
    chosen: &mut Vec<Response>,
    totals: &mut [i32],
    outs: &mut [u32],
) -> bool {
    let Some(answers) = weights.get(chosen.len()) else {
        let masked: Vec<i32> = totals
            .iter()
            .zip(outs.iter())
            .map(|(t, o)| if *o > 0 { i32::MIN } else { *t })
            .collect();
        return winner_by_totals(&masked) == Some(option);
    };
    chosen.push(Response::NotSure);
    if search(weights, option, chosen, totals, outs) {
        return true;
    }
    for (i, row) in answers.iter().enumerate() {
        // An answer that rules the option out cannot be on a way to it.
        if row.out[option] {
            continue;
        }
        if let Some(last) = chosen.last_mut() {
            *last = Response::Chose(i);
        }
        add(totals, outs, row, 1);
        let found = search(weights, option, chosen, totals, outs);
        add(totals, outs, row, -1);
        if found {
            return true;
        }
    }
    chosen.pop();
    false
}

fn add(totals: &mut [i32], outs: &mut [u32], row: &Row, sign: i32) {
    for (t, w) in totals.iter_mut().zip(&row.weights) {
        *t += sign * w;
    }
    for (o, out) in outs.iter_mut().zip(&row.out) {
        if *out {
            *o = o.wrapping_add_signed(sign);
        }
    }
}

/// A sound "never": some rival's score minus the option's can never drop below zero, and no
/// answer that leaves the option in play rules that rival out.
fn some_rival_always_keeps_up(weights: &[Vec<Row>], option: usize) -> bool {
    let options = weights
        .iter()
        .flatten()
        .next()
        .map_or(0, |row| row.weights.len());
    (0..options).filter(|&r| r != option).any(|rival| {
        let can_be_ruled_out = weights
            .iter()
            .flatten()
            .any(|row| row.out[rival] && !row.out[option]);
        let best_lead: i32 = weights
            .iter()
            .map(|answers| {
                answers
                    .iter()
                    .filter(|row| !row.out[option])
                    .map(|row| row.weights[option] - row.weights[rival])
                    .max()
                    .unwrap_or(0)
                    .max(0) // "Not sure" leads by nothing
            })
            .sum();
        best_lead <= 0 && !can_be_ruled_out
    })
}
