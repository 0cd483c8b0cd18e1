//! The embedded default content: it parses, obeys every rule, and carries the article faithfully.

use verdict_core::content::Content;
use verdict_core::load::from_json as load;
use verdict_core::load::DEFAULT_CONTENT_JSON;
use verdict_core::shape::{Kind, Node, OBJECTS};
use verdict_core::validate::validate;
use verdict_core::write::to_json;

fn article() -> Content {
    verdict_core::load::embedded_default().expect("the embedded content parses")
}

#[test]
fn default_content_passes_every_rule() {
    let problems = validate(&article());
    assert!(problems.is_empty(), "problems: {problems:#?}");
}

#[test]
fn default_content_has_the_articles_two_options() {
    let names: Vec<_> = article().options.iter().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Django", "Flask"]);
}

#[test]
fn all_seven_decision_guide_questions_are_there_in_order() {
    let texts: Vec<_> = article().questions.iter().map(|q| q.text.clone()).collect();
    assert_eq!(
        texts,
        [
            "Do you need an admin panel?",
            "Do you need user authentication?",
            "Are you building a SaaS?",
            "Are you building a simple API?",
            "Are you building a microservice?",
            "Are you just learning?",
            "Are you freelancing?",
        ]
    );
}

#[test]
fn the_guides_arrows_are_the_yes_answers_weights() {
    // "Do you need an admin panel? → Django" …: each "Yes" leans only toward the guide's pick.
    let expected = [
        "django", "django", "django", "flask", "flask", "flask", "django",
    ];
    for (question, pick) in article().questions.iter().zip(expected) {
        let yes = &question.answers[0];
        assert_eq!(yes.label, "Yes");
        let favoured: Vec<_> = yes
            .weights
            .iter()
            .filter(|(_, w)| **w > 0)
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(favoured, [pick], "{}", question.text);
        assert!(yes.reason.is_some(), "{}", question.text);
    }
}

#[test]
fn learning_keeps_the_flask_first_then_django_nuance() {
    let content = article();
    let learning = content
        .questions
        .iter()
        .find(|q| q.id == "learning")
        .unwrap();
    assert!(learning.answers[0]
        .note
        .as_deref()
        .unwrap()
        .contains("Flask first, then Django"));
}

