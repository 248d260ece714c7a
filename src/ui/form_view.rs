//! The generic form view: renders any [`FormDef`] with its sections, every field kind,
//! `visible_when`, required marks and repeat groups. Changes are reported through `emit`
//! as `(field id, new value)`; the caller turns them into commands.

use std::collections::BTreeMap;

use crate::app::forms::{condition_holds, field_visible};
use crate::domain::KeptHint;
use crate::domain::{Answers, Person, PersonId, Tri, Value};
use crate::form::{Field, FieldKind, FormDef, FormSet};
use crate::lint::LintOptions;
use crate::texts;
use crate::ui::lint_editor::{LintedLook, LintedText};

/// Drafts of date fields while they are being typed (not yet a valid date), and the writing
/// check of long texts.
#[derive(Debug, Default)]
pub struct FormView {
    date_drafts: BTreeMap<String, String>,
    lint: LintState,
}

/// The writing check of the long-text fields: one checked editor per field, and the hints
/// kept (with a reason) this frame.
#[derive(Debug, Default)]
struct LintState {
    editors: BTreeMap<String, LintedText>,
    kept: Vec<KeptHint>,
}

impl FormView {
    /// The hints the user chose to keep (with a reason) since the last call.
    pub fn take_kept_hints(&mut self) -> Vec<KeptHint> {
        std::mem::take(&mut self.lint.kept)
    }
}

/// What a form is rendered against.
pub struct FormContext<'a> {
    /// The set, for its choice lists.
    pub set: &'a FormSet,
    /// The persons a `person` field can pick.
    pub persons: &'a [Person],
    /// Fills `{placeholders}` in `info` texts.
    pub fill: &'a dyn Fn(&str) -> String,
    /// Whether inputs are enabled.
    pub enabled: bool,
    /// Hints kept earlier (not shown again), and words the organisation accepts.
    pub lint: LintOptions,
    /// Today by the app's clock: where an empty date field's calendar opens.
    pub today: chrono::NaiveDate,
    /// The dossier whose records an `info` field with `shows` displays (one record per
    /// fact); `None` where the form belongs to no dossier.
    pub records: Option<&'a crate::domain::Dossier>,
}

impl FormView {
    /// Draws the form; `emit` receives each changed field.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        form: &FormDef,
        cx: &FormContext<'_>,
        answers: &Answers,
        emit: &mut dyn FnMut(String, Option<Value>),
    ) {
        let Self { date_drafts, lint } = self;
        if !form.intro.is_empty() {
            ui.label((cx.fill)(&form.intro));
            ui.add_space(6.0);
        }
        ui.add_enabled_ui(cx.enabled, |ui| {
            for section in &form.sections {
                if !condition_holds(section.visible_when.as_ref(), answers) {
                    continue;
                }
                ui.add_space(6.0);
                ui.heading(&section.title);
                if !section.help.is_empty() {
                    ui.label(egui::RichText::new((cx.fill)(&section.help)).weak());
                }
                for field in &section.fields {
                    if !field_visible(field, answers) {
                        continue;
                    }
                    let key = format!("{}/{}", form.id, field.id);
                    ui.add_space(4.0);
                    if let Some(value) = field_ui(
                        ui,
                        field,
                        cx,
                        answers.get(&field.id),
                        &key,
                        date_drafts,
                        lint,
                    ) {
                        emit(field.id.clone(), value.0);
                    }
                }
            }
        });
    }
}

fn label_text(field: &Field) -> String {
    if field.required {
        format!("{} {}", field.label, texts::window::FORM_REQUIRED_MARK)
    } else {
        field.label.clone()
    }
}

/// A changed field value; `None` clears the field.
struct FieldChange(Option<Value>);

