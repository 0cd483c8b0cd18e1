//! `verdict-check`: checks comparison files before they ship.
//!
//! `cargo run --bin verdict-check -- my-comparison.json [more.json …]` prints every problem with
//! its path, or a summary of a valid file: its options and questions, where answering every
//! question toward each option leads, and any option that can never win. Exit code 0 when every
//! file is valid, 1 otherwise, 2 on a usage error. It runs the same code as the widget.

use std::process::ExitCode;

use verdict::core::content::Content;
use verdict::core::load::from_json as load;
use verdict::core::reach::{outcome_toward, reach, Reach};
use verdict::core::scoring::Kind;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: verdict-check FILE.json [FILE.json …]");
        eprintln!("Checks comparison content for the verdict widget; see docs/content-format.md.");
        return ExitCode::from(2);
    }
    let mut all_valid = true;
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            println!();
        }
        all_valid &= check(file);
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Checks one file and prints the report; true when it is valid.
fn check(file: &str) -> bool {
    let json = match std::fs::read_to_string(file) {
        Ok(json) => json,
        Err(e) => {
            println!("{file}: cannot be read: {e}");
            return false;
        }
    };
    match load(&json) {
        Err(problems) => {
            let s = if problems.len() == 1 { "" } else { "s" };
            println!("{file}: {} problem{s}", problems.len());
            for p in &problems {
                let at = if p.path.is_empty() { "(file)" } else { &p.path };
                println!("  {at}: {}", p.message);
            }
            false
        }
        Ok(content) => {
            println!("{file}: valid");
            summary(&content);
            true
        }
    }
}

fn summary(c: &Content) {
    let names: Vec<String> = c
        .options
        .iter()
        .map(|o| format!("{} ({})", o.name, o.id))
        .collect();
    let answers: usize = c.questions.iter().map(|q| q.answers.len()).sum();
    println!("  \"{}\" — id {}, version {}", c.title, c.id, c.version);
    println!("  {} options: {}", c.options.len(), names.join(", "));
    println!(
        "  {} questions with {answers} answers, {} grid rows",
        c.questions.len(),
        c.grid.rows.len()
    );
    println!("  Answering every question toward one option:");
    let width = c
        .options
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0);
    for (i, option) in c.options.iter().enumerate() {
        let outcome = outcome_toward(c, i);
        let top = |k: usize| {
            outcome
                .ranking
                .get(k)
                .map(|s| (c.options[s.option].name.as_str(), s.score))
                .unwrap_or(("", 0))
        };
        let (first, first_score) = top(0);
        let (_, second_score) = top(1);
        let result = match outcome.kind {
            Kind::Clear => format!("{first} wins clearly, {first_score} to {second_score}"),
            Kind::Close => format!("{first} wins, close call, {first_score} to {second_score}"),
            Kind::Tie => {
                let tied: Vec<&str> = outcome
                    .leaders()
                    .iter()
                    .map(|&o| c.options[o].name.as_str())
                    .collect();
                format!("a tie between {} at {first_score}", tied.join(" and "))
            }
            Kind::NoSignal => "no answer moves any score".to_owned(),
        };
        println!("    toward {:width$} → {result}", option.name);
    }
    let mut never = Vec::new();
    let mut unknown = Vec::new();
    for (i, option) in c.options.iter().enumerate() {
        match reach(c, i) {
            Reach::Wins(_) => {}
            Reach::Never => never.push(option.name.as_str()),
            Reach::Unknown => unknown.push(option.name.as_str()),
        }
    }
    if never.is_empty() && unknown.is_empty() {
        println!("  Every option can win.");
    }
    if !never.is_empty() {
        println!(
            "  Can never win: {} — no combination of answers puts it on top; check its weights.",
            never.join(", ")
        );
    }
    if !unknown.is_empty() {
        println!(
            "  Not determined (too many answer combinations to try): {}",
            unknown.join(", ")
        );
    }
}
