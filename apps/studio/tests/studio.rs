//! The studio's state machine (`verdict_studio::state`) and its form's edits: the form and the
//! JSON in step, undo and redo, the post read into pieces and made into a guide, the template,
//! files, and the snippets a blogger pastes.

use verdict_core::load;
use verdict_core::problem::Problem;
use verdict_studio::edit::{field_id, Edit, Move};
use verdict_studio::state::{
    file_snippet, inline_snippet, place_of, Checked, Made, SavedDraft, Studio, StudioAction, UseAs,
    TEMPLATE_JSON,
};

#[test]
fn a_first_visit_starts_from_the_template_which_is_valid() {
    let s = Studio::start(None);
    assert!(matches!(s.checked, Checked::Valid(_)), "{:?}", s.checked);
    assert!(s.preview.is_some());
    assert_eq!(s.file_stem(), "option-a-vs-option-b");
    assert_eq!(s.can_undo(), (false, false));
}

#[test]
fn editing_waits_for_the_check_and_the_preview_keeps_the_last_valid_content() {
    let s = Studio::start(None);
    let broken = s
        .json
        .replacen("\"weights\": { \"a\": 3 }", "\"weights\": { \"c\": 3 }", 1);
    let s = s.apply(StudioAction::EditJson(broken));
    assert_eq!(s.checked, Checked::Pending);
    let s = s.apply(StudioAction::Check);
    let Checked::Problems(problems) = &s.checked else {
        panic!("{:?}", s.checked)
    };
    assert_eq!(problems[0].path, "questions[0].answers[0].weights.c");
    assert!(
        s.preview.is_some(),
        "the last valid content is still previewed"
    );
    // A syntax error is placed in the text, for the caret.
    let s = s
        .apply(StudioAction::EditJson("{ \"id\": }".to_owned()))
        .apply(StudioAction::Check);
    let Checked::Problems(problems) = &s.checked else {
        panic!()
    };
    assert_eq!(
        place_of(&s.json, &problems[0]),
        9..9,
        "just after the unexpected `}}`"
    );
}

#[test]
fn a_problem_is_placed_on_its_value_or_on_what_holds_a_missing_field() {
    let json = "{\n  \"id\": \"x\",\n  \"options\": [\n    { \"id\": \"a\" },\n    {\n      \"name\": \"B\"\n    }\n  ]\n}";
    let at = |path: &str| {
        let range = place_of(json, &Problem::at(path, "…"));
        &json[range]
    };
    assert_eq!(at("id"), "\"x\"");
    assert_eq!(at("options[0].id"), "\"a\"");
    // A missing field: the first line of the object that should hold it.
    assert_eq!(at("options[1].id"), "{");
    // An empty text: nothing to select, and no panic.
    assert_eq!(place_of("", &Problem::at("", "the file is empty")), 0..0);
    // Blank: the end of the text, where the JSON should start.
    assert_eq!(place_of("  ", &Problem::at("", "the file is empty")), 2..2);
}

const ARTICLE: &str = include_str!("../../../content/django-vs-flask.md");

/// The studio with the seed article read.
fn read(post: &str) -> Studio {
    Studio::start(None)
        .apply(StudioAction::EditPost(post.to_owned()))
        .apply(StudioAction::ReadPost)
}

