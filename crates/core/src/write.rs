//! Content written out as JSON for people (the studio's "Download JSON", the importer's draft):
//! indented, fields in the model's order, and the optional fields that are empty left out, so a
//! written file reads like one an author wrote by hand.

use serde_json::Value;

use super::content::Content;

/// `content` as an indented JSON file.
pub fn to_json(content: &Content) -> String {
    let full = serde_json::to_value(content).unwrap_or(Value::Null);
    // Leaving out empties is only safe where the format has a default; the fields that do not
    // (options, questions, …) are never empty in valid content, but a draft may be. Each
    // pruning is kept only if the file still reads back as the same content.
    let reads_back = |value: &Value| {
        serde_json::from_value::<Content>(value.clone()).is_ok_and(|read| read == *content)
    };
    let mut tidy = full.clone();
    prune(&mut tidy, true);
    if !reads_back(&tidy) {
        tidy = full.clone();
        prune(&mut tidy, false);
        if !reads_back(&tidy) {
            tidy = full;
        }
    }
    serde_json::to_string_pretty(&tidy).unwrap_or_default()
}

/// Removes object fields that are `null`, and with `empties` also empty lists and objects.
fn prune(value: &mut Value, empties: bool) {
    match value {
        Value::Object(fields) => {
            fields.retain(|_, v| match v {
                Value::Null => false,
                Value::Array(items) if empties => !items.is_empty(),
                Value::Object(inner) if empties => !inner.is_empty(),
                _ => true,
            });
            fields.values_mut().for_each(|v| prune(v, empties));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| prune(v, empties)),
        _ => {}
    }
}
