//! The quiz's state machine: every action from every place.

use verdict_core::quiz::{Action, Progress, Response, Step};

#[test]
fn a_new_quiz_starts_at_the_first_question_with_nothing_answered() {
    let p = Progress::new(3);
    assert_eq!(p.step(), Step::Question(0));
    assert_eq!(p.responses(), [Response::Open; 3]);
    assert!(p.is_untouched());
}

#[test]
fn choosing_records_the_answer_and_moves_on_to_the_result() {
    let p = Progress::new(2).apply(Action::Choose(1));
    assert_eq!(p.step(), Step::Question(1));
    let p = p.apply(Action::Choose(0));
    assert_eq!(p.step(), Step::Result);
    assert_eq!(p.responses(), [Response::Chose(1), Response::Chose(0)]);
    assert_eq!(p.answered(), 2);
}

#[test]
fn not_sure_and_skip_move_on_without_an_answer() {
    let p = Progress::new(3).apply(Action::NotSure).apply(Action::Skip);
    assert_eq!(p.step(), Step::Question(2));
    assert_eq!(p.responses()[..2], [Response::NotSure, Response::Open]);
    assert_eq!(p.answered(), 0);
    assert!(!p.is_untouched());
}

#[test]
fn skip_clears_an_earlier_answer_but_next_keeps_it() {
    let p = Progress::new(2)
        .apply(Action::Choose(1))
        .apply(Action::Back);
    assert_eq!(p.apply(Action::Next).responses()[0], Response::Chose(1));
    assert_eq!(p.apply(Action::Skip).responses()[0], Response::Open);
}

#[test]
fn back_goes_to_the_previous_question_and_stops_at_the_first() {
    let p = Progress::new(3)
        .apply(Action::Choose(0))
        .apply(Action::Choose(0));
    assert_eq!(p.apply(Action::Back).step(), Step::Question(1));
    let first = Progress::new(3);
    assert_eq!(first.apply(Action::Back), first);
}

#[test]
fn back_from_the_result_returns_to_the_last_question_with_answers_kept() {
    let p = Progress::new(2)
        .apply(Action::Choose(0))
        .apply(Action::Choose(1));
    let back = p.apply(Action::Back);
    assert_eq!(back.step(), Step::Question(1));
    assert_eq!(back.responses(), p.responses());
}

#[test]
fn answering_actions_on_the_result_change_nothing() {
    let p = Progress::new(1).apply(Action::Choose(0));
    for action in [
        Action::Choose(1),
        Action::NotSure,
        Action::Skip,
        Action::Next,
    ] {
        assert_eq!(p.apply(action), p, "{action:?}");
    }
}

#[test]
fn restart_forgets_everything_from_anywhere() {
    let p = Progress::new(2)
        .apply(Action::Choose(0))
        .apply(Action::Choose(1));
    assert_eq!(p.apply(Action::Restart), Progress::new(2));
    assert_eq!(
        Progress::new(2)
            .apply(Action::Choose(1))
            .apply(Action::Restart),
        Progress::new(2)
    );
}

#[test]
fn restore_clamps_a_step_that_points_past_the_questions() {
    let p = Progress::restore(vec![Response::Open; 2], Step::Question(9));
    assert_eq!(p.step(), Step::Result);
    let p = Progress::restore(vec![Response::Open; 2], Step::Question(1));
    assert_eq!(p.step(), Step::Question(1));
}

#[test]
fn an_empty_quiz_goes_straight_to_the_result_and_survives_every_action() {
    let p = Progress::new(0);
    assert_eq!(p.step(), Step::Result);
    for action in [
        Action::Back,
        Action::Skip,
        Action::Next,
        Action::Choose(0),
        Action::NotSure,
        Action::Restart,
    ] {
        assert_eq!(p.apply(action).step(), Step::Result);
    }
}

#[test]
fn every_action_has_a_name_it_is_read_back_from() {
    for action in [
        Action::Choose(0),
        Action::Choose(5),
        Action::NotSure,
        Action::Skip,
        Action::Next,
        Action::Back,
        Action::Restart,
    ] {
        assert_eq!(
            Action::from_name(&action.name()),
            Some(action),
            "{action:?}"
        );
    }
    for junk in ["", "choose-", "choose-x", "choose--1", "jump", "Skip"] {
        assert_eq!(Action::from_name(junk), None, "{junk}");
    }
}
