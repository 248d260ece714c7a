//! What may change after a signed revision (security review, findings 4 and 10).
//!
//! The signed revision and the whole file are compared object by object. After a signature,
//! an incremental update may only add further signatures:
//! - the trailer's `/Root`, `/Info` and `/Encrypt` stay the same;
//! - no object of the signed revision disappears or is marked free by a later
//!   cross-reference section, and no reference that was dangling in the signed revision gets
//!   an object (that would change what signed objects point to);
//! - an object of the signed revision may change only as one of these roles allows:
//!   the catalog (only `/AcroForm` and `/DSS`), the form (`/Fields`, `/SigFlags`, `/DR`,
//!   `/DA`), a page (only `/Annots`), a page's annotation array or the form's field array
//!   (entries may only be added), or an unsigned signature field that gains its value `/V`
//!   and appearance `/AP`;
//! - every signature field added to `/Annots` or `/Fields` (and every prepared field that is
//!   filled) must be signed by a later signature, or have no visible appearance. An unsigned
//!   visible signature widget drawn over the page (the "sneaky signature" overlay) is a change.
//!
//! Pages, their content streams and resources, the page tree, the structure tree, `/Info`
//! and `/Metadata` are therefore unchanged whenever the result is "only signatures".

use std::collections::BTreeSet;

use lopdf::{Dictionary, Document, Object, ObjectId};

/// Whether everything in `full` after the revision `signed` (the first `signed_len` bytes
/// of `pdf`) is an allowed addition of signatures.
pub(crate) fn only_signatures_added(
    pdf: &[u8],
    signed: &Document,
    full: &Document,
    signed_len: usize,
) -> bool {
    let diff = Diff::new(signed, full, signed_len);
    diff.trailer_unchanged()
        && diff.no_dangling_filled()
        && diff.objects_allowed()
        && diff.nothing_freed(pdf.get(signed_len..).unwrap_or_default())
}

struct Diff<'a> {
    signed: &'a Document,
    full: &'a Document,
    signed_len: usize,
    root: Option<ObjectId>,
    acroforms: BTreeSet<ObjectId>,
    pages: BTreeSet<ObjectId>,
    /// Indirect `/Annots` arrays of pages and `/Fields` arrays of the form.
    lists: BTreeSet<ObjectId>,
}

impl<'a> Diff<'a> {
    fn new(signed: &'a Document, full: &'a Document, signed_len: usize) -> Self {
        let root = trailer_ref(signed, b"Root");
        let pages: BTreeSet<ObjectId> = signed.get_pages().into_values().collect();
        let mut lists = BTreeSet::new();
        for page in &pages {
            if let Ok(Object::Reference(id)) =
                signed.get_dictionary(*page).and_then(|p| p.get(b"Annots"))
            {
                lists.insert(*id);
            }
        }
        let mut acroforms = BTreeSet::new();
        for doc in [signed, full] {
            let Some(catalog) = root.and_then(|r| doc.get_dictionary(r).ok()) else {
                continue;
            };
            if let Ok(Object::Reference(id)) = catalog.get(b"AcroForm") {
                acroforms.insert(*id);
                if let Ok(Object::Reference(fields)) =
                    doc.get_dictionary(*id).and_then(|f| f.get(b"Fields"))
                {
                    lists.insert(*fields);
                }
            }
        }
        Self {
            signed,
            full,
            signed_len,
            root,
            acroforms,
            pages,
            lists,
        }
    }

    fn trailer_unchanged(&self) -> bool {
        self.root.is_some()
            && [b"Root".as_slice(), b"Info", b"Encrypt"]
                .into_iter()
                .all(|key| self.signed.trailer.get(key).ok() == self.full.trailer.get(key).ok())
    }

    /// No object of the signed revision refers to an object number that had no object then
    /// but has one now.
    fn no_dangling_filled(&self) -> bool {
        let mut referenced = BTreeSet::new();
        for obj in self.signed.objects.values() {
            collect_references(obj, &mut referenced);
        }
        for (_, value) in &self.signed.trailer {
            collect_references(value, &mut referenced);
        }
        referenced
            .into_iter()
            .all(|id| self.signed.objects.contains_key(&id) || !self.full.objects.contains_key(&id))
    }

    /// No later cross-reference section marks an object of the signed revision as free
    /// (lopdf keeps the older entry, but a viewer would then draw nothing in its place).
    fn nothing_freed(&self, tail: &[u8]) -> bool {
        let mut freed = freed_in_tables(tail);
        for (id, obj) in &self.full.objects {
            if !self.signed.objects.contains_key(id) {
                freed.extend(freed_in_stream(obj));
            }
        }
        !self
            .signed
            .objects
            .keys()
            .any(|(number, _)| freed.contains(number))
    }

    fn objects_allowed(&self) -> bool {
        self.signed.objects.iter().all(|(id, old)| {
            if is_file_structure(old) {
                return true;
            }
            match self.full.objects.get(id) {
                None => false,
                Some(new) => new == old || self.allowed_change(*id, old, new),
            }
        })
    }

