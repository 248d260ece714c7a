//! The labels of the dossier's history: one text per kind of change, used by the window's
//! history and by the documents.

// history

/// History descriptions, by change kind.
pub const TITLE_CHANGED: &str = "Titel gewijzigd";

/// Person added.
pub const PERSON_ADDED: &str = "Betrokkene toegevoegd";

/// Person changed.
pub const PERSON_CHANGED: &str = "Gegevens betrokkene gewijzigd";

/// Signal added.
pub const SIGNAL_RECORDED: &str = "Signaal vastgelegd";

/// Signal corrected.
pub const SIGNAL_CORRECTED: &str = "Signaal gecorrigeerd";

/// Consultation.
pub const CONSULTATION_RECORDED: &str = "Consultatie vastgelegd";

/// Conversation.
pub const CONVERSATION_RECORDED: &str = "Gesprek vastgelegd";

/// Conversation skipped.
pub const CONVERSATION_SKIPPED: &str = "Vastgelegd waarom het gesprek niet is gevoerd";

/// Field set.
pub const FIELD_SET: &str = "Veld ingevuld";

/// Field cleared.
pub const FIELD_CLEARED: &str = "Veld gewist";

/// Step started.
pub const STEP_STARTED: &str = "Stap gestart";

/// Step completed.
pub const STEP_COMPLETED: &str = "Stap afgerond";

/// Step reopened.
pub const STEP_REOPENED: &str = "Stap heropend";

/// Afweging answered.
pub const AFWEGING_QUESTION_ANSWERED: &str = "Afwegingsvraag beantwoord";

/// Decision.
pub const DECISION_RECORDED: &str = "Besluit vastgelegd";

/// Hint kept.
pub const HINT_KEPT: &str = "Schrijfhint behouden";

/// Closed.
pub const DOSSIER_CLOSED: &str = "Dossier gesloten";

/// Reopened.
pub const DOSSIER_REOPENED: &str = "Dossier heropend";

/// Client statement.
pub const CLIENT_STATEMENT_ADDED: &str = "Verklaring van de cliënt toegevoegd";

/// History: a field of the meldformulier was set.
pub const MELDFORMULIER_FIELD_SET: &str = "Meldformulier ingevuld";

/// History: the checklist before sending the melding was updated.
pub const MELDING_CHECKLIST_UPDATED: &str = "Checklist voor de melding bijgewerkt";

/// History: the melding was sent.
pub const MELDING_SENT: &str = "Melding verzonden";

/// History: the dossier was marked urgent.
pub const URGENT_MARKED: &str = "Dossier als acuut gemarkeerd";

/// History: a call on the urgent path was recorded.
pub const URGENT_CALL_RECORDED: &str = "Gebeld (acuut)";

/// History: an agreement was added.
pub const AFSPRAAK_RECORDED: &str = "Afspraak vastgelegd";

/// History: an agreement was checked.
pub const AFSPRAAK_CHECKED: &str = "Afspraak gecontroleerd";

/// History: a request for information was recorded.
pub const VT_REQUEST_RECORDED: &str = "Informatieverzoek Veilig Thuis vastgelegd";

/// History: a participation point was recorded.
pub const PARTICIPATION_RECORDED: &str = "Participatie van het kind vastgelegd";

// follow-up

/// Afspraak status: running.
pub const AFSPRAAK_STATUS_RUNNING: &str = "lopend";

/// Afspraak status: kept.
pub const AFSPRAAK_STATUS_KEPT: &str = "nagekomen";

/// Afspraak status: not kept.
pub const AFSPRAAK_STATUS_NOT_KEPT: &str = "niet nagekomen";

/// "punt" in "participatiepunt 3".
pub const PARTICIPATION_POINT_WORD: &str = "punt";

/// History: signal withdrawn.
pub const SIGNAL_WITHDRAWN: &str = "Signaal ingetrokken";

/// History: signal approved.
pub const SIGNAL_APPROVED: &str = "Signaal geaccordeerd door de bron";

/// History: zienswijze added.
pub const ZIENSWIJZE_RECORDED: &str = "Zienswijze vastgelegd";

/// History: correction request.
pub const CORRECTION_REQUEST_RECORDED: &str = "Verzoek om correctie of aanvulling";

/// History: correction request answered.
pub const CORRECTION_REQUEST_ANSWERED: &str = "Verzoek om correctie beantwoord";

/// History: migrated form answers.
pub const FORM_ANSWERS_MIGRATED: &str = "Formulierantwoorden overgezet naar het register";

/// History: guidelines ticked for a VT information request.
pub const VT_REQUEST_GUIDELINES_TICKED: &str = "Richtlijnen afgevinkt bij informatieverzoek";

// Persons

/// History: a person was removed.
pub const PERSON_REMOVED: &str = "Betrokkene verwijderd";

/// History: who the dossier is about.
pub const DOSSIER_SUBJECT_SET: &str = "Dossier gaat over";

// The history appendix of the dossier document

/// Appendix: the dossier was created (from the dossier's own record, not a change).
pub const DOSSIER_CREATED: &str = "Dossier aangemaakt";

/// Appendix: the name of the meldformulier as the form of a run of field edits.
pub const MELDFORMULIER_FORM_NAME: &str = "Meldformulier";

/// Appendix: one row for a run of field edits in one form ("Stap 3" or the meldformulier):
/// "Stap 3: 12 velden ingevuld of gewijzigd", "Stap 3: 1 veld ingevuld of gewijzigd, 2
/// gewist". `changed` and `cleared` count distinct fields.
pub fn fields_edited(form: &str, changed: usize, cleared: usize) -> String {
    let fields = |n: usize| if n == 1 { "veld" } else { "velden" };
    match (changed, cleared) {
        (0, c) => format!("{form}: {c} {} gewist", fields(c)),
        (n, 0) => format!("{form}: {n} {} ingevuld of gewijzigd", fields(n)),
        (n, c) => format!(
            "{form}: {n} {} ingevuld of gewijzigd, {c} gewist",
            fields(n)
        ),
    }
}

/// Appendix: one row for a run of afwegingskader answers: "Afwegingskader: 5 vragen
/// beantwoord (2 samen met Veilig Thuis)". Both count distinct questions.
pub fn afweging_questions_answered(questions: usize, with_veilig_thuis: usize) -> String {
    let noun = if questions == 1 { "vraag" } else { "vragen" };
    let line = format!("Afwegingskader: {questions} {noun} beantwoord");
    if with_veilig_thuis > 0 {
        format!("{line} ({with_veilig_thuis} samen met Veilig Thuis)")
    } else {
        line
    }
}
