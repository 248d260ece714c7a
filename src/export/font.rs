//! A TrueType font for PDF: advance widths for the layout, and the subset of glyphs a
//! document uses, embedded as a Type 0 font with a ToUnicode map (so that the text can be
//! extracted, searched and read aloud).

use std::collections::{BTreeMap, HashMap};

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use allsorts::tables::FontTableProvider;
use allsorts::tables::cmap::CmapSubtable;
use allsorts::tag;

use super::ExportError;
use super::layout::Measure;

/// A parsed font: which glyph each character has and how wide it is.
#[derive(Debug)]
pub struct Face {
    bytes: &'static [u8],
    /// PostScript-style name used in the PDF (`ABCDEF+<name>`).
    name: &'static str,
    glyph: HashMap<char, u16>,
    /// Advance widths in font units, by glyph id.
    advance: Vec<u16>,
    units_per_em: f32,
    ascent: f32,
    descent: f32,
    bbox: [f32; 4],
}

impl Face {
    /// Parses `bytes`, a TrueType (glyf) font.
    pub fn load(bytes: &'static [u8], name: &'static str) -> Result<Self, ExportError> {
        let data = ReadScope::new(bytes)
            .read::<FontData<'_>>()
            .map_err(|_| ExportError::Font(name))?;
        let provider = data
            .table_provider(0)
            .map_err(|_| ExportError::Font(name))?;
        if !provider.has_table(tag::GLYF) {
            return Err(ExportError::Font(name));
        }
        let mut font = allsorts::font::Font::new(provider).map_err(|_| ExportError::Font(name))?;
        let head = &font.head_table;
        let units_per_em = f32::from(head.units_per_em.max(1));
        let bbox = [head.x_min, head.y_min, head.x_max, head.y_max].map(f32::from);
        let ascent = f32::from(font.hhea_table.ascender);
        let descent = f32::from(font.hhea_table.descender);
        let mut glyph = HashMap::new();
        let cmap = ReadScope::new(font.cmap_subtable_data())
            .read::<CmapSubtable<'_>>()
            .map_err(|_| ExportError::Font(name))?;
        cmap.mappings_fn(|code, gid| {
            if let Some(ch) = char::from_u32(code)
                && gid != 0
            {
                glyph.entry(ch).or_insert(gid);
            }
        })
        .map_err(|_| ExportError::Font(name))?;
        // Characters the cmap reaches only through variation selectors are looked up once.
        for ch in ['•', '…', '–', '—'] {
            if let std::collections::hash_map::Entry::Vacant(e) = glyph.entry(ch) {
                let (g, _) = font.lookup_glyph_index(ch, MatchingPresentation::NotRequired, None);
                if g != 0 {
                    e.insert(g);
                }
            }
        }
        let advance = (0..font.num_glyphs())
            .map(|g| font.horizontal_advance(g).unwrap_or(0))
            .collect();
        Ok(Self {
            bytes,
            name,
            glyph,
            advance,
            units_per_em,
            ascent,
            descent,
            bbox,
        })
    }

    /// The glyph of `ch`; a character the font lacks is drawn as "?" (never `.notdef`).
    fn glyph_of(&self, ch: char) -> u16 {
        self.glyph
            .get(&ch)
            .or_else(|| self.glyph.get(&'?'))
            .copied()
            .unwrap_or(0)
    }

    fn advance_of(&self, gid: u16) -> f32 {
        f32::from(self.advance.get(usize::from(gid)).copied().unwrap_or(0)) / self.units_per_em
    }

    /// Scales font units to 1/1000 em, as PDF font dictionaries want.
    fn thousandths(&self, v: f32) -> f32 {
        v * 1000.0 / self.units_per_em
    }
}

impl Measure for Face {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance_of(self.glyph_of(c)))
            .sum::<f32>()
            * size
    }
}

/// The glyphs of one face that a document uses, numbered 1.. in order of first use.
pub struct Subset<'f> {
    face: &'f Face,
    /// Original glyph id → new glyph id.
    new_id: HashMap<u16, u16>,
    /// Original glyph ids in new-id order; index 0 is `.notdef`.
    glyphs: Vec<u16>,
    /// New glyph id → the character it was first used for (for ToUnicode).
    chars: BTreeMap<u16, char>,
}

impl<'f> Subset<'f> {
    /// An empty subset of `face`.
    pub fn new(face: &'f Face) -> Self {
        Self {
            face,
            new_id: HashMap::new(),
            glyphs: vec![0],
            chars: BTreeMap::new(),
        }
    }

