//! A comparison's card: the 1200×630 picture a chat app, a feed or a newsletter shows for its
//! link (`og:image`), as SVG: the title, the first question and the options, in the widget's
//! colours. The command line rasterises it (`verdict publish`); its text is laid out here, by
//! an estimate of each character's width, so no font metrics are needed.

use super::content::Content;
use super::element::attribute;
use super::plain::shortened;

/// The card's size, in pixels.
pub const WIDTH: u32 = 1200;
/// The card's height.
pub const HEIGHT: u32 = 630;

/// The font family the card names; the command line bundles it.
pub const FONT: &str = "Lato";

/// The card of `content`, as SVG text.
pub fn svg(content: &Content) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#f7f7fb\"/>\
         <rect x=\"0\" y=\"0\" width=\"16\" height=\"{HEIGHT}\" fill=\"#4338ca\"/>\
         <g font-family=\"{FONT}\" fill=\"#1b1d23\">"
    );
    out.push_str("<text x=\"80\" y=\"100\" font-size=\"26\" font-weight=\"700\" fill=\"#4338ca\" letter-spacing=\"3\">DECISION GUIDE</text>");
    let mut y = 178;
    // Text the bundled font cannot draw (another script) is left out rather than drawn as boxes.
    let title = if drawable(&content.title) {
        content.title.as_str()
    } else {
        "Which one fits you?"
    };
    for line in wrap(title, 62.0, 2) {
        out.push_str(&format!(
            "<text x=\"80\" y=\"{y}\" font-size=\"62\" font-weight=\"700\">{}</text>",
            attribute(&line)
        ));
        y += 74;
    }
    if let Some(first) = content.questions.first().filter(|q| drawable(&q.text)) {
        y += 40;
        out.push_str(&format!(
            "<text x=\"80\" y=\"{y}\" font-size=\"28\" fill=\"#555a66\">Question 1 of {}</text>",
            content.questions.len()
        ));
        y += 60;
        for line in wrap(&first.text, 46.0, 2) {
            out.push_str(&format!(
                "<text x=\"80\" y=\"{y}\" font-size=\"46\">{}</text>",
                attribute(&line)
            ));
            y += 56;
        }
    }
    // The options as pills along the bottom.
    let mut x = 80.0;
    let pill_y = HEIGHT - 130;
    let drawn: Vec<&str> = content
        .options
        .iter()
        .map(|o| o.name.as_str())
        .filter(|n| drawable(n))
        .collect();
    if drawn.len() < content.options.len() {
        out.push_str(&format!(
            "<text x=\"80\" y=\"{}\" font-size=\"30\" font-weight=\"700\" fill=\"#312e81\">{} options · {} questions</text>",
            pill_y + 40,
            content.options.len(),
            content.questions.len()
        ));
    }
    for name in drawn
        .iter()
        .filter(|_| drawn.len() == content.options.len())
    {
        let name = shortened(name, 22);
        let w = text_width(&name, 30.0) + 48.0;
        if x + w > f64::from(WIDTH) - 80.0 {
            break;
        }
        out.push_str(&format!(
            "<rect x=\"{x:.0}\" y=\"{pill_y}\" width=\"{w:.0}\" height=\"60\" rx=\"30\" fill=\"#e0e7ff\"/>\
             <text x=\"{:.0}\" y=\"{}\" font-size=\"30\" font-weight=\"700\" fill=\"#312e81\">{}</text>",
            x + 24.0,
            pill_y + 40,
            attribute(&name)
        ));
        x += w + 18.0;
    }
    out.push_str(&format!("<text x=\"{}\" y=\"{}\" font-size=\"24\" fill=\"#555a66\" text-anchor=\"end\">Take the quiz →</text>", WIDTH - 60, HEIGHT - 30));
    out.push_str("</g></svg>");
    out
}

/// Whether the bundled font (Latin, Greek, basic Cyrillic and punctuation: see assets/fonts)
/// draws every character of `text`.
pub fn drawable(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c as u32, 0x20..=0x7E | 0xA0..=0x17F | 0x370..=0x3FF | 0x400..=0x45F | 0x2010..=0x2027 | 0x2030..=0x203A | 0x20AC | 0x2192)
    })
}

/// About how wide `text` is at `size` pixels (Lato's average advance: 0.5 em; capitals and wide
/// letters more, narrow ones less).
fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | ' ' => {
                0.3
            }
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_uppercase() => 0.65,
            c if c.is_ascii() => 0.52,
            _ => 0.9,
        })
        .sum::<f64>()
        * size
}

/// `text` in lines that fit the card at `size`, at most `max` of them (the last ending in "…"
/// when it was cut).
fn wrap(text: &str, size: f64, max: usize) -> Vec<String> {
    let room = f64::from(WIDTH) - 160.0;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if text_width(&candidate, size) <= room || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_owned();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("max > 0");
        while text_width(&format!("{last}…"), size) > room && last.pop().is_some() {}
        last.push('…');
    }
    lines
}
