//! Browser glue: where content comes from (for the reader), the events a widget's page hears,
//! the address bar, storage, the clipboard, numbers in the reader's language (`Intl`), and files and text areas (for the studio). Only this layer and `ui` touch web APIs; nothing here knows the
//! components.
//!
//! Window and document come from `gloo_utils`, which throws outside a window (a worker): the
//! widget only ever runs in a page.

pub mod address;
pub mod clipboard;
pub mod dispatch;
pub mod files;
pub mod intl;
pub mod storage;
