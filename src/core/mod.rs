//! The domain, in plain Rust with no web types: the content model and its rules, the quiz's
//! state machine, scoring and share links. Everything here is tested natively with `cargo test`.

pub mod content;
pub mod decode;
pub mod id_map;
pub mod json;
pub mod locale;
pub mod markup;
pub mod quiz;
pub mod reach;
pub mod scoring;
pub mod session;
pub mod share;
pub mod validate;
