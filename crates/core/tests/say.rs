//! The reader's say: how much a question matters (×0, ×1, ×2), dealbreakers the author wrote
//! (`rules_out`) and must-haves the reader makes, why the others lost and what would make them
//! win; and how links and saved progress carry all of it, old links still opening.

use verdict_core::content::Content;
use verdict_core::quiz::Response::{self, Chose, NotSure, Open};
use verdict_core::quiz::{Action, Importance, Progress, Say, Step};
use verdict_core::scoring::{explain, score, score_with, Kind};
use verdict_core::{saved, share};

const YES: Response = Chose(0);
const NO: Response = Chose(1);

fn article() -> Content {
    verdict_core::load::embedded_default().unwrap()
}

/// The article's options: Django is 0, Flask 1.
const DJANGO: usize = 0;
const FLASK: usize = 1;

fn say(importance: &[Importance], musts: &[bool]) -> Say {
    Say {
        importance: importance.to_vec(),
        musts: musts.to_vec(),
    }
}

/// Random responses to the article, and random importance and must-haves, from a seed.
fn random(rng: &mut fastrand::Rng, questions: usize) -> (Vec<Response>, Say) {
    let responses = (0..questions)
        .map(|_| [YES, NO, NotSure, Open][rng.usize(..4)])
        .collect();
    let importance = (0..questions)
        .map(|_| [Importance::None, Importance::Normal, Importance::High][rng.usize(..3)])
        .collect();
    let musts = (0..questions).map(|_| rng.usize(..5) == 0).collect();
    (responses, Say { importance, musts })
}

#[test]
fn importance_multiplies_an_answers_weights_and_zero_everywhere_gives_no_signal() {
    let c = article();
    let answers = [YES, YES, YES, NO, NO, NO, YES];
    let plain = score(&c, &answers);
    let doubled = score_with(&c, &answers, &say(&[Importance::High; 7], &[]));
    assert_eq!(doubled.ranking[0].score, plain.ranking[0].score * 2);
    assert_eq!(doubled.winner(), plain.winner());
    // ×0 on every answer: no signal, whatever was answered.
    let silent = score_with(&c, &answers, &say(&[Importance::None; 7], &[]));
    assert_eq!(silent.kind, Kind::NoSignal);
    assert!(
        silent.reasons.iter().all(|r| r.pushes.is_empty()),
        "listed, pushing nothing"
    );
    // Doubling one question can turn a close call: the admin panel's "Yes" counting twice.
    let close = score(&c, &[YES, Open, Open, YES, Open, Open, Open]);
    let weighted = score_with(
        &c,
        &[YES, Open, Open, YES, Open, Open, Open],
        &say(&[Importance::High], &[]),
    );
    assert_ne!(close.ranking[0].score, weighted.ranking[0].score);
    assert_eq!(weighted.winner(), Some(DJANGO));
}

#[test]
fn a_must_have_rules_out_what_the_answer_weighs_against_and_it_cannot_win() {
    let c = article();
    // All Flask-leaning answers, but "Yes, I need an admin panel" is a must-have: Flask is out.
    let mut answers = [NO, NO, NO, YES, YES, YES, NO];
    answers[0] = YES;
    let free = score(&c, &answers);
    assert_eq!(free.winner(), Some(FLASK));
    let must = score_with(&c, &answers, &say(&[], &[true]));
    assert_eq!(must.winner(), Some(DJANGO), "{must:#?}");
    assert!(must.is_out(FLASK));
    let out = must.ruled_out[0];
    assert_eq!(
        (out.option, out.question, out.answer, out.must),
        (FLASK, 0, 0, true)
    );
    // Flask still has more points; it is listed after the options in play.
    assert_eq!(must.ranking.last().unwrap().option, FLASK);
}

#[test]
fn a_dealbreaker_in_the_content_rules_out_and_every_option_out_is_said_so() {
    let mut c = article();
    c.questions[0].answers[0].rules_out = vec!["flask".into()];
    c.questions[0].answers[0].reason = Some("Flask has no admin panel.".into());
    c.questions[3].answers[0].rules_out = vec!["django".into()];
    let o = score(&c, &[YES, NO, NO, NO, NO, NO, NO]);
    assert_eq!(o.winner(), Some(DJANGO));
    assert_eq!(o.kind, Kind::Clear, "one option left in play wins");
    let both = score(&c, &[YES, NO, NO, YES, NO, NO, NO]);
    assert_eq!(both.kind, Kind::AllRuledOut);
    assert_eq!(both.winner(), None);
    assert_eq!(both.ruled_out.len(), 2);
}

#[test]
fn property_a_ruled_out_option_never_wins_and_zero_importance_gives_nothing() {
    let c = article();
    let mut rng = fastrand::Rng::with_seed(28);
    for _ in 0..3_000 {
        let (responses, said) = random(&mut rng, c.questions.len());
        let o = score_with(&c, &responses, &said);
        if let Some(w) = o.winner() {
            assert!(!o.is_out(w), "{responses:?} {said:?}");
        }
        let total: i32 = o.ranking.iter().map(|s| s.score).sum();
        let pushed: i32 = o
            .reasons
            .iter()
            .flat_map(|r| &r.pushes)
            .map(|p| p.weight)
            .sum();
        assert_eq!(total, pushed);
        // A question that does not matter pushes nothing (it is still listed, to weigh again).
        for r in &o.reasons {
            if said.importance(r.question) == Importance::None {
                assert!(r.pushes.is_empty());
            }
        }
    }
}

