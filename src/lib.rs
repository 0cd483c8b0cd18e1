//! verdict: an embeddable decision widget for tech blogs.
//!
//! - [`core`]: the pure domain (content, validation, quiz, scoring), tested natively.
//! - `ui`: Yew components that render state and dispatch actions (feature `web`).
//! - `web`: browser glue: mounting, storage, URL, clipboard (feature `web`).
//!
//! The browser layers only exist with the `web` feature, so native builds and tests cannot
//! reach a browser call: doing so is a compile error, not a runtime panic.

pub mod core;

#[cfg(feature = "web")]
pub mod ui;
#[cfg(feature = "web")]
pub mod web;
