//! Every shape mistake of a document at once: serde stops at the first, so after it fails the
//! document is read as a plain tree ([`Node`], which keeps a key written twice) and walked
//! against the model. The model is described once, by its types: the walk's table
//! (`OBJECTS`: each object, its fields, what each value must be) is written by build.rs from the
//! model's JSON Schema, which schemars derives from the serde types (`verdict-model`).
//!
//! Each mistake is found as a kind of its own ([`Mistake`]) and said for an author with the
//! path of its value: no error text of serde's is read back.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::json_path::{self, Step};
use super::problem::{join, Problem};

/// What a value of the model must be.
#[derive(Debug)]
pub enum Kind {
    /// A string.
    Text,
    /// A string or null.
    OptionalText,
    /// A whole number: between `min` and `max` as documented, between `low` and `high` to be
    /// read at all (the rules say the documented range when the number can be read).
    Whole {
        /// The documented least.
        min: i64,
        /// The documented most.
        max: i64,
        /// The least the model's type holds.
        low: i64,
        /// The most the model's type holds.
        high: i64,
    },
    /// A list of values of one kind.
    List(&'static Kind),
    /// An object from option ids to values of one kind (weights, cells).
    Map(&'static Kind),
    /// An object of the model (an index into `OBJECTS`).
    Object(usize),
    /// The same, or null.
    OptionalObject(usize),
}

/// One field of an object of the model.
#[derive(Debug)]
pub struct Field {
    /// Its name.
    pub name: &'static str,
    /// Whether it must be there.
    pub required: bool,
    /// What its value must be.
    pub kind: Kind,
}

include!(concat!(env!("OUT_DIR"), "/shapes.rs"));

/// A JSON document as a tree that keeps what serde's values lose: a key written twice, and
/// whether a number was written as a whole one.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A whole number (as large as JSON writes them: i128 holds every u64 and i64).
    Whole(i128),
    /// A number with a fraction or an exponent.
    Fraction(f64),
    /// A string.
    Text(String),
    /// A list.
    List(Vec<Node>),
    /// An object's fields in the order written, repeated names kept.
    Object(Vec<(String, Node)>),
}

/// One shape mistake, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Mistake {
    /// A required field is not there.
    Missing(&'static str),
    /// A field the object does not have; `meant` a required one that is missing (a renamed
    /// field), else `near` a known one a typo away, else the fields `allowed`.
    Unknown {
        /// The key as written.
        key: String,
        /// The required field it most likely stands for.
        meant: Option<&'static str>,
        /// A known field one edit away.
        near: Option<&'static str>,
        /// Every field the object takes.
        allowed: Vec<&'static str>,
    },
    /// A key written twice in one object.
    Twice(String),
    /// A value of the wrong type: what was wanted, what was found.
    Type(&'static str, String),
    /// A whole number the model cannot hold: it, and the documented range.
    Range(i128, i64, i64),
    /// A map of option ids with more entries than there can be options.
    TooManyEntries(usize),
}

/// Every shape problem of `document`, read as content.
pub fn problems(document: &Node) -> Vec<Problem> {
    let mut walk = Walk {
        at: Vec::new(),
        found: Vec::new(),
    };
    walk.object(document, 0);
    walk.found
        .into_iter()
        .map(|(at, mistake)| said(&at, &mistake))
        .collect()
}

/// Where the walk is in the document, and what it has found so far.
struct Walk {
    at: Vec<Step>,
    found: Vec<(Vec<Step>, Mistake)>,
}

impl Walk {
    fn note(&mut self, mistake: Mistake) {
        self.found.push((self.at.clone(), mistake));
    }

    /// `check` run on `value`, found at `step` below the current place.
    fn enter(&mut self, step: Step, value: &Node, kind: &Kind) {
        self.at.push(step);
        self.value(value, kind);
        self.at.pop();
    }

    fn value(&mut self, value: &Node, kind: &Kind) {
        match (kind, value) {
            (Kind::OptionalText | Kind::OptionalObject(_), Node::Null) => {}
            (Kind::Text | Kind::OptionalText, Node::Text(_)) => {}
            (
                Kind::Whole {
                    min,
                    max,
                    low,
                    high,
                },
                Node::Whole(n),
            ) => {
                if *n < i128::from(*low) || *n > i128::from(*high) {
                    self.note(Mistake::Range(*n, *min, *max));
                }
            }
            (Kind::List(item), Node::List(items)) => {
                for (i, v) in items.iter().enumerate() {
                    self.enter(Step::Item(i), v, item);
                }
            }
            (Kind::Map(_), Node::Object(fields)) if fields.len() > super::id_map::MAX_ENTRIES => {
                self.note(Mistake::TooManyEntries(super::id_map::MAX_ENTRIES));
            }
            (Kind::Map(item), Node::Object(fields)) => {
                self.twice(fields);
                for (key, v) in fields {
                    self.enter(Step::Field(key.clone()), v, item);
                }
            }
            (Kind::Object(i) | Kind::OptionalObject(i), Node::Object(_)) => self.object(value, *i),
            (kind, value) => self.note(Mistake::Type(wanted(kind), found(value))),
        }
    }

    /// Each key written a second time in one object.
    fn twice(&mut self, fields: &[(String, Node)]) {
        let mut seen = std::collections::BTreeSet::new();
        for (key, _) in fields {
            if !seen.insert(key.as_str()) {
                self.note(Mistake::Twice(key.clone()));
            }
        }
    }

    /// An object of the model: its fields checked, unknown and missing ones said.
    fn object(&mut self, value: &Node, object: usize) {
        let (_, fields) = OBJECTS[object];
        let Node::Object(map) = value else {
            self.note(Mistake::Type("an object ({…})", found(value)));
            return;
        };
        self.twice(map);
        let has = |name: &str| map.iter().any(|(k, _)| k == name);
        // A required field written under another name is one mistake, not two: each unknown key
        // takes the nearest missing required field as its meaning, and that field is not also
        // said to be missing.
        let mut missing: Vec<&'static str> = fields
            .iter()
            .filter(|f| f.required && !has(f.name))
            .map(|f| f.name)
            .collect();
        for (key, _) in map {
            if fields.iter().any(|f| f.name == key) {
                continue;
            }
            let meant = missing
                .iter()
                .enumerate()
                .min_by_key(|(_, name)| strsim::osa_distance(name, key))
                .map(|(i, _)| i)
                .map(|i| missing.remove(i));
            let near = fields
                .iter()
                .map(|f| f.name)
                .find(|known| strsim::osa_distance(known, key) <= 1);
            self.at.push(Step::Field(key.clone()));
            self.note(Mistake::Unknown {
                key: key.clone(),
                meant,
                near,
                allowed: fields.iter().map(|f| f.name).collect(),
            });
            self.at.pop();
        }
        for field in fields {
            match map.iter().find(|(k, _)| k == field.name) {
                None if missing.contains(&field.name) => self.note(Mistake::Missing(field.name)),
                None => {}
                Some((_, Node::Null)) if !field.required => {}
                Some((_, v)) => self.enter(Step::Field(field.name.to_owned()), v, &field.kind),
            }
        }
    }
}

/// A mistake said for an author, at its path. Mistakes about a field of an object (missing,
/// written twice) are placed at the field: the object's path and its name.
fn said(at: &[Step], mistake: &Mistake) -> Problem {
    let path = json_path::to_text(at);
    match mistake {
        Mistake::Missing(field) => {
            Problem::at(join(&path, field), "is missing; this field is required")
        }
        Mistake::Twice(key) => Problem::at(
            join(&path, key),
            format!("\"{key}\" is written twice in this object; keep one"),
        ),
        Mistake::Unknown {
            meant: Some(meant), ..
        } => Problem::at(
            path,
            format!("is not a known field; did you mean \"{meant}\", which is required here?"),
        ),
        Mistake::Unknown {
            near: Some(near), ..
        } => Problem::at(
            path,
            format!("is not a known field; did you mean \"{near}\"?"),
        ),
        Mistake::Unknown { allowed, .. } => Problem::at(
            path,
            format!(
                "is not a known field; the fields allowed here are: {}",
                allowed.join(", ")
            ),
        ),
        Mistake::Type(wanted, found) => {
            Problem::at(path, format!("should be {wanted} but is {found}"))
        }
        Mistake::Range(n, min, max) => Problem::at(
            path,
            format!("is {n}; it must be a whole number between {min} and {max}"),
        ),
        Mistake::TooManyEntries(max) => Problem::at(
            path,
            format!(
                "has more than {max} entries; it takes one per option (a comparison has at most \
                 six)"
            ),
        ),
    }
}

/// What a kind of value is, as an author would say it.
fn wanted(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::OptionalText => "a string (\"…\")",
        Kind::Whole { .. } => "a whole number",
        Kind::List(_) => "a list ([…])",
        Kind::Map(_) | Kind::Object(_) | Kind::OptionalObject(_) => "an object ({…})",
    }
}

/// What a value found is, as an author would say it.
fn found(value: &Node) -> String {
    match value {
        Node::Null => "null".to_owned(),
        Node::Bool(b) => b.to_string(),
        Node::Whole(n) => format!("the number {n}"),
        Node::Fraction(x) => format!("the number {x}"),
        Node::Text(_) => "a string".to_owned(),
        Node::List(_) => "a list ([…])".to_owned(),
        Node::Object(_) => "an object ({…})".to_owned(),
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
                Ok(Node::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Node, E> {
                Ok(Node::Whole(n.into()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Node, E> {
                Ok(Node::Whole(n.into()))
            }
            fn visit_f64<E>(self, x: f64) -> Result<Node, E> {
                Ok(Node::Fraction(x))
            }
            fn visit_str<E>(self, s: &str) -> Result<Node, E> {
                Ok(Node::Text(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> Result<Node, E> {
                Ok(Node::Text(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Node::Object(fields))
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}
