//! Build script: bakes the default content (`content/django-vs-flask.json`) into the widget in
//! its compact binary form (postcard), so the widget carries no JSON reader for it. It reads the
//! file with the content model itself (the same source files the crate compiles), so the baked
//! bytes are exactly what the widget decodes. The native tests check that the file obeys every
//! content rule and that the baked copy equals it.

use std::{env, fs, path::Path};

#[allow(dead_code)]
#[path = "src/core/id_map.rs"]
mod id_map;

#[allow(dead_code)]
#[path = "src/core/content.rs"]
mod content;

fn main() {
    let source = "content/django-vs-flask.json";
    for watched in [source, "src/core/content.rs", "src/core/id_map.rs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let text = fs::read_to_string(source).expect("the default content exists");
    // A file the model cannot read bakes as nothing: the widget then says its built-in content
    // could not be read, and the content tests say exactly what is wrong with the file.
    let baked = serde_json::from_str::<content::Content>(&text)
        .ok()
        .and_then(|content| postcard::to_allocvec(&content).ok())
        .unwrap_or_default();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("default-content.postcard"), baked).expect("write OUT_DIR");
}
