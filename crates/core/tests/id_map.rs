//! The id-keyed map behind weights and grid cells.

use verdict_core::id_map::IdMap;

#[test]
fn keeps_insertion_order_and_replaces_on_the_same_key() {
    let mut m: IdMap<i32> = IdMap::new();
    assert!(m.is_empty());
    assert_eq!(m.insert("flask".into(), 1), None);
    assert_eq!(m.insert("django".into(), 2), None);
    assert_eq!(m.insert("flask".into(), 3), Some(1));
    let entries: Vec<_> = m.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(entries, [("flask", 3), ("django", 2)]);
    assert_eq!(m.len(), 2);
    assert!(m.contains_key("django") && !m.contains_key("fastapi"));
}

#[test]
fn removes_and_inserts_defaults() {
    let mut m = IdMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)]);
    assert_eq!(m.remove("a"), Some(1));
    assert_eq!(m.remove("a"), None);
    *m.get_or_insert("b", 0) += 10;
    *m.get_or_insert("c", 5) += 1;
    assert_eq!(m.values().copied().collect::<Vec<_>>(), [12, 6]);
    assert_eq!(m.get("c"), Some(&6));
}
