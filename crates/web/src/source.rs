//! Where a widget's content comes from, as the blogger wrote it on the page:
//!
//! - a `<script type="application/json">` inside the `<verdict-widget>` element: that JSON;
//! - else a `src` attribute: a JSON file fetched from that URL (relative to the page);
//! - else the embedded default article.
//!
//! Whatever goes wrong (unreachable file, HTTP error, bad JSON, broken rules) ends as a list of
//! problems the widget shows, never as a blank box.

use std::rc::Rc;

use web_sys::Element;

use verdict_core::load::{self, Loaded};
use verdict_core::problem::Problem;

/// The content a host element asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Nothing given: the embedded article.
    Default,
    /// JSON written inside the element.
    Inline(String),
    /// A URL to fetch the JSON from.
    Url(String),
}

/// Whether `host` asks for content of its own (inline or by URL), which the reader reads.
pub fn asks_for_content(host: &Element) -> bool {
    of(host) != Source::Default
}

/// Reads what `host` asks for.
pub fn of(host: &Element) -> Source {
    if let Ok(Some(script)) = host.query_selector(r#"script[type="application/json"]"#) {
        return Source::Inline(script.text_content().unwrap_or_default());
    }
    match host.get_attribute("src") {
        Some(url) if !url.trim().is_empty() => Source::Url(url.trim().to_owned()),
        _ => Source::Default,
    }
}

/// Loads and checks the content `source` names.
pub async fn load(source: Source) -> Loaded {
    let json = match source {
        Source::Default => return load::embedded_default().into(),
        Source::Inline(json) => json,
        Source::Url(url) => match fetch_text(&url).await {
            Ok(json) => json,
            Err(why) => {
                return Loaded::Problems(Rc::new(vec![Problem::at(
                    "src",
                    format!(
                        "the content file \"{url}\" could not be loaded: {why}. Check the \
                         address, and that the file is served from this site (or allows it)."
                    ),
                )]))
            }
        },
    };
    load::from_json(&json).into()
}

/// The body of `url`, or why there is none, in words for the blogger.
async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| {
            "the request failed (offline, blocked, or refused by the server)".to_owned()
        })?;
    if !response.ok() {
        return Err(format!("the server answered HTTP {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|_| "the response body could not be read".to_owned())
}
