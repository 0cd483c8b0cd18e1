//! The content model: one comparison ("X vs Y vs …") as plain data.
//!
//! Everything a widget shows comes from a [`Content`]: the options, the quiz questions with the
//! weights each answer gives, the comparison grid and the article's supporting material. The
//! model is plain serde data with no web types, so it is parsed, validated and scored natively.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The article this widget was built for, compiled into the binary as the default content.
pub const DEFAULT_CONTENT_JSON: &str = include_str!("../../content/django-vs-flask.json");

/// One comparison, as written by an author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Stable identifier, used in share links and storage keys (`django-vs-flask`).
    pub id: String,
    /// Bumped by the author whenever questions or answers change meaning, so old links and saved
    /// progress are recognised as stale instead of being misread.
    pub version: u32,
    /// The widget's heading.
    pub title: String,
    /// One or two sentences under the heading.
    #[serde(default)]
    pub intro: Option<String>,
    /// The article's short answer, shown before the quiz starts.
    #[serde(default)]
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
    #[serde(default)]
    pub usage: Option<Section>,
    /// The author's overall verdict.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// The article's closing line.
    #[serde(default)]
    pub closing: Option<String>,
}

fn default_close_margin() -> u32 {
    2
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
    #[serde(default)]
    pub tagline: Option<String>,
    /// "What is X?": a description, perhaps with a list and a code sample.
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
    pub after: Option<String>,
}

/// A short code example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeSample {
    /// Language label shown above the code (`python`).
    pub language: String,
    /// Optional caption; the code's own first-line comment often says enough.
    #[serde(default)]
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
    #[serde(default)]
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
    pub weights: BTreeMap<String, i32>,
    /// Why this answer counts: shown in the result's reasons.
    #[serde(default)]
    pub reason: Option<String>,
    /// Advice that applies whoever wins (e.g. "Flask first, then Django").
    #[serde(default)]
    pub note: Option<String>,
}

/// The comparison table: one row per feature, one cell per option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// The table's heading.
    #[serde(default)]
    pub title: Option<String>,
    /// The header of the feature column.
    #[serde(default = "default_feature_label")]
    pub feature_label: String,
    /// The rows, in order.
    pub rows: Vec<GridRow>,
}

fn default_feature_label() -> String {
    "Feature".to_owned()
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
    pub cells: BTreeMap<String, String>,
}

/// The author's overall verdict, which may favour one option for a given audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The heading.
    pub title: String,
    /// The option the verdict favours, if any.
    #[serde(default)]
    pub pick: Option<String>,
    /// The paragraph under the heading.
    #[serde(default)]
    pub body: Option<String>,
    /// The reasons, as a list.
    #[serde(default)]
    pub bullets: Vec<String>,
    /// A closing remark.
    #[serde(default)]
    pub after: Option<String>,
}

impl Content {
    /// Parses content from JSON. Structural problems (wrong types, unknown fields) are reported
    /// here; the content rules are checked by [`crate::core::validate`].
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The embedded default content (the Django vs Flask article).
    ///
    /// The embedded file is checked by the test suite, so a failure here is a build defect; the
    /// caller still gets a `Result` so the widget can show a message instead of panicking.
    pub fn embedded_default() -> Result<Self, serde_json::Error> {
        Self::from_json(DEFAULT_CONTENT_JSON)
    }

    /// The index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }

    /// The index of the grid row with this id.
    pub fn row_index(&self, id: &str) -> Option<usize> {
        self.grid.rows.iter().position(|r| r.id == id)
    }
}