/// Draws one field; returns the change when it changed.
fn field_ui(
    ui: &mut egui::Ui,
    field: &Field,
    cx: &FormContext<'_>,
    value: Option<&Value>,
    key: &str,
    drafts: &mut BTreeMap<String, String>,
    lint: &mut LintState,
) -> Option<FieldChange> {
    if field.kind == FieldKind::Info {
        ui.label(egui::RichText::new(&field.label).strong());
        if !field.help.is_empty() {
            ui.label((cx.fill)(&field.help));
        }
        if let (Some(record), Some(d)) = (field.shows, cx.records) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                for line in super::record_summary::lines(d, record, cx.set.tree.as_ref()) {
                    ui.label(line);
                }
            });
        }
        return None;
    }
    let label = ui.label(egui::RichText::new(label_text(field)).strong());
    if !field.help.is_empty() {
        ui.label(egui::RichText::new(&field.help).weak());
    }
    let id = label.id;
    match field.kind {
        FieldKind::Text | FieldKind::LongText => {
            let mut text = value
                .and_then(Value::as_text)
                .unwrap_or_default()
                .to_owned();
            if field.kind == FieldKind::LongText && field.lint_applies() {
                return long_text_ui(ui, field, cx, text, key, id, lint);
            }
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .id_salt(key)
                        .hint_text(&field.placeholder)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(id);
            r.changed()
                .then(|| FieldChange((!text.is_empty()).then_some(Value::Text(text))))
        }
        FieldKind::Date | FieldKind::DateTime => {
            date_ui(ui, field, value, key, id, drafts, cx.today)
        }
        FieldKind::JaNee | FieldKind::JaNeeWeetNiet => {
            let current = match value {
                Some(Value::Tri(t)) => Some(*t),
                _ => None,
            };
            let options: &[Tri] = if field.kind == FieldKind::JaNee {
                &[Tri::Ja, Tri::Nee]
            } else {
                &[Tri::Ja, Tri::Nee, Tri::WeetNiet]
            };
            let mut out = None;
            ui.horizontal(|ui| {
                for &t in options {
                    if ui.radio(current == Some(t), t.label()).clicked() {
                        out = Some(FieldChange(Some(Value::Tri(t))));
                    }
                }
            });
            out
        }
        FieldKind::Choice => {
            let current = match value {
                Some(Value::Choice(c)) => Some(c.as_str()),
                _ => None,
            };
            let mut out = None;
            let options = field
                .choices
                .as_ref()
                .and_then(|c| cx.set.choices.get(c))
                .map(|l| l.options.as_slice())
                .unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                for o in options {
                    let r = ui.radio(current == Some(o.id.as_str()), &o.label);
                    let r = if o.help.is_empty() {
                        r
                    } else {
                        r.on_hover_text(&o.help)
                    };
                    if r.clicked() {
                        out = Some(FieldChange(Some(Value::Choice(o.id.clone()))));
                    }
                }
            });
            out
        }
        FieldKind::MultiChoice => {
            let mut chosen = match value {
                Some(Value::Multi(v)) => v.clone(),
                _ => Vec::new(),
            };
            let options = field
                .choices
                .as_ref()
                .and_then(|c| cx.set.choices.get(c))
                .map(|l| l.options.as_slice())
                .unwrap_or_default();
            let mut changed = false;
            ui.horizontal_wrapped(|ui| {
                for o in options {
                    let mut on = chosen.contains(&o.id);
                    if ui.checkbox(&mut on, &o.label).changed() {
                        changed = true;
                        if on {
                            chosen.push(o.id.clone());
                        } else {
                            chosen.retain(|c| c != &o.id);
                        }
                    }
                }
            });
            changed.then(|| FieldChange((!chosen.is_empty()).then_some(Value::Multi(chosen))))
        }
        FieldKind::Person => {
            let current = match value {
                Some(Value::Person(p)) => Some(*p),
                _ => None,
            };
            let name = |id: PersonId| {
                cx.persons
                    .iter()
                    .find(|p| p.id == id)
                    .map_or_else(String::new, |p| {
                        format!("{} ({})", p.full_name(), p.role.label())
                    })
            };
            let mut out = None;
            egui::ComboBox::from_id_salt(key)
                .selected_text(
                    current.map_or_else(|| texts::window::FORM_PERSON_NONE_CHOSEN.to_owned(), name),
                )
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(current.is_none(), texts::window::FORM_PERSON_NONE_CHOSEN)
                        .clicked()
                    {
                        out = Some(FieldChange(None));
                    }
                    for p in cx.persons {
                        if ui
                            .selectable_label(current == Some(p.id), name(p.id))
                            .clicked()
                        {
                            out = Some(FieldChange(Some(Value::Person(p.id))));
                        }
                    }
                })
                .response
                .labelled_by(id);
            out
        }
        FieldKind::Repeat => repeat_ui(ui, field, cx, value, key, drafts, lint),
        FieldKind::Info => None,
    }
}

