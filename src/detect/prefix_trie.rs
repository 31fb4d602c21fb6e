//! The trie that finds which line and prefix phrases a block starts with.
//!
//! It is walked once per block, from the block's first char that is not
//! decoration, and nearly always dies within a few bytes. What such a walk
//! costs is where its states lie in memory, not the steps it takes: the
//! dense table this replaced (a row of 38 entries for each of the 5 800
//! states of the built-in phrases, 880 KB) was 1.6 % of the CLI's
//! instructions over wcxb-dev but 8 % of its samples under `perf`, nearly
//! all waiting on the table load, as the phrase automata and the patterns'
//! tables took turns evicting it (PERFORMANCE.md, "Where the time goes").
//!
//! Here a state is two words and a byte: the states are numbered
//! breadth-first, so a state's children have consecutive ids and are found
//! by a search of their labels, and the built-in phrases take about 50 KB.
//! The root's children are found by a table indexed by the byte itself.

use super::levels::Levels;

/// The phrases a text starts with, ASCII case folded: a trie, built
/// breadth-first from the sorted phrases.
#[derive(Clone, Debug)]
pub(super) struct PrefixTrie {
    /// The root's child entered by each byte (both cases of a letter), or 0
    /// for none (the root is no state's child).
    root: Box<[u32; 256]>,
    /// Per state: the id of its first child and the index of its first
    /// phrase in `matches`; the next state's entry ends both ranges (one more
    /// entry closes the last state's).
    nodes: Vec<[u32; 2]>,
    /// The byte, ASCII lowercase, on the edge into each state.
    label: Vec<u8>,
    /// The phrases spelled by each state's path, in increasing order
    /// (every phrase once).
    matches: Vec<u32>,
}

impl PrefixTrie {
    /// The trie of `phrases`, matched ASCII-case-insensitively. An empty
    /// phrase is never reported (a walk reports a phrase once it has read
    /// all of it, and reads a byte at least).
    pub(super) fn new(phrases: &[&str]) -> PrefixTrie {
        let folded: Vec<Vec<u8>> = phrases
            .iter()
            .map(|p| p.as_bytes().to_ascii_lowercase())
            .collect();
        // Built breadth-first from the sorted phrases (equal ones in
        // increasing order, so that a state's matches are).
        let levels = Levels::new(&folded);
        let nodes: Vec<[u32; 2]> = levels
            .first
            .iter()
            .zip(&levels.ends)
            .map(|(&kids, &hits)| [kids, hits])
            .collect();
        let (label, matches) = (levels.byte, levels.keys);
        let mut root = Box::new([0u32; 256]);
        let [kids, _] = nodes[0];
        for u in kids..nodes[1][0] {
            let b = label[u as usize];
            root[usize::from(b)] = u;
            root[usize::from(b.to_ascii_uppercase())] = u;
        }
        PrefixTrie {
            root,
            nodes,
            label,
            matches,
        }
    }

    /// Calls `f(phrase, end)` for every phrase that `t[at..]` starts with,
    /// shortest first (and equal ones in increasing order).
    #[inline]
    pub(super) fn each_prefix(&self, t: &[u8], at: usize, mut f: impl FnMut(usize, usize)) {
        let Some(&b) = t.get(at) else {
            return;
        };
        let mut s = self.root[usize::from(b)] as usize;
        if s == 0 {
            return;
        }
        let mut end = at + 1;
        loop {
            let ([kids, hits], [kids_end, hits_end]) = (self.nodes[s], self.nodes[s + 1]);
            for &p in &self.matches[hits as usize..hits_end as usize] {
                f(p as usize, end);
            }
            let (Some(&b), true) = (t.get(end), kids < kids_end) else {
                return;
            };
            let b = b.to_ascii_lowercase();
            let labels = &self.label[kids as usize..kids_end as usize];
            let Some(k) = labels.iter().position(|&l| l == b) else {
                return;
            };
            s = kids as usize + k;
            end += 1;
        }
    }

    /// The number of phrases.
    #[cfg(test)]
    pub(super) fn patterns_len(&self) -> usize {
        self.matches.len()
    }

    /// The number of states, the root included.
    #[cfg(test)]
    pub(super) fn states(&self) -> usize {
        self.label.len()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    /// Every phrase `t[at..]` starts with, as [`PrefixTrie::each_prefix`]
    /// should report them.
    pub(in crate::detect) fn naive(phrases: &[&str], t: &[u8], at: usize) -> Vec<(usize, usize)> {
        let mut want: Vec<_> = phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                !p.is_empty()
                    && t.get(at..at + p.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(p.as_bytes()))
            })
            .map(|(k, p)| (k, at + p.len()))
            .collect();
        want.sort_by_key(|&(k, e)| (e, k));
        want
    }

    #[test]
    fn finds_every_prefix_in_order() {
        let phrases = [
            "share",
            "share on",
            "Share",
            "SHARE ON X",
            "x",
            "s",
            "sh",
            "caf\u{e9}",
            "caf\u{c9}",
            "\u{e9}",
            "a\u{2019}s",
            "2024",
            "(",
            "[photo]",
            "photo",
            "",
            "share",
        ];
        let trie = PrefixTrie::new(&phrases);
        let words = [
            "sh",
            "SH",
            "are",
            " ",
            "on",
            "x",
            "X",
            "caf",
            "\u{e9}",
            "\u{c9}",
            "(",
            "[",
            "]",
            "photo",
            "PHOTO",
            "2",
            "0",
            "4",
            "a\u{2019}s",
        ];
        let mut rng = XorShift::new(0x5DEE_CE66_D1CE_4E5B);
        let mut found = 0;
        for _ in 0..1000 {
            let mut t = String::new();
            for _ in 0..rng.below(12) {
                t.push_str(words[rng.below(words.len())]);
            }
            // Every byte offset, char boundary or not, and the end.
            for at in 0..=t.len() + 1 {
                let mut got = Vec::new();
                trie.each_prefix(t.as_bytes(), at, |p, e| got.push((p, e)));
                let want = naive(&phrases, t.as_bytes(), at);
                assert_eq!(got, want, "{t:?} at {at}");
                found += want.len();
            }
        }
        assert!(found > 2000, "{found}");
    }

    #[test]
    fn no_phrases_match_nothing() {
        let trie = PrefixTrie::new(&[]);
        let mut n = 0;
        trie.each_prefix(b"anything", 0, |_, _| n += 1);
        assert_eq!((n, trie.states()), (0, 1));
    }

    #[test]
    fn a_state_per_distinct_folded_prefix() {
        // "ab", "AB", "abc", "b": states root, a, ab, abc, b.
        let trie = PrefixTrie::new(&["ab", "AB", "abc", "b"]);
        assert_eq!((trie.states(), trie.patterns_len()), (5, 4));
    }
}
