//! A small map from option ids to values (an answer's weights, a grid row's cells), kept in the
//! order the author wrote them.
//!
//! Why not `BTreeMap`: these maps hold at most six entries, a linear scan is as fast as a tree,
//! and the tree's code costs the widget several kilobytes of WebAssembly.
//!
//! In JSON a map is an object (`{"django": 2, "flask": -1}`); a key written twice is refused,
//! where a JSON object would silently keep the last one.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Most entries a map read from content may have.
pub const MAX_ENTRIES: usize = 64;

/// Values keyed by option id, in insertion order; inserting an existing key replaces its value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> IdMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// The value for `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => Some(std::mem::replace(old, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(at).1)
    }

    /// The value for `key`, inserting `default` first when there is none.
    pub fn get_or_insert(&mut self, key: &str, default: V) -> &mut V {
        let at = match self.entries.iter().position(|(k, _)| k == key) {
            Some(at) => at,
            None => {
                self.entries.push((key.to_owned(), default));
                self.entries.len() - 1
            }
        };
        &mut self.entries[at].1
    }

    /// The entries, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The values, in order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'a, V> IntoIterator for &'a IdMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V> FromIterator<(String, V)> for IdMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = Self::new();
        for (k, v) in entries {
            map.insert(k, v);
        }
        map
    }
}

impl<V, const N: usize> From<[(String, V); N]> for IdMap<V> {
    fn from(entries: [(String, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<V: Serialize> Serialize for IdMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for IdMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(IdMapVisitor(PhantomData))
    }
}

struct IdMapVisitor<V>(PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for IdMapVisitor<V> {
    type Value = IdMap<V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of option ids")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = IdMap::new();
        while let Some(key) = access.next_key::<String>()? {
            // Each key is looked up among those before it: bounded, so no map can make reading
            // take the square of its size (a comparison has at most six options).
            if map.entries.len() == MAX_ENTRIES {
                return Err(de::Error::custom(format_args!(
                    "has more than {MAX_ENTRIES} entries; it takes one per option (a comparison \
                     has at most six)"
                )));
            }
            if map.contains_key(&key) {
                // serde's own wording for a repeated struct field, so both read the same.
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let value = access.next_value()?;
            map.entries.push((key, value));
        }
        Ok(map)
    }
}

/// The JSON Schema of an answer's weights: option ids to whole numbers in
/// [`crate::limits::WEIGHTS`].
#[cfg(feature = "schema")]
pub fn weights_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let (min, max) = (
        *crate::limits::WEIGHTS.start(),
        *crate::limits::WEIGHTS.end(),
    );
    map_schema(
        serde_json::json!({ "type": "integer", "format": "int32", "minimum": min, "maximum": max }),
    )
}

/// The JSON Schema of a grid row's cells: option ids to short texts.
#[cfg(feature = "schema")]
pub fn cells_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let max = crate::limits::MAX_SHORT_TEXT;
    map_schema(serde_json::json!({ "type": "string", "minLength": 1, "maxLength": max }))
}

/// An object from option ids to `value`s.
#[cfg(feature = "schema")]
fn map_schema(value: serde_json::Value) -> schemars::Schema {
    let limits = crate::limits::OPTIONS;
    schemars::json_schema!({
        "type": "object",
        "propertyNames": { "pattern": crate::limits::ID_PATTERN },
        "maxProperties": *limits.end(),
        "additionalProperties": value,
    })
}
