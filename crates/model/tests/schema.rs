//! The content's JSON Schema is derived from the model (schemars): the committed
//! `docs/content.schema.json` must be exactly that. `VERDICT_WRITE_SCHEMA=1 cargo test -p
//! verdict-model --features schema` writes it anew after a change to the model.
#![cfg(feature = "schema")]

const COMMITTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/content.schema.json"
);

fn derived() -> String {
    serde_json::to_string_pretty(&verdict_model::content::json_schema()).expect("JSON") + "\n"
}

#[test]
fn the_committed_schema_is_the_one_the_model_derives() {
    let derived = derived();
    if std::env::var_os("VERDICT_WRITE_SCHEMA").is_some() {
        std::fs::write(COMMITTED, &derived).expect("docs/ is writable");
    }
    let committed = std::fs::read_to_string(COMMITTED).expect("docs/content.schema.json exists");
    assert!(
        committed == derived,
        "docs/content.schema.json differs from the model's: run \
         `VERDICT_WRITE_SCHEMA=1 cargo test -p verdict-model --features schema`"
    );
}

#[test]
fn the_id_pattern_says_the_id_limit() {
    let limit = verdict_model::limits::MAX_ID.to_string();
    assert!(verdict_model::limits::ID_PATTERN.contains(&format!(",{limit}}}")));
}

const TYPES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../apps/widget/loader/content.d.ts"
);

/// The TypeScript type of a comparison (what `el.content` takes), from the same schema.
fn typescript() -> String {
    use serde_json::Value;
    let schema = verdict_model::content::json_schema();
    let name = |def: &str| format!("Verdict{}", if def == "Content" { "Content" } else { def });
    fn ty(value: &Value, name: &dyn Fn(&str) -> String) -> String {
        if let Some(target) = value["$ref"].as_str() {
            return name(target.trim_start_matches("#/$defs/"));
        }
        if let Some(any) = value["anyOf"].as_array() {
            let parts: Vec<String> = any.iter().map(|v| ty(v, name)).collect();
            return parts.join(" | ");
        }
        let types: Vec<&str> = match &value["type"] {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let parts: Vec<String> = types
            .iter()
            .map(|t| match *t {
                "string" => "string".to_owned(),
                "integer" | "number" => "number".to_owned(),
                "null" => "null".to_owned(),
                "array" => format!("{}[]", ty(&value["items"], name)),
                "object" => format!(
                    "Record<string, {}>",
                    ty(&value["additionalProperties"], name)
                ),
                other => panic!("no TypeScript for {other}"),
            })
            .collect();
        parts.join(" | ")
    }
    let doc = |value: &Value, indent: &str| -> String {
        match value["description"].as_str() {
            Some(d) => {
                let lines: Vec<String> = d.lines().map(|l| format!("{indent} * {l}")).collect();
                format!("{indent}/**\n{}\n{indent} */\n", lines.join("\n"))
            }
            None => String::new(),
        }
    };
    let interface = |def: &str, value: &Value| -> String {
        let required: Vec<&str> = value["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = format!("{}export interface {} {{\n", doc(value, ""), name(def));
        for (field, v) in value["properties"].as_object().into_iter().flatten() {
            let key = if field.starts_with('$') {
                format!("'{field}'")
            } else {
                field.clone()
            };
            let optional = if required.contains(&field.as_str()) {
                ""
            } else {
                "?"
            };
            out.push_str(&format!(
                "{}  {key}{optional}: {};\n",
                doc(v, "  "),
                ty(v, &name)
            ));
        }
        out + "}\n"
    };
    let mut out = String::from(
        "// A comparison, as `el.content` and the JSON files take it: generated from the content\n\
         // model (crates/model) with its JSON Schema, by `VERDICT_WRITE_SCHEMA=1 cargo test -p\n\
         // verdict-model --features schema`. Do not edit: change the model.\n\n",
    );
    out.push_str(&interface("Content", &schema));
    for (def, value) in schema["$defs"].as_object().into_iter().flatten() {
        out.push('\n');
        out.push_str(&interface(def, value));
    }
    out
}

#[test]
fn the_typescript_type_of_a_comparison_is_the_models() {
    let derived = typescript();
    if std::env::var_os("VERDICT_WRITE_SCHEMA").is_some() {
        std::fs::write(TYPES, &derived).expect("apps/widget/loader/ is writable");
    }
    let committed = std::fs::read_to_string(TYPES).unwrap_or_default();
    assert!(
        committed == derived,
        "apps/widget/loader/content.d.ts differs from the model's: run \
         `VERDICT_WRITE_SCHEMA=1 cargo test -p verdict-model --features schema`"
    );
}