    /// `text` as a hex string of two-byte new glyph ids (Identity-H), adding its glyphs.
    pub fn encode(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 4 + 2);
        out.push('<');
        for ch in text.chars() {
            let gid = self.face.glyph_of(ch);
            let next = u16::try_from(self.glyphs.len()).unwrap_or(u16::MAX);
            let id = *self.new_id.entry(gid).or_insert_with(|| {
                self.glyphs.push(gid);
                next
            });
            let shown = if self.face.glyph.contains_key(&ch) {
                ch
            } else {
                '?'
            };
            self.chars.entry(id).or_insert(shown);
            out.push_str(&format!("{id:04X}"));
        }
        out.push('>');
        out
    }

    /// The font program of the subset (TrueType, new glyph ids in order).
    pub fn program(&self) -> Result<Vec<u8>, ExportError> {
        let name = self.face.name;
        let data = ReadScope::new(self.face.bytes)
            .read::<FontData<'_>>()
            .map_err(|_| ExportError::Font(name))?;
        let provider = data
            .table_provider(0)
            .map_err(|_| ExportError::Font(name))?;
        subset(
            &provider,
            &self.glyphs,
            &SubsetProfile::Pdf,
            CmapTarget::Unrestricted,
        )
        .map_err(|_| ExportError::Font(self.face.name))
    }

    /// `ABCDEF+Name`: six letters derived from the glyph set, as subset fonts are named.
    pub fn base_font(&self) -> String {
        use sha2::Digest as _;
        let mut hasher = sha2::Sha256::new();
        for g in &self.glyphs {
            hasher.update(g.to_be_bytes());
        }
        let tag: String = hasher
            .finalize()
            .iter()
            .take(6)
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        format!("{tag}+{}", self.face.name)
    }

    /// The `/W` array: widths in 1/1000 em of new glyph ids 0.., in one run.
    pub fn widths(&self) -> String {
        let w: Vec<String> = self
            .glyphs
            .iter()
            .map(|&g| real(self.face.advance_of(g) * 1000.0))
            .collect();
        format!("[0[{}]]", w.join(" "))
    }

    /// `/FontBBox`, `/Ascent` and `/Descent` entries of the font descriptor.
    pub fn metrics(&self) -> String {
        let f = self.face;
        let [x0, y0, x1, y1] = f.bbox.map(|v| real(f.thousandths(v)));
        format!(
            "/FontBBox[{x0} {y0} {x1} {y1}]/Ascent {}/Descent {}/CapHeight {}",
            real(f.thousandths(f.ascent)),
            real(f.thousandths(f.descent)),
            real(f.thousandths(f.ascent) * 0.73),
        )
    }

    /// A ToUnicode CMap so that copying or extracting the text gives the characters back.
    pub fn to_unicode(&self) -> String {
        let entries: Vec<String> = self
            .chars
            .iter()
            .map(|(gid, ch)| {
                let mut units = [0_u16; 2];
                let hex: String = ch
                    .encode_utf16(&mut units)
                    .iter()
                    .map(|u| format!("{u:04X}"))
                    .collect();
                format!("<{gid:04X}> <{hex}>\n")
            })
            .collect();
        // A bfchar block may hold at most 100 entries.
        let blocks: String = entries
            .chunks(100)
            .map(|c| format!("{} beginbfchar\n{}endbfchar\n", c.len(), c.concat()))
            .collect();
        format!(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
             /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
             /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
             1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
             {blocks}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        )
    }
}

/// A PDF real number: at most three decimals, no exponent.
pub fn real(v: f32) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");

    #[test]
    fn dutch_and_turkish_names_have_glyphs_and_widths() {
        let face = Face::load(REGULAR, "DejaVuSans").unwrap();
        for ch in "Çağla Ünal-de Wít ĳ ø ë Zoë •…".chars() {
            assert!(face.glyph.contains_key(&ch), "no glyph for {ch}");
        }
        assert!(face.width("Çağla", 10.0) > 20.0);
    }

    #[test]
    fn to_unicode_counts_match_their_blocks() {
        let face = Face::load(REGULAR, "DejaVuSans").unwrap();
        for n in [1_usize, 99, 100, 101, 250] {
            let mut s = Subset::new(&face);
            let text: String = ('A'..)
                .filter(|c| face.glyph.contains_key(c))
                .take(n)
                .collect();
            s.encode(&text);
            let cmap = s.to_unicode();
            let mut declared = 0;
            for line in cmap.lines() {
                if let Some(k) = line.strip_suffix(" beginbfchar") {
                    let k: usize = k.parse().unwrap();
                    assert!(k <= 100);
                    declared += k;
                }
            }
            let entries = cmap
                .lines()
                .filter(|l| l.starts_with('<') && l.contains("> <") && *l != "<0000> <FFFF>")
                .count();
            assert_eq!(declared, n, "declared for {n}");
            assert_eq!(entries, n, "entries for {n}");
        }
    }

    #[test]
    fn missing_characters_become_a_question_mark() {
        let face = Face::load(REGULAR, "DejaVuSans").unwrap();
        let mut s = Subset::new(&face);
        let hex = s.encode("\u{10FFFD}");
        assert_ne!(hex, "<0000>");
        assert_eq!(s.chars.values().copied().collect::<Vec<_>>(), vec!['?']);
    }

    #[test]
    fn reals_are_short() {
        assert_eq!(real(1.0), "1");
        assert_eq!(real(0.5), "0.5");
        assert_eq!(real(-0.0001), "0");
        assert_eq!(real(595.28), "595.28");
    }
}
