//! Build script: compacts the two text files compiled into the widget (its stylesheet and the
//! default content) so the WebAssembly carries no comments or indentation. The sources stay
//! readable; the results land in OUT_DIR. Measured: see the README's benchmark section.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target, compact) in [
        (
            "styles/widget.css",
            "widget.css",
            compact_css as fn(&str) -> String,
        ),
        (
            "content/django-vs-flask.json",
            "django-vs-flask.json",
            compact_json,
        ),
    ] {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).expect("source file");
        fs::write(Path::new(&out).join(target), compact(&text)).expect("write OUT_DIR");
    }
}

/// JSON without the whitespace between tokens (strings are kept exactly).
fn compact_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// CSS without comments, with runs of whitespace collapsed and none around `{ } ; ,` (the
/// stylesheet has no strings or `url()`s where that would matter; selectors' descendant
/// spaces and `:is(…)` stay as they are).
fn compact_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let glued = out.ends_with(['{', '}', ';', ',']) || word.starts_with(['{', '}', ';']);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace(";}", "}")
}
