//! The widget's entry point: one live widget in one host element's open shadow root, so the
//! host page's CSS and the widget's cannot meet. This is where the outer layers meet: `ui`
//! renders into the host, `web` reads the page and dispatches what the widget tells it, and
//! `core` decides what happened.
//!
//! The loader (embed/loader.js) owns the element's lifecycle: `<verdict-widget>` is a custom
//! element, and its `connectedCallback` asks for a [`Mounted`] widget when it comes near the
//! viewport, its `disconnectedCallback` drops it (the widget's components go, their listeners
//! and timers with them, and the Yew app is kept for the next widget: see `ui::slot`). The loader has usually prepared the shadow root already: the widget's
//! stylesheet and a placeholder, or a view pre-rendered into the page. The live widget takes the
//! place of that view in one task, keeping the stylesheet, so nothing flickers or moves.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

use verdict_core::events::{self, Change, WidgetEvent};
use verdict_core::layout::Layout;
use verdict_core::load::{self, Loaded};
use verdict_core::quiz::{Action, Progress};
use verdict_core::share;
use verdict_ui::persist::Places;
use verdict_ui::{Slot, SlotProps, VerdictProps};
use verdict_web::{address, dispatch, storage};

thread_local! {
    /// The widgets alive on the page, with their names in links and storage.
    static LIVE: RefCell<Vec<(Element, String)>> = const { RefCell::new(Vec::new()) };
    /// Apps whose widgets left the page, each with its root, kept for the next widgets: Yew
    /// never frees an app root's event delegation (see `ui::slot`), so reusing them keeps a page
    /// whose widgets come and go from growing.
    static SPARE: RefCell<Vec<App>> = const { RefCell::new(Vec::new()) };
}

/// A Yew app and the element it renders into.
struct App {
    root: Element,
    handle: AppHandle<Slot>,
}

/// One live widget in its host element.
pub struct Mounted {
    host: Element,
    app: Option<App>,
    loaded: Loaded,
    instance: String,
    /// Bumped at each fresh start, so the widget's state starts anew.
    generation: u32,
    /// The reader's latest progress, as the widget last reported it (for [`Mounted::result`]).
    progress: Rc<RefCell<Option<Progress>>>,
}

impl Mounted {
    /// Starts a widget in `host` showing `content` (the reader's compact form; none: the
    /// built-in article), applying `early`, a press made on the pre-rendered view before the
    /// widget ran (an action's name, see [`Action::name`]). The page hears `verdict:ready` once
    /// it has rendered (and again after each fresh start), or `verdict:error` with the content's
    /// problems.
    pub fn start(
        host: Element,
        content: Option<&[u8]>,
        early: Option<&str>,
    ) -> Result<Self, JsValue> {
        install_panic_notice();
        let loaded = match content {
            Some(bytes) => load::from_bytes_checked(bytes),
            None => load::embedded_default().into(),
        };
        let content_id = match &loaded {
            Loaded::Content(content) => content.id.clone(),
            Loaded::Problems(_) => "broken".to_owned(),
        };
        let instance = LIVE.with(|live| {
            let live = live.borrow();
            let taken: Vec<&str> = live.iter().map(|(_, name)| name.as_str()).collect();
            share::instance_name(Some(&host.id()), &content_id, &taken)
        });
        let app = app_in(&host)?;
        let mut mounted = Self {
            host: host.clone(),
            app: Some(app),
            loaded,
            instance: instance.clone(),
            generation: 0,
            progress: Rc::new(RefCell::new(None)),
        };
        mounted.render(early.and_then(Action::from_name));
        LIVE.with(|live| live.borrow_mut().push((host.clone(), instance)));
        if let Loaded::Problems(problems) = &mounted.loaded {
            dispatch::error(&host, problems);
        }
        Ok(mounted)
    }

    /// Shows the widget afresh (a fresh start for it, unless the address or storage say
    /// otherwise).
    fn render(&mut self, early: Option<Action>) {
        *self.progress.borrow_mut() = None;
        self.generation += 1;
        let widget = self.props(early);
        let generation = self.generation;
        if let Some(app) = self.app.as_mut() {
            app.handle.update(SlotProps {
                widget: Some(widget),
                generation,
            });
        }
    }

