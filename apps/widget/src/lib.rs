//! The widget: one live widget in one host element (see [`mount`]), composing the views
//! (`verdict-ui`), the browser glue (`verdict-web`) and the domain (`verdict-core`).

pub mod mount;
