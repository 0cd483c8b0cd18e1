//! The post as the author's quarry: how a post splits into pieces, and what each kind of piece
//! becomes in one action (a question, a grid row, a section, the verdict), in English and in
//! other languages, whatever the importer itself found.

use verdict_core::content::Choice;
use verdict_import::quarry::{
    as_question, as_row, as_section, as_verdict, quarry, PieceKind, Quarry,
};

fn options(names: &[&str]) -> Vec<Choice> {
    names
        .iter()
        .map(|n| Choice {
            id: n.to_lowercase(),
            name: (*n).to_owned(),
            tagline: None,
            about: None,
            when_to_choose: Vec::new(),
            used_by: Vec::new(),
        })
        .collect()
}

/// The index of the piece whose text starts with `start`.
fn at(q: &Quarry, start: &str) -> usize {
    q.pieces
        .iter()
        .position(|p| p.text.starts_with(start))
        .unwrap_or_else(|| {
            panic!(
                "no piece starts with {start:?}: {:#?}",
                q.pieces.iter().map(|p| &p.text).collect::<Vec<_>>()
            )
        })
}

const PROSE: &str = "# Svelte or React?

I have shipped apps with both, and the choice is less obvious than the internet suggests.

## Performance

Svelte compiles components to plain JavaScript, while React ships a runtime of about 40 KB.

## Learning curve

React's hooks take a while to click, and Svelte reads like HTML.

If you are new to front-end work, Svelte is the easier start.

![A chart of bundle sizes](chart.png)

Sponsored: try our hosting for free.

## Pros of React

- A huge ecosystem of components
- Jobs everywhere

## Verdict

Pick Svelte for small, fast sites; pick React when a big team needs its ecosystem.
";

#[test]
fn a_post_splits_into_headings_paragraphs_items_and_leaves_out_what_is_not_the_argument() {
    let q = quarry(PROSE);
    assert_eq!(q.lang, "en");
    let kinds: Vec<(PieceKind, &str)> =
        q.pieces.iter().map(|p| (p.kind, p.text.as_str())).collect();
    assert_eq!(kinds[0], (PieceKind::Heading, "Svelte or React?"));
    assert!(
        kinds.contains(&(PieceKind::Item, "Jobs everywhere")),
        "{kinds:#?}"
    );
    let all: String = q
        .pieces
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !all.contains("chart of bundle sizes"),
        "an image's alt text is not the post's argument"
    );
    assert!(
        !all.contains("Sponsored"),
        "a sponsor line is not the post's argument"
    );
    // An item knows the heading it is under.
    let item = at(&q, "Jobs everywhere");
    assert_eq!(
        q.pieces[q.pieces[item].under.unwrap()].text,
        "Pros of React"
    );
}

#[test]
fn a_long_paragraph_is_offered_sentence_by_sentence_in_latin_and_cjk_scripts() {
    let long = format!(
        "# A vs B\n\n{}\n",
        ["A is quick to set up and needs no configuration at all for a small project."; 4]
            .join(" ")
    );
    let q = quarry(&long);
    assert_eq!(
        q.pieces
            .iter()
            .filter(|p| p.kind == PieceKind::Sentence)
            .count(),
        4
    );
    let ja = format!(
        "# AとBの比較\n\n{}\n",
        ["Aは設定がほとんど要らないので、小さなプロジェクトならすぐに始められます。"; 8].join("")
    );
    let q = quarry(&ja);
    assert_eq!(q.lang, "ja");
    assert_eq!(
        q.pieces
            .iter()
            .filter(|p| p.kind == PieceKind::Sentence)
            .count(),
        8,
        "{:#?}",
        q.pieces
    );
}

