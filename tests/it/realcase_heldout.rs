//! A held-out set for the anonymiser: 42 sentences written before the anonymiser's name
//! finding was built and never used to tune it. Each sentence lists the identifying words
//! it holds (gold); everything else counts as a fact. Recall is the share of gold words that
//! are gone from the output; precision is the share of removed words that were gold.
//! The figures are printed (`cargo test --test it realcase_heldout -- --nocapture`) and held
//! to a floor, not to what the tuned set reaches.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use meldcode::domain::{Person, PersonId, PersonRole};
use meldcode::report::anonymise::Anonymiser;

/// (sentence, identifying words in it).
const SET: &[(&str, &[&str])] = &[
    ("Mila kwam om 8.30 uur binnen zonder jas.", &["Mila"]),
    (
        "Op dinsdag vertelde Mila dat papa Ruben boos was.",
        &["Mila", "Ruben"],
    ),
    ("Sems fiets stond de hele dag op het plein.", &["Sems"]),
    (
        "Juf Marloes zag een schaafwond op Mila's knie.",
        &["Marloes", "Mila's"],
    ),
    (
        "Moeder Fatma Yilmaz kwam haar ophalen met tante Ayşe.",
        &["Fatma", "Yilmaz", "Ayşe"],
    ),
    (
        "E. Kramer is drie keer te laat gekomen in oktober.",
        &["E.", "Kramer"],
    ),
    (
        "Meneer De Groot van de overblijf hoorde geschreeuw.",
        &["Groot"],
    ),
    (
        "De buurvrouw, mevrouw Van den Berg, belde de school.",
        &["Berg"],
    ),
    (
        "Mila zei dat ze bij opa Mehmet in Schiedam had geslapen.",
        &["Mila", "Mehmet", "Schiedam"],
    ),
    ("Kramer senior stond bij het hek te roepen.", &["Kramer"]),
    (
        "Op het schoolplein van Het Kompas viel Sem van het klimrek.",
        &["Kompas", "Sem"],
    ),
    (
        "Ze woont aan de Populierenstraat 8 in Dordrecht.",
        &["Populierenstraat", "Dordrecht"],
    ),
    (
        "Vader belde vanaf 06-55512345 om te zeggen dat Mila ziek was.",
        &["06-55512345", "Mila"],
    ),
    (
        "Een auto met kenteken 45-KLP-9 stond lang voor de deur.",
        &["45-KLP-9"],
    ),
    (
        "Mila's vriendinnetje Noor zei dat Mila vaak honger heeft.",
        &["Mila's", "Noor", "Mila"],
    ),
    ("Hoek van de gang: daar zat Mila te huilen.", &["Mila"]),
    (
        "Blauwe vlekken op beide scheenbenen, gezien door de gymdocent.",
        &[],
    ),
    (
        "Fatma vertelde dat de familie uit Turkije komt en Turks spreekt.",
        &["Fatma"],
    ),
    ("Broer Sem zei: \"Papa slaat soms.\"", &["Sem"]),
    (
        "Op woensdagmiddag is Mila bij de BSO De Boomhut.",
        &["Mila", "Boomhut"],
    ),
    ("De huisarts, dokter Visser, is op de hoogte.", &["Visser"]),
    (
        "Mila vertelde dat Ruben en Fatma ruzie hadden over geld.",
        &["Mila", "Ruben", "Fatma"],
    ),
    (
        "Na de kerstvakantie was Mila afgevallen, volgens de schoolverpleegkundige.",
        &["Mila"],
    ),
    (
        "Moeder gaf aan dat zij contact heeft met het wijkteam.",
        &[],
    ),
    ("Yilmaz is de achternaam van moeder.", &["Yilmaz"]),
    (
        "Sem en Mila worden vaak door een buurjongen, Dewi, opgehaald.",
        &["Sem", "Mila", "Dewi"],
    ),
    ("Mila's oma woont in Gorinchem.", &["Mila's", "Gorinchem"]),
    (
        "Tijdens het kringgesprek zei Mila dat ze bang is voor Ruben.",
        &["Mila", "Ruben"],
    ),
    ("Op 14 januari was Mila afwezig zonder bericht.", &["Mila"]),
    (
        "Coach Patrick van voetbalclub SV Oranje zag ook blauwe plekken.",
        &["Patrick", "Oranje"],
    ),
    ("Mila Kramer (groep 6) is 9 jaar.", &["Mila", "Kramer"]),
    ("De IB'er heeft Veilig Thuis om advies gevraagd.", &[]),
    (
        "Mevrouw Yilmaz wilde niet dat wij de GGD inschakelden.",
        &["Yilmaz"],
    ),
    ("Mila zei: \"Ik mag niks zeggen van mama.\"", &["Mila"]),
    (
        "In de klas zit Mila naast Liam en Sophie.",
        &["Mila", "Liam", "Sophie"],
    ),
    (
        "Ruben Kramer is volgens moeder werkloos sinds maart.",
        &["Ruben", "Kramer"],
    ),
    (
        "De leerkracht zag Mila op vrijdag met een dik oog.",
        &["Mila"],
    ),
    (
        "Sem vertelde aan juf Inge dat Mila 's nachts huilt.",
        &["Sem", "Inge", "Mila"],
    ),
    ("Mila's moeder belde op maandag af.", &["Mila's"]),
    (
        "Moeder Fatma en tante Hatice kwamen samen naar het gesprek.",
        &["Fatma", "Hatice"],
    ),
    (
        "Emilia Sofie Kramer staat ingeschreven sinds 2021.",
        &["Emilia", "Sofie", "Kramer"],
    ),
    (
        "Bram, een klasgenoot, zag dat Mila werd geduwd.",
        &["Bram", "Mila"],
    ),
];