#[test]
fn reading_a_post_drafts_the_guide_and_marks_the_pieces_it_used() {
    let s = read(ARTICLE);
    let Checked::Valid(content) = &s.checked else {
        panic!("{:?}", s.checked)
    };
    let names: Vec<&str> = content.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Django", "Flask"]);
    let quarry = s.post.quarry.as_ref().expect("pieces");
    // Every question of the draft is marked on the piece it came from.
    for q in &content.questions {
        assert!(
            s.post
                .marks
                .iter()
                .any(|(_, m)| *m == Made::Question(q.id.clone())),
            "{} is not marked",
            q.text
        );
    }
    let decision = quarry
        .pieces
        .iter()
        .position(|p| p.text == "Do you need an admin panel? → Django")
        .expect("the decision line is a piece");
    assert!(matches!(s.made_of(decision), Some(Made::Question(_))));
    // Table rows are pieces, marked as the grid's rows.
    let rows = s
        .post
        .marks
        .iter()
        .filter(|(_, m)| matches!(m, Made::Row(_)))
        .count();
    assert_eq!(rows, content.grid.rows.len());
    // One step of Undo gives back the guide as it was before the post was read.
    let back = s.apply(StudioAction::Undo);
    assert_eq!(back.doc, Studio::start(None).doc);
    assert_eq!(back.apply(StudioAction::Redo).json, s.json);
}

#[test]
fn a_marked_piece_is_taken_back_and_any_piece_becomes_a_question_row_section_or_verdict() {
    let s = read(ARTICLE);
    let before = s.doc.questions.len();
    let (at, _) = s
        .post
        .marks
        .iter()
        .find(|(_, m)| matches!(m, Made::Question(_)))
        .cloned()
        .unwrap();
    let dropped = s.apply(StudioAction::Drop(at));
    assert_eq!(dropped.doc.questions.len(), before - 1);
    assert_eq!(dropped.made_of(at), None);
    // A sentence of the prose becomes a question leaning to the option it names.
    let quarry = s.post.quarry.clone().unwrap();
    let sentence = quarry
        .pieces
        .iter()
        .position(|p| p.text.starts_with("Flask is a micro-framework"))
        .expect("a piece about Flask");
    let asked = dropped.apply(StudioAction::Use(sentence, UseAs::Question));
    let q = asked.doc.questions.last().unwrap();
    assert!(q.answers[0].weights.contains_key("flask"), "{q:?}");
    assert!(q.answers[0].reason.is_some());
    assert_eq!(q.answers[0].label, "Yes");
    // Using a marked piece again does nothing; the same piece as a row, a section, the verdict.
    assert_eq!(
        asked.apply(StudioAction::Use(sentence, UseAs::Row)).doc,
        asked.doc
    );
    let free = quarry
        .pieces
        .iter()
        .position(|p| p.text.starts_with("Both are used in production"))
        .unwrap();
    let row = asked.apply(StudioAction::Use(free, UseAs::Row));
    let added = row.doc.grid.rows.last().unwrap();
    assert_eq!(added.cells.len(), 2);
    assert!(added.cells.values().all(|c| c == "-"));
    let section = asked.apply(StudioAction::Use(free, UseAs::Section));
    assert_eq!(
        section.doc.options[0].when_to_choose.len(),
        asked.doc.options[0].when_to_choose.len() + 1
    );
    let verdict = asked.apply(StudioAction::Use(free, UseAs::Verdict));
    assert!(verdict
        .doc
        .verdict
        .as_ref()
        .unwrap()
        .body
        .as_deref()
        .unwrap()
        .starts_with("Both are used"));
    // Out of range: nothing happens, nothing panics.
    assert_eq!(
        asked.apply(StudioAction::Use(99_999, UseAs::Question)).doc,
        asked.doc
    );
    assert_eq!(asked.apply(StudioAction::Drop(99_999)).doc, asked.doc);
}