/// A long text with the writing check: hints underlined in place, the hint panel below.
fn long_text_ui(
    ui: &mut egui::Ui,
    field: &Field,
    cx: &FormContext<'_>,
    mut text: String,
    key: &str,
    label: egui::Id,
    lint: &mut LintState,
) -> Option<FieldChange> {
    let LintState { editors, kept } = lint;
    let look = LintedLook {
        label,
        place: &field.id,
        placeholder: &field.placeholder,
        rows: 4,
    };
    let out = editors
        .entry(key.to_owned())
        .or_default()
        .ui(ui, &mut text, &cx.lint, key, look);
    kept.extend(out.kept);
    out.changed
        .then(|| FieldChange((!text.is_empty()).then_some(Value::Text(text))))
}

/// A date or date-and-time field (#20): what is typed stays exactly as typed while the
/// field has the focus; only when the focus leaves (Tab, a click elsewhere, Enter) is it
/// parsed. A valid value is stored (and shown in the standard form from then on); an
/// invalid one stays as typed with the error beside the field, so nothing moves.
fn date_ui(
    ui: &mut egui::Ui,
    field: &Field,
    value: Option<&Value>,
    key: &str,
    label: egui::Id,
    drafts: &mut BTreeMap<String, String>,
    today: chrono::NaiveDate,
) -> Option<FieldChange> {
    let kind = field.kind;
    let stored = match value {
        Some(Value::Date(d)) => super::format_date(*d),
        Some(Value::DateTime(dt)) => dt.format("%d-%m-%Y %H:%M").to_string(),
        _ => String::new(),
    };
    let mut text = drafts.get(key).cloned().unwrap_or_else(|| stored.clone());
    let hint = if kind == FieldKind::Date {
        texts::window::DATE_FORMAT_HINT.to_owned()
    } else {
        format!("{} uu:mm", texts::window::DATE_FORMAT_HINT)
    };
    let mut change = None;
    ui.horizontal(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id_salt(key)
                    .hint_text(hint)
                    .desired_width(160.0),
            )
            .labelled_by(label);
        if r.changed() || r.has_focus() {
            if text == stored {
                drafts.remove(key);
            } else {
                drafts.insert(key.to_owned(), text.clone());
            }
        }
        if r.lost_focus() && drafts.contains_key(key) {
            let parsed = if text.trim().is_empty() {
                Some(None)
            } else if kind == FieldKind::Date {
                super::parse_date(&text).map(|d| Some(Value::Date(d)))
            } else {
                super::parse_date_time(&text).map(|d| Some(Value::DateTime(d)))
            };
            if let Some(v) = parsed {
                drafts.remove(key);
                change = Some(FieldChange(v));
            }
        }
        let shown = match value {
            Some(Value::Date(d)) => *d,
            Some(Value::DateTime(dt)) => dt.date(),
            _ => super::parse_date(text.split(' ').next().unwrap_or_default()).unwrap_or(today),
        };
        if let Some(day) = super::date_picker::date_picker_button_ui(ui, key, shown, &field.label) {
            drafts.remove(key);
            change = Some(FieldChange(Some(match (kind, value) {
                (FieldKind::DateTime, Some(Value::DateTime(dt))) => {
                    Value::DateTime(day.and_time(dt.time()))
                }
                (FieldKind::DateTime, _) => Value::DateTime(day.and_time(chrono::NaiveTime::MIN)),
                _ => Value::Date(day),
            })));
        } else if drafts.contains_key(key) && !r.has_focus() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::DATE_FORMAT_ERROR,
            );
        }
    });
    change
}

