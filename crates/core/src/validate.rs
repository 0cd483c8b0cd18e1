//! Content rules. Every problem names the path of the offending value
//! (`questions[3].answers[1].weights.fastapi`) and says what to do, and all problems are
//! reported at once so an author can fix a file in one pass.
//!
//! The work is bounded by the limits below, whatever the content: lists past their limit are said
//! once and not walked further, a field past its length is not scanned for links, and ids are
//! looked up in sets (a list of 200,000 grid rows checked by linear search took 107 s).

use std::collections::BTreeSet;

use super::content::{Content, Section};
use super::markup;
use super::problem::Problem;

pub use verdict_model::limits::*;

/// Checks every content rule and returns all problems found (empty when the content is fine).
pub fn validate(content: &Content) -> Vec<Problem> {
    let mut out = Checker {
        problems: Vec::new(),
    };
    out.id("id", &content.id);
    if !CLOSE_MARGIN.contains(&content.close_margin) {
        out.push(
            "close_margin",
            format!(
                "is {}; it must be between {} and {}",
                content.close_margin,
                CLOSE_MARGIN.start(),
                CLOSE_MARGIN.end()
            ),
        );
    }
    out.text("title", &content.title, MAX_SHORT_TEXT);
    out.optional_rich("intro", content.intro.as_deref(), MAX_LONG_TEXT);
    if let Some(section) = &content.short_answer {
        out.section("short_answer", section);
    }

    let option_ids = out.unique_ids("options", content.options.iter().map(|o| o.id.as_str()));
    if !OPTIONS.contains(&content.options.len()) {
        out.push(
            "options",
            format!(
                "has {}; a comparison needs {} to {} options",
                count(content.options.len(), "option"),
                OPTIONS.start(),
                OPTIONS.end()
            ),
        );
    }
    // Past the limit the list is said once (above), not walked: its size is the author's to fix.
    for (i, option) in content.options.iter().enumerate().take(*OPTIONS.end()) {
        let at = format!("options[{i}]");
        out.text(&format!("{at}.name"), &option.name, MAX_SHORT_TEXT);
        out.optional_text(
            &format!("{at}.tagline"),
            option.tagline.as_deref(),
            MAX_SHORT_TEXT,
        );
        if let Some(about) = &option.about {
            out.section(&format!("{at}.about"), about);
        }
        for (j, section) in option.when_to_choose.iter().enumerate() {
            out.section(&format!("{at}.when_to_choose[{j}]"), section);
        }
        for (j, user) in option.used_by.iter().enumerate() {
            out.text(&format!("{at}.used_by[{j}]"), user, MAX_SHORT_TEXT);
        }
    }

    let row_ids = out.unique_ids(
        "grid.rows",
        content
            .grid
            .rows
            .iter()
            .take(MAX_ROWS)
            .map(|r| r.id.as_str()),
    );
    check_grid(&mut out, content, &option_ids);
    check_questions(&mut out, content, &option_ids, &row_ids);

    if let Some(usage) = &content.usage {
        out.section("usage", usage);
    }
    if let Some(verdict) = &content.verdict {
        out.text("verdict.title", &verdict.title, MAX_SHORT_TEXT);
        out.optional_rich("verdict.body", verdict.body.as_deref(), MAX_LONG_TEXT);
        out.optional_rich("verdict.after", verdict.after.as_deref(), MAX_LONG_TEXT);
        for (j, bullet) in verdict.bullets.iter().enumerate() {
            out.rich(&format!("verdict.bullets[{j}]"), bullet, MAX_LONG_TEXT);
        }
        if let Some(pick) = &verdict.pick {
            out.known_option("verdict.pick", pick, &option_ids);
        }
    }
    out.optional_rich("closing", content.closing.as_deref(), MAX_LONG_TEXT);
    out.problems
}

fn check_grid(out: &mut Checker, content: &Content, option_ids: &Ids<'_>) {
    out.text(
        "grid.feature_label",
        &content.grid.feature_label,
        MAX_SHORT_TEXT,
    );
    out.optional_text("grid.title", content.grid.title.as_deref(), MAX_SHORT_TEXT);
    if content.grid.rows.is_empty() {
        out.push(
            "grid.rows",
            "is empty; add at least one feature row".to_owned(),
        );
    }
    if content.grid.rows.len() > MAX_ROWS {
        out.push(
            "grid.rows",
            format!(
                "has {} rows; at most {MAX_ROWS} are allowed (only the first {MAX_ROWS} were checked)",
                content.grid.rows.len()
            ),
        );
    }
    for (i, row) in content.grid.rows.iter().enumerate().take(MAX_ROWS) {
        let at = format!("grid.rows[{i}]");
        out.text(&format!("{at}.feature"), &row.feature, MAX_SHORT_TEXT);
        for option in content.options.iter().take(*OPTIONS.end()) {
            if !row.cells.contains_key(&option.id) {
                out.push(
                    &format!("{at}.cells"),
                    format!(
                        "has no cell for option \"{}\"; add one (\"-\" if nothing applies)",
                        option.id
                    ),
                );
            }
        }
        for (key, value) in &row.cells {
            let cell = format!("{at}.cells.{key}");
            out.known_option(&cell, key, option_ids);
            out.rich(&cell, value, MAX_SHORT_TEXT);
        }
    }
}

