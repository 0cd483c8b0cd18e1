//! The studio's entry point (editor.html): starts the studio page in `#studio`, telling it where
//! the widget's stylesheet is (for the preview), the loader's addresses (for the snippets: this
//! version on jsDelivr, or this site's copy) and the page a link opens on (guide.html).

use wasm_bindgen::JsValue;

use crate::views::{Props, StudioPage};

/// Starts the studio; logs why if the page has no `#studio`.
pub fn start() {
    let document = gloo_utils::document();
    let Some(root) = document.get_element_by_id("studio") else {
        web_sys::console::error_1(&JsValue::from_str("verdict studio: no #studio element"));
        return;
    };
    let href = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("href"))
    };
    // Absolute, so a pasted snippet works from any post.
    let absolute = |relative: &str| {
        web_sys::Url::new_with_base(relative, &document.url().unwrap_or_default())
            .map(|u| u.href())
            .unwrap_or_else(|_| relative.to_owned())
    };
    let props = Props {
        stylesheet: href("link[data-verdict-css]").unwrap_or_default().into(),
        embed_url: absolute("./embed.js").into(),
        cdn_url: format!(
            "{}embed.js",
            verdict_core::element::cdn_base(env!("CARGO_PKG_VERSION"))
        )
        .into(),
        guide_url: absolute("./guide.html").into(),
    };
    root.set_inner_html("");
    yew::Renderer::<StudioPage>::with_root_and_props(root, props).render();
}
