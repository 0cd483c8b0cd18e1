//! Component tests in headless Chromium (wasm-bindgen-test): the real Yew components mounted
//! into a shadow root the way the page does it, driven by clicks on their buttons.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use verdict_core::content::Content;
use verdict_core::load::{self, Loaded};
use verdict_core::quiz::{Progress, Response, Step};
use verdict_core::saved;
use verdict_widget::mount::Mounted as Live;

wasm_bindgen_test_configure!(run_in_browser);

/// The embedded article, as the page loads it.
fn default_content() -> Loaded {
    load::embedded_default().into()
}

fn article() -> Content {
    load::embedded_default().expect("the built-in article")
}

/// Waits (bounded: one second) until `ready`; panics with `html()` if it never is. Yew renders
/// on its own schedule, not synchronously.
async fn wait_until(what: &str, ready: impl Fn() -> bool, html: impl Fn() -> String) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("never saw {what}; HTML: {}", html());
}

/// Every widget gets its own name, so tests never read each other's links or storage.
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A fresh host element in the page with a widget mounted into it.
struct Mounted {
    host: Element,
}

impl Mounted {
    fn new(loaded: Loaded) -> Self {
        Self::named(
            loaded,
            &format!("test-{}", NEXT.fetch_add(1, Ordering::Relaxed)),
        )
    }

    /// Mounted under this instance name (its key in links and storage).
    fn named(loaded: Loaded, instance: &str) -> Self {
        Self::on_host(loaded, instance, &[])
    }

    /// Mounted on a host carrying these attributes (`locale`…).
    fn on_host(loaded: Loaded, instance: &str, attributes: &[(&str, &str)]) -> Self {
        let (widget, live) = Self::live(loaded, instance, attributes);
        // The widget lives as long as the page unless a test keeps its handle (see `live`).
        std::mem::forget(live);
        widget
    }

    /// Mounted, with the live widget's handle: dropping it stops the widget.
    fn live(loaded: Loaded, instance: &str, attributes: &[(&str, &str)]) -> (Self, Live) {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("verdict-widget").unwrap();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        // The host's id names the widget in links and storage.
        host.set_id(instance);
        document.body().unwrap().append_child(&host).unwrap();
        let bytes = verdict_core::load::to_bytes(&loaded);
        let live = Live::start(host.clone(), Some(&bytes), None).expect("mounts");
        (Self { host }, live)
    }

    fn shadow(&self) -> ShadowRoot {
        self.host.shadow_root().expect("an open shadow root")
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.shadow().query_selector(selector).unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    fn all_text(&self, selector: &str) -> Vec<String> {
        let list = self.shadow().query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.text_content())
            .map(|t| t.trim().to_owned())
            .collect()
    }

    /// The button whose visible label is `label` (the accessible name of these buttons).
    fn button(&self, label: &str) -> Option<HtmlElement> {
        let list = self.shadow().query_selector_all("button").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
    }

    /// Waits (bounded) until Yew has rendered something matching `ready`; panics with the
    /// shadow root's HTML if it never does.
    async fn until(&self, what: &str, ready: impl Fn(&Self) -> bool) {
        wait_until(what, || ready(self), || self.shadow().inner_html()).await;
    }

    async fn click(&self, label: &str) {
        self.until(&format!("a \"{label}\" button"), |m| {
            m.button(label).is_some()
        })
        .await;
        let before = self.shadow().inner_html();
        self.button(label).unwrap().click();
        self.until(&format!("a change after clicking \"{label}\""), |m| {
            m.shadow().inner_html() != before
        })
        .await;
    }

    /// Clicks these labels one per question, then waits for the result.
    async fn answer_all(&self, labels: &[&str]) {
        for label in labels {
            self.question().await;
            self.click(label).await;
        }
        self.until("the result", |m| m.find(".vd-headline").is_some())
            .await;
    }

    async fn question(&self) -> String {
        self.until("a question", |m| m.find("#vd-question").is_some())
            .await;
        self.text("#vd-question")
    }
}

