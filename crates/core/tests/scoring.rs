//! Scoring the default article and small synthetic comparisons.

use verdict_core::content::{Answer, Choice, Content, Grid, GridRow, Question};
use verdict_core::quiz::Response::{self, Chose, NotSure, Open};
use verdict_core::scoring::{score, Kind};

const YES: Response = Chose(0);
const NO: Response = Chose(1);

fn article() -> Content {
    verdict_core::load::embedded_default().unwrap()
}

fn name(content: &Content, option: Option<usize>) -> Option<&str> {
    option.map(|i| content.options[i].name.as_str())
}

#[test]
fn all_django_leaning_answers_recommend_django_clearly() {
    // admin, auth, SaaS: yes; API, microservice, learning: no; freelancing: yes.
    let c = article();
    let o = score(&c, &[YES, YES, YES, NO, NO, NO, YES]);
    assert_eq!(name(&c, o.winner()), Some("Django"));
    assert_eq!(o.kind, Kind::Clear);
    assert_eq!(name(&c, o.runner_up()), Some("Flask"));
    assert_eq!(o.ranking[0].score, 12);
    assert!(o
        .reasons
        .iter()
        .flat_map(|r| &r.pushes)
        .all(|p| c.options[p.option].id == "django"));
    assert_eq!(o.reasons.len(), 4);
    assert!(o.deciders.is_empty());
}

#[test]
fn all_flask_leaning_answers_recommend_flask_clearly() {
    let c = article();
    let o = score(&c, &[NO, NO, NO, YES, YES, YES, NO]);
    assert_eq!(name(&c, o.winner()), Some("Flask"));
    assert_eq!(o.kind, Kind::Clear);
    assert_eq!(o.ranking[0].score, 3 + 3 + 2 + 1 + 1);
    assert_eq!(o.ranking[1].score, 0);
    // The learner's nuance is kept: "Flask first, then Django".
    assert_eq!(o.notes.len(), 1);
    let (q, a) = o.notes[0];
    assert!(c.questions[q].answers[a]
        .note
        .as_deref()
        .unwrap()
        .contains("Flask first, then Django"));
}

#[test]
fn reasons_come_biggest_push_first_and_name_their_question() {
    let c = article();
    let o = score(&c, &[NO, NO, NO, YES, YES, YES, NO]);
    let weights: Vec<i32> = o.reasons.iter().map(|r| r.strength()).collect();
    assert_eq!(weights, [3, 3, 2, 1, 1]);
    assert_eq!(c.questions[o.reasons[0].question].id, "api");
}

