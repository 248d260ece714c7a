//! The visible signature: a form XObject that draws the signature block's lines (name,
//! function, organisation, date, place) with an embedded, subset TrueType font, so that
//! names such as "Çağla", "ĳ" or "Søren" render everywhere.

use super::pdf_write::format_real;
use super::{Result, SignError};
use crate::export::font::{self, Subset};
use crate::export::layout::Measure as _;

/// Padding inside the signature rectangle, in points.
const PADDING: f32 = 4.0;
/// Largest font size used, in points.
const MAX_FONT_SIZE: f32 = 10.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.25;

/// One indirect object body (everything between `N G obj` and `endobj`).
pub(crate) struct RawObject {
    pub id: u32,
    pub body: Vec<u8>,
}

/// Builds the appearance stream `ap_id` (size `width` × `height` points) and the font
/// objects it uses, with ids taken from `alloc`.
pub(crate) fn visible(
    ap_id: u32,
    width: f32,
    height: f32,
    lines: &[String],
    alloc: &mut dyn FnMut() -> u32,
) -> Result<Vec<RawObject>> {
    let face = &font::dejavu()
        .map_err(|e| SignError::Font(e.to_string()))?
        .regular;
    let mut subset = Subset::new(face);
    let encoded: Vec<String> = lines.iter().map(|l| subset.encode(l)).collect();
    let font_id = alloc();
    let mut objects: Vec<RawObject> = subset
        .objects(font_id, alloc)
        .map_err(|e| SignError::Font(e.to_string()))?
        .into_iter()
        .map(|(id, body)| RawObject { id, body })
        .collect();

    let widest = lines
        .iter()
        .map(|line| face.width(line, 1.0))
        .fold(0.0_f32, f32::max);
    let inner_w = (width - 2.0 * PADDING).max(1.0);
    let inner_h = (height - 2.0 * PADDING).max(1.0);
    let line_count = lines.len().max(1) as f32;
    let mut size = MAX_FONT_SIZE.min(inner_h / (line_count * LEADING));
    if widest * size > inner_w {
        size = inner_w / widest;
    }

    let mut ops = vec![
        "q".to_owned(),
        format!("0 0 {} {} re W n", format_real(width), format_real(height)),
        format!(
            "0.5 w 0.35 0.35 0.35 RG 0.25 0.25 {} {} re S",
            format_real(width - 0.5),
            format_real(height - 0.5),
        ),
        "BT".to_owned(),
        "0 0 0 rg".to_owned(),
        format!("/F1 {} Tf", format_real(size)),
    ];
    let mut y = height - PADDING - size * face.ascent();
    for hex in &encoded {
        ops.push(format!(
            "1 0 0 1 {} {} Tm {hex} Tj",
            format_real(PADDING),
            format_real(y),
        ));
        y -= size * LEADING;
    }
    ops.push("ET".to_owned());
    ops.push("Q".to_owned());
    let content = ops.join("\n");

    let dict = format!(
        "<</Type/XObject/Subtype/Form/BBox[0 0 {} {}]/Resources<</Font<</F1 {font_id} 0 R>>>>/Length {}>>",
        format_real(width),
        format_real(height),
        content.len()
    );
    objects.push(stream_object(ap_id, dict.as_bytes(), content.as_bytes()));
    Ok(objects)
}

/// An empty appearance for an invisible signature (zero-size rectangle).
pub(crate) fn invisible(ap_id: u32) -> RawObject {
    stream_object(
        ap_id,
        b"<</Type/XObject/Subtype/Form/BBox[0 0 0 0]/Length 0>>",
        b"",
    )
}

fn stream_object(id: u32, dict: &[u8], content: &[u8]) -> RawObject {
    let mut body = dict.to_vec();
    body.extend_from_slice(b"\nstream\n");
    body.extend_from_slice(content);
    body.extend_from_slice(b"\nendstream");
    RawObject { id, body }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn appearance_embeds_a_subset_font() {
        let mut next = 10;
        let mut alloc = || {
            next += 1;
            next
        };
        let lines = vec!["Søren ĳzerman".to_owned(), "Intern begeleider".to_owned()];
        let objects = visible(5, 200.0, 60.0, &lines, &mut alloc).unwrap();
        assert_eq!(objects.len(), 6);
        let total: usize = objects.iter().map(|o| o.body.len()).sum();
        assert!(total < 60_000, "font not subset: {total} bytes");
        let ap = &objects.last().unwrap().body;
        assert!(ap.starts_with(b"<</Type/XObject/Subtype/Form/BBox[0 0 200 60]"));
    }
}