#[wasm_bindgen_test]
async fn first_screen_is_question_one_of_seven_with_labelled_answer_group() {
    let w = Mounted::new(default_content());
    assert_eq!(w.question().await, "Do you need an admin panel?");
    assert_eq!(w.text("#vd-count"), "Question 1 of 7");
    let group = w.find("[role=group]").unwrap();
    assert_eq!(
        group.get_attribute("aria-labelledby").as_deref(),
        Some("vd-question")
    );
    let answers = w.all_text("[role=group] button");
    assert_eq!(answers, ["Yes", "No", "Not sure"]);
    let back = w.button("← Back").unwrap();
    assert!(
        back.has_attribute("disabled"),
        "Back is disabled on the first question"
    );
    assert!(w.button("Restart").is_none(), "nothing to restart yet");
    let bar = w.find("[role=progressbar]").unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("0"));
    assert_eq!(bar.get_attribute("aria-valuemax").as_deref(), Some("7"));
}

#[wasm_bindgen_test]
async fn django_leaning_answers_give_django_with_reasons() {
    let w = Mounted::new(default_content());
    w.answer_all(&["Yes", "Yes", "Yes", "No", "No", "No", "Yes"])
        .await;
    assert_eq!(w.text(".vd-headline"), "Django fits you best");
    assert_eq!(w.text(".vd-eyebrow"), "Clear fit");
    assert_eq!(w.all_text(".vd-reason").len(), 4);
    assert!(w
        .text(".vd-runner h4")
        .contains("When Flask would be the better pick"));
    // The pick's case comes with the article's code samples.
    assert_eq!(w.all_text(".vd-case pre").len(), 2);
    // The grid is its own component and re-renders on Yew's schedule, just after the result.
    w.until("the pick's badge in the grid", |m| {
        m.find("thead th.is-pick .vd-badge").is_some()
    })
    .await;
    assert_eq!(w.text("thead th.is-pick .vd-badge"), "Your pick");
}

#[wasm_bindgen_test]
async fn a_question_that_quotes_is_not_quoted_again_in_why_not() {
    // Drafted questions quote a phrase in the language's frame ("Does this matter to you?
    // “Admin panel”"); the why-not lines quote questions too, and must not nest the marks.
    let mut content = article();
    for (i, q) in content.questions.iter_mut().enumerate() {
        q.text = format!("Does this matter to you? “Point {i}”");
    }
    let w = Mounted::new(Ok(content).into());
    w.answer_all(&["Yes", "Yes", "Yes", "No", "No", "No", "Yes"])
        .await;
    let why_not = w.text(".vd-why-not");
    assert!(
        why_not.contains("Does this matter to you? “Point"),
        "{why_not}"
    );
    assert!(
        !why_not.contains("“Does") && !why_not.contains("””"),
        "{why_not}"
    );
    // Several such questions are one to a line, not run into a sentence ("… and Does this …").
    let lines = w.all_text(".vd-against li");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Does this matter to you?")),
        "{lines:?}"
    );
    assert!(!why_not.contains(" and Does"), "{why_not}");
}

