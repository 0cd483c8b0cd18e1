//! verdict's models, written once: the content a comparison is made of ([`content`], with its
//! [`id_map`] and [`limits`]), what can be wrong with it ([`problem`]), and the shape of a
//! language's table of the widget's own words ([`texts`]), with how its sentences are made
//! ([`say`], [`numbers`]).
//!
//! Plain serde types, with no web types and no rules: `verdict-core` checks content against the
//! rules and reads it; the core's build script reads the default content and the language tables
//! with these very types.

pub mod content;
pub mod id_map;
pub mod limits;
pub mod numbers;
pub mod problem;
pub mod say;
pub mod texts;
