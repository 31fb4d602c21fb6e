//! Lines that come again: a table of contents (short lines repeated later
//! as headings), and the folded keys and hashes lines are compared by.

use super::{fired, Ctx, Page, Verdict};
use crate::segment::Block;
use crate::Category;

/// A table of contents has at least this many entries.
const TOC_MIN_RUN: usize = 3;

/// `s` as a key for comparing lines: its letters and digits, lowercased.
pub(super) fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| out.push(c));
    out
}

/// Calls `f` with each char of [`fold_key`]`(s)`, in order.
fn fold_each(s: &str, mut f: impl FnMut(char)) {
    // ASCII chars lowercase to one char each, without the iterator of
    // `char::to_lowercase`, which the compiler inlines or not from one
    // build to the next (9M instructions apart on wcxb-dev).
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut f);
        }
    }
}

/// Finds runs of [`TOC_MIN_RUN`] or more short lines right under a
/// table-of-contents label that each appear again further down, and removes
/// the run (the later copies are the headings).
pub(super) fn table_of_contents(page: &Page<'_>, verdict: &mut [Verdict]) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let is_label = |v: Verdict| fired(v, rules, "toc-label");
    if !verdict.iter().any(|&v| is_label(v)) {
        return;
    }
    let short = |i: usize| {
        let t = &text[blocks[i].span()];
        t.len() <= 120 && blocks[i].words() <= 15
    };
    let repeats_later = repeats_later(text, blocks, short, fold_hash);
    let mut i = 0;
    while i < blocks.len() {
        if !repeats_later[i] {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < blocks.len() && repeats_later[e] {
            e += 1;
        }
        // Only right under a table-of-contents label ("Contents", "In this
        // article"): on wcxb-dev, runs of repeated lines without one were
        // body as often as not.
        let labelled = i > 0 && is_label(verdict[i - 1]);
        if e - i >= TOC_MIN_RUN && labelled {
            for k in i..e {
                if !verdict[k].removed() && !protected[k] {
                    verdict[k] = Verdict::Context(Category::Navigation, Ctx::Toc);
                }
            }
        }
        i = e;
    }
}

/// Keys of [`fold_key`] shorter than this never count as repeated.
const TOC_MIN_KEY: usize = 4;

/// For each line, whether its [`fold_key`] (of [`TOC_MIN_KEY`] bytes or
/// more) is the key of a line further down that is not right below it.
/// Only the lines `keyed` says are keyed.
///
/// The keys are hashed by `hash` (the key's hash and its length), not
/// built: with a `String` and a SipHashed map entry per short line, this
/// step took 2 % of the library's instructions over wcxb-dev (callgrind,
/// three passes: 2385 M before, 2339 M after). Each repeat the hashes claim
/// is checked on the two lines' keys; on a collision the keys are built
/// after all, so the answer is exact whatever the hash.
fn repeats_later(
    text: &str,
    blocks: &[Block],
    keyed: impl Fn(usize) -> bool,
    hash: fn(&str) -> (u64, usize),
) -> Vec<bool> {
    use std::collections::HashMap;
    let line = |i: usize| &text[blocks[i].span()];
    let hashes: Vec<Option<u64>> = (0..blocks.len())
        .map(|i| {
            if !keyed(i) {
                return None;
            }
            let (h, len) = hash(line(i));
            (len >= TOC_MIN_KEY).then_some(h)
        })
        .collect();
    // The last line of each hash.
    let mut last: HashMap<u64, usize, std::hash::BuildHasherDefault<Mixed>> = HashMap::default();
    for (i, h) in hashes.iter().enumerate() {
        if let Some(h) = h {
            last.insert(*h, i);
        }
    }
    let mut repeats = vec![false; blocks.len()];
    for (i, h) in hashes.iter().enumerate() {
        let Some(j) = h.and_then(|h| last.get(&h).copied()) else {
            continue;
        };
        if j > i + 1 {
            // Most repeats are the same line again: equal lines have equal
            // keys, which need not be built then.
            if line(i) != line(j) && fold_key(line(i)) != fold_key(line(j)) {
                return repeats_later_by_keys(text, blocks, keyed);
            }
            repeats[i] = true;
        }
    }
    repeats
}

/// [`repeats_later`] with the keys built: what it falls back to on a
/// collision of hashes.
fn repeats_later_by_keys(text: &str, blocks: &[Block], keyed: impl Fn(usize) -> bool) -> Vec<bool> {
    use std::collections::HashMap;
    let keys: Vec<Option<String>> = (0..blocks.len())
        .map(|i| {
            if !keyed(i) {
                return None;
            }
            let k = fold_key(&text[blocks[i].span()]);
            (k.len() >= TOC_MIN_KEY).then_some(k)
        })
        .collect();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            last.insert(k, i);
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, k)| k.as_ref().is_some_and(|k| last[k.as_str()] > i + 1))
        .collect()
}