#[test]
fn form_edits_keep_the_json_in_step_and_typing_in_one_field_is_one_step_of_undo() {
    let s = Studio::start(None);
    let typed = "Tea or coffee?"
        .char_indices()
        .map(|(i, c)| "Tea or coffee?"[..i + c.len_utf8()].to_owned())
        .fold(s.clone(), |s, title| {
            s.apply(StudioAction::Edit(Edit::Title(title)))
        });
    assert_eq!(typed.doc.title, "Tea or coffee?");
    assert!(typed.json.contains("\"title\": \"Tea or coffee?\""));
    // The id followed the title (it was made from it).
    assert_eq!(typed.doc.id, "tea-or-coffee");
    let undone = typed.apply(StudioAction::Undo);
    assert_eq!(undone.doc.title, s.doc.title);
    assert_eq!(undone.apply(StudioAction::Redo).doc.title, "Tea or coffee?");
    // The JSON typed is read into the form once the author pauses.
    let json = typed.json.replace("Tea or coffee?", "Milk or juice?");
    let read = typed
        .apply(StudioAction::EditJson(json))
        .apply(StudioAction::Check);
    assert_eq!(read.doc.title, "Milk or juice?");
    assert!(read.json_reads());
    // JSON that does not read leaves the form's document as it was, and says so.
    let broken = read
        .apply(StudioAction::EditJson("{ \"id\": ".to_owned()))
        .apply(StudioAction::Check);
    assert!(!broken.json_reads());
    assert_eq!(broken.doc.title, "Milk or juice?");
}

#[test]
fn renaming_an_option_changes_it_everywhere_and_leanings_are_set_per_option() {
    let s = read(ARTICLE);
    let renamed = s.apply(StudioAction::Edit(Edit::RenameOption(
        1,
        "Quart".to_owned(),
    )));
    let c = &renamed.doc;
    assert_eq!(c.options[1].id, "quart");
    assert!(c
        .grid
        .rows
        .iter()
        .all(|r| r.cells.contains_key("quart") && !r.cells.contains_key("flask")));
    assert!(c
        .questions
        .iter()
        .all(|q| q.answers.iter().all(|a| !a.weights.contains_key("flask"))));
    assert!(c
        .questions
        .iter()
        .any(|q| q.answers.iter().any(|a| a.weights.contains_key("quart"))));
    assert!(
        matches!(renamed.checked, Checked::Valid(_)),
        "{:?}",
        renamed.checked
    );
    // A leaning is set per option, by points; 0 takes it away.
    let leaned = renamed
        .apply(StudioAction::Edit(Edit::Lean(0, 1, "quart".to_owned(), -2)))
        .apply(StudioAction::Edit(Edit::Lean(0, 0, "django".to_owned(), 0)));
    assert_eq!(
        leaned.doc.questions[0].answers[1].weights.get("quart"),
        Some(&-2)
    );
    assert!(leaned.doc.questions[0].answers[0].weights.is_empty());
    // A weight without a reason is a problem whose field the form shows.
    let Checked::Problems(problems) = &leaned.checked else {
        panic!()
    };
    assert!(problems
        .iter()
        .any(|p| p.path == "questions[0].answers[1].reason"));
    assert_eq!(
        field_id("questions[0].answers[1].reason"),
        "f-questions-0-answers-1-reason"
    );
}

#[test]
fn lists_grow_shrink_and_reorder_and_removing_an_option_removes_its_references() {
    let s = Studio::start(None);
    let e = |s: &Studio, edit: Edit| s.apply(StudioAction::Edit(edit));
    let s = e(&s, Edit::AddOption);
    assert_eq!(s.doc.options.len(), 3);
    assert!(s.doc.grid.rows.iter().all(|r| r.cells.len() == 3));
    let s = e(
        &s,
        Edit::AddQuestion {
            yes: "Ja".into(),
            no: "Nein".into(),
        },
    );
    assert_eq!(s.doc.questions.last().unwrap().answers[0].label, "Ja");
    let first = s.doc.questions[0].id.clone();
    let s = e(&s, Edit::MoveQuestion(0, Move::Down));
    assert_eq!(s.doc.questions[1].id, first);
    let s = e(&s, Edit::AddRow);
    let s = e(&s, Edit::RemoveOption(0));
    assert_eq!(s.doc.options.len(), 2);
    let gone = Studio::start(None).doc.options[0].id.clone();
    assert!(s.doc.grid.rows.iter().all(|r| !r.cells.contains_key(&gone)));
    assert!(s
        .doc
        .questions
        .iter()
        .all(|q| q.answers.iter().all(|a| !a.weights.contains_key(&gone))));
    // Each step is one step of Undo.
    let mut back = s.clone();
    for _ in 0..5 {
        back = back.apply(StudioAction::Undo);
    }
    assert_eq!(back.doc, Studio::start(None).doc);
}

