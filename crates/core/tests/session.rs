//! How a widget's session starts (link, saved progress, neither) and how it moves.

use verdict_core::content::Content;
use verdict_core::load;
use verdict_core::quiz::{Action, Progress, Response, Step};
use verdict_core::saved;
use verdict_core::session::{Notice, Session, SessionAction};
use verdict_core::share::{encode, Found, ShareError};

fn article() -> Content {
    load::embedded_default().expect("default content loads")
}

fn halfway() -> Progress {
    let mut responses = vec![Response::Open; 7];
    responses[0] = Response::Chose(0);
    responses[1] = Response::NotSure;
    Progress::restore(responses, Step::Question(2))
}

#[test]
fn a_good_link_opens_where_it_was_made() {
    let content = article();
    let result = Progress::restore(vec![Response::Chose(0); 7], Step::Result);
    let token = encode(&content, &result);
    let s = Session::start(&content, Found::Token(&token), Some("garbage"));
    assert_eq!(s.progress, result);
    assert_eq!((s.resume, s.notice), (None, None));
}

#[test]
fn a_bad_link_is_said_and_the_quiz_starts_fresh_without_offering_saved_progress() {
    let content = article();
    let saved = stored(&halfway());
    for link in [
        Found::Token("v1.1.r00"),
        Found::Token("nonsense"),
        Found::Damaged,
    ] {
        let s = Session::start(&content, link.clone(), Some(&saved));
        assert_eq!(s.progress, Progress::new(7), "{link:?}");
        assert!(matches!(s.notice, Some(Notice::BadLink(_))), "{link:?}");
        assert_eq!(s.resume, None);
        let Some(Notice::BadLink(e)) = s.notice else {
            panic!("no notice")
        };
        assert!(verdict_core::locale::bad_link_notice(
            &verdict_core::locale::EN,
            &verdict_core::locale::numbers::Cldr::new("en"),
            &e
        )
        .contains("fresh start"));
    }
    let s = Session::start(&content, Found::Token("v1.9.r0000000"), None);
    assert_eq!(
        s.notice,
        Some(Notice::BadLink(ShareError::OtherContentVersion {
            link: 9,
            current: 1
        }))
    );
}

#[test]
fn saved_progress_is_offered_not_imposed() {
    let content = article();
    let saved = stored(&halfway());
    let s = Session::start(&content, Found::Nothing, Some(&saved));
    assert_eq!(s.progress, Progress::new(7));
    assert_eq!(s.resume, Some(halfway()));
    let resumed = s.apply(SessionAction::Resume);
    assert_eq!(resumed.progress, halfway());
    assert_eq!(resumed.resume, None);
    let declined = s.apply(SessionAction::Dismiss);
    assert_eq!(declined.progress, Progress::new(7));
    assert_eq!(declined.resume, None);
}

#[test]
fn unusable_or_empty_saved_progress_is_ignored() {
    let content = article();
    let encode_saved = |saved: &saved::Saved| -> String {
        postcard::to_allocvec(saved)
            .unwrap()
            .into_iter()
            .map(char::from)
            .collect()
    };
    let untouched = encode_saved(&saved::Saved {
        step: Step::Question(0),
        responses: vec![Response::Open; 7],
        importance: vec![],
        musts: vec![],
    });
    let too_short = encode_saved(&saved::Saved {
        step: Step::Question(2),
        responses: vec![Response::Open; 6],
        importance: vec![],
        musts: vec![],
    });
    let no_such_answer = encode_saved(&saved::Saved {
        step: Step::Question(2),
        responses: vec![Response::Chose(7); 7],
        importance: vec![],
        musts: vec![],
    });
    let past_the_end = encode_saved(&saved::Saved {
        step: Step::Question(7),
        responses: vec![Response::Open; 7],
        importance: vec![],
        musts: vec![],
    });
    for saved in [
        None,
        Some(""),
        Some("{\"json\":1}"),
        Some("\u{3a9}\u{3a9}"),
        // A share token is not what storage holds.
        Some(encode(&content, &halfway())).as_deref(),
        Some(untouched.as_str()),
        Some(too_short.as_str()),
        Some(no_such_answer.as_str()),
        Some(past_the_end.as_str()),
    ] {
        let s = Session::start(&content, Found::Nothing, saved);
        assert_eq!(s, Session::fresh(&content), "{saved:?}");
    }
}

#[test]
fn answering_takes_the_place_of_the_offer_and_the_notice() {
    let content = article();
    let saved = stored(&halfway());
    let s = Session::start(&content, Found::Nothing, Some(&saved));
    let s = s.apply(SessionAction::Quiz(Action::Choose(1)));
    assert_eq!(s.resume, None);
    assert_eq!(s.progress.responses()[0], Response::Chose(1));
    let s = Session::start(&content, Found::Damaged, None).apply(SessionAction::Quiz(Action::Skip));
    assert_eq!(s.notice, None);
}

#[test]
fn an_action_that_changes_nothing_keeps_the_offer() {
    let content = article();
    let saved = stored(&halfway());
    let s = Session::start(&content, Found::Nothing, Some(&saved));
    // Back on the first question goes nowhere.
    assert_eq!(s.apply(SessionAction::Quiz(Action::Back)), s);
}

#[test]
fn the_browser_going_back_restores_that_progress() {
    let content = article();
    let token = encode(&content, &halfway());
    let there = Session::start(&content, Found::Token(&token), None);
    let s = Session::fresh(&content).apply(SessionAction::Restore(there));
    assert_eq!(s.progress, halfway());
}

/// What the widget stores for `progress`.
fn stored(progress: &Progress) -> String {
    saved::save(progress).expect("progress worth saving")
}

#[test]
fn saved_progress_is_compact_and_reads_back_exactly() {
    let content = article();
    let text = stored(&halfway());
    // The step, the length and a byte or two per response, and two empty lists of what the
    // reader said besides: 14 characters at most for seven answers.
    assert!(text.chars().count() <= 14, "{text:?}");
    assert_eq!(saved::restore(&content, &text), Some(halfway()));
    assert_eq!(saved::save(&Progress::new(7)), None);
    let finished = Progress::restore(vec![Response::Chose(0); 7], Step::Result);
    assert_eq!(saved::restore(&content, &stored(&finished)), Some(finished));
}
