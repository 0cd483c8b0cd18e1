//! verdict: an embeddable decision widget for tech blogs.
//!
//! - [`core`]: the pure domain (content, validation, quiz, scoring, share links), tested
//!   natively.
//! - `ui`: Yew components that render state and dispatch actions (feature `web`).
//! - `web`: browser glue: hosts, content sources, storage, address, clipboard (feature `web`).
//! - `mount`: the widget's entry point, composing `web` and `ui` (feature `web`).
//! - `reader`: the reader's entry point, composing `web` and `core` (feature `web`).
//! - `studio`: the studio's entry point (editor.html), starting `ui::studio` (feature `web`).
//! - `cli`: the command-line tool's entry point (`verdict check`, `import`, `render`), native
//!   and, for `npx verdict`, WebAssembly for Node; `render` needs the views (feature `ssr`).
//!
//! Imports go one way: entry points (`mount`, `reader`, `studio`) → `ui` → `core`, entry points → `web`
//! → `core`, `ui` → `web`; `core` imports nothing of ours but itself (`tests/layers.rs` checks
//! it). The browser layers only
//! exist with the `web` feature, so native builds and tests cannot reach a browser call: doing
//! so is a compile error, not a runtime panic.

pub mod cli;
pub mod core;

#[cfg(feature = "web")]
pub mod mount;
#[cfg(feature = "web")]
pub mod reader;
#[cfg(feature = "web")]
pub mod studio;
#[cfg(feature = "web")]
pub mod ui;
#[cfg(feature = "web")]
pub mod web;
