//! Browser glue: where content comes from (for the reader), what the loader hands over on a host
//! element (for the widget), the address bar, storage, the clipboard, and files and text areas
//! (for the studio). Only this layer and `ui` touch web APIs; nothing here knows the
//! components.
//!
//! Window and document come from `gloo_utils`, which throws outside a window (a worker): the
//! widget only ever runs in a page.

pub mod address;
pub mod clipboard;
pub mod files;
pub mod handover;
pub mod source;
pub mod storage;