fn check_questions(out: &mut Checker, content: &Content, option_ids: &Ids<'_>, row_ids: &Ids<'_>) {
    if content.questions.is_empty() {
        out.push(
            "questions",
            "is empty; add at least one question".to_owned(),
        );
    }
    if content.questions.len() > MAX_QUESTIONS {
        out.push(
            "questions",
            format!(
                "has {} questions; at most {MAX_QUESTIONS} are allowed (only the first \
                 {MAX_QUESTIONS} were checked)",
                content.questions.len()
            ),
        );
    }
    let questions = content.questions.iter().take(MAX_QUESTIONS);
    out.unique_ids("questions", questions.clone().map(|q| q.id.as_str()));
    for (i, question) in questions.enumerate() {
        let at = format!("questions[{i}]");
        out.text(&format!("{at}.text"), &question.text, MAX_SHORT_TEXT);
        out.optional_rich(
            &format!("{at}.help"),
            question.help.as_deref(),
            MAX_LONG_TEXT,
        );
        if !ANSWERS.contains(&question.answers.len()) {
            out.push(
                &format!("{at}.answers"),
                format!(
                    "has {}; a question needs {} to {} answers",
                    count(question.answers.len(), "answer"),
                    ANSWERS.start(),
                    ANSWERS.end()
                ),
            );
        }
        let answers = question.answers.iter().take(*ANSWERS.end());
        out.unique_ids(
            &format!("{at}.answers"),
            answers.clone().map(|a| a.id.as_str()),
        );
        for (j, row) in question.rows.iter().enumerate().take(MAX_ROWS) {
            if !row_ids.contains(row.as_str()) {
                out.push(
                    &format!("{at}.rows[{j}]"),
                    format!("names grid row \"{row}\", which does not exist; use one of the ids in grid.rows"),
                );
            }
        }
        for (j, answer) in answers.enumerate() {
            let at = format!("{at}.answers[{j}]");
            out.text(&format!("{at}.label"), &answer.label, MAX_SHORT_TEXT);
            out.optional_rich(
                &format!("{at}.reason"),
                answer.reason.as_deref(),
                MAX_LONG_TEXT,
            );
            out.optional_rich(&format!("{at}.note"), answer.note.as_deref(), MAX_LONG_TEXT);
            for (option, weight) in &answer.weights {
                let path = format!("{at}.weights.{option}");
                out.known_option(&path, option, option_ids);
                if !WEIGHTS.contains(weight) {
                    out.push(
                        &path,
                        format!(
                            "is {weight}; weights must be between {} and {}",
                            WEIGHTS.start(),
                            WEIGHTS.end()
                        ),
                    );
                }
            }
            for (k, option) in answer.rules_out.iter().enumerate().take(*OPTIONS.end() + 1) {
                let path = format!("{at}.rules_out[{k}]");
                out.known_option(&path, option, option_ids);
                if answer.rules_out[..k].contains(option) {
                    out.push(&path, format!("names \"{option}\" twice"));
                }
            }
            if answer.rules_out.len() > *OPTIONS.end() {
                out.push(
                    &format!("{at}.rules_out"),
                    format!(
                        "names {} options; a comparison has at most {}",
                        answer.rules_out.len(),
                        OPTIONS.end()
                    ),
                );
            }
            if answer.reason.is_none() {
                if answer.weights.values().any(|w| *w != 0) {
                    out.push(
                        &format!("{at}.reason"),
                        "is missing; an answer that moves the score must say why".to_owned(),
                    );
                } else if !answer.rules_out.is_empty() {
                    out.push(
                        &format!("{at}.reason"),
                        "is missing; an answer that rules an option out must say why".to_owned(),
                    );
                }
            }
        }
    }
}

/// The distinct ids of a list: a set to look them up, and the order written to list them.
#[derive(Default)]
struct Ids<'a> {
    set: BTreeSet<&'a str>,
    order: Vec<&'a str>,
}

