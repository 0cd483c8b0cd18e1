//! The studio's live preview: the widget itself ([`Verdict`]), in a shadow root of its own with
//! the widget's stylesheet, exactly as a post shows it, fed the content being written.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{ShadowRootInit, ShadowRootMode};
use yew::prelude::*;
use yew::AppHandle;

use verdict_core::content::Content;
use verdict_core::layout::Layout;
use verdict_core::load::Loaded;
use verdict_ui::app::{Verdict, VerdictProps};

/// Properties of [`Preview`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The content to show; nothing until there is valid content.
    pub content: Option<Rc<Content>>,
    /// The widget's stylesheet (the studio page links it).
    pub stylesheet: AttrValue,
}

/// The preview: a host element whose shadow root holds a widget of its own, updated in place.
#[component]
pub fn Preview(props: &Props) -> Html {
    let host = use_node_ref();
    let app = use_mut_ref(|| None::<AppHandle<Verdict>>);
    {
        let (host, stylesheet) = (host.clone(), props.stylesheet.clone());
        use_effect_with(props.content.clone(), move |content| {
            if let Some(content) = content {
                show(&host, &stylesheet, &app, content.clone());
            }
        });
    }
    html! { <div class="studio-preview-host" ref={host}></div> }
}

/// Shows `content` in the widget under `host`, starting it the first time.
fn show(
    host: &NodeRef,
    stylesheet: &str,
    app: &Rc<RefCell<Option<AppHandle<Verdict>>>>,
    content: Rc<Content>,
) {
    let props = VerdictProps {
        loaded: Loaded::Content(content),
        // Its own name in links and storage: answering here never touches a real widget's.
        instance: Some(AttrValue::from("studio-preview")),
        locale: None,
        // Everything open: the author sees the grid and the article's sections as they type.
        layout: Layout::from_attributes(None, Some("full")),
        early: None,
        on_change: None,
        prerender: false,
    };
    let mut app = app.borrow_mut();
    if let Some(handle) = app.as_mut() {
        handle.update(props);
        return;
    }
    let Some(host) = host.cast::<web_sys::Element>() else {
        return;
    };
    let started = (|| {
        let document = gloo_utils::document();
        let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
        let link = document.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        link.set_attribute("href", stylesheet)?;
        let root = document.create_element("div")?;
        root.set_class_name("verdict-root");
        shadow.append_child(&link)?;
        shadow.append_child(&root)?;
        Ok::<_, wasm_bindgen::JsValue>(root)
    })();
    if let Ok(root) = started {
        *app = Some(yew::Renderer::<Verdict>::with_root_and_props(root, props).render());
    }
}
