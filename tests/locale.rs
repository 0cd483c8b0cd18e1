//! The widget's own words: every language fills the same holes, nothing is left empty, and the
//! helpers build sentences the way each language says them.

use std::collections::BTreeSet;

use verdict::core::load;
use verdict::core::locale::{fill, for_tag, Dir, ALL, EN, UR};
use verdict::core::quiz::Response::{self, Chose, NotSure, Open};
use verdict::core::scoring::score;
use verdict::core::share::ShareError;

const YES: Response = Chose(0);
const NO: Response = Chose(1);

fn holes(template: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').expect("a { without }");
        out.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    out
}

#[test]
fn every_language_fills_the_same_holes_as_english() {
    for texts in ALL {
        for ((name, en), (other_name, translated)) in
            EN.templates().into_iter().zip(texts.templates())
        {
            assert_eq!(name, other_name);
            assert_eq!(holes(en), holes(translated), "{}: {name}", texts.lang);
            assert!(
                !holes(en).is_empty(),
                "{name} is listed as a template but has no hole"
            );
        }
    }
}

#[test]
fn no_text_is_empty_and_translations_differ_from_english() {
    let debug = format!("{UR:?}");
    assert!(!debug.contains(": \"\""), "an empty Urdu string");
    assert_ne!(UR.next, EN.next);
    assert_ne!(UR.copy_link, EN.copy_link);
}

#[test]
fn tags_pick_a_language_and_anything_else_is_english() {
    assert_eq!(for_tag("ur").lang, "ur");
    assert_eq!(for_tag("ur-PK").lang, "ur");
    assert_eq!(for_tag("UR_pk").lang, "ur");
    assert_eq!(for_tag("en-GB").lang, "en");
    assert_eq!(for_tag("fr").lang, "en");
    assert_eq!(for_tag("").lang, "en");
    assert_eq!(for_tag("ur").dir, Dir::Rtl);
    assert_eq!(for_tag("en").dir.as_attr(), "ltr");
}

#[test]
fn fill_puts_arguments_in_their_holes_in_any_order() {
    assert_eq!(fill("Question {0} of {1}", &["3", "7"]), "Question 3 of 7");
    assert_eq!(fill(UR.question_of, &["3", "7"]), "سوال 3 از 7");
    assert_eq!(fill(UR.progress, &["2", "7"]), "7 میں سے 2 سوال مکمل");
    // Braces that are not holes, and holes without an argument, stay as written.
    assert_eq!(fill("{x} {0} {5} {", &["a"]), "{x} a {5} {");
    assert_eq!(fill("{0}", &["{1}", "no"]), "{1}");
}

#[test]
fn lists_counts_and_summaries_read_naturally() {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(EN.list(&names(&["Django"])), "Django");
    assert_eq!(
        EN.list(&names(&["Django", "Flask", "FastAPI"])),
        "Django, Flask and FastAPI"
    );
    assert_eq!(
        UR.list(&names(&["Django", "Flask", "FastAPI"])),
        "Django، Flask اور FastAPI"
    );
    assert_eq!(EN.point_count(1), "1 point");
    assert_eq!(EN.point_count(-1), "-1 point");
    assert_eq!(EN.point_count(0), "0 points");
    assert_eq!(
        EN.summary(1, 1, 5),
        "Based on 1 answer, 1 not sure, 5 skipped."
    );
    assert_eq!(EN.summary(7, 0, 0), "Based on 7 answers.");
    assert_eq!(UR.summary(3, 0, 2), "3 جوابات کی بنیاد پر، 2 چھوڑے گئے۔");
    assert_eq!(EN.problem_count(1), "Its content has 1 problem to fix:");
    assert_eq!(EN.problem_count(4), "Its content has 4 problems to fix:");
}

#[test]
fn bad_link_notices_say_why_in_the_readers_language() {
    let edition = ShareError::OtherContentVersion {
        link: 1,
        current: 2,
    };
    assert_eq!(
        EN.bad_link(&edition),
        "This shared link could not be opened: the link was made for an earlier edition of this guide (edition 1, now 2). Here is a fresh start instead."
    );
    assert!(UR.bad_link(&edition).contains("ایڈیشن 1، اب 2"));
    assert_eq!(EN.link_problem(&ShareError::Malformed), EN.link_damaged);
}

#[test]
fn a_shared_result_says_what_it_is_in_one_plain_sentence() {
    let article = load::embedded_default().unwrap();
    assert_eq!(article.title, "Django vs Flask: which should you pick?");
    let flask = score(&article, &[NO, NO, NO, YES, YES, YES, NO]);
    assert_eq!(
        EN.announce(&article, &flask).shared.as_deref(),
        Some("I got Flask on “Django vs Flask: which should you pick?”")
    );
    let tie = score(&article, &[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(
        EN.announce(&article, &tie).shared.as_deref(),
        Some("Django and Flask tied for me on “Django vs Flask: which should you pick?”")
    );
    assert_eq!(
        EN.announce(&article, &score(&article, &[Open; 7])).shared,
        None
    );
    assert!(UR
        .announce(&article, &flask)
        .shared
        .unwrap()
        .contains("Flask"));
}

#[test]
fn a_result_is_announced_as_clear_close_tied_or_undecided() {
    let article = load::embedded_default().unwrap();
    let told = |responses: &[Response]| EN.announce(&article, &score(&article, responses));
    let clear = told(&[NO, NO, NO, YES, YES, YES, NO]);
    assert_eq!(
        (clear.eyebrow, clear.headline.as_str()),
        (EN.clear_fit, "Flask fits you best")
    );
    let close = told(&[YES, NotSure, NotSure, NotSure, NotSure, YES, NotSure]);
    assert_eq!(close.eyebrow, EN.close_call);
    assert!(close.headline.contains("Django"), "{}", close.headline);
    let tie = told(&[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(tie.eyebrow, EN.tie);
    assert!(
        tie.headline.contains("Django and Flask"),
        "{}",
        tie.headline
    );
    let none = told(&[Open; 7]);
    assert_eq!(
        (none.eyebrow, none.headline.as_str()),
        (EN.no_signal, EN.no_recommendation)
    );
}