#[wasm_bindgen_test]
async fn back_skip_not_sure_and_restart() {
    let w = Mounted::new(default_content());
    w.question().await;
    w.click("Yes").await;
    assert_eq!(w.question().await, "Do you need user authentication?");
    w.click("← Back").await;
    assert_eq!(w.question().await, "Do you need an admin panel?");
    let yes = w.button("Yes").unwrap();
    assert_eq!(
        yes.get_attribute("aria-pressed").as_deref(),
        Some("true"),
        "earlier answer is shown"
    );
    // An answered question offers Next (keep) instead of Skip (clear).
    w.click("Next →").await;
    w.click("Skip →").await;
    w.click("Not sure").await;
    assert_eq!(w.text("#vd-count"), "Question 4 of 7");
    w.click("Restart").await;
    assert_eq!(w.text("#vd-count"), "Question 1 of 7");
    assert_eq!(
        w.button("Yes")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn focus_moves_to_the_new_question_after_an_answer_but_not_on_load() {
    let w = Mounted::new(default_content());
    w.question().await;
    assert!(
        w.shadow().active_element().is_none(),
        "loading must not grab focus"
    );
    w.click("No").await;
    let active = w
        .shadow()
        .active_element()
        .expect("something inside the widget has focus");
    assert_eq!(active.id(), "vd-question");
}

#[wasm_bindgen_test]
async fn grid_shows_ten_rows_and_highlights_what_the_answers_touch() {
    let w = Mounted::on_host(default_content(), "full-grid", &[("data-layout", "full")]);
    w.question().await;
    // Built in a task after the first view.
    w.until("the grid", |m| m.all_text("tbody tr").len() == 10)
        .await;
    assert!(w.all_text("tbody tr.is-relevant").is_empty());
    w.click("Yes").await;
    let lit = w.all_text("tbody tr.is-relevant th");
    assert_eq!(lit.len(), 1);
    assert!(lit[0].starts_with("Admin panel"), "{lit:?}");
}

#[wasm_bindgen_test]
async fn compact_by_default_the_grid_and_notes_are_folded_until_the_result() {
    let w = Mounted::new(default_content());
    w.question().await;
    let folds = || {
        w.shadow()
            .query_selector_all("details.vd-more")
            .unwrap()
            .length()
    };
    assert_eq!(folds(), 2);
    assert!(w.find("details.vd-more[open]").is_none());
    assert!(w.find("table").is_none(), "a folded part is not built");
    assert_eq!(
        w.all_text("summary.vd-more-toggle"),
        ["Compare side by side", "From the article"]
    );
    w.answer_all(&["Yes", "Yes", "Yes", "No", "No", "No", "Yes"])
        .await;
    w.until("both parts open, the grid built", |m| {
        m.shadow()
            .query_selector_all("details.vd-more[open]")
            .unwrap()
            .length()
            == 2
            && m.all_text("tbody tr").len() == 10
    })
    .await;
}

#[wasm_bindgen_test]
async fn parts_chooses_what_is_shown() {
    let w = Mounted::on_host(default_content(), "only-grid", &[("parts", "grid")]);
    w.until("the grid, open, with no quiz", |m| {
        m.all_text("tbody tr").len() == 10
    })
    .await;
    assert!(w.find("#vd-question").is_none());
    assert!(w.find(".vd-more").is_none() && w.find(".vd-article").is_none());
}

#[wasm_bindgen_test]
async fn a_tie_is_called_a_tie_with_what_decides_it() {
    let w = Mounted::new(default_content());
    w.answer_all(&[
        "Skip →", "Skip →", "Skip →", "Yes", "Skip →", "Skip →", "Yes",
    ])
    .await;
    assert_eq!(w.text(".vd-eyebrow"), "It's a tie");
    assert_eq!(
        w.text(".vd-headline"),
        "Equally good fits: Django and Flask"
    );
    assert!(!w.all_text(".vd-decide li").is_empty());
}

#[wasm_bindgen_test]
async fn broken_content_shows_every_problem_instead_of_a_blank_widget() {
    let json = include_str!("../../../content/django-vs-flask.json").replace(
        "\"weights\": {\n            \"django\": 3",
        "\"weights\": {\n            \"fastapi\": 3",
    );
    let problems = load::from_json(&json).unwrap_err();
    let w = Mounted::new(Loaded::Problems(Rc::new(problems)));
    w.until("the error list", |m| m.find(".vd-error").is_some())
        .await;
    assert_eq!(
        w.find(".vd-error")
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    let items = w.all_text(".vd-problems li");
    assert!(!items.is_empty());
    assert!(
        items.iter().any(|i| i.contains("weights.fastapi")),
        "{items:?}"
    );
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_own_state() {
    let a = Mounted::new(default_content());
    let b = Mounted::new(default_content());
    a.question().await;
    b.question().await;
    a.click("Yes").await;
    assert_eq!(a.text("#vd-count"), "Question 2 of 7");
    assert_eq!(b.text("#vd-count"), "Question 1 of 7");
}

/// Puts `fragment` in the test page's address without reloading it.
fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let url = format!("{}{}", window.location().pathname().unwrap(), fragment);
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn a_share_link_opens_straight_on_the_result() {
    set_fragment("#elsewhere&vd.shared=v1.1.r1110001");
    let w = Mounted::named(default_content(), "shared");
    w.until("the result", |m| m.find(".vd-headline").is_some())
        .await;
    assert_eq!(w.text(".vd-headline"), "Flask fits you best");
    assert!(w.button("Copy link").is_some());
    set_fragment("");
}

#[wasm_bindgen_test]
async fn answering_writes_the_token_into_the_address_and_keeps_other_parts() {
    set_fragment("#elsewhere");
    let w = Mounted::named(default_content(), "writer");
    w.question().await;
    w.click("Yes").await;
    w.until("the second question", |m| {
        m.text("#vd-count") == "Question 2 of 7"
    })
    .await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#elsewhere&vd.writer=v1.1.1-0______");
    let stored = storage()
        .get_item("verdict:django-vs-flask:1:writer")
        .unwrap()
        .expect("progress saved");
    let mut responses = vec![Response::Open; 7];
    responses[0] = Response::Chose(0);
    assert_eq!(
        saved::restore(&article(), &stored),
        Some(Progress::restore(responses, Step::Question(1)))
    );
    set_fragment("");
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_so_and_starts_fresh() {
    set_fragment("#vd.damaged=v1.1.r11");
    let w = Mounted::named(default_content(), "damaged");
    w.until("the notice", |m| m.find(".vd-notice").is_some())
        .await;
    assert!(w.text(".vd-notice").contains("could not be opened"));
    assert_eq!(w.text("#vd-count"), "Question 1 of 7");
    // The damaged part is cleaned out of the address.
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "");
}

#[wasm_bindgen_test]
async fn saved_progress_is_offered_and_garbage_is_ignored() {
    let mut responses = vec![Response::Chose(1); 3];
    responses.extend([
        Response::NotSure,
        Response::Open,
        Response::Open,
        Response::Open,
    ]);
    let at_question_4 = saved::save(&Progress::restore(responses, Step::Question(3))).unwrap();
    storage()
        .set_item("verdict:django-vs-flask:1:returning", &at_question_4)
        .unwrap();
    storage()
        .set_item("verdict:django-vs-flask:1:garbled", "{not json")
        .unwrap();
    let w = Mounted::named(default_content(), "returning");
    w.until("the offer", |m| m.find(".vd-resume").is_some())
        .await;
    assert!(w.text(".vd-resume").contains("question 4 of 7"));
    assert_eq!(w.text("#vd-count"), "Question 1 of 7");
    w.click("Continue").await;
    w.until("question 4", |m| m.text("#vd-count") == "Question 4 of 7")
        .await;
    assert!(w.find(".vd-resume").is_none());

    let g = Mounted::named(default_content(), "garbled");
    assert_eq!(g.question().await, "Do you need an admin panel?");
    assert!(g.find(".vd-resume").is_none() && g.find(".vd-notice").is_none());
    set_fragment("");
}

/// Gives the widget a language's table, as the loader does (the list the build writes, joined).
fn speak(lang: &str) {
    let json = verdict_core::locale::built_in::table(lang).expect("a table the build writes");
    let parts: Vec<String> = serde_json::from_str(json).unwrap();
    verdict_core::locale::register(parts.join("\0")).unwrap();
}

/// The default widget on a host named `name` with `locale`, `lang`'s table given, once its first
/// question shows.
async fn speaking(lang: &str, name: &str, locale: &str) -> Mounted {
    speak(lang);
    let w = Mounted::on_host(default_content(), name, &[("locale", locale)]);
    w.until("the first question", |m| m.find("#vd-question").is_some())
        .await;
    w
}

#[wasm_bindgen_test]
fn the_browsers_intl_counts_as_cldr_says() {
    // The same categories the native test expects from CLDR's rules, from Chromium's Intl.
    use verdict_core::locale::{Category::*, Numbers};
    use verdict_web::intl::Intl;
    let numbers = [0, 1, 2, 5, 11, 21, 101];
    for (lang, want) in [
        ("en", [Other, One, Other, Other, Other, Other, Other]),
        ("fr", [One, One, Other, Other, Other, Other, Other]),
        ("pl", [Many, One, Few, Many, Many, Many, Many]),
        ("ru", [Many, One, Few, Many, Many, One, One]),
        ("ar", [Zero, One, Two, Few, Many, Many, Other]),
        ("ja", [Other, Other, Other, Other, Other, Other, Other]),
        ("hi", [One, One, Other, Other, Other, Other, Other]),
    ] {
        let intl = Intl::of(lang);
        let got: Vec<_> = numbers.iter().map(|&n| intl.category(n)).collect();
        assert_eq!(got, want, "{lang}");
    }
    // Digits as each locale writes them (CLDR: Latin digits for plain Arabic, Arabic-Indic in
    // Egypt and Saudi Arabia).
    assert_eq!(Intl::of("ar").digits(17), "17");
    assert_eq!(Intl::of("ar-EG").digits(17), "١٧");
    assert_eq!(Intl::of("fa").digits(17), "۱۷");
    assert_eq!(Intl::of("bn").digits(17), "১৭");
    assert_eq!(Intl::of("hi").digits(17), "17");
    assert_eq!(Intl::of("en").digits(-3), "-3");
}

#[wasm_bindgen_test]
async fn a_language_given_by_the_loader_speaks_in_its_digits_and_direction() {
    let w = speaking("ar", "arabic", "ar-EG").await;
    let article = w.find("article.vd").unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(w.text("#vd-count"), "السؤال ١ من ٧");
    let j = speaking("ja", "japanese", "ja").await;
    assert_eq!(j.text("#vd-count"), "質問 1/7");
    assert_eq!(j.text(".vd-unsure"), "わからない");
}

#[wasm_bindgen_test]
async fn the_locale_attribute_gives_the_urdu_interface_right_to_left() {
    let w = speaking("ur", "urdu", "ur-PK").await;
    let article = w.find("article.vd").unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ur"));
    assert_eq!(w.text("#vd-count"), "سوال 1 از 7");
    assert_eq!(w.text(".vd-unsure"), "یقین نہیں");
    // The content is not translated.
    assert_eq!(w.text("#vd-question"), "Do you need an admin panel?");
}

#[wasm_bindgen_test]
async fn an_unknown_locale_falls_back_to_english() {
    let w = Mounted::on_host(default_content(), "klingon", &[("locale", "tlh")]);
    w.until("the first question", |m| m.find("#vd-question").is_some())
        .await;
    assert_eq!(w.text("#vd-count"), "Question 1 of 7");
    assert_eq!(
        w.find("article.vd")
            .unwrap()
            .get_attribute("dir")
            .as_deref(),
        Some("ltr")
    );
}

/// Calls `f` from JavaScript and reports whether it threw (a JS exception thrown out of Rust
/// unwinds to the nearest JS caller, where `Function::call0` catches it).
fn throws(f: impl FnMut() + 'static) -> bool {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let f: &js_sys::Function = f.as_ref().unchecked_ref();
    f.call0(&wasm_bindgen::JsValue::NULL).is_err()
}

/// Makes `window.localStorage` throw, as in a sandboxed frame or with third-party storage
/// blocked; returns a function that puts it back.
fn block_storage() -> impl FnOnce() {
    let window = web_sys::window().unwrap();
    // The page's own accessor lives on the window object itself: keep it to put back.
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    let blocked = js_sys::Function::new_no_args(
        "throw new DOMException('The document is sandboxed', 'SecurityError')",
    );
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &blocked).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);
    move || {
        let window = web_sys::window().unwrap();
        js_sys::Object::define_property(&window, &"localStorage".into(), original.unchecked_ref());
    }
}

// Synchronous on purpose: async tests share the page and interleave at each `await`, so storage
// is blocked only between two statements here (a whole widget under blocked storage is the
// end-to-end test "with storage blocked, the quiz still completes").
#[wasm_bindgen_test]
fn gloo_storage_throws_where_storage_is_blocked_and_ours_does_not() {
    use gloo_storage::Storage as _;
    let unblock = block_storage();
    assert!(web_sys::window().unwrap().local_storage().is_err());
    // gloo-storage throws out of the caller: the widget would stop here.
    assert!(throws(|| {
        let _ = gloo_storage::LocalStorage::get::<String>("verdict:x");
    }));
    // Ours is "no persistence": nothing thrown, nothing read, saving is a no-op.
    assert!(!throws(|| {
        verdict_web::storage::save("verdict:x", Some("{}"));
        assert_eq!(verdict_web::storage::load("verdict:x"), None);
    }));
    unblock();
    assert!(web_sys::window().unwrap().local_storage().is_ok());
}

/// The page's own `history.state`, as a blog's router would keep it.
fn host_state() -> wasm_bindgen::JsValue {
    let state = js_sys::Object::new();
    js_sys::Reflect::set(&state, &"route".into(), &"post-42".into()).unwrap();
    state.into()
}

fn route_in_history_state() -> Option<String> {
    let state = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .state()
        .unwrap();
    js_sys::Reflect::get(&state, &"route".into())
        .ok()
        .and_then(|v| v.as_string())
}

#[wasm_bindgen_test]
async fn history_state_of_the_host_page_survives_answers() {
    let history = web_sys::window().unwrap().history().unwrap();
    history.replace_state(&host_state(), "").unwrap();
    let w = Mounted::named(default_content(), "stateful");
    w.question().await;
    w.click("Yes").await;
    w.until("the second question", |m| {
        m.text("#vd-count") == "Question 2 of 7"
    })
    .await;
    assert!(web_sys::window()
        .unwrap()
        .location()
        .hash()
        .unwrap()
        .contains("vd.stateful="));
    assert_eq!(route_in_history_state().as_deref(), Some("post-42"));
    set_fragment("");
}

#[wasm_bindgen_test]
fn gloo_history_replaces_the_host_pages_history_state() {
    use gloo_history::History as _;
    let history = web_sys::window().unwrap().history().unwrap();
    history.replace_state(&host_state(), "").unwrap();
    assert_eq!(route_in_history_state().as_deref(), Some("post-42"));
    gloo_history::BrowserHistory::new().replace("#vd.x=v1.1.r0000000");
    // The page's router state is gone: gloo-history wrote its own object in its place.
    assert_eq!(route_in_history_state(), None);
    set_fragment("");
}

// ---------- The element's surface: events, reset, stopping ----------

/// The `verdict:*` events heard: (type, JSON of the detail).
type Heard = Rc<std::cell::RefCell<Vec<(String, String)>>>;

/// Records the `verdict:*` events `target` hears; they stop being heard when the listeners go.
fn hear(target: &web_sys::EventTarget) -> (Heard, Vec<gloo_events::EventListener>) {
    let heard = Rc::new(std::cell::RefCell::new(Vec::new()));
    let listeners = [
        "verdict:ready",
        "verdict:answer",
        "verdict:result",
        "verdict:error",
    ]
    .into_iter()
    .map(|kind| {
        let heard = heard.clone();
        gloo_events::EventListener::new(target, kind, move |event| {
            let detail = event
                .dyn_ref::<web_sys::CustomEvent>()
                .map(|e| e.detail())
                .and_then(|d| js_sys::JSON::stringify(&d).ok())
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            heard.borrow_mut().push((kind.to_owned(), detail));
        })
    })
    .collect();
    (heard, listeners)
}

#[wasm_bindgen_test]
async fn the_document_hears_the_widgets_answers_and_result_by_ids() {
    let document = web_sys::window().unwrap().document().unwrap();
    let (heard, _listeners) = hear(&document);
    let (w, live) = Mounted::live(default_content(), "heard", &[]);
    w.answer_all(&["Yes", "Yes", "Yes", "No", "No", "No", "Yes"])
        .await;
    // Effects run after the render that showed the result.
    wait_until(
        "the result event",
        || heard.borrow().iter().any(|(k, _)| k == "verdict:result"),
        || format!("{:?}", heard.borrow()),
    )
    .await;
    let heard = heard.borrow().clone();
    let kinds: Vec<&str> = heard.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds[0], "verdict:ready");
    assert_eq!(
        kinds.iter().filter(|k| **k == "verdict:answer").count(),
        7,
        "{heard:?}"
    );
    assert_eq!(kinds.last(), Some(&"verdict:result"));
    assert_eq!(
        heard[1].1,
        r#"{"question":"admin","answer":"yes","index":0}"#
    );
    let result = &heard.last().unwrap().1;
    assert!(
        result.starts_with(r#"{"winner":"django","ranking":[{"option":"django","points":12}"#),
        "{result}"
    );
    // What `element.result` gives is the same.
    let now = js_sys::JSON::stringify(&live.result())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(&now, result);
    set_fragment("");
}

#[wasm_bindgen_test]
async fn reset_forgets_the_answers_the_saved_progress_and_the_link() {
    let (w, mut live) = Mounted::live(default_content(), "resetting", &[]);
    w.question().await;
    w.click("Yes").await;
    w.until("question 2", |m| m.text("#vd-count") == "Question 2 of 7")
        .await;
    let location = web_sys::window().unwrap().location();
    assert!(location.hash().unwrap().contains("vd.resetting="));
    live.reset();
    w.until("question 1", |m| m.text("#vd-count") == "Question 1 of 7")
        .await;
    assert!(!location.hash().unwrap().contains("vd.resetting="));
    let key = format!("verdict:django-vs-flask:{}:resetting", article().version);
    assert_eq!(storage().get_item(&key).unwrap(), None);
    assert!(live.result().is_null());
}

/// A page can stop one widget and start another in the same task (a host moved, a router
/// swapping posts): the new one answers presses.
#[wasm_bindgen_test]
async fn a_widget_started_as_another_stops_answers_presses() {
    let (outgoing, live) = Mounted::live(default_content(), "outgoing", &[]);
    outgoing.question().await;
    drop(live);
    let (w, live) = Mounted::live(default_content(), "incoming", &[]);
    w.answer_all(&["Yes", "Yes", "Yes", "No", "No", "No", "Yes"])
        .await;
    drop(live);
}

#[wasm_bindgen_test]
async fn a_stopped_widget_leaves_its_host_and_a_new_one_can_start_there() {
    let (w, live) = Mounted::live(default_content(), "stopping", &[]);
    w.question().await;
    drop(live);
    assert!(w.find(".verdict-root").is_none(), "its root is gone");
    // Its history listener went with it: Back/Forward no longer reach it (nothing to render into).
    set_fragment("vd.stopping=garbled");
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    assert!(w.find(".verdict-root").is_none());
    set_fragment("");
    let again = Live::start(w.host.clone(), None, None).expect("starts again");
    w.question().await;
    assert_eq!(again.instance(), "stopping");
}

// ---------- The studio ----------

/// The studio page mounted into a fresh element of the page, with no draft kept from before.
fn studio() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    storage().remove_item("verdict:studio:draft").unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = verdict_studio::views::Props {
        stylesheet: "".into(),
        embed_url: "https://example.com/verdict/embed.js".into(),
        cdn_url: "https://cdn.example/verdict-widget/dist/embed.js".into(),
        guide_url: "https://example.com/verdict/guide.html".into(),
    };
    yew::Renderer::<verdict_studio::views::StudioPage>::with_root_and_props(root.clone(), props)
        .render();
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The text the preview's widget shows (it lives in the preview host's shadow root).
fn preview_text(root: &Element) -> String {
    root.query_selector(".studio-preview-host")
        .unwrap()
        .and_then(|host| host.shadow_root())
        .and_then(|shadow| shadow.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_studio_lists_a_mistake_keeps_the_last_preview_and_puts_the_caret_on_it() {
    let root = studio();
    let html = || root.inner_html();
    wait_until(
        "the template checked",
        || text_of(&root, ".studio-check").contains("Ready: 2 options"),
        html,
    )
    .await;
    wait_until(
        "the template previewed",
        || preview_text(&root).contains("Option A or Option B?"),
        html,
    )
    .await;

    // Type a weight toward an option that does not exist.
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("#studio-json")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let mistake = area.value().replace("\"b\": 3", "\"c\": 3");
    assert_ne!(mistake, area.value());
    area.set_value(&mistake);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    // Checked once the author pauses (350 ms), not on the keystroke.
    wait_until(
        "the check waiting for a pause",
        || text_of(&root, ".studio-check").contains("Reading when you pause"),
        html,
    )
    .await;
    wait_until(
        "the problem",
        || root.query_selector(".studio-problem").unwrap().is_some(),
        html,
    )
    .await;
    let problem = text_of(&root, ".studio-problem");
    assert!(
        problem.starts_with("questions[1].answers[0].weights.c names option \"c\""),
        "{problem}"
    );
    // The preview keeps the last valid content, and says so.
    assert!(preview_text(&root).contains("Option A or Option B?"));
    assert!(root.query_selector(".studio-stale").unwrap().is_some());

    // In the form, activating the problem takes the focus to the answer's field (the option it
    // names has none).
    root.query_selector(".studio-problem")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("f-questions-1-answers-0-label"));
    // In the JSON tab, it selects the weight's value in the text.
    root.query_selector("#studio-tab-json")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    wait_until(
        "the JSON tab",
        || {
            root.query_selector("#studio-tab-json-panel:not([hidden])")
                .unwrap()
                .is_some()
        },
        html,
    )
    .await;
    root.query_selector(".studio-problem")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    let (start, end) = (
        area.selection_start().unwrap().unwrap() as usize,
        area.selection_end().unwrap().unwrap() as usize,
    );
    let units: Vec<u16> = mistake.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&units[start..end]), "3");
    assert!(String::from_utf16_lossy(&units[..start]).ends_with("\"c\": "));

    // The draft is kept, mistake and all.
    let kept = storage()
        .get_item("verdict:studio:draft")
        .unwrap()
        .unwrap_or_default();
    assert!(kept.contains("\\\"c\\\": 3"), "{kept}");
}
