//! The studio's state machine (`core::studio`): editing, checking, drafting from an article,
//! the template, and the snippets a blogger pastes.

use verdict_core::load;
use verdict_core::problem::Problem;
use verdict_studio::state::{
    file_snippet, inline_snippet, place_of, Checked, SavedDraft, Studio, StudioAction,
    TEMPLATE_JSON,
};

#[test]
fn a_first_visit_starts_from_the_template_which_is_valid() {
    let s = Studio::start(None);
    assert!(matches!(s.checked, Checked::Valid(_)), "{:?}", s.checked);
    assert!(s.preview.is_some());
    assert_eq!(s.file_stem(), "option-a-vs-option-b");
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

#[test]
fn a_draft_from_the_article_shows_what_it_found_before_it_replaces_the_json() {
    let article = include_str!("../../../content/django-vs-flask.md");
    let start = Studio::start(None).apply(StudioAction::EditMarkdown(article.to_owned()));
    let s = start.apply(StudioAction::DraftFromArticle);
    // Nothing is written yet: the author sees the options, questions and rows first.
    assert_eq!(s.json, start.json);
    let inventory = s.inventory.as_ref().expect("an inventory");
    let names: Vec<&str> = inventory
        .draft
        .options
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Django", "Flask"]);
    assert_eq!(inventory.ticked(), (7, 10));
    assert!(s.notes.iter().any(|n| n.contains("introduction")));
    let used = s.apply(StudioAction::UseDraft);
    let Checked::Valid(content) = &used.checked else {
        panic!("{:?}", used.checked)
    };
    assert_eq!(content.questions.len(), 7);
    assert_eq!(content.grid.rows.len(), 10);
    assert_eq!(used.inventory, None);
    assert!(used.notes.iter().any(|n| n.contains("introduction")));
    assert_eq!(used.saved().markdown.len(), article.len());
}

#[test]
fn the_author_keeps_and_drops_questions_and_rows_before_using_the_draft() {
    let s = Studio::start(None)
        .apply(StudioAction::EditMarkdown(
            include_str!("../../../content/django-vs-flask.md").to_owned(),
        ))
        .apply(StudioAction::DraftFromArticle);
    let draft = s.inventory.as_ref().unwrap().draft.clone();
    let dropped = &draft.proposals[0].text;
    let row = &draft.content.grid.rows[0];
    let s = s
        .apply(StudioAction::ToggleQuestion(0))
        .apply(StudioAction::ToggleRow(0))
        // Out of range: nothing happens, nothing panics.
        .apply(StudioAction::ToggleQuestion(999))
        .apply(StudioAction::ToggleRow(999));
    assert_eq!(s.inventory.as_ref().unwrap().ticked(), (6, 9));
    let used = s.apply(StudioAction::UseDraft);
    let Checked::Valid(content) = &used.checked else {
        panic!("{:?}", used.checked)
    };
    assert_eq!(content.questions.len(), 6);
    assert!(content.questions.iter().all(|q| &q.text != dropped));
    assert!(content.grid.rows.iter().all(|r| r.id != row.id));
    // No question points at the row that was dropped.
    assert!(content.questions.iter().all(|q| !q.rows.contains(&row.id)));
    // Ticking twice is the same as not ticking.
    let twice = Studio::start(None)
        .apply(StudioAction::EditMarkdown(
            include_str!("../../../content/django-vs-flask.md").to_owned(),
        ))
        .apply(StudioAction::DraftFromArticle)
        .apply(StudioAction::ToggleQuestion(2))
        .apply(StudioAction::ToggleQuestion(2));
    assert_eq!(twice.inventory.as_ref().unwrap().ticked(), (7, 10));
    // Discarding leaves the JSON as it was.
    let dropped = twice.apply(StudioAction::DropDraft);
    assert_eq!(dropped.inventory, None);
    assert_eq!(dropped.json, twice.json);
    assert!(dropped.notes.is_empty());
}

#[test]
fn a_candidate_the_author_ticks_becomes_a_question() {
    // A post with more to ask than the importer proposes: its candidates can be ticked in.
    let mut article = String::from("# Tea vs Coffee\n\nTwo drinks.\n\n## Advantages of Tea\n\n");
    for quality in [
        "Calm", "Flavour", "Price", "Variety", "Ritual", "Health", "Warmth",
    ] {
        article.push_str(&format!("- {quality}\n"));
    }
    article.push_str("\n## Advantages of Coffee\n\n");
    for quality in [
        "Speed", "Focus", "Aroma", "Strength", "Crema", "Culture", "Mornings",
    ] {
        article.push_str(&format!("- {quality}\n"));
    }
    let s = Studio::start(None)
        .apply(StudioAction::EditMarkdown(article))
        .apply(StudioAction::DraftFromArticle);
    let inventory = s.inventory.as_ref().unwrap();
    let candidate = inventory
        .questions
        .iter()
        .position(|k| !k)
        .expect("a candidate beyond the proposed ones");
    let text = inventory.draft.proposals[candidate].text.clone();
    let (ticked, _) = inventory.ticked();
    let used = s
        .apply(StudioAction::ToggleQuestion(candidate))
        .apply(StudioAction::UseDraft);
    let content = used.preview.as_ref().expect("a preview");
    assert_eq!(content.questions.len(), ticked + 1);
    assert!(content.questions.iter().any(|q| q.text == text));
}

#[test]
fn what_a_draft_the_template_or_a_file_replaced_can_be_brought_back_until_the_next_edit() {
    let mine = TEMPLATE_JSON.replace("Option A or Option B?", "Tea or coffee?");
    let s = Studio::start(None)
        .apply(StudioAction::EditJson(mine.clone()))
        .apply(StudioAction::Check);
    assert_eq!(s.replaced, None);
    for replacement in [
        vec![StudioAction::NewFromTemplate],
        vec![StudioAction::Open("{}".to_owned())],
        vec![StudioAction::DraftFromArticle, StudioAction::UseDraft],
    ] {
        let replaced = replacement
            .iter()
            .fold(s.clone(), |s, a| s.apply(a.clone()));
        assert_ne!(replaced.json, mine, "{replacement:?}");
        assert_eq!(replaced.replaced.as_deref(), Some(mine.as_str()));
        let back = replaced.apply(StudioAction::Undo);
        assert_eq!(back.json, mine, "{replacement:?}");
        assert_eq!(back.replaced, None);
        assert!(matches!(back.checked, Checked::Valid(_)));
        // Once the author edits the replacement, there is nothing to undo: it would lose the edit.
        let edited = replaced.apply(StudioAction::EditJson(format!("{} ", replaced.json)));
        assert_eq!(edited.replaced, None);
        assert_eq!(edited.apply(StudioAction::Undo).json, edited.json);
    }
    // Replacing the text with itself keeps nothing to undo.
    let template = Studio::start(None).apply(StudioAction::NewFromTemplate);
    assert_eq!(template.replaced, None);
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
