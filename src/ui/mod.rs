//! Yew components. They render state and dispatch [`crate::core::quiz::Action`]s; every
//! decision (scoring, validation, transitions) is made in [`crate::core`].

pub mod app;
pub mod article;
pub mod bar;
pub mod code;
pub mod errors;
pub mod grid;
pub mod quiz;
pub mod result;
pub mod state;

pub use app::{Verdict, VerdictProps};
