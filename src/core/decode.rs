//! Turns a parsed JSON document into [`Content`], reporting every shape problem (a missing
//! field, a wrong type, an unknown field) with its path, all at once.
//!
//! Where a field cannot be read, decoding carries on with an empty value so the rest of the file
//! is still checked; [`crate::core::validate::load`] then hides rule problems inside paths that
//! already have a shape problem, so one mistake is reported once.

use super::content::{
    Answer, Choice, CodeSample, Content, Grid, GridRow, Question, Section, Verdict,
};
use super::id_map::IdMap;
use super::json::Json;
use super::validate::Problem;

/// Reads content from a parsed document; the problems list is empty when the shape is right.
pub fn content(doc: &Json) -> (Content, Vec<Problem>) {
    let mut d = Decoder::default();
    let c = d.object(String::new(), doc, CONTENT_FIELDS);
    let content = Content {
        id: d.string(&c, "id"),
        version: d
            .integer(&c, "version", true, 0..=u32::MAX as i64)
            .unwrap_or(0) as u32,
        title: d.string(&c, "title"),
        intro: d.opt_string(&c, "intro"),
        short_answer: d.opt_section(&c, "short_answer"),
        close_margin: d.integer(&c, "close_margin", false, 0..=100).unwrap_or(2) as u32,
        options: d.list(&c, "options", true, |d, at, v| {
            let o = d.object(at, v, CHOICE_FIELDS);
            Choice {
                id: d.string(&o, "id"),
                name: d.string(&o, "name"),
                tagline: d.opt_string(&o, "tagline"),
                about: d.opt_section(&o, "about"),
                when_to_choose: d.list(&o, "when_to_choose", false, Decoder::section),
                used_by: d.strings(&o, "used_by"),
            }
        }),
        questions: d.list(&c, "questions", true, |d, at, v| {
            let q = d.object(at, v, QUESTION_FIELDS);
            Question {
                id: d.string(&q, "id"),
                text: d.string(&q, "text"),
                help: d.opt_string(&q, "help"),
                answers: d.list(&q, "answers", true, |d, at, v| {
                    let a = d.object(at, v, ANSWER_FIELDS);
                    Answer {
                        id: d.string(&a, "id"),
                        label: d.string(&a, "label"),
                        weights: d.map(&a, "weights", false, |d, at, v| {
                            d.whole(&at, v, i32::MIN as i64..=i32::MAX as i64)
                                .map(|w| w as i32)
                        }),
                        reason: d.opt_string(&a, "reason"),
                        note: d.opt_string(&a, "note"),
                    }
                }),
                rows: d.strings(&q, "rows"),
            }
        }),
        grid: match d.field(&c, "grid", true) {
            Some((at, v)) => {
                let g = d.object(at, v, GRID_FIELDS);
                Grid {
                    title: d.opt_string(&g, "title"),
                    feature_label: d
                        .opt_string(&g, "feature_label")
                        .unwrap_or_else(|| "Feature".to_owned()),
                    rows: d.list(&g, "rows", true, |d, at, v| {
                        let r = d.object(at, v, ROW_FIELDS);
                        GridRow {
                            id: d.string(&r, "id"),
                            feature: d.string(&r, "feature"),
                            // An unreadable cell stays as "", so it is not also reported missing.
                            cells: d.map(&r, "cells", true, |d, at, v| {
                                Some(d.text(&at, v).unwrap_or_default())
                            }),
                        }
                    }),
                }
            }
            None => Grid {
                title: None,
                feature_label: "Feature".to_owned(),
                rows: Vec::new(),
            },
        },
        usage: d.opt_section(&c, "usage"),
        verdict: d.field(&c, "verdict", false).map(|(at, v)| {
            let o = d.object(at, v, VERDICT_FIELDS);
            Verdict {
                title: d.string(&o, "title"),
                pick: d.opt_string(&o, "pick"),
                body: d.opt_string(&o, "body"),
                bullets: d.strings(&o, "bullets"),
                after: d.opt_string(&o, "after"),
            }
        }),
        closing: d.opt_string(&c, "closing"),
    };
    (content, d.problems)
}

