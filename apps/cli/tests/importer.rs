//! The importer, run as a program: the draft on standard output, what it needs on standard
//! error, and its exit codes.

#[test]
fn the_command_writes_the_draft_and_says_what_it_needs() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_verdict-import"))
            .args(args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&["content/django-vs-flask.md"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(verdict_core::load::from_json(&out).is_ok());
    assert!(err.contains("No introduction"), "{err}");
    let (code, out, err) = run(&["crates/import/tests/articles/conditional-conclusion.md"]);
    assert_eq!(code, Some(1));
    assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    assert!(err.contains("grid.rows: is empty"), "{err}");
    assert_eq!(run(&[]).0, Some(2));
    assert_eq!(run(&["crates/import/tests/articles/missing.md"]).0, Some(2));
}
