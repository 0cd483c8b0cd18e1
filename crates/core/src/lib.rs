//! The domain, in plain Rust with no web types: the content's rules and how it is read, the
//! quiz's state machine, scoring and share links, the widget's words. Everything here is tested
//! natively with `cargo test`; no web crate is in this crate's graph.
//!
//! The model itself is `verdict-model`'s, re-exported here (`content`, `id_map`, `problem`), so
//! every layer names it through the core. Above it: reading and checking (`json_path`, `shape`,
//! `validate`, `load`, `write`), playing (`quiz`, `scoring`, `reach`, `share`, `saved`,
//! `session`, `events`), publishing (`link`: a comparison in a link; `markdown`, `card`), the
//! page (`element`, `layout`) and the widget's words (`locale`).

pub use verdict_model::{content, id_map, limits, problem};

pub mod card;
pub mod element;
pub mod events;
pub mod grid_view;
pub mod json_path;
pub mod layout;
pub mod link;
pub mod load;
pub mod locale;
pub mod markdown;
pub mod markup;
pub mod plain;
pub mod quiz;
pub mod reach;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod shape;
pub mod share;
pub mod validate;
pub mod write;