/// A hash of [`fold_key`]`(s)` and its length in bytes, without building
/// it: each byte of the key is mixed in by [`fold_byte`] (FNV-1a).
///
/// ASCII text (nearly every line) is folded through [`ASCII_FOLD`], one
/// lookup a byte. Packing the key's bytes eight to a word first, as this
/// did before, cost twice the instructions a byte: the shift and the test
/// for a full word on every byte outweighed the multiplications saved.
fn fold_hash(s: &str) -> (u64, usize) {
    let mut h = FOLD_SEED;
    let mut n = 0usize;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 {
                h = fold_byte(h, f);
                n += 1;
            }
        }
    } else {
        let mut buf = [0u8; 4];
        fold_each(s, |c| {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                h = fold_byte(h, b);
                n += 1;
            }
        });
    }
    (h, n)
}

/// The start of [`fold_hash`] (FNV-1a's offset basis).
const FOLD_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of [`fold_hash`]: a byte of the key mixed into the hash
/// (FNV-1a's prime).
fn fold_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// What [`fold_key`] makes of each ASCII byte: its lowercase when it is a
/// letter or a digit, else 0 (the byte is left out). Key bytes are never 0.
const ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// A hasher for keys that are hashes already: their bits mixed once, so
/// that the table's low and high bits both vary.
#[derive(Default)]
struct Mixed(u64);

impl std::hash::Hasher for Mixed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b) ^ self.0.rotate_left(8));
        }
    }

    fn write_u64(&mut self, v: u64) {
        let v = (v ^ (v >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 = v ^ (v >> 31);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod fold_key_tests {
    use super::fold_key;

    /// The ASCII fast path gives the key `char::to_lowercase` gives.
    #[test]
    fn fold_key_equals_the_plain_fold() {
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        for s in [
            "",
            "Photo: Jane ROE/AP 2024",
            "\u{130}stanbul \u{C9}mile \u{3a3}\u{39f}\u{3a6}\u{399}\u{391} \u{1E9E}",
            "caf\u{e9} \u{2014} \u{2605} 12 \u{FF21}\u{FF22}",
        ] {
            assert_eq!(fold_key(s), plain(s), "{s:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{fold_byte, fold_hash, fold_key, repeats_later, repeats_later_by_keys, FOLD_SEED};
    use crate::segment::blocks;

    /// The hash of the built key: its bytes one by one.
    fn hash_of_key(s: &str) -> (u64, usize) {
        let k = fold_key(s);
        let h = k.bytes().fold(FOLD_SEED, fold_byte);
        (h, k.len())
    }

    #[test]
    fn fold_hash_hashes_the_key() {
        for s in [
            "",
            "Photo: Jane ROE/AP 2024",
            "  1. Introduction  ",
            "12345678",
            "Exactly sixteen!",
            "\u{130}stanbul \u{C9}mile \u{3a3}\u{39f}\u{3a6}\u{399}\u{391} \u{1E9E}",
            "caf\u{e9} \u{2014} \u{2605} 12 \u{FF21}\u{FF22}",
        ] {
            assert_eq!(fold_hash(s), hash_of_key(s), "{s:?}");
        }
        // Every ASCII char, alone and between letters (the table's path).
        for b in 0..128u8 {
            let c = char::from(b);
            for s in [c.to_string(), format!("a{c}Z")] {
                assert_eq!(fold_hash(&s), hash_of_key(&s), "{s:?}");
            }
        }
    }

    /// A page where some short lines come back further down, in other
    /// cases and punctuation, one right below itself, one in Greek.
    fn page() -> String {
        [
            "Contents",
            "Why it matters",
            "What comes next",
            "ΚΕΦΆΛΑΙΟ ΈΝΑ",
            "Once",
            "Once",
            "Body text that runs on and on, much longer than the headings above it.",
            "WHY IT MATTERS",
            "What comes next?",
            "κεφάλαιο ένα",
            "abc",
            "abc",
        ]
        .join("\n")
    }

    #[test]
    fn hashed_repeats_equal_the_keyed_ones() {
        let text = page();
        let b = blocks(&text);
        let keyed = |i: usize| b[i].words() <= 15;
        let want = repeats_later_by_keys(&text, &b, keyed);
        // Three headings repeat; "Once" only right below itself; "abc" is too short.
        assert_eq!(want.iter().filter(|&&r| r).count(), 3, "{want:?}");
        assert_eq!(repeats_later(&text, &b, keyed, fold_hash), want);
    }

    #[test]
    fn a_collision_falls_back_to_the_keys() {
        let text = page();
        let b = blocks(&text);
        let keyed = |i: usize| b[i].words() <= 15;
        // Every key hashes alike: each claimed repeat is checked, the first
        // wrong one sends the page to the keys.
        let collide = |s: &str| (0, fold_key(s).len());
        assert_eq!(
            repeats_later(&text, &b, keyed, collide),
            repeats_later_by_keys(&text, &b, keyed)
        );
    }
}