#[test]
fn the_template_or_a_file_replaces_the_guide_and_undo_brings_it_back() {
    let mine = TEMPLATE_JSON.replace("Option A or Option B?", "Tea or coffee?");
    let s = Studio::start(None)
        .apply(StudioAction::EditJson(mine.clone()))
        .apply(StudioAction::Check);
    for replacement in [
        StudioAction::NewFromTemplate,
        StudioAction::Open(TEMPLATE_JSON.replace("Option A", "Z")),
    ] {
        let replaced = s.apply(replacement.clone());
        assert_ne!(replaced.doc.title, "Tea or coffee?", "{replacement:?}");
        let back = replaced.apply(StudioAction::Undo);
        assert_eq!(back.doc.title, "Tea or coffee?", "{replacement:?}");
        assert!(matches!(back.checked, Checked::Valid(_)));
    }
}

#[test]
fn a_saved_draft_comes_back_and_an_empty_one_is_the_template() {
    let s = Studio::start(Some(SavedDraft {
        json: "{ broken".into(),
        markdown: "# T".into(),
    }));
    assert_eq!(s.json, "{ broken");
    assert!(matches!(s.checked, Checked::Problems(_)));
    let s = Studio::start(Some(SavedDraft::default()));
    assert!(matches!(s.checked, Checked::Valid(_)));
}

#[test]
fn the_inline_snippet_cannot_be_ended_early_by_the_content() {
    let s = Studio::start(None);
    let json = s.json.replace(
        "Option A or Option B?",
        "</script><script>alert(1)</script><!-- A?",
    );
    let snippet = inline_snippet("https://example.com/verdict/embed.js", &json);
    // Only the snippet's own tags close scripts.
    assert_eq!(snippet.matches("</script>").count(), 2, "{snippet}");
    assert!(!snippet.contains("<!--"));
    // The JSON inside is the same content.
    let inside = snippet
        .split("<script type=\"application/json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let read = load::from_json(inside).expect("valid");
    assert_eq!(read.title, "</script><script>alert(1)</script><!-- A?");
    assert_eq!(
        file_snippet("./embed.js", "my-comparison.json"),
        "<script type=\"module\" src=\"./embed.js\"></script>\n<verdict-widget src=\"my-comparison.json\"></verdict-widget>"
    );
}

#[test]
fn an_answer_rules_options_out_and_a_rename_or_removal_follows_it() {
    let s = Studio::start(None);
    let e = |s: &Studio, edit: Edit| s.apply(StudioAction::Edit(edit));
    let b = s.doc.options[1].id.clone();
    let s = e(&s, Edit::RulesOut(0, 0, b.clone(), true));
    assert_eq!(
        s.doc.questions[0].answers[0].rules_out,
        std::slice::from_ref(&b)
    );
    // The rules pass: the template's answer already says why.
    assert!(
        matches!(s.checked, verdict_studio::state::Checked::Valid(_)),
        "{:?}",
        s.checked
    );
    // Renaming the option renames its id everywhere, dealbreakers included.
    let s = e(&s, Edit::RenameOption(1, "Bravo".into()));
    let renamed = s.doc.options[1].id.clone();
    assert_eq!(
        s.doc.questions[0].answers[0].rules_out,
        std::slice::from_ref(&renamed)
    );
    let s = e(&s, Edit::RulesOut(0, 0, renamed.clone(), false));
    assert!(s.doc.questions[0].answers[0].rules_out.is_empty());
    let s = e(&s, Edit::RulesOut(0, 0, renamed, true));
    let s = e(&s, Edit::RemoveOption(1));
    assert!(s
        .doc
        .questions
        .iter()
        .flat_map(|q| &q.answers)
        .all(|a| a.rules_out.is_empty()));
}
