//! A comparison's card as PNG: the SVG `verdict_core::card` lays out, rasterised by resvg with
//! the fonts bundled in `assets/fonts` (no system fonts, no browser), 1200×630.

use resvg::{tiny_skia, usvg};
use verdict_core::card;
use verdict_core::content::Content;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/Lato-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/Lato-Bold.ttf");

/// The card of `content` as PNG bytes, or why it could not be drawn.
pub fn png(content: &Content) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(REGULAR.to_vec());
    fonts.load_font_data(BOLD.to_vec());
    let tree = usvg::Tree::from_str(&card::svg(content), &options).map_err(|e| e.to_string())?;
    let mut pixmap =
        tiny_skia::Pixmap::new(card::WIDTH, card::HEIGHT).ok_or("no room for the card")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}
