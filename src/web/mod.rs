//! Browser glue: finding host elements, isolating the widget in a shadow root, and making sure
//! a failure always leaves a visible message. Only this layer (and `ui`) touches web APIs.

pub mod mount;
pub mod styles;
