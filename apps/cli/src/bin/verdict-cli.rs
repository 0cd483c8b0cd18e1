//! `npx verdict`: the command-line tool compiled to WebAssembly for Node (see `verdict_cli`),
//! so a blogger needs no Rust. `cli/verdict.js` in the npm package reads the arguments and the
//! files, calls these, prints what they return and exits with their code.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use verdict_cli::{self as cli, Files, Output};

/// Files read by the JavaScript around this: `read(path)` gives the text or throws.
struct Node<'a>(&'a Function);

impl Files for Node<'_> {
    fn read(&self, path: &str) -> Result<String, String> {
        match self.0.call1(&JsValue::NULL, &JsValue::from_str(path)) {
            Ok(text) => text.as_string().ok_or_else(|| "not text".to_owned()),
            Err(e) => Err(e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "cannot be read".to_owned())),
        }
    }
}

/// `{ stdout, stderr, code, files: [[path, contents], …] }`.
fn to_js(out: Output) -> JsValue {
    let object = Object::new();
    let files: Array = out
        .files
        .into_iter()
        .map(|(path, contents)| {
            Array::of2(
                &JsValue::from_str(&path),
                &js_sys::Uint8Array::from(contents.as_slice()),
            )
        })
        .collect();
    for (name, value) in [
        ("stdout", JsValue::from_str(&out.stdout)),
        ("stderr", JsValue::from_str(&out.stderr)),
        ("code", JsValue::from(out.code)),
        ("files", files.into()),
    ] {
        let _ = Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    object.into()
}

/// `verdict check|import …` (and `--help`, `--version`).
#[wasm_bindgen]
pub fn run(args: Vec<String>, read: &Function) -> JsValue {
    to_js(cli::run("verdict", &args, &Node(read)))
}

/// `verdict render …`: `stylesheet` is the package's hashed stylesheet name, `version` its
/// version.
#[wasm_bindgen]
pub async fn render(
    args: Vec<String>,
    read: Function,
    stylesheet: String,
    version: String,
) -> JsValue {
    to_js(cli::render::run("verdict render", &args, &Node(&read), &stylesheet, &version).await)
}

/// `verdict publish …`: as `render`, with the widget's stylesheet's name and the version.
#[wasm_bindgen]
pub async fn publish(
    args: Vec<String>,
    read: Function,
    stylesheet: String,
    version: String,
) -> JsValue {
    to_js(
        cli::publish::run(
            "verdict publish",
            &args,
            &Node(&read),
            &stylesheet,
            &version,
        )
        .await,
    )
}

fn main() {
    // A panic is fatal: say it on stderr (the promise of a render would never settle).
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "verdict: internal error: {info}"
        )));
    }));
}
