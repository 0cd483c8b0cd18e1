//! Browser glue: finding host elements, isolating the widget in a shadow root, the address bar,
//! storage and the clipboard, and making sure a failure always leaves a visible message. Only
//! this layer (and `ui`) touches web APIs.

pub mod address;
pub mod clipboard;
pub mod mount;
pub mod source;
pub mod storage;
pub mod styles;
