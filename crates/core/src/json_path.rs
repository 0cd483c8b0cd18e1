//! Places in a JSON document, named by path: which value a position falls in
//! (`questions[2].answers[0].label`), and where the value at a path is written.
//!
//! Both are found with serde_json's own parser: `RawValue` keeps the text of each value, which is
//! a slice of the document, so its place is known without reading the JSON ourselves. The loader
//! uses it to name the value a shape error is about (serde_json gives the error's line and
//! column); the studio uses it to move the caret to a problem's path.

use std::fmt;
use std::ops::Range;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// One step down into a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An object's field.
    Field(String),
    /// An array's item.
    Item(usize),
}

/// A path as an author reads it: `questions[3].answers[1].weights.fastapi`, "" for the document.
pub fn to_text(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Field(key) if out.is_empty() => out.push_str(key),
            Step::Field(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Item(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// The steps of a path written by [`to_text`] (field names are content ids and field names,
/// which hold no `.` or `[`).
pub fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (field, items) = part.split_once('[').unwrap_or((part, ""));
        if !field.is_empty() {
            out.push(Step::Field(field.to_owned()));
        }
        for item in items.split('[') {
            if let Ok(index) = item.trim_end_matches(']').parse() {
                out.push(Step::Item(index));
            }
        }
    }
    out
}

/// The byte offset of 1-based `line` and 0-based byte `column` (serde_json's error position).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path of the innermost value whose text spans byte `offset` (its end included: serde_json
/// reports most errors just after the value). A position between values (a field's name, a
/// closing bracket) belongs to the object or array around it.
pub fn path_at(text: &str, offset: usize) -> Vec<Step> {
    let mut path = Vec::new();
    let mut value = text;
    'down: loop {
        for (step, child) in children(value) {
            let span = span(text, child);
            if span.start <= offset && offset <= span.end {
                path.push(step);
                value = child;
                continue 'down;
            }
        }
        return path;
    }
}

/// Where the value at `path` is written, as a byte range; for a path that goes past what the
/// document holds (a missing field), the range of the deepest value on the way.
pub fn span_of(text: &str, path: &str) -> Range<usize> {
    let mut value = text.trim();
    for step in steps(path) {
        match children(value).into_iter().find(|(s, _)| *s == step) {
            Some((_, child)) => value = child,
            None => break,
        }
    }
    span(text, value)
}

/// Where `part`, a slice of `text`, lies in it.
fn span(text: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    start..start + part.len()
}

/// The fields of an object or the items of an array, each with its text; none for anything else
/// (or for text serde_json cannot read).
fn children(value: &str) -> Vec<(Step, &str)> {
    match value.trim_start().as_bytes().first() {
        Some(b'{') => serde_json::from_str::<Fields>(value)
            .map(|fields| {
                fields
                    .0
                    .into_iter()
                    .map(|(key, raw)| (Step::Field(key), raw.get()))
                    .collect()
            })
            .unwrap_or_default(),
        Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(value)
            .map(|items| {
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, raw)| (Step::Item(i), raw.get()))
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// An object's fields in the order written, repeated names kept.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}
