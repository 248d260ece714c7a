//! The visible signature: a form XObject that draws the signature block's lines (name,
//! function, organisation, date, place) with an embedded, subset TrueType font, so that
//! names such as "Çağla", "ĳ" or "Søren" render everywhere.

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use allsorts::tables::FontTableProvider;
use allsorts::tag;
use sha2::{Digest as _, Sha256};

use super::pdf_write::{format_real, hex_encode};
use super::{Result, SignError};

/// DejaVu Sans, shipped with the app (licence in `fonts/LICENSE-DejaVu.txt`).
const FONT: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");

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
    let font = EmbeddedFont::new(lines)?;
    let font_id = alloc();
    let mut objects = font.objects(font_id, alloc)?;

    let widest = lines
        .iter()
        .map(|line| font.text_width(line))
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
    let mut y = height - PADDING - size * font.ascent;
    for line in lines {
        ops.push(format!(
            "1 0 0 1 {} {} Tm <{}> Tj",
            format_real(PADDING),
            format_real(y),
            hex_encode(&font.encode(line)),
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

/// The glyphs of the font that the lines use, as a subset with new glyph ids 0..n.
struct EmbeddedFont {
    /// Characters in new-glyph-id order (index 0 is `.notdef`).
    chars: Vec<Option<char>>,
    /// Original glyph ids in new-glyph-id order.
    glyphs: Vec<u16>,
    /// Advance widths in 1/1000 em, in new-glyph-id order.
    widths: Vec<f32>,
    ascent: f32,
    descent: f32,
    bbox: [f32; 4],
}

impl EmbeddedFont {
    fn new(lines: &[String]) -> Result<Self> {
        let font_err = |e: &dyn std::fmt::Display| SignError::Font(e.to_string());
        let data = ReadScope::new(FONT)
            .read::<FontData<'_>>()
            .map_err(|e| font_err(&e))?;
        let provider = data.table_provider(0).map_err(|e| font_err(&e))?;
        let mut font = allsorts::font::Font::new(provider).map_err(|e| font_err(&e))?;
        let head = &font.head_table;
        let units_per_em = f32::from(head.units_per_em);
        let scale = 1000.0 / units_per_em;
        let bbox = [
            f32::from(head.x_min) * scale,
            f32::from(head.y_min) * scale,
            f32::from(head.x_max) * scale,
            f32::from(head.y_max) * scale,
        ];
        let ascent = f32::from(font.hhea_table.ascender) / units_per_em;
        let descent = f32::from(font.hhea_table.descender) / units_per_em;

        let mut wanted: Vec<char> = lines.iter().flat_map(|l| l.chars()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut chars = vec![None];
        let mut glyphs = vec![0_u16];
        for ch in wanted {
            let (glyph, _) = font.lookup_glyph_index(ch, MatchingPresentation::NotRequired, None);
            if glyph != 0 && !glyphs.contains(&glyph) {
                chars.push(Some(ch));
                glyphs.push(glyph);
            }
        }
        let widths = glyphs
            .iter()
            .map(|&g| f32::from(font.horizontal_advance(g).unwrap_or(0)) * scale)
            .collect();
        Ok(Self {
            chars,
            glyphs,
            widths,
            ascent,
            descent,
            bbox,
        })
    }

    /// New glyph id of `ch` (0 when the font lacks it).
    fn glyph_of(&self, ch: char) -> u16 {
        self.chars
            .iter()
            .position(|c| *c == Some(ch))
            .and_then(|i| u16::try_from(i).ok())
            .unwrap_or(0)
    }

    /// Two bytes per character: the new glyph ids (Identity-H).
    fn encode(&self, text: &str) -> Vec<u8> {
        text.chars()
            .flat_map(|ch| self.glyph_of(ch).to_be_bytes())
            .collect()
    }

    /// Width of `text` at font size 1, in points.
    fn text_width(&self, text: &str) -> f32 {
        text.chars()
            .map(|ch| self.widths[usize::from(self.glyph_of(ch))] / 1000.0)
            .sum()
    }

    /// The Type0 font `font_id` with its CIDFont, descriptor, font file and ToUnicode map.
    fn objects(&self, font_id: u32, alloc: &mut dyn FnMut() -> u32) -> Result<Vec<RawObject>> {
        let font_err = |e: &dyn std::fmt::Display| SignError::Font(e.to_string());
        let data = ReadScope::new(FONT)
            .read::<FontData<'_>>()
            .map_err(|e| font_err(&e))?;
        let provider = data.table_provider(0).map_err(|e| font_err(&e))?;
        if !provider.has_table(tag::GLYF) {
            return Err(SignError::Font("not a TrueType (glyf) font".to_owned()));
        }
        let subset_bytes = subset(
            &provider,
            &self.glyphs,
            &SubsetProfile::Pdf,
            CmapTarget::Unrestricted,
        )
        .map_err(|e| font_err(&e))?;

        let base_font = format!("{}+DejaVuSans", self.subset_tag());
        let cid_id = alloc();
        let descriptor_id = alloc();
        let file_id = alloc();
        let to_unicode_id = alloc();

        let type0 = format!(
            "<</Type/Font/Subtype/Type0/BaseFont/{base_font}/Encoding/Identity-H/DescendantFonts[{cid_id} 0 R]/ToUnicode {to_unicode_id} 0 R>>"
        );
        let widths: Vec<String> = self.widths.iter().map(|w| format_real(*w)).collect();
        let cid = format!(
            "<</Type/Font/Subtype/CIDFontType2/BaseFont/{base_font}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor {descriptor_id} 0 R/DW 1000/W[0[{}]]/CIDToGIDMap/Identity>>",
            widths.join(" ")
        );
        let [x0, y0, x1, y1] = self.bbox.map(format_real);
        let descriptor = format!(
            "<</Type/FontDescriptor/FontName/{base_font}/Flags 32/FontBBox[{x0} {y0} {x1} {y1}]/ItalicAngle 0/Ascent {}/Descent {}/CapHeight {}/StemV 80/FontFile2 {file_id} 0 R>>",
            format_real(self.ascent * 1000.0),
            format_real(self.descent * 1000.0),
            format_real(self.ascent * 1000.0 * 0.75),
        );
        let compressed = deflate(&subset_bytes).map_err(|e| font_err(&e))?;
        let file_dict = format!(
            "<</Length {}/Length1 {}/Filter/FlateDecode>>",
            compressed.len(),
            subset_bytes.len()
        );
        let cmap = self.to_unicode_cmap();
        let cmap_dict = format!("<</Length {}>>", cmap.len());
        Ok(vec![
            RawObject {
                id: font_id,
                body: type0.into_bytes(),
            },
            RawObject {
                id: cid_id,
                body: cid.into_bytes(),
            },
            RawObject {
                id: descriptor_id,
                body: descriptor.into_bytes(),
            },
            stream_object(file_id, file_dict.as_bytes(), &compressed),
            stream_object(to_unicode_id, cmap_dict.as_bytes(), cmap.as_bytes()),
        ])
    }

    /// Six capital letters derived from the glyph set, as PDF subset fonts are named.
    fn subset_tag(&self) -> String {
        let mut hasher = Sha256::new();
        for g in &self.glyphs {
            hasher.update(g.to_be_bytes());
        }
        hasher
            .finalize()
            .iter()
            .take(6)
            .map(|b| char::from(b'A' + b % 26))
            .collect()
    }

    /// A ToUnicode CMap so that copying or extracting the text gives the characters back.
    fn to_unicode_cmap(&self) -> String {
        let mut entries = Vec::new();
        for (gid, ch) in self.chars.iter().enumerate() {
            let Some(ch) = ch else { continue };
            let mut units = [0_u16; 2];
            let utf16: Vec<u8> = ch
                .encode_utf16(&mut units)
                .iter()
                .flat_map(|u| u.to_be_bytes())
                .collect();
            entries.push(format!("<{gid:04X}> <{}>\n", hex_encode(&utf16)));
        }
        format!(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
             /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
             /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
             1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
             {} beginbfchar\n{}endbfchar\n\
             endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n",
            entries.len(),
            entries.concat()
        )
    }
}

fn deflate(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn font_has_glyphs_for_dutch_and_turkish_names() {
        let lines = vec!["Çağla Ünal-de Wít".to_owned(), "ĳ ø ë".to_owned()];
        let font = EmbeddedFont::new(&lines).unwrap();
        for ch in "ÇağÜnlWítĳøë".chars() {
            assert_ne!(font.glyph_of(ch), 0, "no glyph for {ch}");
        }
        assert!(font.text_width("Çağla") > 1.0);
    }

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