    /// The widget's properties as the host's attributes say now.
    fn props(&self, early: Option<Action>) -> VerdictProps {
        let host = self.host.clone();
        let content = match &self.loaded {
            Loaded::Content(content) => Some(content.clone()),
            Loaded::Problems(_) => None,
        };
        let latest = self.progress.clone();
        let instance = self.instance.clone();
        let on_change = Callback::from(move |change: Change| {
            if let Some(content) = &content {
                // The widget's first report comes once it has rendered: it answers presses now.
                if latest.borrow().is_none() {
                    dispatch::ready(&host, &content.id, &instance);
                }
                for event in change.events(content) {
                    match event {
                        WidgetEvent::Answered(answered) => dispatch::answer(&host, &answered),
                        WidgetEvent::Reached(reached) => dispatch::result(&host, &reached),
                    }
                }
            }
            *latest.borrow_mut() = Some(change.after);
        });
        VerdictProps {
            loaded: self.loaded.clone(),
            instance: Some(AttrValue::from(self.instance.clone())),
            locale: locale_of(&self.host).map(AttrValue::from),
            layout: Layout::from_attributes(
                self.host.get_attribute("parts").as_deref(),
                self.host.get_attribute("data-layout").as_deref(),
            ),
            early,
            on_change: Some(on_change),
            prerender: false,
        }
    }

    /// Follows the host's attributes (`locale`, `parts`, `data-layout`, the `lang` around it):
    /// the widget shows them and keeps the reader's place.
    pub fn refresh(&mut self) {
        let widget = self.props(None);
        let generation = self.generation;
        if let Some(app) = self.app.as_mut() {
            app.handle.update(SlotProps {
                widget: Some(widget),
                generation,
            });
        }
    }

    /// Starts over: forgets the answers, the saved progress and this widget's part of the
    /// address.
    pub fn reset(&mut self) {
        if let Loaded::Content(content) = &self.loaded {
            let places = Places::new(content, &self.instance);
            address::write(&places.link_key, None, address::Entry::Replace);
            storage::save(&places.storage_key, None);
        }
        self.render(None);
    }

    /// The result the reader is at, as the page hears it in `verdict:result`; `null` when the
    /// reader is not at a result.
    pub fn result(&self) -> JsValue {
        let progress = self.progress.borrow();
        match (&self.loaded, progress.as_ref()) {
            (Loaded::Content(content), Some(progress)) => events::result(content, progress)
                .map(|reached| dispatch::result_detail(&reached))
                .unwrap_or(JsValue::NULL),
            _ => JsValue::NULL,
        }
    }

    /// The widget's name in links and storage (unique among the live widgets on the page).
    pub fn instance(&self) -> String {
        self.instance.clone()
    }
}

impl Drop for Mounted {
    /// The widget goes (its components, listeners and timers with it) and its root leaves the
    /// host; the app is kept for the next widget.
    fn drop(&mut self) {
        if let Some(mut app) = self.app.take() {
            app.handle.update(SlotProps {
                widget: None,
                generation: 0,
            });
            app.root.remove();
            SPARE.with(|spare| spare.borrow_mut().push(app));
        }
        LIVE.with(|live| live.borrow_mut().retain(|(host, _)| host != &self.host));
    }
}

/// An app rendering into a root in `host`'s shadow root, in place of what the loader put there
/// (a placeholder or a pre-rendered view), keeping the stylesheet: a spare one if there is one.
fn app_in(host: &Element) -> Result<App, JsValue> {
    // Yew takes a widget down in a later microtask: an app whose root still shows its last
    // widget is not free yet, and the widget given it would be deaf to presses.
    let spare = SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        let free = spare
            .iter()
            .position(|app| app.root.first_element_child().is_none())?;
        Some(spare.swap_remove(free))
    });
    let root = match &spare {
        Some(app) => app.root.clone(),
        None => {
            let document = host
                .owner_document()
                .ok_or_else(|| JsValue::from_str("host is not in a document"))?;
            let root = document.create_element("div")?;
            root.set_class_name("verdict-root");
            root
        }
    };
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
    Ok(spare.unwrap_or_else(|| App {
        handle: yew::Renderer::<Slot>::with_root_and_props(
            root.clone(),
            SlotProps {
                widget: None,
                generation: 0,
            },
        )
        .render(),
        root,
    }))
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

/// A panic in WASM stops every widget; instead of leaving them frozen or blank, say so in each
/// and log the details for the developer.
fn install_panic_notice() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_notice)));
}

fn panic_notice(info: &std::panic::PanicHookInfo<'_>) {
    {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "verdict: internal error: {info}"
        )));
        let hosts: Vec<Element> = LIVE.with(|live| {
            live.try_borrow()
                .map(|live| live.iter().map(|(host, _)| host.clone()).collect())
                .unwrap_or_default()
        });
        for host in hosts {
            // Into the widget's root, so the shadow root keeps its stylesheet.
            let root = host
                .shadow_root()
                .and_then(|s| s.query_selector(".verdict-root").ok().flatten())
                .and_then(|root| root.dyn_into::<Element>().ok());
            if let Some(root) = root {
                root.set_inner_html(
                    "<div class=\"vd vd-card vd-error\" role=\"alert\">\
                     <h2 class=\"vd-title\">Something went wrong</h2>\
                     <p>This decision guide stopped because of an internal error. \
                     Reloading the page usually helps.</p></div>",
                );
            }
        }
    }
}
