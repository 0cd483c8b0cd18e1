//! The content model: one comparison ("X vs Y vs …") as plain data.
//!
//! Everything a widget shows comes from a [`Content`]: the options, the quiz questions with the
//! weights each answer gives, the comparison grid and the article's supporting material. The
//! model is plain data with no web types: serde reads and writes it (`load` reads it with its
//! paths, `validate` checks its rules), and it is parsed, validated and scored natively.
//!
//! Field names are the JSON names (`docs/content.schema.json`; a test keeps the two in step).
//! Unknown fields are refused, so a typo is reported rather than silently ignored. Every field
//! is written, so the compact binary form (`load::to_bytes`) reads back field by field;
//! `write::to_json` leaves the empty optional ones out of files for people.

use serde::{Deserialize, Serialize};

use super::id_map::IdMap;

/// One comparison, as written by an author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// The JSON Schema an author's editor checks the file against (`$schema`); the widget
    /// ignores it, and keeps it when it writes the file back.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Stable identifier, used in share links and storage keys (`django-vs-flask`).
    pub id: String,
    /// Bumped by the author whenever questions or answers change meaning, so old links and saved
    /// progress are recognised as stale instead of being misread.
    pub version: u32,
    /// The widget's heading.
    pub title: String,
    /// One or two sentences under the heading.
    pub intro: Option<String>,
    /// The article's short answer, shown before the quiz starts.
    pub short_answer: Option<Section>,
    /// A lead of at most this many points over the runner-up is reported as a close call.
    #[serde(default = "default_close_margin")]
    pub close_margin: u32,
    /// The things being compared, in the order the author wants them shown.
    pub options: Vec<Choice>,
    /// The quiz, in order.
    pub questions: Vec<Question>,
    /// The comparison table.
    pub grid: Grid,
    /// Who uses which option in production.
    pub usage: Option<Section>,
    /// The author's overall verdict.
    pub verdict: Option<Verdict>,
    /// The article's closing line.
    pub closing: Option<String>,
}

/// One of the things being compared (a framework, a database, a language…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Identifier used by weights and grid cells (`django`).
    pub id: String,
    /// Display name (`Django`).
    pub name: String,
    /// A few words that say what it is.
    pub tagline: Option<String>,
    /// "What is X?": a description, perhaps with a list and a code sample.
    pub about: Option<Section>,
    /// "When to choose X": the situations where this option is the better pick.
    #[serde(default)]
    pub when_to_choose: Vec<Section>,
    /// Companies or projects known to use it.
    #[serde(default)]
    pub used_by: Vec<String>,
}

/// A titled piece of prose: a body, optional bullets and code samples, and a closing remark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading.
    pub title: String,
    /// The paragraph under the heading.
    pub body: Option<String>,
    /// Short paragraphs, shown in order (used where a section is a list of statements).
    #[serde(default)]
    pub points: Vec<String>,
    /// A bulleted list.
    #[serde(default)]
    pub bullets: Vec<String>,
    /// Code samples, shown after the body and bullets.
    #[serde(default)]
    pub code: Vec<CodeSample>,
    /// A remark after everything else.
    pub after: Option<String>,
}

/// A short code example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeSample {
    /// Language label shown above the code (`python`).
    pub language: String,
    /// Optional caption; the code's own first-line comment often says enough.
    pub caption: Option<String>,
    /// The code, with its indentation.
    pub source: String,
}

/// One quiz question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Identifier, unique within the content.
    pub id: String,
    /// The question as the reader sees it.
    pub text: String,
    /// A line of help under the question.
    pub help: Option<String>,
    /// The possible answers. "Not sure" and "Skip" are offered by the widget itself.
    pub answers: Vec<Answer>,
    /// Ids of the grid rows this question is about; they are highlighted once it is answered.
    #[serde(default)]
    pub rows: Vec<String>,
}

/// One answer to a question and where it pushes the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Identifier, unique within its question.
    pub id: String,
    /// The control's visible label (and so its accessible name).
    pub label: String,
    /// Points per option id; options not named get nothing.
    #[serde(default)]
    pub weights: IdMap<i32>,
    /// Why this answer counts: shown in the result's reasons.
    pub reason: Option<String>,
    /// Advice that applies whoever wins (e.g. "Flask first, then Django").
    pub note: Option<String>,
}

/// The comparison table: one row per feature, one cell per option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// The table's heading.
    pub title: Option<String>,
    /// The header of the feature column.
    #[serde(default = "default_feature_label")]
    pub feature_label: String,
    /// The rows, in order.
    pub rows: Vec<GridRow>,
}

/// One feature compared across all options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridRow {
    /// Identifier that questions refer to.
    pub id: String,
    /// The feature's name.
    pub feature: String,
    /// The value per option id.
    pub cells: IdMap<String>,
}

/// The author's overall verdict, which may favour one option for a given audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The heading.
    pub title: String,
    /// The option the verdict favours, if any.
    pub pick: Option<String>,
    /// The paragraph under the heading.
    pub body: Option<String>,
    /// The reasons, as a list.
    #[serde(default)]
    pub bullets: Vec<String>,
    /// A closing remark.
    pub after: Option<String>,
}

impl Content {
    /// The index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    /// The index of the grid row with this id.
    pub fn row_index(&self, id: &str) -> Option<usize> {
        self.grid.rows.iter().position(|r| r.id == id)
    }
}

/// The close-call margin when the author gives none.
fn default_close_margin() -> u32 {
    2
}

/// The feature column's header when the author gives none.
fn default_feature_label() -> String {
    "Feature".to_owned()
}
