//! The authors' checker, run as a program: its report and exit code for both bundled
//! comparisons and for broken files.

use std::process::Command;

fn run(files: &[&str]) -> (i32, String) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = Command::new(env!("CARGO_BIN_EXE_verdict-check"))
        .current_dir(root)
        .args(files)
        .output()
        .expect("verdict-check runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn summarises_the_default_comparison() {
    let (code, out) = run(&["content/django-vs-flask.json"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "content/django-vs-flask.json: valid
  \"Django vs Flask: which should you pick?\" — id django-vs-flask, version 1
  2 options: Django (django), Flask (flask)
  7 questions with 14 answers, 10 grid rows
  Answering every question toward one option:
    toward Django → Django wins clearly, 12 to 0
    toward Flask  → Flask wins clearly, 10 to 0
  Every option can win.
"
    );
}

#[test]
fn summarises_the_three_option_comparison() {
    let (code, out) = run(&["content/django-flask-fastapi.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("3 options: Django (django), Flask (flask), FastAPI (fastapi)"));
    assert!(
        out.contains("toward FastAPI → FastAPI wins clearly, 8 to 3"),
        "{out}"
    );
    assert!(out.contains("Every option can win."), "{out}");
}

#[test]
fn lists_every_problem_of_a_broken_file_and_fails() {
    let (code, out) = run(&["tests/malformed/46-rule-duplicate-option-id.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "tests/malformed/46-rule-duplicate-option-id.json: 4 problems
  options[1].id: \"tea\" is used twice in options; ids must be unique
  grid.rows[0].cells.coffee: names option \"coffee\", which does not exist; use one of: tea, cocoa
  grid.rows[1].cells.coffee: names option \"coffee\", which does not exist; use one of: tea, cocoa
  questions[0].answers[0].weights.coffee: names option \"coffee\", which does not exist; use one of: tea, cocoa
"
    );
}

#[test]
fn a_misspelt_field_is_one_problem_with_its_path() {
    let (code, out) = run(&["tests/malformed/38-unknown-top-level-typo.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "tests/malformed/38-unknown-top-level-typo.json: 1 problem
  titel: is not a known field; did you mean \"title\", which is required here?
"
    );
}

#[test]
fn two_shape_mistakes_are_reported_together() {
    // serde stops at the first; the author should not have to fix it to meet the second.
    let (code, out) = run(&["tests/malformed/74-shape-two-typos.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "tests/malformed/74-shape-two-typos.json: 2 problems
  options[1].nmae: is not a known field; did you mean \"name\", which is required here?
  questions[1].txet: is not a known field; did you mean \"text\", which is required here?
"
    );
}

#[test]
fn names_an_option_that_can_never_win() {
    let dir = std::env::temp_dir().join(format!("verdict-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("no-fastapi.json");
    // FastAPI keeps its grid cells but loses every weight: valid, yet it can never be picked.
    let json = include_str!("../../../content/django-flask-fastapi.json")
        .replace("\"fastapi\": 3,", "")
        .replace(
            "\"weights\": {\n            \"fastapi\": 2\n          }",
            "\"weights\": {}",
        )
        .replace("\"flask\": 2,\n            \"fastapi\": 1", "\"flask\": 2");
    std::fs::write(&file, json).unwrap();
    let (code, out) = run(&[file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Can never win: FastAPI — no combination of answers puts it on top"),
        "{out}"
    );
}

#[test]
fn checks_several_files_and_fails_if_any_is_broken() {
    let (code, out) = run(&[
        "content/django-vs-flask.json",
        "tests/malformed/65-rule-weight-too-high.json",
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("django-vs-flask.json: valid"));
    assert!(out.contains("questions[0].answers[0].weights.coffee: is 11"));
}

#[test]
fn a_missing_file_an_unknown_option_or_no_argument_is_a_usage_error() {
    // 2, as `import` says for a missing file: the command line's mistake, not the content's.
    let (code, err) = run_err(&["no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("no/such/file.json: cannot be read"),
        "{err}"
    );
    assert_eq!(run(&[]).0, 2);
    // Not taken for a file name.
    let (code, err) = run_err(&["--strict", "content/django-vs-flask.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("no option --strict"), "{err}");
}

#[test]
fn control_characters_in_a_message_are_escaped() {
    // A file's id quoted in a problem cannot send the terminal an escape sequence.
    let dir = std::env::temp_dir().join("verdict-checker-escape");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("escape.json");
    let json = include_str!("../../../tests/valid/tea-coffee-cocoa.json")
        .replace("\"id\": \"tea-vs-coffee\"", "\"id\": \"\\u001b[2Jx\"");
    std::fs::write(&path, json).unwrap();
    let (code, out) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("\\u{1b}[2Jx"), "{out}");
}

fn run_err(files: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_verdict-check"))
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .args(files)
        .output()
        .expect("verdict-check runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}
