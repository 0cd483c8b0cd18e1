//! What a widget tells its page (`verdict:answer`, `verdict:result`), worked out from progress.

use verdict_core::content::Content;
use verdict_core::events::{between, result, Answered, Reached, WidgetEvent};
use verdict_core::quiz::{Action, Progress, Response, Step};

fn article() -> Content {
    verdict_core::load::embedded_default().unwrap()
}

fn answered(events: &[WidgetEvent]) -> Vec<&Answered> {
    events
        .iter()
        .filter_map(|e| match e {
            WidgetEvent::Answered(a) => Some(a),
            WidgetEvent::Reached(_) => None,
        })
        .collect()
}

fn reached(events: &[WidgetEvent]) -> Vec<&Reached> {
    events
        .iter()
        .filter_map(|e| match e {
            WidgetEvent::Reached(r) => Some(r),
            WidgetEvent::Answered(_) => None,
        })
        .collect()
}

/// Applies `actions` one by one, collecting every event on the way.
fn run(content: &Content, actions: &[Action]) -> (Progress, Vec<WidgetEvent>) {
    let mut progress = Progress::new(content.questions.len());
    let mut events = between(content, None, None, &progress);
    for action in actions {
        let next = progress.apply(*action);
        events.extend(between(content, Some(&progress), Some(*action), &next));
        progress = next;
    }
    (progress, events)
}

#[test]
fn a_fresh_widget_says_nothing() {
    let c = article();
    assert!(between(&c, None, None, &Progress::new(c.questions.len())).is_empty());
}

#[test]
fn each_answer_is_reported_by_ids_then_the_result_once() {
    let c = article();
    let (progress, events) = run(&c, &[Action::Choose(0); 7]);
    assert_eq!(progress.step(), Step::Result);
    let answers = answered(&events);
    assert_eq!(answers.len(), 7);
    for (i, a) in answers.iter().enumerate() {
        assert_eq!(a.index, i);
        assert_eq!(a.question, c.questions[i].id);
        assert_eq!(
            a.answer.as_deref(),
            Some(c.questions[i].answers[0].id.as_str())
        );
    }
    let results = reached(&events);
    assert_eq!(results.len(), 1);
    // The result comes after the last answer.
    assert!(matches!(events.last(), Some(WidgetEvent::Reached(_))));
    let r = results[0];
    assert_eq!(r.ranking.len(), 2);
    assert!(r.ranking[0].1 >= r.ranking[1].1);
    assert_eq!(r.winner.as_deref(), Some(r.ranking[0].0.as_str()));
    assert_eq!(r.answers.len(), 7);
    assert!(r
        .answers
        .iter()
        .zip(&c.questions)
        .all(|((q, a), question)| q == &question.id
            && a.as_deref() == Some(question.answers[0].id.as_str())));
}

#[test]
fn not_sure_is_an_answer_without_an_id_and_a_skip_is_no_answer() {
    let c = article();
    let (_, events) = run(&c, &[Action::NotSure, Action::Skip, Action::Choose(1)]);
    let answers = answered(&events);
    assert_eq!(answers.len(), 2);
    assert_eq!((answers[0].index, answers[0].answer.as_deref()), (0, None));
    assert_eq!(answers[1].index, 2);
    assert_eq!(
        answers[1].answer.as_deref(),
        Some(c.questions[2].answers[1].id.as_str())
    );
}

#[test]
fn back_next_and_restart_are_not_answers() {
    let c = article();
    let (_, events) = run(
        &c,
        &[
            Action::Choose(0),
            Action::Back,
            Action::Next,
            Action::Restart,
        ],
    );
    assert_eq!(answered(&events).len(), 1);
    assert!(reached(&events).is_empty());
}

#[test]
fn a_tie_has_no_winner_and_every_leader_in_the_ranking() {
    let c = article();
    // Search the answer space for a tie: the honest case the page must be able to hear.
    let combos = 1usize << c.questions.len();
    let tie = (0..combos)
        .map(|bits| {
            (0..c.questions.len())
                .map(|q| Action::Choose((bits >> q) & 1))
                .collect::<Vec<_>>()
        })
        .find_map(|actions| {
            let (progress, events) = run(&c, &actions);
            let r = reached(&events).first().map(|r| (*r).clone())?;
            let tied = verdict_core::scoring::score(&c, progress.responses()).kind
                == verdict_core::scoring::Kind::Tie;
            tied.then_some(r)
        })
        .expect("the article has a tie");
    assert_eq!(tie.winner, None);
    assert_eq!(tie.ranking[0].1, tie.ranking[1].1);
}

#[test]
fn a_widget_that_starts_at_a_result_reports_it_and_going_back_leaves_it() {
    let c = article();
    let at_result = Progress::restore(vec![Response::Chose(0); 7], Step::Result);
    let events = between(&c, None, None, &at_result);
    assert_eq!(reached(&events).len(), 1);
    assert!(answered(&events).is_empty());
    assert!(result(&c, &at_result).is_some());
    let back = at_result.apply(Action::Back);
    assert!(between(&c, Some(&at_result), Some(Action::Back), &back).is_empty());
    assert_eq!(result(&c, &back), None);
    // Changing the last answer arrives at a result again, with the new answers.
    let changed = back.apply(Action::Choose(1));
    let events = between(&c, Some(&back), Some(Action::Choose(1)), &changed);
    assert_eq!(answered(&events).len(), 1);
    let r = reached(&events)[0];
    assert_eq!(
        r.answers[6].1.as_deref(),
        Some(c.questions[6].answers[1].id.as_str())
    );
}

#[test]
fn progress_taken_from_the_address_is_no_answer_but_a_result_is_heard() {
    // Forward through history to the result: the widget takes the address's progress.
    let c = article();
    let before = Progress::restore(vec![Response::Chose(0); 7], Step::Question(6));
    let after = Progress::restore(vec![Response::Chose(0); 7], Step::Result);
    let events = between(&c, Some(&before), None, &after);
    assert!(answered(&events).is_empty());
    assert_eq!(reached(&events).len(), 1);
}

#[test]
fn no_signal_has_no_winner() {
    let c = article();
    let (progress, events) = run(&c, &[Action::NotSure; 7]);
    assert_eq!(progress.step(), Step::Result);
    let r = reached(&events)[0];
    assert_eq!(r.winner, None);
    assert!(r.answers.iter().all(|(_, a)| a.is_none()));
}
