//! `link`, `markdown` and the card: a comparison where nothing is hosted and where no widget
//! goes, from the command line.

use verdict_cli::{run, Disk};
use verdict_core::link;

fn cli(args: &[&str]) -> verdict_cli::Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    run("verdict", &args, &Disk)
}

const DEFAULT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../content/django-vs-flask.json"
);
const THREE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../content/django-flask-fastapi.json"
);

#[test]
fn link_prints_one_address_that_carries_the_comparison() {
    let out = cli(&["link", THREE, "--base", "https://me.example/verdict/"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let url = out.stdout.trim();
    assert!(
        url.starts_with("https://me.example/verdict/guide.html#guide=v1."),
        "{url}"
    );
    assert_eq!(out.stdout.lines().count(), 1);
    let json = link::decode(link::value_in(url).unwrap()).unwrap();
    let (a, b): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(&json).unwrap(),
        serde_json::from_str(&std::fs::read_to_string(THREE).unwrap()).unwrap(),
    );
    assert_eq!(a, b);
    assert!(out.stderr.contains("a link of"), "{}", out.stderr);
    // A page address is kept as it is.
    let out = cli(&["link", THREE, "--base", "https://me.example/g.html"]);
    assert!(out
        .stdout
        .starts_with("https://me.example/g.html#guide=v1."));
}

#[test]
fn link_refuses_a_broken_comparison_a_missing_base_or_a_bad_one() {
    let broken = std::env::temp_dir().join("verdict-link-broken.json");
    std::fs::write(&broken, "{\"id\": \"x\"}").unwrap();
    let out = cli(&["link", broken.to_str().unwrap(), "--base", "https://e.org/"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("problem"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    if verdict_cli::link::SITE.is_none() {
        let out = cli(&["link", THREE]);
        assert_eq!(out.code, 2);
        assert!(out.stderr.contains("give --base"), "{}", out.stderr);
    }
    let out = cli(&["link", THREE, "--base", "javascript:alert(1)"]);
    assert_eq!(out.code, 2);
    let out = cli(&["link", THREE, "--base", "https://e.org/", "--bogus", "1"]);
    assert_eq!(out.code, 2);
}

#[test]
fn markdown_reads_well_on_its_own() {
    let out = cli(&[
        "markdown",
        DEFAULT,
        "--quiz",
        "https://e.org/q/",
        "--card",
        "https://e.org/q/card.png",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let md = out.stdout;
    assert!(md.starts_with("# Django vs Flask"), "{md}");
    assert!(
        md.contains("[![Django vs Flask"),
        "the card links to the quiz: {md}"
    );
    assert!(md.contains("](https://e.org/q/)"));
    assert!(
        md.contains("## Choose Django if…\n\n- You need an admin panel"),
        "{md}"
    );
    assert!(
        md.contains("| Feature | Django | Flask |\n|---|---|---|\n| Setup time |"),
        "{md}"
    );
    // A pipe in a cell does not break the table.
    assert!(md
        .lines()
        .filter(|l| l.starts_with("| "))
        .all(|l| l.matches(" | ").count() == 2 || l.contains("\\|")));
}

#[cfg(feature = "card")]
#[test]
fn the_card_is_a_1200_by_630_png_for_any_comparison() {
    for file in [DEFAULT, THREE] {
        let content: verdict_core::content::Content =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let png = verdict_cli::card::png(&content).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (1200, 630));
        assert!(
            png.len() > 10_000,
            "the card has text and shapes: {} bytes",
            png.len()
        );
    }
    // A title the bundled font cannot draw is left out, not drawn as boxes.
    let mut other: verdict_core::content::Content =
        serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    other.title = "Django 还是 Flask？".to_owned();
    assert!(!verdict_core::card::svg(&other).contains("还是"));
    verdict_cli::card::png(&other).unwrap();
}