#[test]
fn property_why_not_flips_really_flip_and_against_names_answers_given() {
    let c = article();
    let mut rng = fastrand::Rng::with_seed(29);
    let mut flipped = 0;
    for _ in 0..600 {
        let (responses, said) = random(&mut rng, c.questions.len());
        let o = score_with(&c, &responses, &said);
        let e = explain(&c, &responses, &said, &o);
        if o.winner().is_none() {
            assert!(e.why_not.is_empty());
            continue;
        }
        for w in &e.why_not {
            assert_ne!(Some(w.option), o.winner());
            for q in &w.against {
                assert!(
                    matches!(responses[*q], Chose(_)),
                    "only answers given count against"
                );
            }
            if let Some(flip) = &w.flip {
                assert!((1..=2).contains(&flip.len()));
                let mut changed = responses.clone();
                for (q, a) in flip {
                    changed[*q] = Chose(*a);
                }
                assert_eq!(
                    score_with(&c, &changed, &said).winner(),
                    Some(w.option),
                    "{flip:?}"
                );
                flipped += 1;
            }
        }
        if e.fragile {
            assert_eq!(o.kind, Kind::Clear);
            assert!(e
                .why_not
                .iter()
                .any(|w| w.flip.as_ref().is_some_and(|f| f.len() == 1)));
        }
    }
    assert!(flipped > 100, "the property saw flips: {flipped}");
}

#[test]
fn why_not_says_what_counted_against_the_runner_up() {
    let c = article();
    let answers = [YES, YES, YES, NO, NO, NO, YES];
    let o = score(&c, &answers);
    let e = explain(&c, &answers, &Say::default(), &o);
    let flask = e.why_not.iter().find(|w| w.option == FLASK).unwrap();
    assert_eq!(flask.against, [0, 1, 2, 6], "the Django answers");
    // Django leads 12 to 0: no one or two answers turn that.
    assert_eq!(flask.flip, None);
    assert!(!e.fragile);
    // A narrow clear win is fragile.
    let narrow = [YES, NO, NO, NO, YES, NO, YES];
    let o = score(&c, &narrow);
    let e = explain(&c, &narrow, &Say::default(), &o);
    if o.kind == Kind::Clear {
        assert_eq!(
            e.fragile,
            e.why_not
                .iter()
                .any(|w| w.flip.as_ref().is_some_and(|f| f.len() == 1))
        );
    }
}

#[test]
fn links_carry_importance_and_must_haves_and_old_links_still_open() {
    let c = article();
    let progress = Progress::new(7)
        .apply(Action::Choose(0))
        .apply(Action::Choose(1))
        .apply(Action::Weigh(0, Importance::High))
        .apply(Action::Must(1, true))
        .apply(Action::Weigh(2, Importance::None));
    let token = share::encode(&c, &progress);
    assert!(token.starts_with("v2.1.2-01_____."), "{token}");
    assert_eq!(&token[token.rfind('.').unwrap() + 1..], "aNznnnn");
    assert_eq!(share::decode(&c, &token).unwrap(), progress);
    // Without any say, the token is v1 as it always was.
    let plain = Progress::new(7).apply(Action::Choose(0));
    assert_eq!(share::encode(&c, &plain), "v1.1.1-0______");
    assert_eq!(share::decode(&c, "v1.1.1-0______").unwrap(), plain);
    // One spelling per state; a say of the wrong length or letters is refused.
    assert!(share::decode(&c, "v2.1.1-0______.nnnnnnn").is_err());
    assert!(share::decode(&c, "v2.1.1-0______.aNz").is_err());
    assert!(share::decode(&c, "v2.1.1-0______.aNznnnq").is_err());
    assert!(share::decode(&c, "v2.1.1-0______").is_err());
}

#[test]
fn saved_progress_keeps_importance_and_must_haves_and_reads_the_old_form() {
    let c = article();
    let progress = Progress::new(7)
        .apply(Action::Choose(1))
        .apply(Action::Must(0, true))
        .apply(Action::Weigh(0, Importance::High));
    let text = saved::save(&progress).unwrap();
    assert_eq!(saved::restore(&c, &text).unwrap(), progress);
    // What earlier versions stored: answers alone.
    #[derive(serde::Serialize)]
    struct Old {
        step: Step,
        responses: Vec<Response>,
    }
    let old: String = postcard::to_allocvec(&Old {
        step: Step::Question(1),
        responses: vec![NO, Open, Open, Open, Open, Open, Open],
    })
    .unwrap()
    .into_iter()
    .map(char::from)
    .collect();
    let restored = saved::restore(&c, &old).unwrap();
    assert_eq!(restored.responses()[0], NO);
    assert!(restored.say().is_default());
}

#[test]
fn restart_forgets_what_the_reader_said_and_weighing_past_the_end_changes_nothing() {
    let p = Progress::new(7)
        .apply(Action::Weigh(3, Importance::High))
        .apply(Action::Must(3, true));
    assert!(!p.say().is_default());
    assert!(p.apply(Action::Restart).say().is_default());
    assert_eq!(p.apply(Action::Weigh(7, Importance::None)), p);
    assert_eq!(
        Action::from_name(&Action::Weigh(3, Importance::None).name()),
        Some(Action::Weigh(3, Importance::None))
    );
    assert_eq!(
        Action::from_name(&Action::Must(2, true).name()),
        Some(Action::Must(2, true))
    );
}
