//! Every shape mistake of a document at once: serde stops at the first, so after it fails the
//! document is read as plain JSON (`serde_json::Value`) and walked against the content model,
//! each value checked by serde for its type, each object for its fields. The words are
//! serde's, said for an author ([`shape_problem`]), with the path of each value.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::json_path::{self, Step};
use super::problem::{join, Problem};

/// One field of an object in the model: its name, whether it must be there, how its value is
/// checked.
struct Field {
    name: &'static str,
    required: bool,
    check: Check,
}

const fn req(name: &'static str, check: Check) -> Field {
    Field {
        name,
        required: true,
        check,
    }
}

const fn opt(name: &'static str, check: Check) -> Field {
    Field {
        name,
        required: false,
        check,
    }
}

/// Where the walk is in the document, and what it has found so far.
struct Walk {
    at: Vec<Step>,
    problems: Vec<Problem>,
}

impl Walk {
    /// `check` run on `value`, found at `step` below the current place.
    fn enter(&mut self, step: Step, value: &Value, check: Check) {
        self.at.push(step);
        check(value, self);
        self.at.pop();
    }

    /// A problem at the current place, in serde's words.
    fn say(&mut self, message: &str) {
        let problem = shape_problem(&self.at, message);
        self.problems.push(problem);
    }
}

/// How one value of the model is checked.
type Check = fn(&Value, &mut Walk);

/// Every shape problem of `document`, read as content.
pub fn problems(document: &Value) -> Vec<Problem> {
    let mut walk = Walk {
        at: Vec::new(),
        problems: Vec::new(),
    };
    content(document, &mut walk);
    walk.problems
}

/// `value` checked by serde for type `T`, in serde's words.
fn typed<T: DeserializeOwned>(value: &Value, w: &mut Walk) {
    if let Err(error) = T::deserialize(value) {
        w.say(&error.to_string());
    }
}

fn string(v: &Value, w: &mut Walk) {
    typed::<String>(v, w)
}

fn optional_string(v: &Value, w: &mut Walk) {
    typed::<Option<String>>(v, w)
}

fn number(v: &Value, w: &mut Walk) {
    typed::<u32>(v, w)
}

fn weight(v: &Value, w: &mut Walk) {
    typed::<i32>(v, w)
}

fn strings(v: &Value, w: &mut Walk) {
    list(v, w, string)
}

/// A list whose items are each checked by `item`.
fn list(value: &Value, w: &mut Walk, item: Check) {
    match value.as_array() {
        Some(items) => {
            for (i, v) in items.iter().enumerate() {
                w.enter(Step::Item(i), v, item);
            }
        }
        None => typed::<Vec<Value>>(value, w),
    }
}

/// A map from ids to values each checked by `item` (weights, grid cells).
fn id_map(value: &Value, w: &mut Walk, item: Check) {
    match value.as_object() {
        Some(map) if map.len() > super::id_map::MAX_ENTRIES => {
            let max = super::id_map::MAX_ENTRIES;
            w.problems.push(Problem::at(
                json_path::to_text(&w.at),
                format!(
                    "has more than {max} entries; it takes one per option (a comparison has at \
                     most six)"
                ),
            ));
        }
        Some(map) => {
            for (key, v) in map {
                w.enter(Step::Field(key.clone()), v, item);
            }
        }
        None => typed::<Map<String, Value>>(value, w),
    }
}

/// An object of the model: its fields checked, unknown and missing ones said.
fn object(value: &Value, w: &mut Walk, fields: &[Field], what: &str) {
    let Some(map): Option<&Map<String, Value>> = value.as_object() else {
        w.say(&format!(
            "invalid type: {}, expected struct {what}",
            found(value)
        ));
        return;
    };
    let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.name)).collect();
    // A required field written under another name is one mistake, not two: each unknown key
    // takes the nearest missing required field as its "did you mean", and that field is not
    // also said to be missing.
    let mut missing: Vec<&str> = fields
        .iter()
        .filter(|f| f.required && !map.contains_key(f.name))
        .map(|f| f.name)
        .collect();
    for key in map.keys() {
        if fields.iter().any(|f| f.name == key) {
            continue;
        }
        let nearest = missing
            .iter()
            .enumerate()
            .min_by_key(|(_, name)| strsim::osa_distance(name, key))
            .map(|(i, _)| i);
        match nearest {
            Some(i) => {
                let meant = missing.remove(i);
                w.problems.push(Problem::at(
                    join(&json_path::to_text(&w.at), key),
                    format!(
                        "is not a known field; did you mean \"{meant}\", which is required here?"
                    ),
                ));
            }
            None => w.say(&format!(
                "unknown field `{key}`, expected one of {}",
                names.join(", ")
            )),
        }
    }
    for field in fields {
        match map.get(field.name) {
            None if missing.contains(&field.name) => {
                w.say(&format!("missing field `{}`", field.name));
            }
            None => {}
            Some(Value::Null) if !field.required => {}
            Some(v) => w.enter(Step::Field(field.name.to_owned()), v, field.check),
        }
    }
}

/// serde's description of a value it did not expect.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

fn content(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            opt("$schema", optional_string),
            req("id", string),
            req("version", number),
            req("title", string),
            opt("intro", optional_string),
            opt("short_answer", section),
            opt("close_margin", number),
            req("options", |v, w| list(v, w, choice)),
            req("questions", |v, w| list(v, w, question)),
            req("grid", grid),
            opt("usage", section),
            opt("verdict", verdict),
            opt("closing", optional_string),
        ],
        "Content",
    );
}

