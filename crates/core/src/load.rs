//! The one way content gets in: JSON text → [`Content`] through serde, then the content rules;
//! and the compact form checked content travels in (postcard): baked into the widget for its
//! default article, and handed to the widget by the reader for any other.
//!
//! Every problem comes back as a [`Problem`] with a path and words an author can act on:
//! - a syntax error: its line and column (`serde_json`'s position) and what was expected;
//! - a shape error (missing field, wrong type, unknown field, a key written twice): serde stops
//!   at the first, so the document is walked against the model by [`shape::problems`], which
//!   finds every one, each with the JSON path of its value, in words rather than serde's type
//!   names, with "did you mean" for a mistyped field: an author fixes them all at once;
//! - once the shape is right, every rule problem at once ([`super::validate`]).
//!
//! The checker (loaded only where the loader's own reading of a page's JSON fails), the CLI and
//! the studio read JSON here; the widget decodes the compact form and holds it to the rules
//! ([`from_bytes_checked`]): the loader writes that form itself from JSON of the right shape.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::error::Category;

use super::content::Content;
use super::json_path;
use super::problem::Problem;
use super::shape;
use super::validate;

/// The article this widget was built for, as its author wrote it.
pub const DEFAULT_CONTENT_JSON: &str = include_str!("../../../content/django-vs-flask.json");

/// The same article, checked and baked by build.rs into the compact form.
const DEFAULT_CONTENT: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/default-content.postcard"));

/// What a widget was given to show: usable content, or every reason it cannot be used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Loaded {
    /// Valid content.
    Content(Rc<Content>),
    /// Content that could not be used, with every problem found.
    Problems(Rc<Vec<Problem>>),
}

impl From<Result<Content, Vec<Problem>>> for Loaded {
    fn from(result: Result<Content, Vec<Problem>>) -> Self {
        match result {
            Ok(content) => Loaded::Content(Rc::new(content)),
            Err(problems) => Loaded::Problems(Rc::new(problems)),
        }
    }
}

/// The article this widget was built for, from the copy baked into the binary. The test suite
/// checks that copy against the file and the rules, so a problem here is a build defect; it is
/// still returned, so the widget can say so instead of panicking.
pub fn embedded_default() -> Result<Content, Vec<Problem>> {
    postcard::from_bytes(DEFAULT_CONTENT).map_err(|_| {
        vec![Problem::at(
            "",
            "the built-in comparison could not be read; this build of the widget is damaged",
        )]
    })
}

/// `loaded` in the compact form the reader hands to the widget.
pub fn to_bytes(loaded: &Loaded) -> Vec<u8> {
    postcard::to_allocvec(loaded).unwrap_or_default()
}

/// What the reader handed over, from its compact form.
pub fn from_bytes(bytes: &[u8]) -> Loaded {
    postcard::from_bytes(bytes).unwrap_or_else(|_| {
        Loaded::Problems(Rc::new(vec![Problem::at(
            "",
            "the content could not be handed to the widget (the widget's files are from different builds)",
        )]))
    })
}

/// What the loader handed over, held to the content rules. The loader encodes valid-looking JSON
/// into this form itself (so that a page with its own comparison needs no checker); the rules run
/// here, and their problems are shown as the checker would have listed them. Content checked at a
/// site's build passes them again, at a cost of microseconds.
pub fn from_bytes_checked(bytes: &[u8]) -> Loaded {
    match from_bytes(bytes) {
        Loaded::Content(content) => {
            let problems = validate::validate(&content);
            if problems.is_empty() {
                Loaded::Content(content)
            } else {
                Loaded::Problems(Rc::new(problems))
            }
        }
        problems => problems,
    }
}

/// Reads and checks content written as JSON text.
pub fn from_json(text: &str) -> Result<Content, Vec<Problem>> {
    // A byte-order mark is how some editors start a UTF-8 file: not part of the document.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > validate::MAX_CONTENT_BYTES {
        return Err(vec![Problem::at(
            "",
            format!(
                "the file has {} bytes; a comparison may have at most {} (1 MiB). Split it, or \
                 shorten its longest texts",
                text.len(),
                validate::MAX_CONTENT_BYTES
            ),
        )]);
    }
    if text.trim_start().starts_with('<') {
        return Err(vec![Problem::at(
            "",
            "the file is HTML, not JSON: is the address right? (A site that answers every \
             address with a page, as single-page apps do, sends HTML for a file it does not \
             have.)",
        )]);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = serde::Deserialize::deserialize(&mut deserializer)
        .and_then(|content| deserializer.end().map(|()| content));
    let content = read.map_err(|error| {
        if text.trim().is_empty() {
            return vec![Problem::at(
                "",
                "the file is empty; it should hold one JSON object ({…})",
            )];
        }
        if matches!(error.classify(), Category::Syntax | Category::Eof) {
            return vec![syntax_problem(&error)];
        }
        // serde stops at the first shape mistake; the document's every one is found by the
        // shape pass, each by kind and with its path.
        let found = serde_json::from_str::<shape::Node>(text)
            .map(|document| shape::problems(&document))
            .unwrap_or_default();
        if found.is_empty() {
            // The pass and the model disagree (a test holds them together): still say where.
            let at = json_path::offset_of(text, error.line(), error.column());
            return vec![Problem::at(
                json_path::to_text(&json_path::path_at(text, at)),
                format!(
                    "cannot be read as the content model says: {}",
                    without_position(&error.to_string())
                ),
            )];
        }
        found
    })?;
    checked(content)
}

/// Content whose shape is right, checked against every rule.
pub fn checked(content: Content) -> Result<Content, Vec<Problem>> {
    let problems = validate::validate(&content);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// serde_json's message without its " at line L column C" tail (the position is reported apart).
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// A syntax error: where it is, and what was expected there, in an author's words.
fn syntax_problem(error: &serde_json::Error) -> Problem {
    let what = without_position(&error.to_string());
    let words = match what.as_str() {
        "EOF while parsing a list" => "the file ends inside a list; close it with ']'",
        "EOF while parsing an object" => "the file ends inside an object; close it with '}'",
        "EOF while parsing a string" => "the file ends inside a string; close it with '\"'",
        "EOF while parsing a value" => "the file ends where a value was expected",
        "expected `:`" => "expected ':' after a field name",
        "expected `,` or `]`" => "expected ',' or ']' after an item of a list",
        "expected `,` or `}`" => "expected ',' or '}' after a field",
        "expected ident" => "expected true, false or null",
        "expected value" => "expected a value (a string, number, list or object)",
        "invalid escape" => "unknown escape after '\\'; write \\\\ for a backslash",
        "invalid number" => "this is not a number JSON understands",
        "number out of range" => "this number is too large",
        "key must be a string" => "expected a field name in double quotes",
        "trailing comma" => "a trailing comma; remove it",
        "trailing characters" => "unexpected text after the end of the document",
        "recursion limit exceeded" => "the document is nested too deeply",
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            "half of a character: a \\uD800–\\uDBFF escape must be followed by its other half \
             (\\uDC00–\\uDFFF); write the character itself instead"
        }
        other if other.starts_with("control character") => {
            "a string contains a line break or control character; write it as \\n"
        }
        other => other,
    };
    // serde_json puts an error right after a line break at column 0 of the next line; an
    // author looks for it at the end of the line before.
    let place = match (error.line(), error.column()) {
        (line, 0) if line > 1 => format!("at the end of line {}", line - 1),
        (line, column) => format!("line {line}, column {column}"),
    };
    Problem::at("", format!("the file is not valid JSON: {place}: {words}"))
}
