//! The entry point's work: every `<verdict-widget>` (or element with `data-verdict`) on the page
//! gets its own widget in its own open shadow root, so the host page's CSS and the widget's
//! cannot meet. This is where the two outer layers meet: `web` reads what each host was handed
//! (its content, read and checked by the reader; an early press); `ui` renders into it.
//!
//! The loader (embed/loader.js) has usually prepared the shadow root already: the widget's
//! stylesheet and a placeholder, or a view pre-rendered into the page. The live widget takes the
//! place of that view in one task, keeping the stylesheet, so nothing flickers or moves.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};

use crate::core::layout::Layout;
use crate::core::load::{self, Loaded};
use crate::core::problem::Problem;
use crate::core::quiz::Action;
use crate::core::share;
use crate::ui::{Verdict, VerdictProps};
use crate::web::{handover, source};

/// The elements a widget mounts into.
pub const HOST_SELECTOR: &str = "verdict-widget, [data-verdict]";
/// Set on a host once its widget is mounted, so mounting twice is harmless.
const MOUNTED: &str = "data-verdict-mounted";

/// Mounts a widget into every host element on the page, each with the content it was handed
/// (or the built-in article), each in a task of its own after this one (so starting several
/// widgets never holds the page for long); returns how many hosts were found. Widgets are named
/// in page order (see [`share::instance_names`]).
pub fn mount_all() -> usize {
    install_panic_notice();
    let Ok(found) = gloo_utils::document().query_selector_all(HOST_SELECTOR) else {
        return 0;
    };
    let hosts: Vec<Element> = (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter(|host| !host.has_attribute(MOUNTED))
        .collect();
    // Claim the hosts now, so a second call before they are mounted cannot mount them twice.
    for host in &hosts {
        let _ = host.set_attribute(MOUNTED, "");
    }
    let loaded: Vec<Loaded> = hosts.iter().map(content_of).collect();
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
    let count = hosts.len();
    wasm_bindgen_futures::spawn_local(async move {
        for ((host, loaded), name) in hosts.iter().zip(loaded).zip(names) {
            gloo_timers::future::TimeoutFuture::new(0).await;
            match render(host, loaded, &name) {
                // The widget lives as long as the page.
                Ok(app) => std::mem::forget(app),
                Err(e) => {
                    web_sys::console::error_2(&JsValue::from_str("verdict: could not mount:"), &e)
                }
            }
        }
        // Every widget answers clicks from here on (the benchmark and the tests wait for it).
        if let Ok(event) = web_sys::Event::new("verdict:mounted") {
            let _ = gloo_utils::window().dispatch_event(&event);
        }
    });
    count
}

/// What `host` shows: the content the reader handed over for it, or the built-in article when
/// it asks for none.
fn content_of(host: &Element) -> Loaded {
    match handover::content(host) {
        Some(bytes) => load::from_bytes(&bytes),
        None if source::asks_for_content(host) => Loaded::Problems(Rc::new(vec![Problem::at(
            "",
            "the content reader did not run, so the content given on the page could not be read; \
             check that embed.js and the verdict-reader files next to it are served",
        )])),
        None => load::embedded_default().into(),
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
    render(host, loaded, instance)
}

/// Renders a widget into a host already claimed, in place of what the loader put there.
fn render(host: &Element, loaded: Loaded, instance: &str) -> Result<AppHandle<Verdict>, JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host is not in a document"))?;
    let root = document.create_element("div")?;
    root.set_class_name("verdict-root");
    match host.shadow_root() {
        Some(shadow) => match shadow.query_selector(".verdict-root")? {
            Some(placeholder) => placeholder.replace_with_with_node_1(&root)?,
            None => shadow.append_child(&root).map(drop)?,
        },
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?
            .append_child(&root)
            .map(drop)?,
    }
    let props = VerdictProps {
        loaded,
        instance: Some(AttrValue::from(instance.to_owned())),
        locale: locale_of(host).map(AttrValue::from),
        layout: Layout::from_attributes(
            host.get_attribute("parts").as_deref(),
            host.get_attribute("data-layout").as_deref(),
        ),
        early: handover::early_press(host).and_then(|name| Action::from_name(&name)),
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
        let Ok(hosts) = gloo_utils::document().query_selector_all(&format!("[{MOUNTED}]")) else {
            return;
        };
        for i in 0..hosts.length() {
            // Into the widget's root, so the shadow root keeps its stylesheet.
            let root = hosts
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|h| h.shadow_root())
                .and_then(|s| s.query_selector(".verdict-root").ok().flatten());
            if let Some(root) = root {
                root.set_inner_html(
                    "<div class=\"vd vd-card vd-error\" role=\"alert\">\
                     <h2 class=\"vd-title\">Something went wrong</h2>\
                     <p>This decision guide stopped because of an internal error. \
                     Reloading the page usually helps.</p></div>",
                );
            }
        }
    }));
}
