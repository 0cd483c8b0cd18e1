//! Where a widget's content comes from, as the blogger wrote it on the page:
//!
//! - a `<script type="application/json">` inside the `<verdict-widget>` element: that JSON;
//! - else a `src` attribute: a JSON file fetched from that URL (relative to the page);
//! - else the embedded default article.
//!
//! Whatever goes wrong (unreachable file, HTTP error, bad JSON, broken rules) ends as a list of
//! problems the widget shows, never as a blank box.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::mount::default_content;
use crate::core::validate::{self, Problem};
use crate::ui::app::Loaded;

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
        Source::Default => return default_content(),
        Source::Inline(json) => json,
        Source::Url(url) => match fetch_text(&url).await {
            Ok(json) => json,
            Err(why) => {
                return Loaded::Problems(Rc::new(vec![Problem {
                    path: "src".to_owned(),
                    message: format!(
                        "the content file \"{url}\" could not be loaded: {why}. Check the \
                         address, and that the file is served from this site (or allows it)."
                    ),
                }]))
            }
        },
    };
    match validate::load(&json) {
        Ok(content) => Loaded::Content(Rc::new(content)),
        Err(found) => Loaded::Problems(Rc::new(found)),
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the request failed (offline, blocked, or refused by the server)".to_owned())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| "the answer was not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("the server answered HTTP {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| "the response had no body".to_owned())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the response body could not be read".to_owned())
}
