//! Share links: the token round-trips every answer combination, stays short, refuses what it
//! cannot read (never panicking), and leaves the rest of the fragment alone.

use fastrand::Rng;

use verdict_core::content::Content;
use verdict_core::load;
use verdict_core::quiz::{Progress, Response, Step};
use verdict_core::share::{
    self, decode, encode, find, instance_names, with_token, Found, ShareError,
};

fn article() -> Content {
    load::embedded_default().expect("default content loads")
}

/// Every combination of responses for `content`, each question taking one of its answers,
/// "Not sure" or open.
fn all_responses(content: &Content) -> Vec<Vec<Response>> {
    let mut all = vec![Vec::new()];
    for q in &content.questions {
        let mut choices = vec![Response::Open, Response::NotSure];
        choices.extend((0..q.answers.len()).map(Response::Chose));
        all = all
            .into_iter()
            .flat_map(|prefix| {
                choices.iter().map(move |c| {
                    let mut next = prefix.clone();
                    next.push(*c);
                    next
                })
            })
            .collect();
    }
    all
}

#[test]
fn every_answer_combination_and_step_round_trips() {
    let content = article();
    let combos = all_responses(&content);
    assert_eq!(combos.len(), 4usize.pow(7));
    let steps: Vec<Step> = (0..content.questions.len())
        .map(Step::Question)
        .chain([Step::Result])
        .collect();
    let mut checked = 0;
    for responses in &combos {
        for step in &steps {
            let progress = Progress::restore(responses.clone(), *step);
            let token = encode(&content, &progress);
            assert_eq!(decode(&content, &token), Ok(progress), "{token}");
            checked += 1;
        }
    }
    assert_eq!(checked, 16_384 * 8);
}

#[test]
fn a_result_link_for_the_article_is_well_under_40_characters() {
    let content = article();
    let progress = Progress::restore(vec![Response::Chose(1); 7], Step::Result);
    let part = format!(
        "{}={}",
        share::key(&content.id),
        encode(&content, &progress)
    );
    assert_eq!(part, "vd.django-vs-flask=v1.1.r1111111");
    assert!(part.len() < 40, "{} characters", part.len());
}

#[test]
fn a_link_for_another_edition_of_the_content_is_refused_with_both_editions_named() {
    let content = article();
    let err = decode(&content, "v1.2.r0000000").unwrap_err();
    assert_eq!(
        err,
        ShareError::OtherContentVersion {
            link: 2,
            current: 1
        }
    );
    assert!(verdict_core::locale::link_problem(
        &verdict_core::locale::EN,
        &verdict_core::locale::numbers::Cldr::new("en"),
        &err
    )
    .contains("edition 2, this is edition 1"));
}

#[test]
fn a_link_from_a_future_format_is_named_as_such() {
    let err = decode(&article(), "v3.1.r0000000").unwrap_err();
    assert_eq!(err, ShareError::UnknownFormat("v3".into()));
}

#[test]
fn cut_short_or_tampered_tokens_are_refused() {
    let content = article();
    for (token, expected) in [
        ("", ShareError::Malformed),
        ("v1", ShareError::Malformed),
        ("v1.1", ShareError::Malformed),
        ("v1.1.", ShareError::Malformed),
        ("v1.1.r", ShareError::Mismatch),
        ("v1.1.r000000", ShareError::Mismatch),
        ("v1.1.r00000000", ShareError::Mismatch),
        ("v1.1.r0000002", ShareError::Mismatch), // answer 2 of a Yes/No question
        ("v1.1.r000000!", ShareError::Malformed),
        ("v1.1.7-0000000", ShareError::Mismatch), // question 7 of 0..=6
        ("v1.1.07-0000000", ShareError::Malformed),
        ("v1.01.r0000000", ShareError::Malformed),
        ("v1.1.q0000000", ShareError::Malformed),
        ("v1.-1.r0000000", ShareError::Malformed),
        ("v1.99999999999.r0000000", ShareError::Malformed),
        ("V1.1.r0000000", ShareError::Malformed),
        ("v1.1.rää", ShareError::Malformed),
    ] {
        assert_eq!(decode(&content, token), Err(expected), "{token:?}");
    }
}

#[test]
fn a_token_too_long_to_be_ours_is_refused_unread() {
    let token = format!("v1.1.r{}", "0".repeat(share::MAX_TOKEN_LEN));
    assert_eq!(decode(&article(), &token), Err(ShareError::Malformed));
}

