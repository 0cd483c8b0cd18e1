//! The events a widget's page hears, dispatched on the host element: they bubble and cross the
//! shadow boundary (composed), so a listener on the element, the document or the window gets
//! them. Their `detail` is a plain object of ids and numbers (see `custom-elements.json`):
//!
//! - `verdict:ready`: `{ content, instance }`, once the widget answers presses;
//! - `verdict:answer`: `{ question, answer, index }` (`answer` is `null` for "Not sure");
//! - `verdict:result`: `{ winner, ranking: [{ option, points }], answers, ruledOut, whyNot:
//!   [{ option, against, flip: [{ question, answer }] }] }` (`winner` is `null`
//!   for a tie; `answers` maps each question's id to the chosen answer's id or `null`);
//! - `verdict:error`: `{ problems: [{ path, message }] }`.
//!
//! What happened is decided in `core::events`; this only builds the objects and dispatches.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use verdict_core::events::{Answered, Reached};
use verdict_core::problem::Problem;

/// A plain object with these fields.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn id(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

/// Dispatches `name` with `detail` on `host`; a page's listener that throws cannot stop the
/// widget (the browser reports it, the widget goes on).
fn send(host: &Element, name: &str, detail: JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `verdict:ready`: the widget showing `content` (its id) as `instance` answers presses.
pub fn ready(host: &Element, content: &str, instance: &str) {
    let detail = object(&[
        ("content", JsValue::from_str(content)),
        ("instance", JsValue::from_str(instance)),
    ]);
    send(host, "verdict:ready", detail);
}

/// `verdict:answer`.
pub fn answer(host: &Element, answered: &Answered) {
    let detail = object(&[
        ("question", JsValue::from_str(&answered.question)),
        ("answer", id(answered.answer.as_deref())),
        ("index", JsValue::from(answered.index as u32)),
    ]);
    send(host, "verdict:answer", detail);
}

/// `verdict:result`.
pub fn result(host: &Element, reached: &Reached) {
    send(host, "verdict:result", result_detail(reached));
}

/// The detail of `verdict:result`, which is also what `element.result` gives.
pub fn result_detail(reached: &Reached) -> JsValue {
    let ranking: Array = reached
        .ranking
        .iter()
        .map(|(option, points)| {
            object(&[
                ("option", JsValue::from_str(option)),
                ("points", JsValue::from(*points)),
            ])
        })
        .collect();
    let answers = Object::new();
    for (question, answer) in &reached.answers {
        let _ = Reflect::set(
            &answers,
            &JsValue::from_str(question),
            &id(answer.as_deref()),
        );
    }
    let strings =
        |list: &[String]| -> Array { list.iter().map(|s| JsValue::from_str(s)).collect() };
    let why_not: Array = reached
        .why_not
        .iter()
        .map(|w| {
            let flip: Array = w
                .flip
                .iter()
                .map(|(question, answer)| {
                    object(&[
                        ("question", JsValue::from_str(question)),
                        ("answer", JsValue::from_str(answer)),
                    ])
                })
                .collect();
            object(&[
                ("option", JsValue::from_str(&w.option)),
                ("against", strings(&w.against).into()),
                ("flip", flip.into()),
            ])
        })
        .collect();
    object(&[
        ("winner", id(reached.winner.as_deref())),
        ("ranking", ranking.into()),
        ("answers", answers.into()),
        ("ruledOut", strings(&reached.ruled_out).into()),
        ("whyNot", why_not.into()),
    ])
}

/// `verdict:error`: the content's problems, each with its path.
pub fn error(host: &Element, problems: &[Problem]) {
    send(host, "verdict:error", problems_detail(problems));
}

/// `{ problems: [{ path, message }] }`.
pub fn problems_detail(problems: &[Problem]) -> JsValue {
    let list: Array = problems
        .iter()
        .map(|p| {
            object(&[
                ("path", JsValue::from_str(&p.path)),
                ("message", JsValue::from_str(&p.message)),
            ])
        })
        .collect();
    object(&[("problems", list.into())])
}