fn family() -> Vec<Person> {
    let mut mila = Person::new(PersonId(1), PersonRole::Kind, "Emilia Sofie", "Kramer");
    mila.roepnaam = "Mila".to_owned();
    mila.birth_date = NaiveDate::from_ymd_opt(2017, 5, 3);
    mila.address = "Populierenstraat 8".to_owned();
    mila.postcode_place = "3314 BT Dordrecht".to_owned();
    mila.organisation = "OBS Het Kompas".to_owned();
    mila.group = "groep 6".to_owned();
    let mut fatma = Person::new(PersonId(2), PersonRole::Moeder, "Fatma", "Yilmaz");
    fatma.gezag = Some(true);
    let mut ruben = Person::new(PersonId(3), PersonRole::Vader, "Ruben", "Kramer");
    ruben.gezag = Some(true);
    let sem = Person::new(PersonId(4), PersonRole::BroerZus, "Sem", "Kramer");
    vec![mila, fatma, ruben, sem]
}

/// The words of a text: runs of letters, digits and inner hyphens, apostrophes and dots.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || ",;:()\"!?".contains(c))
        .map(|w| w.trim_end_matches('.').to_owned())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

#[test]
fn held_out_recall_and_precision() {
    let mut anon = Anonymiser::new(&family());
    let texts: Vec<&str> = SET.iter().map(|(s, _)| *s).collect();
    anon.prepare(&texts);
    let (mut gold, mut found, mut removed, mut wrong) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    let mut extra = Vec::new();
    for (sentence, ids) in SET {
        let out = anon.anonymise(sentence);
        let out_tokens = tokens(&out);
        for id in *ids {
            gold += 1;
            let id = id.trim_end_matches('.');
            if out_tokens.iter().any(|t| t == id) {
                misses.push(format!("{id} in {out:?}"));
            } else {
                found += 1;
            }
        }
        for t in tokens(sentence) {
            if !out_tokens.contains(&t) {
                removed += 1;
                if !ids.iter().any(|id| id.trim_end_matches('.') == t) {
                    wrong += 1;
                    extra.push(format!("{t} in {out:?}"));
                }
            }
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let recall = found as f64 / gold as f64;
    #[allow(clippy::cast_precision_loss)]
    let precision = (removed - wrong) as f64 / removed.max(1) as f64;
    println!(
        "held-out: {} sentences, {gold} identifiers; recall {found}/{gold} = {recall:.3}; \
         precision {}/{removed} = {precision:.3}",
        SET.len(),
        removed - wrong
    );
    println!("missed: {misses:#?}");
    println!("removed facts: {extra:#?}");
    assert!(recall >= 0.9, "recall {recall:.3}: {misses:#?}");
    assert!(precision >= 0.8, "precision {precision:.3}: {extra:#?}");
}
