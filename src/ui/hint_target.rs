//! Where "Ga naar" of the open-hints overview lands: the app asks for the text at a hint's
//! place and its words ([`select_in_place`]); the editor that holds that place scrolls to it,
//! focuses it and selects the words, and a saved signal or conversation shows them
//! highlighted ([`marked_text_ui`]). The request lives in egui's memory for a few frames.

/// Where "Ga naar" of the open-hints overview points: the text at a place and the words in it.
#[derive(Debug, Clone, PartialEq)]
struct SelectTarget {
    place: String,
    span: std::ops::Range<usize>,
    /// Frames left to find the text (a step's page may need a frame to lay out).
    frames: u8,
}

fn select_target_id() -> egui::Id {
    egui::Id::unique("meldcode-hint-select-target")
}

/// Asks the text at `place` (a hint's place key) to come into view with the byte range
/// `span` selected and the keyboard focus in it, on one of the next frames.
pub fn select_in_place(ctx: &egui::Context, place: String, span: std::ops::Range<usize>) {
    ctx.data_mut(|d| {
        d.insert_temp(
            select_target_id(),
            SelectTarget {
                place,
                span,
                frames: 5,
            },
        );
    });
    ctx.request_repaint();
}

/// Takes the pending target when it is for `place`; counts a frame down otherwise, so a
/// target whose text is not on the page expires.
pub(super) fn take_target_for(ctx: &egui::Context, place: &str) -> Option<std::ops::Range<usize>> {
    ctx.data_mut(|d| {
        let target = d.get_temp::<SelectTarget>(select_target_id())?;
        if target.place == place {
            d.remove::<SelectTarget>(select_target_id());
            return Some(target.span);
        }
        None
    })
}

/// Takes the pending target when it is for a record of `kind` (`signal`, `conversation`):
/// the record's id and the byte range of the words in its text.
pub fn take_record_target(
    ctx: &egui::Context,
    kind: &str,
) -> Option<(u32, std::ops::Range<usize>)> {
    ctx.data_mut(|d| {
        let target = d.get_temp::<SelectTarget>(select_target_id())?;
        let id = target
            .place
            .strip_prefix(kind)?
            .strip_prefix(':')?
            .parse()
            .ok()?;
        d.remove::<SelectTarget>(select_target_id());
        Some((id, target.span))
    })
}

/// A saved record's text as a label, with the words at `mark` (a byte range) highlighted
/// like a selection: where "Ga naar" of a hint lands in a text that cannot be edited.
pub fn marked_text_ui(ui: &mut egui::Ui, text: &str, mark: Option<&std::ops::Range<usize>>) {
    let Some(mark) = mark.filter(|m| text.get((*m).clone()).is_some()) else {
        ui.label(text);
        return;
    };
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let color = style.visuals.text_color();
    let plain = egui::TextFormat::simple(font.clone(), color);
    let marked = egui::TextFormat {
        background: style.visuals.selection.bg_fill,
        color: style.visuals.selection.stroke.color,
        ..egui::TextFormat::simple(font, color)
    };
    let mut job = egui::text::LayoutJob::default();
    job.append(&text[..mark.start], 0.0, plain.clone());
    job.append(&text[mark.clone()], 0.0, marked);
    job.append(&text[mark.end..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    ui.label(job);
}

/// Counts the pending target down once a frame; called by the shell after the views.
pub fn expire_select_target(ctx: &egui::Context) {
    ctx.data_mut(|d| {
        if let Some(mut target) = d.get_temp::<SelectTarget>(select_target_id()) {
            target.frames = target.frames.saturating_sub(1);
            if target.frames == 0 {
                d.remove::<SelectTarget>(select_target_id());
            } else {
                d.insert_temp(select_target_id(), target);
            }
        }
    });
}

/// Scrolls `response` (a text edit over `text`) into view, focuses it and selects `span`.
pub(super) fn select_span(
    ui: &egui::Ui,
    response: &egui::Response,
    text: &str,
    span: std::ops::Range<usize>,
) {
    let chars = |b: usize| {
        text.get(..b.min(text.len()))
            .map_or(0, |s| s.chars().count())
    };
    let range = egui::text::CCursorRange::two(
        egui::text::CCursor::new(chars(span.start)),
        egui::text::CCursor::new(chars(span.end)),
    );
    let mut state = egui::TextEdit::load_state(ui.ctx(), response.id).unwrap_or_default();
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), response.id);
    response.request_focus();
    response.scroll_to_me(Some(egui::Align::Center));
}
