//! `verdict-check`: checks comparison files before they ship (see `verdict_cli::check`).
//!
//! `cargo run --bin verdict-check -- my-comparison.json [more.json …]`; the same as
//! `npx verdict check`, for people who have cargo.

use std::process::ExitCode;

use verdict_cli::{check, Disk};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    check::run("verdict-check", &args, &Disk).print()
}
