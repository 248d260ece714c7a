//! Test text shared by the benches.

/// Corpus sentences (invented data), shuffled deterministically and repeated to `words`.
pub fn dutch_text(words: usize) -> String {
    let corpus = include_str!("../../tests/data/lint-corpus.tsv");
    let sentences: Vec<&str> = corpus
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(2))
        .collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut text = String::new();
    let mut count = 0;
    let mut in_paragraph = 0;
    while count < words {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let sentence = sentences[(state % sentences.len() as u64) as usize];
        text.push_str(sentence);
        count += sentence.split_whitespace().count();
        in_paragraph += 1;
        if in_paragraph == 6 {
            text.push_str("\n\n");
            in_paragraph = 0;
        } else {
            text.push(' ');
        }
    }
    text
}