#[test]
fn twenty_thousand_random_and_garbled_tokens_never_panic_and_only_valid_ones_decode() {
    let content = article();
    let valid = encode(
        &content,
        &Progress::restore(
            vec![
                Response::Chose(0),
                Response::NotSure,
                Response::Open,
                Response::Chose(1),
                Response::Chose(0),
                Response::Chose(1),
                Response::Chose(0),
            ],
            Step::Result,
        ),
    );
    let alphabet: Vec<char> = "v1.r-_x0123456789abcdefghijklmnopqrstuvwxyz%#&=~äλ😀 \u{0}"
        .chars()
        .collect();
    let mut rng = Rng::with_seed(0x9e37_79b9_7f4a_7c15);
    let mut decoded = 0;
    for round in 0..20_000 {
        let token: String = if round % 2 == 0 {
            // Random strings over an alphabet close to the token's own.
            let len = rng.usize(..24);
            (0..len)
                .map(|_| alphabet[rng.usize(..alphabet.len().max(1))])
                .collect()
        } else {
            // A valid token with one to three edits: cut, replace, insert or delete.
            let mut chars: Vec<char> = valid.chars().collect();
            for _ in 0..=rng.usize(..3) {
                let at = rng.usize(..=chars.len());
                match rng.usize(..4) {
                    0 => chars.truncate(at),
                    1 if at < chars.len() => {
                        chars[at] = alphabet[rng.usize(..alphabet.len().max(1))]
                    }
                    2 => chars.insert(at, alphabet[rng.usize(..alphabet.len().max(1))]),
                    _ if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ => {}
                }
            }
            chars.into_iter().collect()
        };
        match decode(&content, &token) {
            // Whatever decodes must be exactly what it re-encodes to: one spelling per state.
            Ok(progress) => {
                assert_eq!(encode(&content, &progress), token);
                decoded += 1;
            }
            Err(e) => assert!(!verdict_core::locale::link_problem(
                &verdict_core::locale::EN,
                &verdict_core::locale::numbers::Cldr::new("en"),
                &e
            )
            .is_empty()),
        }
    }
    // Some edits land on another valid state (e.g. a changed answer digit); most do not.
    assert!(decoded > 0 && decoded < 5_000, "{decoded} decoded");
}

#[test]
fn the_fragment_keeps_parts_that_are_not_ours() {
    let key = share::key("django-vs-flask");
    assert_eq!(
        with_token("", &key, Some("v1.1.r0")),
        "vd.django-vs-flask=v1.1.r0"
    );
    assert_eq!(
        with_token("#intro&vd.other=v1.1.r0", &key, Some("v1.1.r1")),
        "intro&vd.other=v1.1.r0&vd.django-vs-flask=v1.1.r1"
    );
    assert_eq!(
        with_token("#a&vd.django-vs-flask=old&b", &key, Some("new")),
        "a&vd.django-vs-flask=new&b"
    );
    assert_eq!(with_token("#a&vd.django-vs-flask=old", &key, None), "a");
    // A copy cut off inside our key is ours to clean up.
    assert_eq!(with_token("#a&vd.django-vs", &key, None), "a");
}

#[test]
fn each_widget_finds_only_its_own_token() {
    let fragment = "#top&vd.django-vs-flask=v1.1.r0&vd.django-vs-flask-2=v1.1.r1";
    assert_eq!(
        find(fragment, "vd.django-vs-flask"),
        Found::Token("v1.1.r0")
    );
    assert_eq!(
        find(fragment, "vd.django-vs-flask-2"),
        Found::Token("v1.1.r1")
    );
    assert_eq!(find(fragment, "vd.fastapi"), Found::Nothing);
    assert_eq!(find("#section-2", "vd.django-vs-flask"), Found::Nothing);
    assert_eq!(find("", "vd.django-vs-flask"), Found::Nothing);
    assert_eq!(find("#vd.django-v", "vd.django-vs-flask"), Found::Damaged);
}

#[test]
fn widget_names_are_unique_and_prefer_the_hosts_id() {
    let names = instance_names([
        (None, "django-vs-flask"),
        (None, "django-vs-flask"),
        (Some("sidebar"), "django-vs-flask"),
        (Some("Not Usable!"), "orms"),
        (Some("django-vs-flask-2"), "x"),
    ]);
    assert_eq!(
        names,
        [
            "django-vs-flask",
            "django-vs-flask-2",
            "sidebar",
            "orms",
            "django-vs-flask-2-2"
        ]
    );
}

#[test]
fn a_widget_that_starts_later_takes_the_first_name_no_live_widget_has() {
    use verdict_core::share::instance_name;
    // Page order: the same names as for a page whose widgets all start at once.
    assert_eq!(
        instance_name(None, "django-vs-flask", &[]),
        "django-vs-flask"
    );
    // A second default widget while the first is live; then, once the first has gone (a
    // client-side route change), the next one takes the plain name again.
    assert_eq!(
        instance_name(None, "django-vs-flask", &["django-vs-flask"]),
        "django-vs-flask-2"
    );
    assert_eq!(
        instance_name(Some(""), "django-vs-flask", &["django-vs-flask-2"]),
        "django-vs-flask"
    );
    assert_eq!(
        instance_name(Some("sidebar"), "x", &["sidebar", "sidebar-2"]),
        "sidebar-3"
    );
}