fn repeat_ui(
    ui: &mut egui::Ui,
    field: &Field,
    cx: &FormContext<'_>,
    value: Option<&Value>,
    key: &str,
    drafts: &mut BTreeMap<String, String>,
    lint: &mut LintState,
) -> Option<FieldChange> {
    let entries: &[Answers] = match value {
        Some(Value::Group(v)) => v,
        _ => &[],
    };
    let mut out = None;
    for (i, entry) in entries.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(format!(
                    "{} {}",
                    texts::window::FORM_ENTRY_NUMBER_PREFIX,
                    i + 1
                ));
                if ui
                    .small_button(texts::window::REMOVE_BUTTON)
                    .on_hover_text(format!(
                        "{} {} {}",
                        texts::window::REMOVE_BUTTON,
                        texts::window::FORM_ENTRY_NUMBER_PREFIX,
                        i + 1
                    ))
                    .clicked()
                {
                    let mut v = entries.to_vec();
                    v.remove(i);
                    out = Some(FieldChange((!v.is_empty()).then_some(Value::Group(v))));
                }
            });
            for sub in &field.fields {
                if !field_visible(sub, entry) {
                    continue;
                }
                let sub_key = format!("{key}/{i}/{}", sub.id);
                if let Some(new) = field_ui(ui, sub, cx, entry.get(&sub.id), &sub_key, drafts, lint)
                {
                    let mut v = entries.to_vec();
                    if let Some(e) = v.get_mut(i) {
                        match new.0 {
                            Some(val) => e.insert(sub.id.clone(), val),
                            None => e.remove(&sub.id),
                        };
                    }
                    out = Some(FieldChange(Some(Value::Group(v))));
                }
            }
        });
    }
    if ui
        .button(format!(
            "{} ({})",
            texts::window::FORM_ENTRY_ADD_BUTTON,
            field.label
        ))
        .clicked()
    {
        let mut v = entries.to_vec();
        v.push(Answers::new());
        out = Some(FieldChange(Some(Value::Group(v))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::FormSets;
    use egui_kittest::{Harness, kittest::Queryable as _};

    struct Fixture {
        answers: Answers,
        view: FormView,
        set: FormSet,
    }

    fn harness() -> Harness<'static, Fixture> {
        let set = FormSets::set_from_single_toml(include_str!("../../tests/app_fixture.toml"))
            .expect("fixture");
        let fixture = Fixture {
            answers: Answers::new(),
            view: FormView::default(),
            set,
        };
        Harness::new_ui_state(
            |ui, f: &mut Fixture| {
                let Fixture { answers, view, set } = f;
                let Some(form) = set.step_form(3) else { return };
                let fill = |s: &str| s.to_owned();
                let cx = FormContext {
                    set,
                    persons: &[],
                    fill: &fill,
                    enabled: true,
                    lint: LintOptions::default(),
                    today: chrono::Local::now().date_naive(),
                    records: None,
                };
                let mut changes = Vec::new();
                view.ui(ui, form, &cx, answers, &mut |f, v| changes.push((f, v)));
                for (f, v) in changes {
                    match v {
                        Some(v) => answers.insert(f, v),
                        None => answers.remove(&f),
                    };
                }
            },
            fixture,
        )
    }

    #[test]
    fn visible_when_shows_the_reason_field_only_after_nee() {
        let mut h = harness();
        assert!(h.query_by_label_contains("Waarom is het gesprek").is_none());
        h.get_by_label("Nee").click();
        h.run();
        assert!(h.query_by_label_contains("Waarom is het gesprek").is_some());
        assert_eq!(
            h.state().answers.get("gesprek_gevoerd"),
            Some(&Value::Tri(Tri::Nee))
        );
    }

    #[test]
    fn repeat_group_adds_an_entry_with_typed_date() {
        let mut h = harness();
        h.get_by_label("Toevoegen (Afspraken)").click();
        h.run();
        h.get_by_label("Uiterlijk op").focus();
        h.run();
        h.get_by_label("Uiterlijk op").type_text("02-11-2026");
        h.run();
        assert!(
            !matches!(h.state().answers.get("afspraken"), Some(Value::Group(e)) if e.first().is_some_and(|e| e.contains_key("afspraak_datum"))),
            "nothing is stored while the date is being typed"
        );
        h.key_press(egui::Key::Enter);
        h.run();
        let Some(Value::Group(entries)) = h.state().answers.get("afspraken") else {
            panic!("no group");
        };
        assert_eq!(
            entries[0].get("afspraak_datum"),
            Some(&Value::Date(
                chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date")
            ))
        );
    }

    #[test]
    fn calendar_picks_a_date_in_a_repeat_group() {
        let mut h = harness();
        h.get_by_label("Toevoegen (Afspraken)").click();
        h.run();
        h.get_by_label(texts::window::DATE_PICKER_BUTTON).click();
        h.run();
        h.get_by_label("15").click();
        h.run();
        let Some(Value::Group(entries)) = h.state().answers.get("afspraken") else {
            panic!("no group");
        };
        let Some(Value::Date(day)) = entries[0].get("afspraak_datum") else {
            panic!("no date picked: {entries:?}");
        };
        assert_eq!(chrono::Datelike::day(day), 15);
        assert_eq!(
            chrono::Datelike::month(day),
            chrono::Datelike::month(&chrono::Local::now().date_naive())
        );
        assert!(
            h.query_by_label("15").is_none(),
            "the calendar closes after a pick"
        );
    }
}
