//! `verdict-import`: a first draft of content from an article you already wrote.
//!
//! `cargo run --bin verdict-import -- article.md > draft.json` writes the draft (JSON) to stdout
//! and what it could not find to stderr, followed by the content rules' problems if the draft
//! breaks any. Exit code 0 when the draft passes the rules, 1 when it needs work, 2 on a usage
//! error. The studio (editor.html) runs the same importer. See `verdict::core::import` for what
//! it recognises.

use std::process::ExitCode;

use verdict::core::{import, load, write};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file] = args.as_slice() else {
        eprintln!("usage: verdict-import ARTICLE.md > draft.json");
        eprintln!("Drafts comparison content for the verdict widget from a Markdown article.");
        return ExitCode::from(2);
    };
    if file == "-h" || file == "--help" {
        eprintln!("usage: verdict-import ARTICLE.md > draft.json");
        return ExitCode::from(2);
    }
    let markdown = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot be read: {e}");
            return ExitCode::from(2);
        }
    };
    let draft = import::draft(&markdown);
    println!("{}", write::to_json(&draft.content));
    for note in &draft.notes {
        eprintln!("{file}: {note}");
    }
    match load::checked(draft.content) {
        Ok(_) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!("{file}: the draft needs work before it passes the content rules:");
            for p in problems {
                eprintln!("  {p}");
            }
            ExitCode::FAILURE
        }
    }
}
