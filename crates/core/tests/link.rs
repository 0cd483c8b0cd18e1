//! A comparison carried in a link: every bundled comparison and a generated one of 6 options and
//! 50 questions make the round trip; a link cut short, edited, or from another format is refused
//! with its reason, never misread; and how long such links are.

use verdict_core::content::{Answer, Choice, Content, Question};
use verdict_core::id_map::IdMap;
use verdict_core::link::{self, LinkError};
use verdict_core::write;

fn bundled() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// A comparison at the size a link must still carry: 6 options, 50 questions of 3 answers with
/// reasons, in words that do not repeat.
pub fn six_by_fifty() -> Content {
    let options: Vec<Choice> = (0..6)
        .map(|i| Choice {
            id: format!("option-{i}"),
            name: format!("Option {i} with a longer name"),
            tagline: Some(format!("What option {i} is, in a few words of its own")),
            about: None,
            when_to_choose: Vec::new(),
            used_by: Vec::new(),
        })
        .collect();
    let mut rng = fastrand::Rng::with_seed(50);
    let word = |rng: &mut fastrand::Rng| {
        const WORDS: &[&str] = &[
            "deploy", "team", "budget", "latency", "schema", "offline", "plugins", "hosting",
            "search", "mobile", "audit", "scale", "queue", "cache", "types", "tests",
        ];
        WORDS[rng.usize(..WORDS.len())]
    };
    let questions = (0..50)
        .map(|q| {
            let text = format!(
                "Does your {} need {} and {} by {}?",
                word(&mut rng),
                word(&mut rng),
                word(&mut rng),
                q + 1
            );
            let answers = (0..3)
                .map(|a| {
                    let mut weights = IdMap::new();
                    weights.insert(format!("option-{}", rng.usize(..6)), rng.i32(1..=3));
                    Answer {
                        id: format!("a{a}"),
                        label: ["Yes", "No", "Sometimes"][a].to_owned(),
                        weights,
                        rules_out: Vec::new(),
                        reason: Some(format!(
                            "Because {} matters for {} at step {q}.",
                            word(&mut rng),
                            word(&mut rng)
                        )),
                        note: None,
                    }
                })
                .collect();
            Question {
                id: format!("q{q}"),
                text,
                help: None,
                answers,
                rows: Vec::new(),
            }
        })
        .collect();
    let mut content: Content = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../content/template.json"
        ))
        .unwrap(),
    )
    .unwrap();
    content.id = "six-by-fifty".to_owned();
    content.options = options;
    content.questions = questions;
    for row in &mut content.grid.rows {
        row.cells = content
            .options
            .iter()
            .map(|o| (o.id.clone(), "-".to_owned()))
            .collect();
    }
    content.verdict = None;
    content
}

#[test]
fn every_bundled_comparison_and_a_large_one_make_the_round_trip() {
    let mut all = bundled();
    all.push(("6x50".to_owned(), write::to_json(&six_by_fifty())));
    for (name, json) in all {
        let url = link::url("https://example.org/verdict/", &json);
        assert!(
            url.starts_with("https://example.org/verdict/guide.html#guide=v1."),
            "{url}"
        );
        let back = link::decode(link::value_in(&url).unwrap()).unwrap();
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(&json).unwrap(),
            serde_json::from_str(&back).unwrap(),
        );
        assert_eq!(a, b, "{name}");
    }
}

#[test]
fn a_damaged_or_foreign_link_is_refused_with_its_reason() {
    let json = bundled().remove(0).1;
    let value = link::encode(&json);
    // Cut short.
    assert_eq!(
        link::decode(&value[..value.len() / 2]),
        Err(LinkError::Damaged)
    );
    // Edited: a character the alphabet does not have, or another one that breaks the stream.
    assert_eq!(link::decode(&format!("{value}!")), Err(LinkError::Damaged));
    let mut edited: Vec<char> = value.chars().collect();
    let at = edited.len() / 3;
    edited[at] = if edited[at] == 'A' { 'B' } else { 'A' };
    let edited: String = edited.into_iter().collect();
    // An edit either fails to unpack or unpacks to something else, which the checker then reads:
    // never the original.
    if let Ok(text) = link::decode(&edited) {
        assert_ne!(
            text,
            serde_json::from_str::<serde_json::Value>(&json)
                .unwrap()
                .to_string()
        );
    }
    assert_eq!(
        link::decode("v2.abc"),
        Err(LinkError::UnknownFormat("v2".to_owned()))
    );
    assert_eq!(link::decode("nonsense"), Err(LinkError::Damaged));
    assert_eq!(link::decode(""), Err(LinkError::Damaged));
    // A bomb: a small payload unpacking past the content limit is stopped at the limit.
    let bomb = link::encode(&"a".repeat(link::MAX_JSON + 10));
    assert!(bomb.len() < 10_000);
    assert_eq!(link::decode(&bomb), Err(LinkError::TooLarge));
}

#[test]
fn a_host_s_own_fragment_parts_are_left_aside() {
    let url = format!(
        "{}&vd.x=v1.1.r0#?secret=abc",
        link::url("https://e.org/g.html", "{\"a\":1}")
    );
    assert_eq!(
        link::decode(link::value_in(&url).unwrap()).unwrap(),
        "{\"a\":1}"
    );
    assert_eq!(link::value_in("https://e.org/g.html#other"), None);
}
