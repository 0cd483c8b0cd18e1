//! The malformed-content corpus (`tests/malformed/`, written by `generate.mjs` from the valid
//! `tests/valid/tea-coffee-cocoa.json`): one test per mistake, each naming the path and words of
//! the first problem reported, plus checks that the corpus is complete.

use std::path::Path;

use verdict_core::load::from_json as load;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/malformed");

fn problems_of(file: &str) -> Vec<verdict_core::problem::Problem> {
    let path = Path::new(DIR).join(format!("{file}.json"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    match load(&json) {
        Ok(_) => panic!("{file} was accepted"),
        Err(problems) => problems,
    }
}

fn check(file: &str, path: &str, words: &str) {
    let problems = problems_of(file);
    let first = &problems[0];
    assert_eq!(first.path, path, "{file}: {problems:#?}");
    assert!(first.message.contains(words), "{file}: {first}");
}

macro_rules! corpus {
    ($($rule:ident: $file:literal => $path:literal, $words:literal;)*) => {
        const FILES: &[&str] = &[$($file),*];
        $(
            #[test]
            fn $rule() {
                check($file, $path, $words);
            }
        )*
    };
}

corpus! {
    truncated_file: "01-broken-truncated" => "", "line 9, column 12: the file ends inside a string";
    double_comma: "02-broken-trailing-comma" => "", "line 3, column 16";
    single_quotes: "03-broken-single-quotes" => "", "line 4, column 3: expected a field name in double quotes";
    comments: "04-broken-comment" => "", "line 2, column 3";
    duplicate_key: "05-broken-duplicate-key" => "version", "\"version\" is written twice in this object";
    raw_newline_in_string: "06-broken-raw-newline" => "", "at the end of line 19: a string contains a line break";
    empty_file: "07-broken-empty-file" => "", "the file is empty";
    bad_escape: "08-broken-bad-escape" => "", "line 7, column 18: unknown escape";
    root_not_an_object: "09-root-not-object" => "", "should be an object ({…}) but is a list";
    missing_id: "10-missing-id" => "id", "is missing";
    missing_version: "11-missing-version" => "version", "is missing";
    missing_title: "12-missing-title" => "title", "is missing";
    missing_options: "13-missing-options" => "options", "is missing";
    missing_questions: "14-missing-questions" => "questions", "is missing";
    missing_grid: "15-missing-grid" => "grid", "is missing";
    missing_grid_rows: "16-missing-grid-rows" => "grid.rows", "is missing";
    missing_question_text: "17-missing-question-text" => "questions[0].text", "is missing";
    missing_answer_label: "18-missing-answer-label" => "questions[0].answers[1].label", "is missing";
    missing_row_cells: "19-missing-row-cells" => "grid.rows[0].cells", "is missing";
    missing_code_source: "20-missing-code-source" => "options[0].about.code[0].source", "is missing";
    id_of_wrong_type: "21-type-id-number" => "id", "should be a string";
    version_as_string: "22-type-version-string" => "version", "should be a whole number";
    negative_version: "23-type-version-negative" => "version", "is -1; it must be a whole number between 0 and";
    fractional_version: "24-type-version-fraction" => "version", "should be a whole number but is the number 1.5";
    close_margin_as_string: "25-type-close-margin-string" => "close_margin", "should be a whole number";
    options_as_object: "26-type-options-object" => "options", "should be a list";
    option_as_string: "27-type-option-string" => "options[1]", "should be an object";
    answers_as_object: "28-type-answers-object" => "questions[0].answers", "should be a list";
    weights_as_list: "29-type-weights-list" => "questions[0].answers[0].weights", "should be an object";
    weight_as_string: "30-type-weight-string" => "questions[0].answers[0].weights.coffee", "should be a whole number";
    fractional_weight: "31-type-weight-fraction" => "questions[0].answers[0].weights.coffee", "should be a whole number but is the number";
    huge_weight: "32-type-weight-huge" => "questions[0].answers[0].weights.coffee", "is 1000000000000; it must be a whole number between -10 and 10";
    cell_as_number: "33-type-cell-number" => "grid.rows[0].cells.coffee", "should be a string";
    section_as_string: "34-type-section-string" => "short_answer", "should be an object";
    bullet_as_number: "35-type-bullet-number" => "short_answer.bullets[1]", "should be a string";
    rows_as_string: "36-type-rows-string" => "questions[0].rows", "should be a list";
    help_as_boolean: "37-type-help-true" => "questions[0].help", "should be a string";
    unknown_field_with_suggestion: "38-unknown-top-level-typo" => "titel", "did you mean \"title\"";
    unknown_answer_field: "39-unknown-answer-weight" => "questions[0].answers[0].weight", "did you mean \"weights\"";
    unknown_option_field: "40-unknown-option-field" => "options[0].description", "allowed here are: id, name";
    unknown_code_field: "41-unknown-code-field" => "options[0].about.code[0].lang", "did you mean \"language\", which is required here?";
    unknown_question_field: "42-unknown-question-field" => "questions[0].hint", "is not a known field";
    empty_id: "43-rule-empty-id" => "id", "is empty";
    id_with_capitals: "44-rule-id-uppercase" => "options[0].id", "only lowercase letters";
    id_too_long: "45-rule-id-too-long" => "id", "at most 64";
    duplicate_option_id: "46-rule-duplicate-option-id" => "options[1].id", "used twice in options";
    duplicate_question_id: "47-rule-duplicate-question-id" => "questions[1].id", "used twice in questions";
    duplicate_answer_id: "48-rule-duplicate-answer-id" => "questions[0].answers[1].id", "used twice";
    duplicate_row_id: "49-rule-duplicate-row-id" => "grid.rows[1].id", "used twice in grid.rows";
    too_few_options: "50-rule-one-option" => "options", "has 1 option;";
    too_many_options: "51-rule-seven-options" => "options", "has 7 options; a comparison needs 2 to 6";
    too_few_answers: "52-rule-one-answer" => "questions[0].answers", "has 1 answer;";
    too_many_answers: "53-rule-seven-answers" => "questions[0].answers", "has 7 answers";
    no_questions: "54-rule-no-questions" => "questions", "is empty";
    too_many_questions: "55-rule-too-many-questions" => "questions", "has 1001 questions; at most 1000";
    empty_text: "56-rule-empty-title" => "title", "is empty";
    blank_text: "57-rule-blank-label" => "questions[0].answers[0].label", "is empty";
    over_long_short_text: "58-rule-long-question" => "questions[1].text", "205 characters long; shorten it to at most 200";
    over_long_paragraph: "59-rule-long-body" => "short_answer.body", "at most 2000";
    over_long_code_language: "60-rule-long-code-language" => "options[0].about.code[0].language", "at most 40";
    empty_code: "61-rule-empty-code-source" => "options[0].about.code[0].source", "is empty";
    unknown_option_in_weights: "62-rule-unknown-option-in-weights" => "questions[0].answers[0].weights.fastapi", "names option \"fastapi\", which does not exist; use one of: tea, coffee, cocoa";
    unknown_option_in_cells: "63-rule-unknown-option-in-cells" => "grid.rows[1].cells.fastapi", "does not exist";
    grid_row_missing_an_option: "64-rule-row-missing-option" => "grid.rows[0].cells", "no cell for option \"cocoa\"";
    weight_above_range: "65-rule-weight-too-high" => "questions[0].answers[0].weights.coffee", "between -10 and 10";
    weight_below_range: "66-rule-weight-too-low" => "questions[0].answers[1].weights.tea", "between -10 and 10";
    unknown_grid_row: "67-rule-unknown-row" => "questions[0].rows[1]", "grid row \"price\"";
    unknown_verdict_pick: "68-rule-unknown-verdict-pick" => "verdict.pick", "\"water\"";
    javascript_link: "69-rule-javascript-link" => "questions[0].help", "only http:// and https://";
    data_link: "70-rule-data-link-in-cell" => "grid.rows[0].cells.tea", "only http:// and https://";
    weighted_answer_without_reason: "71-rule-missing-reason" => "questions[1].answers[0].reason", "must say why";
    no_grid_rows: "72-rule-no-grid-rows" => "grid.rows", "is empty";
    close_margin_out_of_range: "73-rule-close-margin-too-big" => "close_margin", "between 0 and 100";
    two_shape_mistakes: "74-shape-two-typos" => "options[1].nmae", "did you mean \"name\"";
    control_character: "75-rule-control-character" => "title", "holds the control character U+001B at character 4";
    too_many_rows: "76-rule-too-many-rows" => "grid.rows", "has 202 rows; at most 200 are allowed";
    html_instead_of_json: "77-broken-html-page" => "", "the file is HTML, not JSON";
    half_a_character: "78-broken-lone-surrogate" => "", "half of a character";
    negative_close_margin: "79-type-close-margin-negative" => "close_margin", "is -1; it must be a whole number between 0 and 100";
    weight_beyond_doubles: "80-type-weight-beyond-doubles" => "questions[0].answers[0].weights.coffee", "it must be a whole number between -10 and 10";
}

#[test]
fn the_base_of_the_corpus_is_valid() {
    let json = include_str!("../../../tests/valid/tea-coffee-cocoa.json");
    if let Err(problems) = load(json) {
        panic!("{problems:#?}");
    }
}

#[test]
fn every_corpus_file_has_a_test_and_there_are_at_least_fifty() {
    let mut on_disk: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .collect();
    on_disk.sort();
    assert_eq!(
        on_disk, FILES,
        "tests/malformed and the corpus! list differ"
    );
    assert!(FILES.len() >= 50);
}

#[test]
fn each_mistake_is_reported_once() {
    // Each mistake is said once: a renamed field is reported as unknown, not also as missing,
    // and serde's first shape error is not repeated by the pass that finds the rest.
    for file in FILES {
        let problems = problems_of(file);
        let allowed = match *file {
            // A renamed option id leaves references to the old id dangling, and they are.
            "44-rule-id-uppercase" => 7,
            "46-rule-duplicate-option-id" => 4,
            "74-shape-two-typos" => 2,
            _ => 1,
        };
        assert_eq!(problems.len(), allowed, "{file}: {problems:#?}");
    }
}

#[test]
fn every_shape_mistake_is_reported_at_once() {
    // serde stops at the first; an author should not have to fix, reload and find the next.
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/valid/tea-coffee-cocoa.json"
    ))
    .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let option = value["options"][1].as_object_mut().unwrap();
    let name = option.remove("name").unwrap();
    option.insert("nmae".into(), name);
    value["questions"][1]["answers"][0]["weights"] = serde_json::json!({ "tea": "two" });
    value["version"] = serde_json::json!("1");
    let problems = load(&value.to_string()).unwrap_err();
    let said: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        said.contains(&("version", "should be a whole number but is a string")),
        "{said:?}"
    );
    assert!(
        said.contains(&(
            "options[1].nmae",
            "is not a known field; did you mean \"name\", which is required here?"
        )),
        "{said:?}"
    );
    assert!(
        said.iter().any(
            |(path, message)| *path == "questions[1].answers[0].weights.tea"
                && message.starts_with("should be a whole number")
        ),
        "{said:?}"
    );
}

#[test]
fn the_shape_pass_finds_nothing_in_valid_files_and_every_shape_mistake_serde_meets() {
    // The pass walks the model's own table (derived from its types): every valid file passes it
    // clean, and wherever serde refuses a corpus file's shape, the pass finds that mistake's
    // place (so the fallback that quotes serde is never what an author reads).
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    for dir in ["tests/valid", "content", "examples/content"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let node: verdict_core::shape::Node = serde_json::from_str(&text).unwrap();
                let found = verdict_core::shape::problems(&node);
                assert!(found.is_empty(), "{}: {found:#?}", path.display());
            }
        }
    }
    for file in FILES {
        let text = std::fs::read_to_string(Path::new(DIR).join(format!("{file}.json"))).unwrap();
        let Err(error) = serde_json::from_str::<verdict_core::content::Content>(&text) else {
            continue;
        };
        if !error.is_data() {
            continue;
        }
        let problems = problems_of(file);
        assert!(
            problems
                .iter()
                .all(|p| !p.message.contains("as the content model says")),
            "{file}: {problems:#?}"
        );
    }
}
