//! The import graph of `src/`: layers point one way and no module imports itself round a circle.
//!
//! - `core` imports nothing of ours but `core`;
//! - `web` imports `core` (and `web`);
//! - `ui` imports `core`, `web` (and `ui`);
//! - the entry points (`mount`, `reader`, `studio`, `cli`, the binaries) import any layer, and
//!   no layer imports them.
//!
//! Read from the source text: every `super::x` and `crate::layer::x` outside comments is an edge.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Module name (`core::share`, `ui::app`, `mount`) → the modules it refers to.
fn graph() -> BTreeMap<String, Vec<String>> {
    let mut graph = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    // Each layer's folder, and its modules' own folders (`core/import/`).
    let mut dirs: Vec<String> = ["", "core", "ui", "web", "bin", "cli"]
        .map(str::to_owned)
        .to_vec();
    let mut i = 0;
    while i < dirs.len() {
        let dir = dirs[i].clone();
        for entry in fs::read_dir(src.join(&dir)).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rs") {
                files.push((dir.clone(), path));
            } else if path.is_dir() && !dir.is_empty() && dir != "bin" {
                dirs.push(format!("{dir}/{}", entry.file_name().to_string_lossy()));
            }
        }
        i += 1;
    }
    for (dir, path) in files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let module_path = dir.replace('/', "::");
        let name = match (dir.as_str(), stem.as_str()) {
            ("", "lib" | "main") | ("bin", _) => format!("entry::{stem}"),
            ("", module) => module.to_owned(),
            (_, "mod") => module_path.clone(),
            (_, module) => format!("{module_path}::{module}"),
        };
        // What `super::` names: the module's parent (a folder's `mod.rs` is its folder's module).
        let parent = match name.rsplit_once("::") {
            Some((parent, _)) => parent.to_owned(),
            None => name.clone(),
        };
        let code: String = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(|l| l.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        let mut edges = Vec::new();
        for (prefix, target_layer) in [
            ("super::", parent.as_str()),
            ("crate::core::", "core"),
            ("crate::ui::", "ui"),
            ("crate::web::", "web"),
            ("crate::cli::", "cli"),
            ("verdict::core::", "core"),
            ("verdict::ui::", "ui"),
            ("verdict::web::", "web"),
            ("verdict::cli::", "cli"),
            ("crate::mount", "mount"),
            ("crate::reader", "reader"),
            ("crate::studio", "studio"),
        ] {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                let items: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                    group
                        .split('}')
                        .next()
                        .unwrap_or_default()
                        .split(',')
                        .collect()
                } else {
                    vec![rest]
                };
                for item in items {
                    let ident: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let target = match target_layer {
                        "mount" | "reader" | "studio" => target_layer.to_owned(),
                        _ if ident.is_empty() || ident == "self" => continue,
                        // A module's own items (`super::Foo` from a layer's mod.rs children).
                        _ if ident.starts_with(char::is_uppercase) => target_layer.to_owned(),
                        _ => format!("{target_layer}::{ident}"),
                    };
                    if target != name && !edges.contains(&target) {
                        edges.push(target);
                    }
                }
            }
        }
        graph.insert(name, edges);
    }
    graph
}

fn layer(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

#[test]
fn layers_import_one_way() {
    let allowed = |from: &str, to: &str| match (layer(from), layer(to)) {
        (a, b) if a == b => true,
        ("core", _) => false,
        ("web", "core") => true,
        ("ui", "core" | "web") => true,
        ("entry" | "mount" | "reader" | "studio" | "cli", _) => true,
        _ => false,
    };
    let graph = graph();
    assert!(graph.len() > 30, "found {} modules", graph.len());
    let mut wrong = Vec::new();
    for (from, edges) in &graph {
        for to in edges {
            if !allowed(from, to) {
                wrong.push(format!("{from} → {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

#[test]
fn no_module_imports_itself_round_a_circle() {
    let graph = graph();
    // Depth-first search with colours; a grey node met again closes a circle.
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, Vec<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(1) => {
                let from = stack.iter().position(|n| *n == node).unwrap_or(0);
                let mut circle: Vec<String> = stack[from..].iter().map(|s| s.to_string()).collect();
                circle.push(node.to_owned());
                return Some(circle);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(node, 1);
        stack.push(node);
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next) {
                if let Some(circle) = visit(next, graph, state, stack) {
                    return Some(circle);
                }
            }
        }
        stack.pop();
        state.insert(node, 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        let mut stack = Vec::new();
        if let Some(circle) = visit(node, &graph, &mut state, &mut stack) {
            panic!("a circle of imports: {}", circle.join(" → "));
        }
    }
}

#[test]
fn the_graph_sees_the_imports_it_should() {
    // The reader of this test can trust the two above only if edges are found at all.
    let graph = graph();
    assert!(graph["core::session"].contains(&"core::share".to_owned()));
    assert!(graph["ui::app"].contains(&"core::scoring".to_owned()));
    assert!(graph["mount"].contains(&"web::dispatch".to_owned()));
    assert!(graph["web::address"].contains(&"core::share".to_owned()));
}
