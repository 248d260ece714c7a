//! The one integration-test binary: one module per area, linked once (as ripgrep and helix do).
//! CLI tests run the real `meldcode` binary through `env!("CARGO_BIN_EXE_meldcode")`.

// Shared helpers.
mod export_support;
mod melding_common;
mod sign_common;

// Forms and the afwegingskader.
mod afweging_paths;
mod forms_check;
mod forms_content;
mod forms_load;

// Writing check.
mod cli_case;
mod cli_decision;
mod cli_facts;
mod cli_followup_dates;
mod cli_lint;
mod cli_reference;
mod lint_api;
mod lint_corpus;
mod lint_frozen;
mod lint_prop;

// Vault.
mod vault_basic;
mod vault_cli;
mod vault_corruption;
mod vault_crash;
mod vault_faults;
mod vault_metadata;
mod vault_privacy;
mod vault_rekey;
mod vault_secrets;
mod vault_tamper;
mod vault_users;

// One record per fact (issue 16).
mod facts_records;
mod facts_rules;

// Documents, signing, melding.
mod export_anonymise;
mod export_api;
mod export_cli;
mod export_docx_lang;
mod export_formats;
mod export_history;
mod export_long;
mod export_pdfa;
mod export_same_content;
mod mail_eml;
mod melding_letters;
mod melding_mail;
mod sign_cert;
mod sign_cli;
mod sign_docx;
mod sign_pdf;
mod sign_per_user;
mod sign_timestamp_service;
mod sign_verify_strict;

// A real case from scratch (issue 15).
mod cli_realcase;
mod realcase_anonymise;
mod realcase_documents;
mod realcase_heldout;
// One operations layer for both front ends.
mod ops_parity;
mod parity_case;

// Layering of src/.
mod architecture;

// The window (egui_kittest).
mod app_cert;
mod app_consultation;
mod app_dates;
mod app_facts;
mod app_file_chooser;
mod app_letter_choice;
mod app_lock;
mod app_long;
mod app_more;
mod app_new_dossier;
mod app_realcase;
mod app_support;
mod app_users;
mod app_window;
