//! The importer: a draft of content from a Markdown article (`core::import`), on the source
//! article and on awkward ones. It never panics, and its draft is always JSON that reads back.

mod support;
use support::Rng;

use verdict::core::content::Content;
use verdict::core::import::{draft, Draft};
use verdict::core::load;
use verdict::core::reach::toward;
use verdict::core::scoring::score;
use verdict::core::write::to_json;

const ARTICLE: &str = include_str!("../content/django-vs-flask.md");

fn article(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The draft written as JSON and read back: always possible, whatever the article.
fn round_trip(d: &Draft) -> Content {
    let json = to_json(&d.content);
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn the_source_article_drafts_content_that_passes_the_rules() {
    let d = draft(ARTICLE);
    let content = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    let names: Vec<&str> = content.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Django", "Flask"]);
    assert_eq!(content.questions.len(), 7);
    assert_eq!(content.grid.rows.len(), 10);
    assert_eq!(content.id, "django-vs-flask");
    assert_eq!(
        content.grid.title.as_deref(),
        Some("Side by Side Comparison")
    );
    assert_eq!(
        content.grid.rows[1].cells.get("flask").map(String::as_str),
        Some("No (use SQLAlchemy)")
    );
    // The decision guide's questions, in its order.
    assert_eq!(content.questions[0].text, "Do you need an admin panel?");
    assert_eq!(content.questions[6].text, "Are you freelancing?");
    // A sentence that introduced a code sample reads as a reason on its own.
    let reasons = content
        .questions
        .iter()
        .flat_map(|q| &q.answers)
        .flat_map(|a| &a.reason);
    for reason in reasons {
        assert!(!reason.ends_with(':'), "{reason}");
    }
    assert!(content.questions.iter().flat_map(|q| &q.answers).any(|a| a.reason.as_deref()
        == Some("Flask is excellent for lightweight APIs, especially when combined with Flask-RESTful or just returning JSON.")));
    // "Flask first, then Django" is kept as advice.
    assert!(content.questions[5].answers[0]
        .note
        .as_deref()
        .is_some_and(|n| n.contains("Flask first, then Django")));
    // When to choose each, with the code samples; who uses each; the verdict and the closing line.
    assert_eq!(content.options[0].when_to_choose.len(), 3);
    assert_eq!(content.options[0].when_to_choose[0].code.len(), 1);
    assert!(content.options[1].when_to_choose[0].code[0]
        .source
        .contains("@app.route('/api/posts'"));
    // Who uses each, as the bundled content has it (its own test spells the lists out).
    let bundled = load::from_json(load::DEFAULT_CONTENT_JSON).expect("the bundled content");
    for (imported, bundled) in content.options.iter().zip(&bundled.options) {
        assert_eq!(imported.used_by, bundled.used_by, "{}", imported.name);
    }
    assert!(content
        .verdict
        .as_ref()
        .is_some_and(|v| v.bullets.len() == 4));
    assert!(content
        .closing
        .as_deref()
        .is_some_and(|c| c.starts_with("There is no wrong answer.")));
    assert!(content.options[0]
        .about
        .as_ref()
        .is_some_and(|a| a.bullets.len() == 7));
}

#[test]
fn all_django_answers_recommend_django_and_all_flask_answers_flask() {
    let content = load::checked(draft(ARTICLE).content).expect("valid");
    for (i, name) in [(0, "Django"), (1, "Flask")] {
        let outcome = score(&content, &toward(&content, i));
        assert_eq!(outcome.winner(), Some(i), "toward {name}");
    }
}

#[test]
fn without_a_table_the_options_come_from_the_title_and_the_grid_is_missing() {
    let d = draft(&article("no-table.md"));
    let c = round_trip(&d);
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Tea", "Coffee"]);
    assert_eq!(c.questions.len(), 3);
    assert_eq!(c.intro.as_deref(), Some("Two drinks, one morning."));
    assert!(c.grid.rows.is_empty());
    assert!(
        d.notes.iter().any(|n| n.contains("No comparison table")),
        "{:?}",
        d.notes
    );
    // A draft that needs work: the rules say what (a grid row is required).
    let problems = load::checked(c).unwrap_err();
    assert!(
        problems.iter().any(|p| p.path == "grid.rows"),
        "{problems:#?}"
    );
}

#[test]
fn a_three_option_table_and_every_arrow_spelling() {
    let d = draft(&article("three-options.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(c.options.len(), 3);
    assert_eq!(c.options[2].id, "fastapi");
    assert_eq!(c.questions.len(), 4);
    assert!(c.questions[1].answers[0].weights.get("fastapi").is_some());
    assert!(c.questions[2].answers[0].weights.get("flask").is_some());
    // Questions point at the rows they are about.
    assert_eq!(c.questions[0].rows, ["admin-panel"]);
    assert_eq!(c.questions[3].rows, ["request-validation"]);
    assert_eq!(c.closing.as_deref(), Some("Pick the one that fits."));
}

#[test]
fn headings_at_other_levels_work_the_same() {
    let d = draft(&article("other-levels.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(c.title, "SQLite vs PostgreSQL");
    assert_eq!(c.options.len(), 2);
    assert_eq!(c.grid.rows.len(), 2);
    assert_eq!(c.grid.title.as_deref(), Some("Comparison"));
    assert_eq!(c.options[0].when_to_choose.len(), 2);
    assert_eq!(c.questions.len(), 3);
    assert_eq!(c.questions[0].text, "Your app runs on one machine?");
}

#[test]
fn html_and_odd_markdown_are_read_carefully_and_said() {
    let d = draft(&article("html-and-odd.md"));
    let c = round_trip(&d);
    assert_eq!(c.title, "Vim vs Emacs: the editor war");
    assert_eq!(c.options.len(), 2);
    // Inline markup survives as the widget's own; the unsafe link keeps only its text; markup
    // characters in plain text are escaped, so they stay characters.
    let intro = c.intro.clone().unwrap_or_default();
    assert!(
        intro.contains("[link](https://example.com/x_(y))"),
        "{intro}"
    );
    assert!(!intro.contains("javascript:"), "{intro}");
    assert!(intro.contains("stars \\*"), "{intro}");
    let rendered: Vec<_> = verdict::core::markup::parse(&intro);
    assert!(rendered
        .iter()
        .any(|s| matches!(s, verdict::core::markup::Span::Link { .. })));
    // Ragged table rows (GFM pads short ones, cuts long ones) still give a cell per option.
    assert!(c.grid.rows.iter().all(|r| r.cells.len() == 2));
    assert_eq!(
        c.grid.rows[1].cells.get("emacs").map(String::as_str),
        Some("-")
    );
    // "→ ed" is not an option; a line with no question is not a decision line.
    assert!(
        d.notes
            .iter()
            .any(|n| n.contains("\"ed\", which is not one of the options")),
        "{:?}",
        d.notes
    );
    assert!(d
        .notes
        .iter()
        .any(|n| n.contains("HTML in the article was left out")));
    assert!(d
        .notes
        .iter()
        .any(|n| n.contains("\"When to choose Notepad\" is about something")));
    // Numbered list items are "when to choose" items too, nested items flattened.
    assert!(c.options[0]
        .when_to_choose
        .iter()
        .any(|s| s.title.contains(":wq")));
}

#[test]
fn an_empty_article_gives_an_empty_draft_and_says_what_is_missing() {
    let d = draft(&article("empty.md"));
    let c = round_trip(&d);
    assert!(c.options.is_empty() && c.questions.is_empty());
    for missing in ["No title", "No comparison table", "No questions"] {
        assert!(
            d.notes.iter().any(|n| n.contains(missing)),
            "{missing}: {:?}",
            d.notes
        );
    }
    assert!(load::checked(c).is_err());
}

#[test]
fn damaged_articles_never_panic_and_always_give_json() {
    let mut rng = Rng(0x1417);
    let sources = [
        ARTICLE.to_owned(),
        article("html-and-odd.md"),
        article("three-options.md"),
    ];
    let specials = b"#|-*`[]()>\n\r\t<>!~_=:?\\\xe2\x86\x92 ";
    for case in 0..1500 {
        let mut bytes = sources[case % sources.len()].as_bytes().to_vec();
        for _ in 0..=rng.below(6) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => {
                    let end = (at + rng.below(80)).min(bytes.len());
                    bytes.drain(at..end);
                }
                1 => bytes.insert(at, specials[rng.below(specials.len())]),
                _ => {
                    let end = (at + rng.below(120)).min(bytes.len());
                    let piece = bytes[at..end].to_vec();
                    bytes.splice(at..at, piece);
                }
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = round_trip(&draft(&text));
    }
}

#[test]
fn the_command_writes_the_draft_and_says_what_it_needs() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_verdict-import"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
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
    assert!(load::from_json(&out).is_ok());
    assert!(err.contains("No introduction"), "{err}");
    let (code, out, err) = run(&["tests/articles/no-table.md"]);
    assert_eq!(code, Some(1));
    assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    assert!(err.contains("grid.rows: is empty"), "{err}");
    assert_eq!(run(&[]).0, Some(2));
    assert_eq!(run(&["tests/articles/missing.md"]).0, Some(2));
}