impl<'a> Ids<'a> {
    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// Adds `id`; false when it was already there.
    fn insert(&mut self, id: &'a str) -> bool {
        let new = self.set.insert(id);
        if new {
            self.order.push(id);
        }
        new
    }
}

/// Control characters no field may hold: C0 but tab and line feed, DEL and C1. A terminal
/// reads some as commands (a content file could otherwise rewrite a CI log), and none shows.
pub fn is_refused_control(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// "1 option", "3 options": English counts for authors (the rules, the studio, the tools speak
/// English; the widget's own words for readers are [`super::locale`]'s).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Collects problems; small helpers keep each rule one line at the call site.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: &str, message: String) {
        self.problems.push(Problem::at(path, message));
    }

    fn id(&mut self, path: &str, id: &str) {
        if id.is_empty() {
            self.push(
                path,
                "is empty; give it a short id such as \"django\"".to_owned(),
            );
        } else if id.len() > MAX_ID {
            self.push(
                path,
                format!(
                    "is {} characters long; ids may have at most {MAX_ID}",
                    id.len()
                ),
            );
        } else if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            self.push(
                path,
                format!("\"{id}\" may use only lowercase letters, digits, '-' and '_'"),
            );
        }
    }

    /// Checks every id and reports duplicates; returns the set of ids seen.
    fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> Ids<'a> {
        let mut seen = Ids::default();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            self.id(&path, id);
            if !seen.insert(id) {
                self.push(
                    &path,
                    format!("\"{id}\" is used twice in {list}; ids must be unique"),
                );
            }
        }
        seen
    }

    fn known_option(&mut self, path: &str, id: &str, option_ids: &Ids<'_>) {
        if !option_ids.contains(id) {
            let known = &option_ids.order;
            self.push(
                path,
                format!(
                    "names option \"{id}\", which does not exist; use one of: {}",
                    known.join(", ")
                ),
            );
        }
    }

    /// Text of at most `max` characters, not blank, without control characters; true when it
    /// passed (so the caller may look inside it).
    fn text(&mut self, path: &str, text: &str, max: usize) -> bool {
        if text.trim().is_empty() {
            self.push(
                path,
                "is empty; write some text or remove the field".to_owned(),
            );
            return false;
        }
        let chars = text.chars().count();
        if chars > max {
            self.push(
                path,
                format!("is {chars} characters long; shorten it to at most {max}"),
            );
            return false;
        }
        if let Some((at, c)) = text
            .chars()
            .enumerate()
            .find(|(_, c)| is_refused_control(*c))
        {
            self.push(
                path,
                format!(
                    "holds the control character U+{:04X} at character {}; remove it (a line \
                     break is written \\n, a tab \\t; nothing else of that kind is shown)",
                    u32::from(c),
                    at + 1
                ),
            );
            return false;
        }
        true
    }

    fn optional_text(&mut self, path: &str, text: Option<&str>, max: usize) {
        if let Some(text) = text {
            self.text(path, text, max);
        }
    }

    /// Prose that may use the inline markup: also refuses links that are not http(s).
    fn rich(&mut self, path: &str, text: &str, max: usize) {
        if !self.text(path, text, max) {
            return;
        }
        for href in markup::refused_links(text) {
            self.push(
                path,
                format!("links to \"{href}\"; only http:// and https:// links are allowed"),
            );
        }
    }

    fn optional_rich(&mut self, path: &str, text: Option<&str>, max: usize) {
        if let Some(text) = text {
            self.rich(path, text, max);
        }
    }

    fn section(&mut self, path: &str, section: &Section) {
        self.text(&format!("{path}.title"), &section.title, MAX_SHORT_TEXT);
        self.optional_rich(
            &format!("{path}.body"),
            section.body.as_deref(),
            MAX_LONG_TEXT,
        );
        self.optional_rich(
            &format!("{path}.after"),
            section.after.as_deref(),
            MAX_LONG_TEXT,
        );
        for (i, point) in section.points.iter().enumerate() {
            self.rich(&format!("{path}.points[{i}]"), point, MAX_LONG_TEXT);
        }
        for (i, bullet) in section.bullets.iter().enumerate() {
            self.rich(&format!("{path}.bullets[{i}]"), bullet, MAX_LONG_TEXT);
        }
        for (i, code) in section.code.iter().enumerate() {
            self.text(
                &format!("{path}.code[{i}].language"),
                &code.language,
                MAX_LANGUAGE,
            );
            self.optional_text(
                &format!("{path}.code[{i}].caption"),
                code.caption.as_deref(),
                MAX_SHORT_TEXT,
            );
            self.text(&format!("{path}.code[{i}].source"), &code.source, MAX_CODE);
        }
    }
}