/// The fields each kind of object accepts, under the names `docs/content.schema.json` gives
/// them (a test keeps the two in step).
pub const SHAPES: &[(&str, &[&str])] = &[
    ("Content", CONTENT_FIELDS),
    ("Choice", CHOICE_FIELDS),
    ("Section", SECTION_FIELDS),
    ("CodeSample", CODE_FIELDS),
    ("Question", QUESTION_FIELDS),
    ("Answer", ANSWER_FIELDS),
    ("Grid", GRID_FIELDS),
    ("GridRow", ROW_FIELDS),
    ("Verdict", VERDICT_FIELDS),
];

const CONTENT_FIELDS: &[&str] = &[
    "$schema",
    "id",
    "version",
    "title",
    "intro",
    "short_answer",
    "close_margin",
    "options",
    "questions",
    "grid",
    "usage",
    "verdict",
    "closing",
];
const CHOICE_FIELDS: &[&str] = &[
    "id",
    "name",
    "tagline",
    "about",
    "when_to_choose",
    "used_by",
];
const SECTION_FIELDS: &[&str] = &["title", "body", "points", "bullets", "code", "after"];
const CODE_FIELDS: &[&str] = &["language", "caption", "source"];
const QUESTION_FIELDS: &[&str] = &["id", "text", "help", "answers", "rows"];
const ANSWER_FIELDS: &[&str] = &["id", "label", "weights", "reason", "note"];
const GRID_FIELDS: &[&str] = &["title", "feature_label", "rows"];
const ROW_FIELDS: &[&str] = &["id", "feature", "cells"];
const VERDICT_FIELDS: &[&str] = &["title", "pick", "body", "bullets", "after"];

/// An object being read: its path and fields (none when the value was not an object).
struct Object<'a> {
    path: String,
    fields: &'a [(String, Json)],
    /// False when the value was not an object: its fields are then not reported as missing.
    readable: bool,
}