    fn allowed_change(&self, id: ObjectId, old: &Object, new: &Object) -> bool {
        if let (Object::Array(old), Object::Array(new)) = (old, new) {
            return self.lists.contains(&id) && self.list_grows(old, new);
        }
        let (Object::Dictionary(old), Object::Dictionary(new)) = (old, new) else {
            return false;
        };
        if Some(id) == self.root {
            return same_except(old, new, &[b"AcroForm", b"DSS"])
                && self.form_ok(old.get(b"AcroForm").ok(), new.get(b"AcroForm").ok());
        }
        if self.acroforms.contains(&id) {
            return self.form_dict_ok(old, new);
        }
        if self.pages.contains(&id) {
            return same_except(old, new, &[b"Annots"])
                && self.list_entry_ok(old.get(b"Annots").ok(), new.get(b"Annots").ok());
        }
        if is_sig_field(old) && !old.has(b"V") {
            // A prepared signature field (e.g. in a tagged PDF/A) that is now signed.
            return same_except(old, new, &[b"V", b"AP"]) && self.signed_later(new);
        }
        // The widget of a prepared field whose parent field is now signed: a new appearance.
        let parent = new
            .get(b"Parent")
            .ok()
            .and_then(|p| resolve(self.full, p))
            .and_then(|p| p.as_dict().ok());
        parent.is_some_and(|parent| {
            is_sig_field(parent) && self.signed_later(parent) && same_except(old, new, &[b"AP"])
        })
    }

    /// The catalog's `/AcroForm` entry, before and after (inline or indirect).
    fn form_ok(&self, old: Option<&Object>, new: Option<&Object>) -> bool {
        if old == new {
            return true;
        }
        let empty = Dictionary::new();
        let old_dict = match old {
            None => Some(&empty),
            Some(obj) => resolve(self.signed, obj).and_then(|o| o.as_dict().ok()),
        };
        let new_dict = new
            .and_then(|obj| resolve(self.full, obj))
            .and_then(|o| o.as_dict().ok());
        match (old_dict, new_dict) {
            (Some(old), Some(new)) => self.form_dict_ok(old, new),
            _ => false,
        }
    }

    fn form_dict_ok(&self, old: &Dictionary, new: &Dictionary) -> bool {
        same_except(old, new, &[b"Fields", b"SigFlags", b"DR", b"DA"])
            && self.list_entry_ok(old.get(b"Fields").ok(), new.get(b"Fields").ok())
    }

    /// An `/Annots` or `/Fields` entry (inline array or reference), before and after.
    fn list_entry_ok(&self, old: Option<&Object>, new: Option<&Object>) -> bool {
        let items = |doc: &Document, obj: Option<&Object>| -> Option<Vec<Object>> {
            match obj {
                None => Some(Vec::new()),
                Some(obj) => resolve(doc, obj)?.as_array().ok().cloned(),
            }
        };
        match (items(self.signed, old), items(self.full, new)) {
            (Some(old_items), Some(new_items)) => self.list_grows(&old_items, &new_items),
            _ => false,
        }
    }

    /// Every old entry stays; every new entry is an acceptable signature field.
    fn list_grows(&self, old: &[Object], new: &[Object]) -> bool {
        old.iter().all(|o| new.contains(o))
            && new
                .iter()
                .filter(|n| !old.contains(n))
                .all(|n| self.added_field_ok(n))
    }

    /// An added signature field: a terminal `/FT /Sig` field (no `/Kids`) that a later
    /// signature signs, or that shows nothing on the page.
    fn added_field_ok(&self, entry: &Object) -> bool {
        let Object::Reference(id) = entry else {
            return false;
        };
        let Ok(field) = self.full.get_dictionary(*id) else {
            return false;
        };
        is_sig_field(field)
            && !field.has(b"Kids")
            && (self.signed_later(field) || !shows_on_page(field))
    }

    /// The field's `/V` is a signature dictionary whose byte ranges reach past the signed
    /// revision (whether that signature itself is valid is checked as its own signature).
    fn signed_later(&self, field: &Dictionary) -> bool {
        let Some(value) = field
            .get(b"V")
            .ok()
            .and_then(|v| resolve(self.full, v))
            .and_then(|v| v.as_dict().ok())
        else {
            return false;
        };
        let ranges: Vec<usize> = value
            .get(b"ByteRange")
            .and_then(Object::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|o| o.as_i64().ok())
                    .filter_map(|n| usize::try_from(n).ok())
                    .collect()
            })
            .unwrap_or_default();
        ranges.len() == 4 && ranges[2].saturating_add(ranges[3]) > self.signed_len
    }
}