#[test]
fn a_piece_becomes_a_question_leaning_to_the_option_it_names_with_a_reason_that_is_not_the_question(
) {
    let q = quarry(PROSE);
    let opts = options(&["Svelte", "React"]);
    let advice = at(&q, "If you are new to front-end work");
    let question = as_question(&q, advice, &opts, &[]).unwrap();
    assert_eq!(question.text, "Are you new to front-end work?");
    assert_eq!(question.answers[0].label, "Yes");
    assert_eq!(question.answers[1].label, "No");
    assert!(
        question.answers[0]
            .weights
            .get("svelte")
            .copied()
            .unwrap_or(0)
            > 0,
        "{question:#?}"
    );
    assert_ne!(
        question.answers[0].reason.as_deref(),
        Some(question.text.as_str())
    );

    // A pro under "Pros of React" leans to React (named by its heading, not the item).
    let pro = as_question(&q, at(&q, "A huge ecosystem"), &opts, &[]).unwrap();
    assert!(
        pro.answers[0].weights.get("react").copied().unwrap_or(0) > 0,
        "{pro:#?}"
    );
    assert!(pro.answers[0].weights.get("svelte").is_none());
    // Taken ids are not reused.
    let again = as_question(
        &q,
        at(&q, "A huge ecosystem"),
        &opts,
        std::slice::from_ref(&pro.id),
    )
    .unwrap();
    assert_ne!(again.id, pro.id);
}

#[test]
fn a_sentence_comparing_the_options_becomes_a_row_named_by_its_heading() {
    let q = quarry(PROSE);
    let opts = options(&["Svelte", "React"]);
    let row = as_row(&q, at(&q, "Svelte compiles"), &opts, &[]).unwrap();
    assert_eq!(row.feature, "Performance");
    assert_eq!(
        row.cells.get("svelte").unwrap(),
        "Compiles components to plain JavaScript"
    );
    assert_eq!(
        row.cells.get("react").unwrap(),
        "Ships a runtime of about 40 KB"
    );
    let row = as_row(&q, at(&q, "React's hooks"), &opts, &[]).unwrap();
    assert_eq!(row.feature, "Learning curve");
    assert_eq!(
        row.cells.get("react").unwrap(),
        "React's hooks take a while to click"
    );
    assert_eq!(row.cells.get("svelte").unwrap(), "Reads like HTML");
    // A piece naming one option leaves the other's cell for the author.
    let row = as_row(&q, at(&q, "A huge ecosystem"), &opts, &[]).unwrap();
    assert_eq!(row.cells.get("svelte").unwrap(), "-");
}

#[test]
fn a_table_row_keeps_its_cells_under_the_options_its_header_names() {
    let post = "# Flask vs Django\n\n| Feature | 🐍 django | [Flask](https://flask.palletsprojects.com) |\n|---|---|---|\n| Admin | Built in | Extension |\n";
    let q = quarry(post);
    let opts = options(&["Flask", "Django"]);
    let row = as_row(&q, at(&q, "Admin"), &opts, &[]).unwrap();
    assert_eq!(row.feature, "Admin");
    assert_eq!(row.cells.get("django").unwrap(), "Built in");
    assert_eq!(row.cells.get("flask").unwrap(), "Extension");
}

#[test]
fn a_heading_becomes_a_section_with_what_is_under_it_and_a_paragraph_the_verdict() {
    let q = quarry(PROSE);
    let section = as_section(&q, at(&q, "Pros of React")).unwrap();
    assert_eq!(section.title, "Pros of React");
    assert_eq!(
        section.bullets,
        ["A huge ecosystem of components", "Jobs everywhere"]
    );
    let verdict = as_verdict(&q, at(&q, "Pick Svelte"), &options(&["Svelte", "React"])).unwrap();
    assert_eq!(verdict.title, "Verdict");
    assert!(verdict.body.unwrap().starts_with("Pick Svelte"));
}

#[test]
fn a_question_from_a_post_in_another_language_is_asked_in_that_language() {
    let de = "# Docker oder Podman?\n\n## Vorteile von Podman\n\n- Läuft ohne Daemon und ohne Root-Rechte\n\n## Fazit\n\nWenn du Kubernetes-Pods lokal bauen willst, nimm Podman.\n";
    let q = quarry(de);
    assert_eq!(q.lang, "de");
    let opts = options(&["Docker", "Podman"]);
    let question = as_question(&q, at(&q, "Läuft ohne Daemon"), &opts, &[]).unwrap();
    assert_eq!(question.answers[0].label, q.lexicon().yes);
    assert_ne!(q.lexicon().yes, "Yes");
    assert!(
        question.answers[0]
            .weights
            .get("podman")
            .copied()
            .unwrap_or(0)
            > 0,
        "{question:#?}"
    );
    assert!(
        question.text.contains("Läuft ohne Daemon"),
        "quoted in the language's frame: {}",
        question.text
    );
}