#[test]
fn a_fresh_quiz_has_no_token_to_keep() {
    let content = article();
    assert_eq!(share::token_for(&content, &Progress::new(7)), None);
    let started = Progress::new(7).apply(verdict_core::quiz::Action::Skip);
    assert_eq!(
        share::token_for(
            &content,
            &Progress::new(7).apply(verdict_core::quiz::Action::Choose(0))
        ),
        Some("v1.1.1-0______".to_owned())
    );
    // Skipping answers nothing but moves on: reload must keep that place.
    assert_eq!(
        share::token_for(&content, &started),
        Some("v1.1.1-_______".to_owned())
    );
}

#[test]
fn a_page_address_gets_our_part_of_the_fragment_and_keeps_the_rest() {
    let key = share::key("django-vs-flask");
    assert_eq!(
        share::url_with("https://blog.example/post/?a=1", &key, Some("v1.1.r01")),
        "https://blog.example/post/?a=1#vd.django-vs-flask=v1.1.r01"
    );
    assert_eq!(
        share::url_with(
            "https://blog.example/post/#intro&vd.django-vs-flask=old",
            &key,
            Some("new")
        ),
        "https://blog.example/post/#intro&vd.django-vs-flask=new"
    );
    assert_eq!(
        share::url_with(
            "https://blog.example/post/#vd.django-vs-flask=old",
            &key,
            None
        ),
        "https://blog.example/post/"
    );
}

/// A quiz of `n` questions with 2 to 6 answers each, at content version `version`.
fn quiz_of(n: usize, version: u32, rng: &mut Rng) -> Content {
    let mut content = article();
    content.version = version;
    let template = content.questions[0].clone();
    content.questions = (0..n)
        .map(|i| {
            let mut q = template.clone();
            q.id = format!("q{i}");
            let answers = 2 + rng.usize(..5);
            q.answers = (0..answers)
                .map(|a| {
                    let mut answer = template.answers[a % 2].clone();
                    answer.id = format!("a{a}");
                    answer
                })
                .collect();
            q
        })
        .collect();
    content
}

/// Random progress on `content`: any response to each question, at any step.
fn random_progress(content: &Content, rng: &mut Rng) -> Progress {
    let responses: Vec<Response> = content
        .questions
        .iter()
        .map(|q| match rng.usize(..4) {
            0 => Response::Open,
            1 => Response::NotSure,
            _ => Response::Chose(rng.usize(..q.answers.len().max(1))),
        })
        .collect();
    let step = match rng.usize(..3) {
        0 => Step::Result,
        _ => Step::Question(rng.usize(..responses.len().max(1))),
    };
    Progress::restore(responses, step)
}

#[test]
fn links_and_saved_progress_work_for_every_quiz_size_the_rules_accept() {
    use verdict_core::saved;
    use verdict_core::validate::MAX_QUESTIONS;
    let mut rng = Rng::with_seed(0x5eed_0016);
    for n in 1..=MAX_QUESTIONS {
        // The largest version makes the longest links.
        let version = if n % 2 == 0 { u32::MAX } else { 1 };
        let content = quiz_of(n, version, &mut rng);
        for _ in 0..2 {
            let progress = random_progress(&content, &mut rng);
            let token = encode(&content, &progress);
            assert!(
                token.len() <= share::MAX_TOKEN_LEN,
                "{n} questions: {} characters",
                token.len()
            );
            assert_eq!(
                decode(&content, &token),
                Ok(progress.clone()),
                "{n} questions"
            );
            // A fresh start is not worth saving; anything else comes back as it was.
            match saved::save(&progress) {
                Some(stored) => assert_eq!(
                    saved::restore(&content, &stored),
                    Some(progress),
                    "{n} questions, saved"
                ),
                None => assert_eq!(progress, Progress::new(n), "{n} questions"),
            }
        }
    }
}

#[test]
fn the_longest_link_the_rules_allow_fits_exactly() {
    let mut rng = Rng::with_seed(7);
    let content = quiz_of(verdict_core::validate::MAX_QUESTIONS, u32::MAX, &mut rng);
    let mut progress = Progress::new(content.questions.len());
    while progress.step() != Step::Result && progress.step() != Step::Question(999) {
        progress = progress.apply(verdict_core::quiz::Action::NotSure);
    }
    // With something said of every question (a v2 token): the longest a token can be.
    for q in 0..content.questions.len() {
        progress = progress.apply(verdict_core::quiz::Action::Must(q, true));
    }
    let token = encode(&content, &progress);
    assert_eq!(token.len(), share::MAX_TOKEN_LEN, "{token}");
    assert!(decode(&content, &token).is_ok());
}

#[test]
fn an_outcome_page_sits_next_to_the_page_it_is_shared_from() {
    for (page, expected) in [
        (
            "https://a.example/verdict/",
            "https://a.example/verdict/result-flask.html",
        ),
        (
            "https://a.example/verdict/index.html?x=1#vd.a=b",
            "https://a.example/verdict/result-flask.html",
        ),
        (
            "https://a.example/verdict/result-django.html#vd.a=b",
            "https://a.example/verdict/result-flask.html",
        ),
        (
            "http://127.0.0.1:8080/",
            "http://127.0.0.1:8080/result-flask.html",
        ),
    ] {
        assert_eq!(share::outcome_page(page, "flask"), expected, "{page}");
    }
}