/// Object numbers marked free (`f`) in the classic cross-reference tables in `tail`.
fn freed_in_tables(tail: &[u8]) -> BTreeSet<u32> {
    let text = String::from_utf8_lossy(tail);
    let mut freed = BTreeSet::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find("xref") {
        let start = from + pos + 4;
        let keyword = !text[..from + pos].ends_with("start");
        from = start;
        if !keyword {
            continue;
        }
        let mut tokens = text[start..].split_ascii_whitespace();
        'sections: while let (Some(first), Some(count)) = (tokens.next(), tokens.next()) {
            let (Ok(first), Ok(count)) = (first.parse::<u32>(), count.parse::<u32>()) else {
                break;
            };
            for i in 0..count {
                let (Some(_), Some(_), Some(kind)) = (tokens.next(), tokens.next(), tokens.next())
                else {
                    break 'sections;
                };
                if kind == "f" {
                    freed.insert(first.saturating_add(i));
                }
            }
        }
    }
    freed
}

/// Object numbers marked free (type 0) in a cross-reference stream.
fn freed_in_stream(obj: &Object) -> BTreeSet<u32> {
    let mut freed = BTreeSet::new();
    let Ok(stream) = obj.as_stream() else {
        return freed;
    };
    if !matches!(
        stream.dict.get(b"Type").and_then(Object::as_name),
        Ok(b"XRef")
    ) {
        return freed;
    }
    let ints = |key: &[u8]| -> Vec<usize> {
        stream
            .dict
            .get(key)
            .and_then(Object::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|o| o.as_i64().ok())
                    .filter_map(|n| usize::try_from(n).ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    let widths = ints(b"W");
    if widths.len() != 3 || widths.iter().any(|&w| w > 8) {
        return freed;
    }
    let mut index = ints(b"Index");
    if index.is_empty() {
        let size = stream
            .dict
            .get(b"Size")
            .and_then(Object::as_i64)
            .unwrap_or(0);
        index = vec![0, usize::try_from(size).unwrap_or(0)];
    }
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let entry = widths.iter().sum::<usize>();
    if entry == 0 {
        return freed;
    }
    let mut entries = data.chunks_exact(entry);
    for pair in index.chunks_exact(2) {
        for i in 0..pair[1] {
            let Some(bytes) = entries.next() else {
                return freed;
            };
            let kind = if widths[0] == 0 {
                1
            } else {
                bytes[..widths[0]]
                    .iter()
                    .fold(0_u64, |acc, &b| (acc << 8) | u64::from(b))
            };
            if kind == 0
                && let Ok(number) = u32::try_from(pair[0] + i)
            {
                freed.insert(number);
            }
        }
    }
    freed
}

/// The trailer entry `key` as a reference.
fn trailer_ref(doc: &Document, key: &[u8]) -> Option<ObjectId> {
    doc.trailer.get(key).and_then(Object::as_reference).ok()
}

fn resolve<'d>(doc: &'d Document, obj: &'d Object) -> Option<&'d Object> {
    match obj {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// Cross-reference and object streams: how the file is stored, not what it says.
fn is_file_structure(obj: &Object) -> bool {
    let kind = obj
        .as_stream()
        .ok()
        .and_then(|s| s.dict.get(b"Type").ok())
        .and_then(|t| t.as_name().ok());
    matches!(kind, Some(b"XRef" | b"ObjStm"))
}

fn same_except(old: &Dictionary, new: &Dictionary, changeable: &[&[u8]]) -> bool {
    let keys: BTreeSet<&[u8]> = old
        .iter()
        .chain(new.iter())
        .map(|(k, _)| k.as_slice())
        .collect();
    keys.into_iter()
        .filter(|k| !changeable.contains(k))
        .all(|k| old.get(k).ok() == new.get(k).ok())
}

fn collect_references(obj: &Object, out: &mut BTreeSet<ObjectId>) {
    match obj {
        Object::Reference(id) => {
            out.insert(*id);
        }
        Object::Array(items) => items.iter().for_each(|i| collect_references(i, out)),
        Object::Dictionary(dict) => dict.iter().for_each(|(_, v)| collect_references(v, out)),
        Object::Stream(stream) => stream
            .dict
            .iter()
            .for_each(|(_, v)| collect_references(v, out)),
        _ => {}
    }
}

/// `/FT /Sig` on the field itself.
pub(crate) fn is_sig_field(dict: &Dictionary) -> bool {
    dict.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig".as_slice())
}

/// Whether a widget can show anything: a `/Rect` with an area, and not hidden (`/F` bits
/// Hidden 2 or NoView 32). A widget without a readable `/Rect` counts as showing.
pub(crate) fn shows_on_page(widget: &Dictionary) -> bool {
    let flags = widget.get(b"F").and_then(Object::as_i64).unwrap_or(0);
    if flags & (2 | 32) != 0 {
        return false;
    }
    let rect: Vec<f32> = widget
        .get(b"Rect")
        .and_then(Object::as_array)
        .map(|r| r.iter().filter_map(|n| n.as_float().ok()).collect())
        .unwrap_or_default();
    if rect.len() != 4 {
        return true;
    }
    (rect[2] - rect[0]).abs() >= 0.5 && (rect[3] - rect[1]).abs() >= 0.5
}
