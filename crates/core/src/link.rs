//! A comparison carried in a link: the content's JSON, compacted, compressed (raw deflate) and
//! written in base64url, as one part of a hosted page's fragment (`guide.html#guide=v1.…`), so a
//! blogger with nothing to host can hand out one address. Fragments never reach a server.
//!
//! The part is `guide=v1.<payload>`: `v1` names this format (a later one gets a new number and
//! this one keeps decoding); the payload is base64url without padding of the raw-deflated UTF-8
//! JSON. Browsers decode it with `DecompressionStream("deflate-raw")` (the hosted page's script);
//! this module writes and reads it natively (the command line, the studio).
//!
//! What comes out is untrusted text: the page hands it to the same checker as a `src` file.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The fragment key of a linked comparison.
pub const KEY: &str = "guide";
/// The format this module writes.
pub const FORMAT: &str = "v1";
/// The longest JSON a link may unpack to: the content limit (a link cannot smuggle in more than
/// a file could).
pub const MAX_JSON: usize = crate::validate::MAX_CONTENT_BYTES;

/// Why a link's comparison could not be read. The hosted page says the same in its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a `v1.` payload of base64url: cut short, or edited.
    Damaged,
    /// Made by a newer (or unknown) format.
    UnknownFormat(String),
    /// Unpacks to more than a comparison may be.
    TooLarge,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Damaged => write!(
                f,
                "the link is damaged (cut short or edited); ask its author for it again"
            ),
            Self::UnknownFormat(v) => write!(
                f,
                "the link was made by a newer version ({v}); open it with a newer copy of the page"
            ),
            Self::TooLarge => write!(
                f,
                "the link holds more than a comparison may ({MAX_JSON} bytes)"
            ),
        }
    }
}

/// The comparison's JSON as a fragment value (`v1.…`): compacted (no insignificant white space;
/// where the text is not JSON, as it is), then deflated and written in base64url.
pub fn encode(json: &str) -> String {
    let compact = serde_json::from_str::<serde_json::Value>(json)
        .map(|v| v.to_string())
        .unwrap_or_else(|_| json.to_owned());
    let packed = miniz_oxide::deflate::compress_to_vec(compact.as_bytes(), 9);
    format!("{FORMAT}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON a fragment value carries.
pub fn decode(value: &str) -> Result<String, LinkError> {
    let (format, payload) = value.split_once('.').ok_or(LinkError::Damaged)?;
    if format != FORMAT {
        return Err(
            if format.starts_with('v')
                && format[1..].chars().all(|c| c.is_ascii_digit())
                && format.len() > 1
            {
                LinkError::UnknownFormat(format.to_owned())
            } else {
                LinkError::Damaged
            },
        );
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Damaged)?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON).map_err(|e| {
            if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                LinkError::TooLarge
            } else {
                LinkError::Damaged
            }
        })?;
    String::from_utf8(bytes).map_err(|_| LinkError::Damaged)
}

/// A hosted page's address with the comparison in its fragment: `base` is the page
/// (`https://…/guide.html`; a folder gets `guide.html` added).
pub fn url(base: &str, json: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    let page = if base.ends_with('/') {
        format!("{base}guide.html")
    } else {
        base.to_owned()
    };
    format!("{page}#{KEY}={}", encode(json))
}

/// The fragment value of a link's `guide` part, if it has one.
pub fn value_in(url: &str) -> Option<&str> {
    let (_, fragment) = url.split_once('#')?;
    // A host may add its own part after a second `#` (WordPress: `#?secret=…`).
    fragment.split(['&', '#']).find_map(|part| {
        part.strip_prefix(KEY)
            .and_then(|rest| rest.strip_prefix('='))
    })
}
