//! The content model: one comparison ("X vs Y vs …") as plain data.
//!
//! Everything a widget shows comes from a [`Content`]: the options, the quiz questions with the
//! weights each answer gives, the comparison grid and the article's supporting material. The
//! model is plain data with no web types: serde reads and writes it (`verdict_core::load` reads
//! it with its paths, `verdict_core::validate` checks its rules).
//!
//! This is the model's one description. With the `schema` feature the JSON Schema is derived
//! from these types (their doc comments are its descriptions, [`crate::limits`] its bounds):
//! `docs/content.schema.json` is that schema (a test fails when it differs), the checker's
//! shape pass walks documents against it, and the loader's TypeScript type comes from it.
//!
//! Unknown fields are refused, so a typo is reported rather than silently ignored. Every field
//! is written, so the compact binary form reads back field by field; `verdict_core::write`
//! leaves the empty optional ones out of files for people.

use serde::{Deserialize, Serialize};

use super::id_map::IdMap;
#[cfg(feature = "schema")]
use super::limits::{
    ANSWERS, CLOSE_MARGIN, ID_PATTERN, MAX_CODE, MAX_CONTENT_BYTES, MAX_LANGUAGE, MAX_LONG_TEXT,
    MAX_QUESTIONS, MAX_ROWS, MAX_SHORT_TEXT, OPTIONS,
};

/// One comparison ("X vs Y vs …") for the verdict decision widget, as its author writes it. See
/// docs/content-format.md. Prose fields may use inline markup: *emphasis*, **strong**, `code`
/// and [text](https://…). Rules a schema cannot say (unique ids, references to options and grid
/// rows, a cell for every option, a reason on every weighted answer, http(s)-only links) are
/// checked by `npx verdict-widget check FILE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "verdict comparison content"))]
// The most bytes the file may have: the loader sends larger files to the checker, which says so.
#[cfg_attr(feature = "schema", schemars(extend("x-max-bytes" = MAX_CONTENT_BYTES)))]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// The JSON Schema an author's editor checks the file against; the widget ignores it, and
    /// keeps it when it writes the file back.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Stable identifier, used in share links and storage keys (`django-vs-flask`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub id: String,
    /// Bumped by the author whenever questions or answers change meaning, so old links and saved
    /// progress are recognised as stale instead of being misread.
    pub version: u32,
    /// The widget's heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub title: String,
    /// One or two sentences under the heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub intro: Option<String>,
    /// The article's short answer, shown before the quiz starts.
    pub short_answer: Option<Section>,
    /// A lead of at most this many points over the runner-up is reported as a close call.
    #[serde(default = "default_close_margin")]
    #[cfg_attr(feature = "schema", schemars(range(min = *CLOSE_MARGIN.start(), max = *CLOSE_MARGIN.end())))]
    pub close_margin: u32,
    /// The things being compared, in the order the author wants them shown.
    #[cfg_attr(feature = "schema", schemars(length(min = *OPTIONS.start(), max = *OPTIONS.end())))]
    pub options: Vec<Choice>,
    /// The quiz, in order.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_QUESTIONS)))]
    pub questions: Vec<Question>,
    /// The comparison table.
    pub grid: Grid,
    /// Who uses which option in production: its heading (and closing remark) for the list
    /// built from each option's `used_by`.
    pub usage: Option<Section>,
    /// The author's overall verdict.
    pub verdict: Option<Verdict>,
    /// The article's closing line.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub closing: Option<String>,
}

/// One of the things being compared (a framework, a database, a language…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Identifier used by weights and grid cells (`django`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub id: String,
    /// Display name (`Django`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub name: String,
    /// A few words that say what it is.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub tagline: Option<String>,
    /// "What is X?": a description, perhaps with a list and a code sample.
    pub about: Option<Section>,
    /// "When to choose X": the situations where this option is the better pick.
    #[serde(default)]
    pub when_to_choose: Vec<Section>,
    /// Companies or projects known to use it.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 1, max = MAX_SHORT_TEXT))))]
    pub used_by: Vec<String>,
}

/// A titled piece of prose: a body, optional bullets and code samples, and a closing remark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub title: String,
    /// The paragraph under the heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub body: Option<String>,
    /// Short paragraphs, shown in order (used where a section is a list of statements).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 1, max = MAX_LONG_TEXT))))]
    pub points: Vec<String>,
    /// A bulleted list.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 1, max = MAX_LONG_TEXT))))]
    pub bullets: Vec<String>,
    /// Code samples, shown after the body and bullets.
    #[serde(default)]
    pub code: Vec<CodeSample>,
    /// A remark after everything else.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub after: Option<String>,
}

/// A short code example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeSample {
    /// Language label shown above the code (`python`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LANGUAGE)))]
    pub language: String,
    /// Optional caption; the code's own first-line comment often says enough.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub caption: Option<String>,
    /// The code, with its indentation.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_CODE)))]
    pub source: String,
}

/// One quiz question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Identifier, unique within the content.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub id: String,
    /// The question as the reader sees it.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub text: String,
    /// A line of help under the question.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub help: Option<String>,
    /// The possible answers. "Not sure" and "Skip" are offered by the widget itself.
    #[cfg_attr(feature = "schema", schemars(length(min = *ANSWERS.start(), max = *ANSWERS.end())))]
    pub answers: Vec<Answer>,
    /// Ids of the grid rows this question is about; they are highlighted once it is answered.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(regex(pattern = ID_PATTERN))))]
    pub rows: Vec<String>,
}

/// One answer to a question and where it pushes the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Identifier, unique within its question.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub id: String,
    /// The control's visible label (and so its accessible name).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub label: String,
    /// Points per option id, from -10 to 10; options not named get nothing.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::id_map::weights_schema")
    )]
    pub weights: IdMap<i32>,
    /// Options this answer rules out whatever their points (a dealbreaker: "Yes" to "Must it run
    /// on Windows?" rules out what does not). A reason is required, as for weights.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(regex(pattern = ID_PATTERN))))]
    pub rules_out: Vec<String>,
    /// Why this answer counts: shown in the result's reasons (required when a weight is not 0 or
    /// it rules an option out).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub reason: Option<String>,
    /// Advice that applies whoever wins (e.g. "Flask first, then Django").
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub note: Option<String>,
}

/// The comparison table: one row per feature, one cell per option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// The table's heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub title: Option<String>,
    /// The header of the feature column.
    #[serde(default = "default_feature_label")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub feature_label: String,
    /// The rows, in order.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ROWS)))]
    pub rows: Vec<GridRow>,
}

/// One feature compared across all options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GridRow {
    /// Identifier that questions refer to.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub id: String,
    /// The feature's name.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub feature: String,
    /// The value per option id (every option needs one; "-" if nothing applies).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::id_map::cells_schema")
    )]
    pub cells: IdMap<String>,
}

/// The author's overall verdict, which may favour one option for a given audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_SHORT_TEXT)))]
    pub title: String,
    /// The id of the option the verdict favours, if any.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = ID_PATTERN)))]
    pub pick: Option<String>,
    /// The paragraph under the heading.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
    pub body: Option<String>,
    /// The reasons, as a list.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 1, max = MAX_LONG_TEXT))))]
    pub bullets: Vec<String>,
    /// A closing remark.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_LONG_TEXT)))]
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

/// The content's JSON Schema, derived from these types (`docs/content.schema.json` is this).
#[cfg(feature = "schema")]
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Content)).unwrap_or_default()
}

/// The close-call margin when the author gives none.
fn default_close_margin() -> u32 {
    2
}

/// The feature column's header when the author gives none.
fn default_feature_label() -> String {
    "Feature".to_owned()
}
