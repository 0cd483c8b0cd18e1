//! `verdict-import`: a first draft of content from an article you already wrote (see
//! `verdict_cli::import`).
//!
//! `cargo run --bin verdict-import -- article.md > draft.json`; the same as `npx verdict import`,
//! for people who have cargo.

use std::process::ExitCode;

use verdict_cli::{import, Disk};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    import::run("verdict-import", &args, &Disk).print()
}
