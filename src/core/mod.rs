//! The domain, in plain Rust with no web types: the content model and its rules, the quiz's
//! state machine, scoring and share links. Everything here is tested natively with `cargo test`.
//!
//! It imports nothing of ours outside `core`, and its modules import each other without circles
//! (`tests/layers.rs` checks both): the model (`content`, `id_map`, `problem`) at the bottom,
//! reading and checking (`json_path`, `validate`, `load`, `write`) and playing (`quiz`,
//! `scoring`, `reach`, `share`, `saved`, `session`) above it, the widget's words (`locale`) on
//! top.

pub mod content;
pub mod element;
pub mod events;
pub mod id_map;
pub mod import;
pub mod json_path;
pub mod layout;
pub mod load;
pub mod locale;
pub mod markup;
pub mod problem;
pub mod quiz;
pub mod reach;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod shape;
pub mod share;
pub mod studio;
pub mod validate;
pub mod write;