#[derive(Default)]
struct Decoder {
    problems: Vec<Problem>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

impl Decoder {
    fn push(&mut self, path: &str, message: String) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message,
        });
    }

    fn wrong_type(&mut self, path: &str, wanted: &str, found: &Json) {
        self.push(
            path,
            format!(
                "should be {wanted} but is {}; change its type",
                found.kind()
            ),
        );
    }

    /// Opens an object and reports any field not in `known` (most likely a typo).
    fn object<'a>(&mut self, path: String, value: &'a Json, known: &[&str]) -> Object<'a> {
        let (fields, readable): (&[(String, Json)], bool) = match value {
            Json::Object(fields) => (fields, true),
            other => {
                self.wrong_type(&path, "an object ({…})", other);
                (&[], false)
            }
        };
        for (key, _) in fields {
            if !known.contains(&key.as_str()) {
                let hint = match known.iter().find(|k| close_to(k, key)) {
                    Some(k) => format!("did you mean \"{k}\"?"),
                    None => format!("the fields allowed here are: {}", known.join(", ")),
                };
                self.push(&join(&path, key), format!("is not a known field; {hint}"));
            }
        }
        Object {
            path,
            fields,
            readable,
        }
    }

    /// A field's path and value; reports a missing required field.
    fn field<'a>(
        &mut self,
        o: &Object<'a>,
        key: &str,
        required: bool,
    ) -> Option<(String, &'a Json)> {
        let path = join(&o.path, key);
        match o.fields.iter().find(|(k, _)| k == key) {
            Some((_, Json::Null)) if !required => None,
            Some((_, value)) => Some((path, value)),
            None => {
                if required && o.readable {
                    self.push(&path, "is missing; this field is required".to_owned());
                }
                None
            }
        }
    }

    fn text(&mut self, path: &str, value: &Json) -> Option<String> {
        match value {
            Json::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(path, "a string (\"…\")", other);
                None
            }
        }
    }

    /// A required string; an unreadable one becomes "" (its problem is already reported).
    fn string(&mut self, o: &Object, key: &str) -> String {
        self.field(o, key, true)
            .and_then(|(at, v)| self.text(&at, v))
            .unwrap_or_default()
    }

    fn opt_string(&mut self, o: &Object, key: &str) -> Option<String> {
        self.field(o, key, false)
            .and_then(|(at, v)| self.text(&at, v))
    }

    fn strings(&mut self, o: &Object, key: &str) -> Vec<String> {
        self.list(o, key, false, |d, at, v| d.text(&at, v).unwrap_or_default())
    }

    fn whole(
        &mut self,
        path: &str,
        value: &Json,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        match value {
            Json::Number(text) => match value.as_integer() {
                Some(n) if range.contains(&n) => Some(n),
                Some(_) => {
                    self.push(
                        path,
                        format!(
                            "is {text}; it must be between {} and {}",
                            range.start(),
                            range.end()
                        ),
                    );
                    None
                }
                None => {
                    self.push(path, format!("is {text}; it must be a whole number"));
                    None
                }
            },
            other => {
                self.wrong_type(path, "a whole number", other);
                None
            }
        }
    }

    fn integer(
        &mut self,
        o: &Object,
        key: &str,
        required: bool,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        self.field(o, key, required)
            .and_then(|(at, v)| self.whole(&at, v, range))
    }

    fn list<T>(
        &mut self,
        o: &Object,
        key: &str,
        required: bool,
        mut item: impl FnMut(&mut Self, String, &Json) -> T,
    ) -> Vec<T> {
        match self.field(o, key, required) {
            Some((at, Json::Array(items))) => items
                .iter()
                .enumerate()
                .map(|(i, v)| item(self, format!("{at}[{i}]"), v))
                .collect(),
            Some((at, other)) => {
                self.wrong_type(&at, "a list ([…])", other);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// An object used as a map from option id to a value.
    fn map<T>(
        &mut self,
        o: &Object,
        key: &str,
        required: bool,
        mut item: impl FnMut(&mut Self, String, &Json) -> Option<T>,
    ) -> IdMap<T> {
        let mut out = IdMap::new();
        match self.field(o, key, required) {
            Some((at, Json::Object(fields))) => {
                for (k, v) in fields {
                    if let Some(value) = item(self, join(&at, k), v) {
                        out.insert(k.clone(), value);
                    }
                }
            }
            Some((at, other)) => self.wrong_type(&at, "an object ({…})", other),
            None => {}
        }
        out
    }

    fn section(&mut self, path: String, value: &Json) -> Section {
        let s = self.object(path, value, SECTION_FIELDS);
        Section {
            title: self.string(&s, "title"),
            body: self.opt_string(&s, "body"),
            points: self.strings(&s, "points"),
            bullets: self.strings(&s, "bullets"),
            code: self.list(&s, "code", false, |d, at, v| {
                let c = d.object(at, v, CODE_FIELDS);
                CodeSample {
                    language: d.string(&c, "language"),
                    caption: d.opt_string(&c, "caption"),
                    source: d.string(&c, "source"),
                }
            }),
            after: self.opt_string(&s, "after"),
        }
    }

    fn opt_section(&mut self, o: &Object, key: &str) -> Option<Section> {
        self.field(o, key, false).map(|(at, v)| self.section(at, v))
    }
}

/// Whether two field names are one edit apart (or two letters swapped): a likely typo.
fn close_to(known: &str, typed: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (known.chars().collect(), typed.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (
        ra.len() - suffix.min(ra.len()),
        rb.len() - suffix.min(rb.len()),
    );
    let swapped = ma == 2 && mb == 2 && ra[0] == rb[1] && ra[1] == rb[0];
    ma.max(mb) <= 1 || swapped
}
