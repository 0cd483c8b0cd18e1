//! A comparison as Markdown that reads well on its own, for where no widget and no frame can go
//! (Medium, Substack, a README, a feed): the title and introduction, a picture of the card
//! linking to the hosted quiz, "Choose X if …" lines per option, the grid as a GFM table and the
//! verdict. Its inline markup is the widget's, which is Markdown's.

use super::content::Content;

/// Where the Markdown points: the hosted quiz and its card picture (absolute addresses), when
/// the comparison is published.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// The page that runs the quiz.
    pub quiz: Option<String>,
    /// The 1200×630 card.
    pub card: Option<String>,
}

/// `content` as Markdown.
pub fn to_markdown(content: &Content, links: &Links) -> String {
    let mut out = format!("# {}\n\n", line(&content.title));
    if let Some(intro) = &content.intro {
        out.push_str(&format!("{}\n\n", intro.trim()));
    }
    match (&links.card, &links.quiz) {
        (Some(card), Some(quiz)) => out.push_str(&format!(
            "[![{}: take the quiz]({card})]({quiz})\n\n",
            line(&content.title)
        )),
        (None, Some(quiz)) => out.push_str(&format!(
            "**[Take the quiz]({quiz})**: {} questions, a recommendation with its reasons.\n\n",
            content.questions.len()
        )),
        _ => {}
    }
    for option in &content.options {
        let mut reasons: Vec<String> = option
            .when_to_choose
            .iter()
            .map(|s| line(&s.title))
            .collect();
        if reasons.is_empty() {
            // Without sections: the answers that lean most toward it.
            for q in &content.questions {
                for a in &q.answers {
                    if a.weights.get(&option.id).is_some_and(|w| *w >= 2) {
                        reasons.push(format!("{} {}", line(&q.text), line(&a.label)));
                    }
                }
            }
        }
        if reasons.is_empty() {
            continue;
        }
        out.push_str(&format!("## Choose {} if…\n\n", line(&option.name)));
        for r in reasons.iter().take(8) {
            out.push_str(&format!("- {r}\n"));
        }
        out.push('\n');
    }
    if !content.grid.rows.is_empty() {
        out.push_str(&format!(
            "## {}\n\n",
            line(content.grid.title.as_deref().unwrap_or("At a glance"))
        ));
        out.push_str(&format!("| {} |", cell(&content.grid.feature_label)));
        for o in &content.options {
            out.push_str(&format!(" {} |", cell(&o.name)));
        }
        out.push_str(&format!(
            "\n|---|{}\n",
            "---|".repeat(content.options.len())
        ));
        for row in &content.grid.rows {
            out.push_str(&format!("| {} |", cell(&row.feature)));
            for o in &content.options {
                out.push_str(&format!(
                    " {} |",
                    cell(row.cells.get(&o.id).map_or("-", String::as_str))
                ));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if let Some(verdict) = &content.verdict {
        out.push_str(&format!("## {}\n\n", line(&verdict.title)));
        if let Some(body) = &verdict.body {
            out.push_str(&format!("{}\n\n", body.trim()));
        }
        for b in &verdict.bullets {
            out.push_str(&format!("- {}\n", line(b)));
        }
        if !verdict.bullets.is_empty() {
            out.push('\n');
        }
    }
    if let Some(closing) = &content.closing {
        out.push_str(&format!("{}\n\n", closing.trim()));
    }
    if let Some(quiz) = &links.quiz {
        out.push_str(&format!("*Not sure? [Answer {} questions]({quiz}) and get a recommendation with its reasons.*\n", content.questions.len()));
    }
    out.trim_end().to_owned() + "\n"
}

/// Text on one line (a heading's, a list item's).
fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text for a table cell: one line, its pipes escaped.
fn cell(text: &str) -> String {
    line(text).replace('|', "\\|")
}
