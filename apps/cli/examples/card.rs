//! Writes a comparison's card to a PNG file, to look at: `cargo run -p verdict-cli --features card
//! --example card -- content/django-vs-flask.json card.png`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: card FILE.json OUT.png");
        std::process::exit(2);
    };
    let json = std::fs::read_to_string(input).expect("the file reads");
    let content = serde_json::from_str(&json).expect("the content reads");
    std::fs::write(
        output,
        verdict_cli::card::png(&content).expect("the card draws"),
    )
    .expect("the card is written");
}
