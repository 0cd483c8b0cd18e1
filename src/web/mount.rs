//! Mounting: every `<verdict-widget>` (or element with `data-verdict`) on the page gets its own
//! widget in its own open shadow root, so the host page's CSS and the widget's cannot meet.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};

use super::{source, styles};
use crate::core::content::DEFAULT_CONTENT_JSON;
use crate::core::share;
use crate::core::validate;
use crate::ui::app::Loaded;
use crate::ui::{Verdict, VerdictProps};

/// The elements a widget mounts into.
pub const HOST_SELECTOR: &str = "verdict-widget, [data-verdict]";
/// Set on a host once its widget is mounted, so mounting twice is harmless.
const MOUNTED: &str = "data-verdict-mounted";

/// Mounts a widget into every host element on the page, each with the content it asks for
/// (see [`super::source`]); returns how many hosts were found. Content given by URL arrives
/// later, so widgets appear once every host's content is ready, named in page order.
pub fn mount_all() -> usize {
    install_panic_notice();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(found) = document.query_selector_all(HOST_SELECTOR) else {
        return 0;
    };
    let hosts: Vec<Element> = (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter(|host| !host.has_attribute(MOUNTED))
        .collect();
    // Claim the hosts now, so a second call while content loads cannot mount them twice.
    for host in &hosts {
        let _ = host.set_attribute(MOUNTED, "");
    }
    let count = hosts.len();
    wasm_bindgen_futures::spawn_local(async move {
        let mut loaded = Vec::with_capacity(hosts.len());
        for host in &hosts {
            loaded.push(source::load(source::of(host)).await);
        }
        let host_ids: Vec<String> = hosts.iter().map(|h| h.id()).collect();
        let content_ids: Vec<&str> = loaded
            .iter()
            .map(|l| match l {
                Loaded::Content(content) => content.id.as_str(),
                Loaded::Problems(_) => "broken",
            })
            .collect();
        let names = share::instance_names(
            host_ids
                .iter()
                .zip(&content_ids)
                .map(|(id, content)| ((!id.is_empty()).then_some(id.as_str()), *content)),
        );
        for ((host, loaded), name) in hosts.iter().zip(loaded).zip(names) {
            if let Err(e) = render_into(host, loaded, &name) {
                web_sys::console::error_2(&JsValue::from_str("verdict: could not mount:"), &e);
            }
        }
    });
    count
}

/// The embedded article, checked like any other content.
pub fn default_content() -> Loaded {
    match validate::load(DEFAULT_CONTENT_JSON) {
        Ok(content) => Loaded::Content(Rc::new(content)),
        Err(problems) => Loaded::Problems(Rc::new(problems)),
    }
}

/// Mounts one widget showing `loaded` into `host`'s shadow root; `instance` is its name in
/// links and storage, unique on the page.
pub fn mount(
    host: &Element,
    loaded: Loaded,
    instance: &str,
) -> Result<AppHandle<Verdict>, JsValue> {
    if host.has_attribute(MOUNTED) {
        return Err(JsValue::from_str("a widget is already mounted here"));
    }
    host.set_attribute(MOUNTED, "")?;
    render_into(host, loaded, instance)
}

fn render_into(
    host: &Element,
    loaded: Loaded,
    instance: &str,
) -> Result<AppHandle<Verdict>, JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host is not in a document"))?;
    let shadow = match host.shadow_root() {
        // A first view pre-rendered into the page (scripts/prerender.mjs): the live widget
        // replaces it within this task, before the browser paints again, so nothing flickers.
        Some(shadow) => {
            shadow.set_inner_html("");
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::apply(&shadow, &document)?;
    let root = document.create_element("div")?;
    root.set_class_name("verdict-root");
    shadow.append_child(&root)?;
    let props = VerdictProps {
        loaded,
        instance: Some(AttrValue::from(instance.to_owned())),
        locale: locale_of(host).map(AttrValue::from),
    };
    Ok(yew::Renderer::<Verdict>::with_root_and_props(root, props).render())
}

/// The language of the widget's own words: its `locale` attribute, else the `lang` of the
/// nearest element around it (a blog written in Urdu gets the Urdu interface by itself).
fn locale_of(host: &Element) -> Option<String> {
    host.get_attribute("locale").or_else(|| {
        host.closest("[lang]")
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("lang"))
    })
}

/// A panic in WASM stops the widget; instead of leaving it frozen or blank, say so in every
/// mounted widget and log the details for the developer.
fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "verdict: internal error: {info}"
        )));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(hosts) = document.query_selector_all(&format!("[{MOUNTED}]")) else {
            return;
        };
        for i in 0..hosts.length() {
            let shadow = hosts
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|h| h.shadow_root());
            if let Some(shadow) = shadow {
                shadow.set_inner_html(
                    "<div class=\"verdict-root\"><div class=\"vd vd-card vd-error\" role=\"alert\">\
                     <h2 class=\"vd-title\">Something went wrong</h2>\
                     <p>This decision guide stopped because of an internal error. \
                     Reloading the page usually helps.</p></div></div>",
                );
            }
        }
    }));
}
