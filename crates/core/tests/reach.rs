//! Which options a quiz can recommend: the checker's "can never win" must be a proof, and its
//! "can win" must come with answers that really win.

use verdict_core::content::Content;
use verdict_core::load::from_json as load;
use verdict_core::quiz::Response;
use verdict_core::reach::{reach, toward, Reach};
use verdict_core::scoring::score;

fn three() -> Content {
    load(include_str!("../../../content/django-flask-fastapi.json")).expect("bundled content loads")
}

#[test]
fn every_option_of_the_bundled_comparisons_can_win_with_the_answers_shown() {
    for content in [verdict_core::load::embedded_default().unwrap(), three()] {
        for o in 0..content.options.len() {
            match reach(&content, o) {
                Reach::Wins(responses) => {
                    assert_eq!(score(&content, &responses).winner(), Some(o))
                }
                other => panic!("{}: {other:?}", content.options[o].id),
            }
        }
    }
}

#[test]
fn toward_picks_each_questions_best_answer_for_the_option() {
    let c = three();
    let fastapi = c.option_index("fastapi").unwrap();
    let picks = toward(&c, fastapi);
    // admin: no; accounts: no; api: yes; waiting: yes; docs: yes; size: small; learning: no.
    let chose = |i| Response::Chose(i);
    assert_eq!(
        picks,
        [
            Response::NotSure,
            Response::NotSure,
            chose(0),
            chose(0),
            chose(0),
            chose(0),
            Response::NotSure
        ]
    );
}

/// The three-option comparison with FastAPI's weights moved to Flask: FastAPI can no longer win.
fn fastapi_never_wins() -> Content {
    let mut c = three();
    for q in &mut c.questions {
        for a in &mut q.answers {
            if let Some(w) = a.weights.remove("fastapi") {
                *a.weights.get_or_insert("flask", 0) += w;
            }
        }
    }
    c
}

#[test]
fn an_option_without_any_weight_can_never_win() {
    let c = fastapi_never_wins();
    assert_eq!(reach(&c, c.option_index("fastapi").unwrap()), Reach::Never);
    assert!(matches!(reach(&c, 0), Reach::Wins(_)));
}

#[test]
fn an_option_that_only_ties_can_never_win() {
    let mut c = three();
    // Every push toward FastAPI now pushes Flask just as far.
    for q in &mut c.questions {
        for a in &mut q.answers {
            if let Some(&w) = a.weights.get("fastapi") {
                let flask = a.weights.get_or_insert("flask", 0);
                *flask = (*flask).max(w);
            }
        }
    }
    assert_eq!(reach(&c, 2), Reach::Never);
}

#[test]
fn large_quizzes_still_prove_never_without_searching_everything() {
    // 40 questions of 2 answers: 3^40 combinations, far past the exhaustive limit.
    let mut c = fastapi_never_wins();
    let template = c.questions[6].clone();
    while c.questions.len() < 40 {
        let mut q = template.clone();
        q.id = format!("extra{}", c.questions.len());
        c.questions.push(q);
    }
    assert_eq!(reach(&c, 2), Reach::Never);
    assert!(matches!(reach(&c, 1), Reach::Wins(_)));
}

#[test]
fn an_option_that_needs_a_careful_mix_is_found_by_the_search() {
    // Answering everything that gives Cocoa points ties it with Tea (1 + 2 against 3); only
    // leaving the second question open lets it win.
    let json = include_str!("../../../tests/valid/tea-coffee-cocoa.json")
        .replace(
            "\"weights\": {\n            \"cocoa\": 2\n          }",
            "\"weights\": {\n            \"cocoa\": 2,\n            \"tea\": 3\n          }",
        )
        .replace(
            "\"weights\": {\n            \"tea\": 1\n          }",
            "\"weights\": {\n            \"cocoa\": 1\n          }",
        );
    let c = load(&json).expect("still valid");
    let cocoa = c.option_index("cocoa").unwrap();
    assert_eq!(score(&c, &toward(&c, cocoa)).winner(), None, "greedy ties");
    match reach(&c, cocoa) {
        Reach::Wins(responses) => assert_eq!(score(&c, &responses).winner(), Some(cocoa)),
        other => panic!("{other:?}"),
    }
}
