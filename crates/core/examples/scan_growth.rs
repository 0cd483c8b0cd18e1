//! How the work on hostile content grows with its size (bench/hostile runs it): the inline markup
//! scanner on runs of unclosed `[` and `**`, and the rules on a grid with ever more rows. Each
//! size ten times the one before: linear work takes about ten times as long.
//!
//! `cargo run --release -p verdict-core --example scan_growth`

use std::time::Instant;

use verdict_core::content::GridRow;
use verdict_core::load;
use verdict_core::markup;

fn time<T>(f: impl Fn() -> T) -> f64 {
    // The best of five, in milliseconds: the least disturbed by the machine's other work.
    (0..5)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    println!("| text | 10 KB | 100 KB | 1 MB |\n|---|---:|---:|---:|");
    for (name, unit) in [
        ("`[` repeated", "["),
        ("`[a](` repeated", "[a]("),
        ("`**` repeated", "**"),
    ] {
        let row: Vec<String> = [10_000, 100_000, 1_000_000]
            .iter()
            .map(|&n| {
                let text = unit.repeat(n / unit.len());
                format!("{:.2} ms", time(|| markup::parse(&text)))
            })
            .collect();
        println!("| {name} | {} |", row.join(" | "));
    }
    let base = load::from_json(include_str!("../../../tests/valid/tea-coffee-cocoa.json"))
        .expect("the corpus base is valid");
    println!("\n| the rules on a grid of | 2,000 rows | 20,000 rows | 200,000 rows |\n|---|---:|---:|---:|");
    let row: Vec<String> = [2_000, 20_000, 200_000]
        .iter()
        .map(|&n| {
            let mut content = base.clone();
            let template = content.grid.rows[0].clone();
            content.grid.rows = (0..n)
                .map(|i| GridRow {
                    id: format!("r{i}"),
                    ..template.clone()
                })
                .collect();
            format!(
                "{:.2} ms",
                time(|| verdict_core::validate::validate(&content))
            )
        })
        .collect();
    println!("| `validate` | {} |", row.join(" | "));
}
