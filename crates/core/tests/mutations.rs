//! Thousands of generated mutations of valid content: reading them never panics, every refusal
//! comes with at least one located problem, and whatever is accepted can be played and scored.

use fastrand::Rng;

use serde_json::{json, Value};
use verdict_core::load::from_json as load;
use verdict_core::load::DEFAULT_CONTENT_JSON;
use verdict_core::quiz::Response;
use verdict_core::reach::reach;
use verdict_core::scoring::score;

const SOURCES: [&str; 3] = [
    DEFAULT_CONTENT_JSON,
    include_str!("../../../tests/valid/tea-coffee-cocoa.json"),
    include_str!("../../../examples/content/sqlite-vs-postgresql.json"),
];

/// Byte-level damage: cut, insert, overwrite or repeat a piece of the text.
fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let specials = b"{}[]:,\"\\-0123456789eE.tfn \n\xff\xc3";
    for _ in 0..=rng.usize(..3) {
        let at = rng.usize(..bytes.len().max(1));
        match rng.usize(..5) {
            0 => {
                let end = (at + rng.usize(..40)).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => bytes.insert(at, specials[rng.usize(..specials.len().max(1))]),
            2 if !bytes.is_empty() => bytes[at] = specials[rng.usize(..specials.len().max(1))],
            3 => {
                let end = (at + rng.usize(..60)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Tree-level damage: swap a value for one of another kind, drop, rename or repeat an entry.
fn mutate_tree(rng: &mut Rng, value: &mut Value, depth: usize) {
    let replacements = [
        Value::Null,
        Value::Bool(true),
        json!(-2_147_483_649_i64),
        json!(11),
        json!(0.5),
        json!(""),
        json!("<script>alert(1)</script> [x](javascript:alert(1))"),
        Value::String("x".repeat(7000)),
        json!([]),
        json!({}),
    ];
    match value {
        Value::Object(fields) if !fields.is_empty() && (depth < 6 && rng.usize(..3) > 0) => {
            let key = fields.keys().nth(rng.usize(..fields.len().max(1))).cloned();
            if let Some(child) = key.and_then(|k| fields.get_mut(&k)) {
                mutate_tree(rng, child, depth + 1);
            }
        }
        Value::Array(items) if !items.is_empty() && (depth < 6 && rng.usize(..3) > 0) => {
            let i = rng.usize(..items.len().max(1));
            mutate_tree(rng, &mut items[i], depth + 1);
        }
        Value::Object(fields) if !fields.is_empty() && rng.usize(..2) == 0 => {
            let key = fields.keys().nth(rng.usize(..fields.len().max(1))).cloned();
            if let Some((key, child)) = key.and_then(|k| fields.remove_entry(&k)) {
                if rng.usize(..2) == 0 {
                    fields.insert(format!("{key}x"), child);
                }
            }
        }
        Value::Array(items) if !items.is_empty() && rng.usize(..2) == 0 => {
            let i = rng.usize(..items.len().max(1));
            if rng.usize(..2) == 0 {
                items.remove(i);
            } else {
                let copy = items[i].clone();
                items.push(copy);
            }
        }
        _ => *value = replacements[rng.usize(..replacements.len().max(1))].clone(),
    }
}

fn exercise(text: &str, case: usize) -> bool {
    match load(text) {
        Ok(content) => {
            // Accepted content must be playable: every answer, "Not sure", and the checker's search.
            for q in 0..content.questions.len() {
                let mut responses = vec![Response::NotSure; content.questions.len()];
                for a in 0..content.questions[q].answers.len() {
                    responses[q] = Response::Chose(a);
                    let _ = score(&content, &responses);
                }
            }
            for o in 0..content.options.len() {
                let _ = reach(&content, o);
            }
            true
        }
        Err(problems) => {
            assert!(
                !problems.is_empty(),
                "case {case}: refused without a problem"
            );
            for p in &problems {
                assert!(!p.message.trim().is_empty(), "case {case}: empty message");
            }
            false
        }
    }
}

#[test]
fn byte_mutations_never_panic() {
    let mut rng = Rng::with_seed(0x5eed_0001);
    let mut accepted = 0;
    for case in 0..3_000 {
        let text = mutate_text(&mut rng, SOURCES[case % SOURCES.len()]);
        accepted += usize::from(exercise(&text, case));
    }
    // Most byte damage breaks the file; some (inside prose) leaves valid content behind.
    assert!(accepted > 0 && accepted < 3_000, "accepted {accepted}");
}

#[test]
fn tree_mutations_never_panic_and_are_mostly_refused_with_paths() {
    let mut rng = Rng::with_seed(0x5eed_0002);
    let (mut refused, mut with_path) = (0, 0);
    for case in 0..3_000 {
        let mut doc: Value =
            serde_json::from_str(SOURCES[case % SOURCES.len()]).expect("sources are JSON");
        for _ in 0..=rng.usize(..2) {
            mutate_tree(&mut rng, &mut doc, 0);
        }
        let text = doc.to_string();
        let replaced_root = !doc.is_object();
        if !exercise(&text, case) {
            refused += 1;
            let problems = load(&text).unwrap_err();
            let located = problems.iter().all(|p| !p.path.is_empty());
            // Well-formed JSON with a wrong piece is reported where the piece is; only a
            // document that is not an object at all is a whole-file problem.
            assert_eq!(located, !replaced_root, "case {case}: {problems:#?}");
            with_path += usize::from(located);
        }
    }
    assert!(
        refused > 2_000 && with_path > 2_000,
        "{refused} {with_path}"
    );
}
