//! Yew components. They render state and dispatch [`verdict_core::session::SessionAction`]s; every
//! decision (scoring, validation, transitions) is made in `verdict_core`.

pub mod app;
pub mod article;
pub mod bar;
pub mod code;
pub mod errors;
pub mod grid;
pub mod notices;
pub mod persist;
pub mod quiz;
pub mod result;
pub mod rich;
pub mod share_link;
pub mod slot;
pub mod state;
pub mod texts;

pub use app::{Verdict, VerdictProps};
pub use slot::{Slot, SlotProps};