#[test]
fn only_api_and_freelancing_is_a_tie_and_says_so() {
    let c = article();
    let o = score(&c, &[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(o.kind, Kind::Tie);
    assert_eq!(o.winner(), None);
    assert_eq!(o.leaders(), [0, 1]);
    assert_eq!(o.margin(), 0);
    // Every open question whose "Yes" would favour someone decides it.
    let decided: Vec<&str> = o
        .deciders
        .iter()
        .map(|d| c.questions[d.question].id.as_str())
        .collect();
    assert!(
        decided.contains(&"admin") && decided.contains(&"microservice"),
        "{decided:?}"
    );
}

#[test]
fn a_narrow_lead_is_a_close_call_with_what_would_change_it() {
    let c = article();
    // Admin yes (+3 Django), learning yes (+2 Flask): Django by 1, the rest unsure.
    let o = score(&c, &[YES, NotSure, NotSure, NotSure, NotSure, YES, NotSure]);
    assert_eq!(o.kind, Kind::Close);
    assert_eq!(name(&c, o.winner()), Some("Django"));
    assert_eq!(o.margin(), 1);
    assert_eq!(o.unsure, 5);
    let flips: Vec<&str> = o
        .deciders
        .iter()
        .filter(|d| c.options[d.leader].id == "flask")
        .map(|d| c.questions[d.question].id.as_str())
        .collect();
    assert_eq!(flips, ["api", "microservice"]);
}

#[test]
fn nothing_answered_means_no_recommendation() {
    let c = article();
    let o = score(&c, &[Open; 7]);
    assert_eq!(o.kind, Kind::NoSignal);
    assert_eq!(o.winner(), None);
    assert_eq!((o.answered, o.unsure, o.skipped), (0, 0, 7));
    let o = score(&c, &[NotSure; 7]);
    assert_eq!(o.kind, Kind::NoSignal);
    assert_eq!(o.unsure, 7);
}

#[test]
fn answers_without_weight_give_no_signal_either() {
    let c = article();
    let o = score(&c, &[Open, Open, NO, NO, NO, NO, NO]);
    assert_eq!(o.kind, Kind::NoSignal);
    assert_eq!(o.answered, 5);
}

#[test]
fn stale_or_hand_edited_responses_never_panic() {
    let c = article();
    for responses in [
        vec![],
        vec![Chose(99); 7],
        vec![YES; 20],
        vec![Chose(usize::MAX)],
    ] {
        let o = score(&c, &responses);
        assert_eq!(o.ranking.len(), 2);
    }
}

#[test]
fn every_answer_combination_of_the_article_scores_consistently() {
    // 4 responses per question (yes, no, not sure, open), 7 questions: 16,384 combinations.
    let c = article();
    let choices = [YES, NO, NotSure, Open];
    for n in 0..4usize.pow(7) {
        let responses: Vec<Response> = (0..7).map(|q| choices[(n / 4usize.pow(q)) % 4]).collect();
        let o = score(&c, &responses);
        assert_eq!(o.answered + o.unsure + o.skipped, 7);
        let total: i32 = o.ranking.iter().map(|s| s.score).sum();
        let pushed: i32 = o
            .reasons
            .iter()
            .flat_map(|r| &r.pushes)
            .map(|p| p.weight)
            .sum();
        assert_eq!(total, pushed, "{responses:?}");
        match o.kind {
            Kind::Clear => assert!(o.margin() > c.close_margin as i32),
            Kind::Close => assert!((1..=c.close_margin as i32).contains(&o.margin())),
            Kind::Tie => assert_eq!(o.margin(), 0),
            Kind::NoSignal => assert!(o.reasons.is_empty()),
            Kind::AllRuledOut => panic!("the article rules nothing out: {responses:?}"),
        }
    }
}

/// A three-way comparison: nothing in scoring may assume two options.
fn three_way() -> Content {
    let option = |id: &str| Choice {
        id: id.into(),
        name: id.to_uppercase(),
        tagline: None,
        about: None,
        when_to_choose: vec![],
        used_by: vec![],
    };
    let answer = |id: &str, toward: &[(&str, i32)]| Answer {
        id: id.into(),
        label: id.into(),
        weights: toward.iter().map(|(k, w)| (k.to_string(), *w)).collect(),
        rules_out: vec![],
        reason: Some(format!("because {id}")),
        note: None,
    };
    let question = |id: &str, answers: Vec<Answer>| Question {
        id: id.into(),
        text: format!("{id}?"),
        help: None,
        answers,
        rows: vec![],
    };
    Content {
        schema: None,
        id: "abc".into(),
        version: 1,
        title: "A vs B vs C".into(),
        intro: None,
        short_answer: None,
        close_margin: 1,
        options: vec![option("a"), option("b"), option("c")],
        questions: vec![
            question(
                "q1",
                vec![
                    answer("a", &[("a", 2)]),
                    answer("b", &[("b", 2)]),
                    answer("c", &[("c", 2)]),
                ],
            ),
            question(
                "q2",
                vec![
                    answer("bc", &[("b", 1), ("c", 1)]),
                    answer("not-a", &[("a", -3)]),
                ],
            ),
        ],
        grid: Grid {
            title: None,
            feature_label: "Feature".into(),
            rows: vec![GridRow {
                id: "r".into(),
                feature: "R".into(),
                cells: verdict_core::id_map::IdMap::from([
                    ("a".into(), "1".into()),
                    ("b".into(), "2".into()),
                    ("c".into(), "3".into()),
                ]),
            }],
        },
        usage: None,
        verdict: None,
        closing: None,
    }
}

#[test]
fn three_options_rank_and_tie_without_assuming_two() {
    let c = three_way();
    assert!(verdict_core::validate::validate(&c).is_empty());
    let o = score(&c, &[Chose(2), Open]);
    assert_eq!(o.winner(), Some(2));
    assert_eq!(o.kind, Kind::Clear);
    assert_eq!(
        o.ranking.iter().map(|s| s.option).collect::<Vec<_>>(),
        [2, 0, 1]
    );
    // b and c share the lead: a tie between two of three options.
    let o = score(&c, &[Open, Chose(0)]);
    assert_eq!(o.kind, Kind::Tie);
    assert_eq!(o.leaders(), [1, 2]);
}

#[test]
fn an_answer_pushing_two_options_is_one_reason() {
    let c = three_way();
    let o = score(&c, &[Open, Chose(0)]);
    assert_eq!(o.reasons.len(), 1);
    let options: Vec<usize> = o.reasons[0].pushes.iter().map(|p| p.option).collect();
    assert_eq!(options, [1, 2]);
}

#[test]
fn negative_weights_push_away_and_count_as_reasons() {
    let c = three_way();
    let o = score(&c, &[Chose(0), Chose(1)]);
    assert_eq!(o.ranking.iter().find(|s| s.option == 0).unwrap().score, -1);
    assert_eq!(
        o.reasons[0].pushes,
        [verdict_core::scoring::Push {
            option: 0,
            weight: -3
        }]
    );
    assert_eq!(
        o.kind,
        Kind::Tie,
        "b and c both 0 and a at -1: a tie between b and c"
    );
    assert_eq!(o.leaders(), [1, 2]);
}

#[test]
fn grid_rows_light_up_only_for_real_answers() {
    use verdict_core::scoring::relevant_rows;
    let c = article();
    let lit = |responses: &[Response]| -> Vec<String> {
        relevant_rows(&c, responses)
            .iter()
            .zip(&c.grid.rows)
            .filter(|(on, _)| **on)
            .map(|(_, row)| row.feature.clone())
            .collect()
    };
    assert!(lit(&[Open; 7]).is_empty());
    assert!(lit(&[NotSure; 7]).is_empty());
    assert_eq!(lit(&[YES]), ["Admin panel"]);
    assert_eq!(
        lit(&[Open, Open, Open, Open, Open, Open, YES]),
        ["Community", "Jobs available"]
    );
    // "No" to freelancing moves nothing, so it lights nothing.
    assert!(lit(&[Open, Open, Open, Open, Open, Open, NO]).is_empty());
    // The Django path lights the rows behind its four reasons, not the whole table.
    assert_eq!(
        lit(&[YES, YES, YES, NO, NO, NO, YES]),
        [
            "Built-in ORM",
            "Admin panel",
            "Authentication",
            "Best for",
            "Community",
            "Jobs available"
        ]
    );
}

#[test]
fn reasons_that_back_the_winner_are_told_apart_from_the_rest() {
    let c = article();
    // Django leads; "simple API: yes" pulls toward Flask.
    let o = score(&c, &[YES, YES, YES, YES, NO, NO, YES]);
    assert_eq!(name(&c, o.winner()), Some("Django"));
    let backing: Vec<(&str, bool)> = o
        .reasons
        .iter()
        .map(|r| (c.questions[r.question].id.as_str(), o.backs_winner(r)))
        .collect();
    assert!(backing.contains(&("api", false)), "{backing:?}");
    assert_eq!(backing.iter().filter(|(_, b)| *b).count(), 4, "{backing:?}");
    // In a tie nothing backs a winner, because there is none.
    let tie = score(&c, &[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(tie.kind, Kind::Tie);
    assert!(tie.reasons.iter().all(|r| !tie.backs_winner(r)));
}
