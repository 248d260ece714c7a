//! Domain model and the afwegingskader engine. No UI, no file system, no clock: times
//! are passed in.

pub mod afweging;
pub mod dossier;
pub mod example;
pub mod facts;
pub mod followup;
pub mod melding;
mod migrate_decision;
pub mod organisation;
pub mod person;
pub mod record_answers;
pub mod values;

pub use afweging::{DecisionTree, Evaluation, OutcomeKind, evaluate};
pub use dossier::{
    AfwegingAnswer, Change, ChangeError, Consultation, ConsultationKind, Conversation,
    ConversationSkipped, Decision, Dossier, DossierId, Hand, HistoryEntry, KeptHint, References,
    Signal, Status, Step, StepRecord, StepStatus,
};
pub use facts::{
    CorrectionAnswer, CorrectionRequest, DecisionAccount, DecisionProblem, MeldnormGround,
    Migrated, Reminder, ReminderKind, RetentionRule, SignalApproval, SignalVersion,
    SignalWithdrawal, VtSamen, WGBO_YEARS, Zienswijze, migrate_duplicates,
};
pub use followup::{
    Afspraak, AfspraakStatus, InfoRequest, Participation, Urgent, UrgentCall, UrgentCallee,
};
pub use melding::{Checklist, Melding, Sent, VeiligThuisCall};
pub use organisation::{
    Organisation, Profile, ProfileField, VEILIG_THUIS_REGIOS, VeiligThuisRegio,
};
pub use person::{Actor, Gender, Person, PersonError, PersonId, PersonRole};
pub use values::{Answers, Tri, Value};
