//! The importer: a draft of content from a Markdown article (`core::import`), on the source
//! article and on awkward ones. It never panics, and its draft is always JSON that reads back.

use fastrand::Rng;

use verdict_core::content::Content;
use verdict_core::load;
use verdict_core::reach::toward;
use verdict_core::scoring::score;
use verdict_core::write::to_json;
use verdict_import::{draft, Draft};

const ARTICLE: &str = include_str!("../../../content/django-vs-flask.md");

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
    // The decision guide's seven, then the table's rows: one rated by "Yes" against "No (use
    // SQLAlchemy)", one its cells rate in words ("Slightly faster"), one they grade ("Huge"
    // against "Large").
    assert_eq!(content.questions.len(), 10);
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
    assert_eq!(
        content.questions[7].text,
        "Does this matter to you? “Built-in ORM”"
    );
    assert_eq!(
        content.questions[8].text,
        "Does this matter to you? “Performance”"
    );
    assert_eq!(
        content.questions[9].text,
        "Does this matter to you? “Community”"
    );
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
fn without_a_table_the_options_come_from_the_title_and_the_grid_from_the_questions() {
    let d = draft(&article("no-table.md"));
    let c = round_trip(&d);
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Tea", "Coffee"]);
    assert_eq!(c.questions.len(), 3);
    assert_eq!(c.intro.as_deref(), Some("Two drinks, one morning."));
    // What the questions say each option is for, the short ones.
    assert_eq!(c.grid.rows.len(), 1);
    assert_eq!(
        c.grid.rows[0].cells.get("coffee").map(String::as_str),
        Some("wake up fast")
    );
    for note in ["No table compares the options", "drafted from the reasons"] {
        assert!(d.notes.iter().any(|n| n.contains(note)), "{:?}", d.notes);
    }
    assert!(load::checked(c).is_ok());
    // Where only one option has reasons, a draft that needs work: the rules say what (a grid row
    // is required).
    let only_tea = article("no-table.md").replace("- You need to wake up fast", "");
    let problems = load::checked(round_trip(&draft(&only_tea))).unwrap_err();
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
    assert_eq!(c.questions[0].text, "Does your app run on one machine?");
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
    let rendered: Vec<_> = verdict_core::markup::parse(&intro);
    assert!(rendered
        .iter()
        .any(|s| matches!(s, verdict_core::markup::Span::Link { .. })));
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
    for missing in ["No title", "No table compares the options", "No questions"] {
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
    let mut rng = Rng::with_seed(0x1417);
    let sources = [
        ARTICLE.to_owned(),
        article("html-and-odd.md"),
        article("three-options.md"),
    ];
    let specials = b"#|-*`[]()>\n\r\t<>!~_=:?\\\xe2\x86\x92 ";
    for case in 0..1500 {
        let mut bytes = sources[case % sources.len()].as_bytes().to_vec();
        for _ in 0..=rng.usize(..6) {
            let at = rng.usize(..bytes.len().max(1));
            match rng.usize(..3) {
                0 => {
                    let end = (at + rng.usize(..80)).min(bytes.len());
                    bytes.drain(at..end);
                }
                1 => bytes.insert(at, specials[rng.usize(..specials.len().max(1))]),
                _ => {
                    let end = (at + rng.usize(..120)).min(bytes.len());
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
fn yaml_front_matter_gives_the_title_and_intro_and_never_reaches_the_content() {
    let d = draft(&article("front-matter-yaml.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(c.title, "Markdown vs. HTML: which should your docs use?");
    assert_eq!(
        c.intro.as_deref(),
        Some("Two ways to write documentation, and when each one fits.")
    );
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["Markdown", "HTML"],
        "not the front matter's author or tags"
    );
    let json = to_json(&c);
    assert!(
        !json.contains("A. Writer") && !json.contains("docs, writing"),
        "{json}"
    );
    // The conclusion's conditions come first; pros lean to their option, cons away from it.
    let q = asked(&d);
    assert_eq!(
        q[0],
        "Do you want your docs to live next to the code? +markdown"
    );
    assert_eq!(q[1], "Do you need precise layout? +html");
    assert!(
        q.contains(&"Do you want readable source? +markdown".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Are several dialects a problem for you? -markdown".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Is it a problem if it is verbose to write? -html".to_owned()),
        "{q:#?}"
    );
    // The pros' bold label asks; the whole line is the reason.
    let readable = c
        .questions
        .iter()
        .find(|q| q.text == "Do you want readable source?")
        .unwrap();
    assert!(readable.answers[0]
        .reason
        .as_deref()
        .unwrap()
        .contains("the file reads well as it is"));
    // No table: the grid is drafted from the pros and cons, and said so.
    assert_eq!(
        c.grid
            .rows
            .iter()
            .map(|r| r.feature.as_str())
            .collect::<Vec<_>>(),
        ["Good at", "Watch out for"]
    );
    assert!(d
        .notes
        .iter()
        .any(|n| n.contains("drafted from the pros and cons")));
}

#[test]
fn toml_front_matter_three_options_in_the_title_and_every_code_syntax() {
    let d = draft(&article("front-matter-toml.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(c.title, "Bash, Zsh or Fish");
    assert_eq!(c.intro.as_deref(), Some("Three shells for your terminal."));
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Bash", "Zsh", "Fish"]);
    // ~~~, {% highlight %}, {{< highlight >}} and an indented block, each kept as code with its
    // language; a `#` line inside code is never a heading.
    let code: Vec<(String, String)> = c
        .options
        .iter()
        .flat_map(|o| o.about.iter().flat_map(|a| &a.code))
        .map(|s| {
            (
                s.language.clone(),
                s.source.lines().next().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        code,
        [
            ("bash".to_owned(), "# a comment, not a heading".to_owned()),
            ("zsh".to_owned(), "# also not a heading".to_owned()),
            ("fish".to_owned(), "# not a heading either".to_owned()),
            ("code".to_owned(), "# an indented block".to_owned()),
        ]
    );
    assert!(
        !d.notes.iter().any(|n| n.contains("heading")),
        "{:?}",
        d.notes
    );
    // "What I like" and "Where it hurts" under each option.
    let q = asked(&d);
    assert!(
        q.contains(&"Do you want powerful completion? +zsh".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Is it a problem if it is not POSIX compatible? -fish".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Would this be a problem for you? “Awkward array syntax” -bash".to_owned()),
        "{q:#?}"
    );
}

#[test]
fn options_as_rows_with_check_marks_group_rows_footnotes_and_line_breaks() {
    let d = draft(&article("options-as-rows.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    // SQLite has a row of the table, but the post compares only the two in its title.
    assert_eq!(names, ["MySQL", "PostgreSQL"]);
    let rows: Vec<(&str, Vec<&str>)> = c
        .grid
        .rows
        .iter()
        .map(|r| {
            (
                r.feature.as_str(),
                c.options
                    .iter()
                    .map(|o| r.cells.get(&o.id).map_or("", String::as_str))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Replication", vec!["Yes", "Yes"]),
            ("JSON columns", vec!["Yes", "Yes"]),
            ("Window functions", vec!["Yes; since 8.0", "Yes"]),
        ]
    );
    // A table that compares nothing is left out, and said so.
    assert!(
        d.notes
            .iter()
            .any(|n| n.contains("| Data type | Meaning |") && n.contains("left out")),
        "{:?}",
        d.notes
    );
    // "You …" and "Your app uses …" items are asked about the reader.
    let q = asked(&d);
    assert_eq!(
        q,
        [
            "Do you run a read-heavy website? +mysql",
            "Does your hosting only offer MySQL? +mysql",
            "Do you need strict SQL standards? +postgresql",
            "Does your app use complex queries? +postgresql",
        ]
    );
}

#[test]
fn a_conditional_conclusion_and_a_heading_asked_as_a_question() {
    let d = draft(&article("conditional-conclusion.md"));
    let c = round_trip(&d);
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["Redis", "Memcached"],
        "from \"Choosing between X and Y\""
    );
    let q = asked(&d);
    assert_eq!(
        q,
        [
            "Do you want persistence? +redis",
            "Does your team run a simple cache already? +memcached",
            "Do you need pub/sub? +redis",
        ]
    );
    // The reason is the post's own sentence; a question heading that is not yes/no is not asked.
    assert_eq!(
        c.questions[0].answers[0].reason.as_deref(),
        Some("If you want persistence, use Redis")
    );
    assert!(!q.iter().any(|t| t.contains("How fast")));
}

#[test]
fn best_suited_lists_and_like_and_hate_tables() {
    let d = draft(&article("best-suited.md"));
    let c = load::checked(round_trip(&d)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(c.options.len(), 3);
    let q = asked(&d);
    assert!(
        q.contains(&"Is it for apps with complex state? +react".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Will you be adding interactivity to an existing page? +vue".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Do you want everything included? +angular".to_owned()),
        "{q:#?}"
    );
    assert!(
        q.contains(&"Is a steep learning curve a problem for you? -angular".to_owned()),
        "{q:#?}"
    );
    // A like/hate table is read as reasons, not as a grid.
    assert!(c.grid.rows.iter().all(|r| r.feature != "A small core"));
}

#[test]
fn at_most_twelve_questions_are_proposed_the_rest_are_candidates_and_the_author_picks() {
    // Fifteen pros: twelve in the draft (each option with its best), three candidates.
    let mut md = String::from("# Alpha vs Beta\n\nTwo tools.\n\n## Advantages of Alpha\n\n");
    for quality in [
        "Speed",
        "Safety",
        "Documentation",
        "Tooling",
        "Community",
        "Plugins",
        "Testing",
        "Packaging",
        "Stability",
        "Portability",
    ] {
        md.push_str(&format!("- {quality}\n"));
    }
    md.push_str("\n## Advantages of Beta\n\n");
    for quality in ["Pricing", "Support", "Hosting", "Security", "Logging"] {
        md.push_str(&format!("- {quality}\n"));
    }
    let d = draft(&md);
    assert_eq!(d.content.questions.len(), 12);
    assert_eq!(d.proposals.len(), 15);
    assert_eq!(d.kept.iter().filter(|k| **k).count(), 12);
    assert!(d
        .content
        .questions
        .iter()
        .any(|q| q.answers[0].weights.get("beta").is_some()));
    assert!(d.notes.iter().any(|n| n.contains("3 more questions")));
    // The author keeps only the first two and the last candidate.
    let mut keep = vec![false; d.proposals.len()];
    keep[0] = true;
    keep[1] = true;
    keep[14] = true;
    let picked = d.with(&keep, &vec![true; d.content.grid.rows.len()]);
    assert_eq!(picked.questions.len(), 3);
    assert_eq!(picked.questions[2].text, d.proposals[14].text);
}

#[test]
fn near_duplicates_are_merged_the_stronger_kept() {
    // The short answer, the decision line and the when-to-choose item all ask about an admin
    // panel: one question, the decision line's, with the item's reason.
    let md = "# Django vs Flask\n\nTwo frameworks.\n\n## Short answer\n\nUse Django if you need an admin panel.\n\n## When to choose Django\n\n- You need an admin panel and users\n\n## When to choose Flask\n\n- You want a small API\n\n## Decide\n\nDo you need an admin panel? → Django\n";
    let d = draft(md);
    let texts: Vec<&str> = d
        .content
        .questions
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(
        texts.iter().filter(|t| t.contains("admin panel")).count(),
        1,
        "{texts:?}"
    );
    assert_eq!(texts[0], "Do you need an admin panel?");
}

/// The proposed questions' texts, each with the option it leans to ("+" toward, "-" away).
fn asked(d: &Draft) -> Vec<String> {
    d.content
        .questions
        .iter()
        .map(|q| {
            let (option, weight) = q.answers[0]
                .weights
                .iter()
                .next()
                .map(|(o, w)| (o.clone(), *w))
                .unwrap();
            format!("{} {}{option}", q.text, if weight > 0 { "+" } else { "-" })
        })
        .collect()
}

#[test]
fn a_name_that_starts_with_vs_and_a_table_aligned_with_tabs() {
    let post = "# VS Code vs Sublime Text\n\nTwo editors, compared.\n\n## Overview\n\n\
                |      | **VS Code** \t| **Sublime Text** \t|\n|---\t|---\t| --- |\n\
                | *Goal of use* | General-purpose <BR> editor | A fast editor |\n\
                | *Ease of use*\t| Beginner-friendly | Some learning |\n";
    let d = draft(post);
    let names: Vec<&str> = d.content.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["VS Code", "Sublime Text"]);
    let rows: Vec<&str> = d
        .content
        .grid
        .rows
        .iter()
        .map(|r| r.feature.as_str())
        .collect();
    assert_eq!(rows, ["Goal of use", "Ease of use"]);
}

#[test]
fn a_table_column_headed_by_two_names_is_each_ones() {
    let post = "# Emacs, Vim and Nano\n\nThree editors.\n\n\
                | | **Nano** | **Emacs** and **Vim** |\n|---|---|---|\n\
                | Learning | Gentle | Steep |\n| Runs in a terminal | Yes | Yes |\n";
    let d = draft(post);
    let names: Vec<&str> = d.content.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Emacs", "Vim", "Nano"]);
    let row = &d.content.grid.rows[0];
    assert_eq!(row.feature, "Learning");
    let cells: Vec<&str> = d
        .content
        .options
        .iter()
        .map(|o| row.cells.get(&o.id).map_or("", String::as_str))
        .collect();
    assert_eq!(cells, ["Steep", "Steep", "Gentle"]);
}