#[test]
fn the_comparison_table_has_the_articles_ten_rows_verbatim() {
    let content = article();
    let rows: Vec<(String, String, String)> = content
        .grid
        .rows
        .iter()
        .map(|r| {
            (
                r.feature.clone(),
                r.cells.get("django").unwrap().clone(),
                r.cells.get("flask").unwrap().clone(),
            )
        })
        .collect();
    let expected = [
        ("Setup time", "5-10 minutes", "2 minutes"),
        ("Built-in ORM", "Yes", "No (use SQLAlchemy)"),
        ("Admin panel", "Yes (automatic)", "No"),
        ("Authentication", "Built-in", "Use Flask-Login"),
        ("Learning curve", "Steeper", "Easier"),
        ("Flexibility", "Less flexible", "Very flexible"),
        ("Best for", "Full web apps", "APIs, microservices"),
        ("Performance", "Slightly slower", "Slightly faster"),
        ("Community", "Huge", "Large"),
        ("Jobs available", "More", "Less"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(rows, expected);
}

#[test]
fn five_code_samples_survive_with_their_indentation() {
    let content = article();
    let samples: Vec<_> = content
        .options
        .iter()
        .flat_map(|o| o.about.iter().chain(o.when_to_choose.iter()))
        .flat_map(|s| s.code.iter())
        .collect();
    assert_eq!(samples.len(), 5);
    assert!(samples.iter().all(|s| s.language == "python"));
    assert!(samples[0]
        .source
        .contains("class Post(models.Model):\n    title = models.CharField(max_length=200)"));
    assert!(samples.iter().any(|s| s
        .source
        .contains("@login_required\ndef dashboard(request):")));
}

#[test]
fn when_to_choose_companies_verdict_and_closing_are_faithful() {
    let content = article();
    let titles = |i: usize| -> Vec<String> {
        content.options[i]
            .when_to_choose
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    assert_eq!(
        titles(0),
        [
            "You need an admin panel",
            "You need user authentication",
            "You are building a SaaS or CMS"
        ]
    );
    assert_eq!(
        titles(1),
        [
            "You are building a REST API",
            "You are building a microservice",
            "You are learning Python web development"
        ]
    );
    assert_eq!(
        content.options[0].used_by,
        ["Instagram (originally)", "Disqus", "Mozilla"]
    );
    assert_eq!(
        content.options[1].used_by,
        [
            "Netflix (some services)",
            "Airbnb (some services)",
            "Reddit (some tools)",
            "Lyft"
        ]
    );
    let verdict = content.verdict.as_ref().unwrap();
    assert_eq!(verdict.pick.as_deref(), Some("django"));
    assert!(verdict
        .body
        .as_deref()
        .unwrap()
        .contains("Pakistan or South Asia"));
    assert_eq!(verdict.bullets.len(), 4);
    assert!(content
        .closing
        .as_deref()
        .unwrap()
        .starts_with("There is no wrong answer."));
}

#[test]
fn load_reports_broken_json_with_its_position() {
    let problems = load("{ \"id\": ").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("not valid JSON"),
        "{}",
        problems[0]
    );
    assert!(problems[0].message.contains("line 1"), "{}", problems[0]);
}

#[test]
fn load_reports_every_rule_broken_at_once_with_paths() {
    let mut content = article();
    content.questions[3].answers[1]
        .weights
        .insert("fastapi".into(), 2);
    content.questions[0].answers.truncate(1);
    content.grid.rows[2].cells.remove("flask");
    content.questions[2].id = "admin".into();
    let problems = validate(&content);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(
        paths.contains(&"questions[3].answers[1].weights.fastapi"),
        "{paths:?}"
    );
    assert!(paths.contains(&"questions[0].answers"), "{paths:?}");
    assert!(paths.contains(&"grid.rows[2].cells"), "{paths:?}");
    assert!(paths.contains(&"questions[2].id"), "{paths:?}");
    assert!(
        paths.contains(&"questions[3].answers[1].reason"),
        "{paths:?}"
    );
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

#[test]
fn unknown_fields_are_refused_as_likely_typos() {
    let json = DEFAULT_CONTENT_JSON.replacen("\"title\"", "\"titel\"", 1);
    let problems = load(&json).unwrap_err();
    assert_eq!(problems[0].path, "titel");
    assert!(
        problems[0].message.contains("did you mean \"title\""),
        "{}",
        problems[0]
    );
    // The missing "title" is the same mistake: only the unknown field is reported.
    assert_eq!(problems.len(), 1, "{problems:#?}");
}

#[test]
fn the_example_contents_are_valid() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/content");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("examples/content exists") {
        let path = entry.unwrap().path();
        let json = std::fs::read_to_string(&path).unwrap();
        if let Err(problems) = verdict_core::load::from_json(&json) {
            panic!("{}: {problems:#?}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 1);
}

/// Every (object, field) of the model that `value`, read as an object of kind `object`, uses:
/// the walk follows the model's own table (derived from its types), so no nesting is restated.
fn fields_used(value: &Node, object: usize, out: &mut Vec<(&'static str, &'static str)>) {
    let (name, fields) = OBJECTS[object];
    let Node::Object(map) = value else { return };
    for (key, child) in map {
        let Some(field) = fields.iter().find(|f| f.name == key) else {
            continue;
        };
        out.push((name, field.name));
        used_in(child, &field.kind, out);
    }
}

fn used_in(value: &Node, kind: &Kind, out: &mut Vec<(&'static str, &'static str)>) {
    match (kind, value) {
        (Kind::Object(i) | Kind::OptionalObject(i), _) => fields_used(value, *i, out),
        (Kind::List(item), Node::List(items)) => items.iter().for_each(|v| used_in(v, item, out)),
        _ => {}
    }
}

#[test]
fn a_file_with_every_field_of_the_model_reads_and_writes_back_the_same() {
    // A file that uses every field the model has (its derived table says which): the reader
    // must accept it (unknown fields are refused), and writing it back must give the same
    // document (nothing lost or renamed).
    let text = include_str!("../../../tests/valid/every-field.json");
    let content = load(text).unwrap_or_else(|p| panic!("{p:#?}"));
    let written: serde_json::Value = serde_json::from_str(&to_json(&content)).expect("JSON");
    let original: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(written, original);

    let document: Node = serde_json::from_str(text).unwrap();
    let mut used = Vec::new();
    fields_used(&document, 0, &mut used);
    for (object, fields) in OBJECTS {
        for field in *fields {
            assert!(
                used.contains(&(*object, field.name)),
                "tests/valid/every-field.json does not use {object}.{}",
                field.name
            );
        }
    }
}

#[test]
fn writing_content_and_reading_it_back_gives_the_same_content() {
    let content = article();
    let text = to_json(&content);
    assert_eq!(load(&text).expect("reads back"), content);
    // Written like a hand-made file: indented, no empty leftovers, the model's field order.
    assert!(!text.contains("null") && !text.contains("[]") && !text.contains("{}"));
    assert!(text.starts_with("{\n  \"id\": \"django-vs-flask\",\n  \"version\": 1,"));
}

#[test]
fn a_draft_with_an_empty_required_list_is_still_written_readably() {
    let mut content = article();
    content.questions.clear();
    let text = to_json(&content);
    assert!(text.contains("\"questions\": []"), "{text}");
    assert!(!text.contains("null"));
    let back: verdict_core::content::Content = serde_json::from_str(&text).unwrap();
    assert_eq!(back, content);
}

#[test]
fn the_baked_default_is_the_content_file() {
    assert_eq!(
        article(),
        load(DEFAULT_CONTENT_JSON).expect("the file reads")
    );
}

#[test]
fn the_bundled_three_option_comparison_is_valid_and_uses_markup() {
    let json = include_str!("../../../content/django-flask-fastapi.json");
    let content = load(json).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(content.options.len(), 3);
    assert!(content.grid.rows.iter().all(|r| r.cells.len() == 3));
    assert!(json.contains("](https://fastapi.tiangolo.com/)"));
}
