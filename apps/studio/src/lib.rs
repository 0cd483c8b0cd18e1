//! The studio (editor.html): a comparison written in forms or drafted from a post, checked as it
//! is written, previewed by the widget itself, copied or published.
//!
//! - [`state`]: the studio's state machine, and [`edit`], the form's edits: plain Rust tested
//!   natively;
//! - `views`: its Yew views and `start`, the WebAssembly's entry point (feature `web`).

pub mod edit;
pub mod state;

#[cfg(feature = "web")]
pub mod start;
#[cfg(feature = "web")]
pub mod views;