fn choice(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("id", string),
            req("name", string),
            opt("tagline", optional_string),
            opt("about", section),
            opt("when_to_choose", |v, w| list(v, w, section)),
            opt("used_by", strings),
        ],
        "Choice",
    );
}

fn section(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("title", string),
            opt("body", optional_string),
            opt("points", strings),
            opt("bullets", strings),
            opt("code", |v, w| list(v, w, code)),
            opt("after", optional_string),
        ],
        "Section",
    );
}

fn code(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("language", string),
            opt("caption", optional_string),
            req("source", string),
        ],
        "CodeSample",
    );
}

fn question(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("id", string),
            req("text", string),
            opt("help", optional_string),
            req("answers", |v, w| list(v, w, answer)),
            opt("rows", strings),
        ],
        "Question",
    );
}

fn answer(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("id", string),
            req("label", string),
            opt("weights", |v, w| id_map(v, w, weight)),
            opt("reason", optional_string),
            opt("note", optional_string),
        ],
        "Answer",
    );
}

fn grid(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            opt("title", optional_string),
            opt("feature_label", string),
            req("rows", |v, w| list(v, w, grid_row)),
        ],
        "Grid",
    );
}

fn grid_row(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("id", string),
            req("feature", string),
            req("cells", |v, w| id_map(v, w, string)),
        ],
        "GridRow",
    );
}

fn verdict(v: &Value, w: &mut Walk) {
    object(
        v,
        w,
        &[
            req("title", string),
            opt("pick", optional_string),
            opt("body", optional_string),
            opt("bullets", strings),
            opt("after", optional_string),
        ],
        "Verdict",
    );
}

/// A shape error at `at`, from serde's standard wording (`missing field`, `unknown field`,
/// `invalid type`, `invalid value`, `duplicate field`), said for an author.
pub fn shape_problem(at: &[Step], message: &str) -> Problem {
    let path = json_path::to_text(at);
    // Errors about a field of an object (missing, unknown, written twice) are placed at the
    // object: the field's own path adds its name.
    let field_path = |field: &str| join(&path, field);
    if let Some(field) = quoted(message, "missing field ") {
        return Problem::at(field_path(field), "is missing; this field is required");
    }
    if let Some(field) = quoted(message, "duplicate field ") {
        return Problem::at(
            field_path(field),
            format!("\"{field}\" is written twice in this object; keep one"),
        );
    }
    if let Some(field) = quoted(message, "unknown field ") {
        let allowed = backticked(
            message
                .split_once(", expected")
                .map_or("", |(_, rest)| rest),
        );
        let hint = match allowed.iter().find(|known| close_to(known, field)) {
            Some(known) => format!("did you mean \"{known}\"?"),
            None if allowed.is_empty() => "this object takes no fields".to_owned(),
            None => format!("the fields allowed here are: {}", allowed.join(", ")),
        };
        return Problem::at(field_path(field), format!("is not a known field; {hint}"));
    }
    if let Some((found, wanted)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return Problem::at(
            path,
            format!("should be {} but is {}", kind(wanted), found_kind(found)),
        );
    }
    if let Some((found, wanted)) = message
        .strip_prefix("invalid value: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        let value = backticked(found)
            .first()
            .copied()
            .unwrap_or(found)
            .to_owned();
        return Problem::at(path, format!("is {value}; it must be {}", range(wanted)));
    }
    if message.starts_with("invalid length ") && message.contains(", expected struct ") {
        // serde also reads an object from a list of its values; an author never means that.
        return Problem::at(path, "should be an object ({…}) but is a list ([…])");
    }
    Problem::at(path, message)
}

/// The first `` `name` `` after `prefix` at the start of `message`.
fn quoted<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    backticked(message.strip_prefix(prefix)?).first().copied()
}

/// Every `` `name` `` in `text`, in order.
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// serde's name for what it expected, as an author would say it.
fn kind(expected: &str) -> &str {
    match expected {
        "a string" => "a string (\"…\")",
        "a sequence" => "a list ([…])",
        "a boolean" => "true or false",
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" | "isize" => {
            "a whole number"
        }
        other if other.starts_with("struct ") || other.starts_with("a map") => "an object ({…})",
        other => other,
    }
}

/// serde's description of the value it found, as an author would say it.
fn found_kind(found: &str) -> String {
    let value = backticked(found).first().copied();
    match found.split(' ').next().unwrap_or("") {
        "integer" | "floating" => format!("the number {}", value.unwrap_or("")),
        "boolean" => value.unwrap_or("true or false").to_owned(),
        "string" => "a string".to_owned(),
        "sequence" => "a list ([…])".to_owned(),
        "map" => "an object ({…})".to_owned(),
        "null" | "unit" => "null".to_owned(),
        _ => found.to_owned(),
    }
}

/// The range of serde's integer type names, for "it must be …".
fn range(expected: &str) -> String {
    let (low, high) = match expected {
        "u32" => (0, i64::from(u32::MAX)),
        "i32" => (i64::from(i32::MIN), i64::from(i32::MAX)),
        _ => return expected.to_owned(),
    };
    format!("a whole number between {low} and {high}")
}

/// Whether `typed` is one edit (or one swap of neighbours) away from `known`: a likely typo.
fn close_to(known: &str, typed: &str) -> bool {
    strsim::osa_distance(known, typed) <= 1
}
