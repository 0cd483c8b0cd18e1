//! Build script: bakes the default content (`content/django-vs-flask.json`) into the widget in
//! its compact binary form (postcard), so the widget carries no JSON reader for it. It reads the
//! file with the content model itself (`verdict-model`, a build dependency like any crate), so
//! the baked bytes are exactly what the widget decodes. The native tests check that the file obeys every
//! content rule and that the baked copy equals it.
//!
//! It also writes each language table (`src/locale/tables/*.toml`, read with the locale
//! model itself) as the list of its strings to `OUT_DIR/locales/<lang>.json`, lists them in
//! `OUT_DIR/locales.rs` (native code and the command-line tool build them in) and in
//! `OUT_DIR/locales/index.json`, where the widget's build (scripts/lib/locales.mjs) finds them
//! to ship beside the loader (with `loader.json`: where the strings the loader reads sit), and
//! writes English as a Rust constant (`OUT_DIR/en.rs`), built into the widget. A table the model cannot read is left out (English's fails the build); the
//! native locale tests say what is wrong with it.

use std::{env, fs, path::Path};

use verdict_model::{content, texts};

fn main() {
    let source = "../../content/django-vs-flask.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("the default content exists");
    // A file the model cannot read bakes as nothing: the widget then says its built-in content
    // could not be read, and the content tests say exactly what is wrong with the file.
    let baked = serde_json::from_str::<content::Content>(&text)
        .ok()
        .and_then(|content| postcard::to_allocvec(&content).ok())
        .unwrap_or_default();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("default-content.postcard"), baked).expect("write OUT_DIR");
    locales(Path::new(&out));
    shapes(Path::new(&out));
}

/// The shape pass's table (`OUT_DIR/shapes.rs`), from the model's JSON Schema (schemars'
/// derive): each object of the model with its fields, whether each is required and what its
/// value must be. The pass (src/shape.rs) walks documents against it: the model is described
/// once, by its types.
fn shapes(out: &Path) {
    use serde_json::Value;
    let schema = content::json_schema();
    let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
    // The root object first, then the definitions in the schema's order.
    let mut objects: Vec<(String, Value)> = vec![("Content".to_owned(), schema.clone())];
    objects.extend(defs);
    let index = |name: &str| {
        objects
            .iter()
            .position(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("the schema has no object {name}"))
    };
    let reference = |value: &Value| -> Option<usize> {
        let target = value["$ref"].as_str()?;
        Some(index(target.trim_start_matches("#/$defs/")))
    };
    fn kind(value: &Value, reference: &dyn Fn(&Value) -> Option<usize>) -> String {
        if let Some(i) = reference(value) {
            return format!("Kind::Object({i})");
        }
        if let Some(any) = value["anyOf"].as_array() {
            let object = any.iter().find_map(reference);
            return format!(
                "Kind::OptionalObject({})",
                object.expect("anyOf of an object and null")
            );
        }
        let types: Vec<&str> = match &value["type"] {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let nullable = types.contains(&"null");
        let whole = |signed: bool| {
            let (low, high) = if signed {
                (i64::from(i32::MIN), i64::from(i32::MAX))
            } else {
                (0, i64::from(u32::MAX))
            };
            let min = value["minimum"].as_i64().unwrap_or(low);
            let max = value["maximum"].as_i64().unwrap_or(high);
            format!("Kind::Whole {{ min: {min}, max: {max}, low: {low}, high: {high} }}")
        };
        match types.iter().find(|t| **t != "null") {
            Some(&"string") if nullable => "Kind::OptionalText".to_owned(),
            Some(&"string") => "Kind::Text".to_owned(),
            Some(&"integer") => whole(value["format"].as_str() == Some("int32")),
            Some(&"array") => format!("Kind::List(&{})", kind(&value["items"], reference)),
            Some(&"object") => format!(
                "Kind::Map(&{})",
                kind(&value["additionalProperties"], reference)
            ),
            other => panic!("the shape pass cannot walk a schema of type {other:?}: {value}"),
        }
    }
    let mut code = String::from(
        "/// Each object of the model, the root (`Content`) first: its name and its fields.
         pub static OBJECTS: &[(&str, &[Field])] = &[
",
    );
    for (name, object) in &objects {
        let required: Vec<&str> = object["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        code.push_str(&format!(
            "    ({name:?}, &[
"
        ));
        for (field, value) in object["properties"].as_object().into_iter().flatten() {
            code.push_str(&format!(
                "        Field {{ name: {field:?}, required: {}, kind: {} }},
",
                required.contains(&field.as_str()),
                kind(value, &reference)
            ));
        }
        code.push_str(
            "    ]),
",
        );
    }
    code.push_str(
        "];
",
    );
    fs::write(out.join("shapes.rs"), code).expect("write OUT_DIR");
}

/// Every language table as the list of its strings (JSON), with the lists of them, and English
/// as Rust (the widget's built-in table, a constant).
fn locales(out: &Path) {
    let tables = Path::new("src/locale/tables");
    println!("cargo:rerun-if-changed={}", tables.display());
    let dir = out.join("locales");
    fs::create_dir_all(&dir).expect("write OUT_DIR");
    let mut files: Vec<_> = fs::read_dir(tables)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let (mut listed, mut index) = (String::new(), Vec::new());
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let lang = file.file_stem().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&file).unwrap_or_default();
        let parts = match texts::Texts::parts_of_toml(&text) {
            Ok(parts) => parts,
            // English is built into the widget: without it there is no widget to build.
            Err(why) if lang == "en" => panic!("{}: {why}", file.display()),
            Err(_) => continue,
        };
        if lang == "en" {
            let strings: Vec<String> = parts.iter().map(|p| format!("{p:?}")).collect();
            fs::write(
                out.join("en.rs"),
                format!("Texts::from_array(&[{}])", strings.join(", ")),
            )
            .expect("write OUT_DIR");
        }
        let path = dir.join(format!("{lang}.json"));
        fs::write(&path, serde_json::to_string(&parts).expect("strings")).expect("write OUT_DIR");
        listed.push_str(&format!(
            "    ({lang:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
        index.push(lang);
    }
    fs::write(
        out.join("locales.rs"),
        format!("/// Each language's table, as the list of its strings (JSON).\npub static TABLES: &[(&str, &str)] = &[\n{listed}];\n"),
    )
    .expect("write OUT_DIR");
    let index = serde_json::to_string(&index).expect("a list of names");
    fs::write(dir.join("index.json"), index).expect("write OUT_DIR");
    // The places of the strings the loader itself reads from a table.
    let slot = texts::slot_of("could_not_load").expect("a text field");
    fs::write(
        dir.join("loader.json"),
        format!("{{\"could_not_load\":{slot}}}"),
    )
    .expect("write OUT_DIR");
}
