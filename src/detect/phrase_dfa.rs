//! Phrase automata built by our own Aho-Corasick construction: a trie in a
//! dense transition table, completed breadth-first.
//!
//! The aho-corasick crate's DFA is built from its noncontiguous NFA by
//! following failure links for every missing transition of every state, which
//! cost 55 M instructions for our two phrase automata: 80 % of the CLI's
//! startup on a one-line input (issue 6). Here the failure links come from
//! the trie (see [`Trie::failures`]), the states are numbered before any
//! row is written, and each row is written once, in breadth-first order: a
//! copy of the failure state's row (complete already, being shallower) with
//! the state's own trie transitions over it. No entry is visited one by one,
//! so the built-in automata cost a few M instructions (not the 14 M
//! of a fill-then-renumber pass over every entry).
//! The search loop is the one the crate's DFA runs (a byte class lookup and
//! one load per byte); the matches, and their order, are those of the crate's
//! `MatchKind::Standard` automaton with ASCII case folding
//! (`tests::equals_the_crates_automaton`).
//!
//! Line and prefix phrases, looked for only at a block's start, are walked
//! in a sparse trie instead ([`super::prefix_trie`]).

use super::levels::Levels;

/// The most table entries an automaton may have; a larger phrase set is left
/// to the crate's NFA (see [`super::automaton`]). The bound is checked on the
/// most states the phrases could make (one per phrase byte), and the table is
/// reserved at that size: 2^23 entries are 32 MiB, so a user's list of tens
/// of thousands of phrases costs no more than that before it falls back. The
/// built-in phrases need about 0.93 M, 15 520 states of 60 classes
/// (`overlapping_loop_equals_the_crates_iterator` checks that they get the
/// dense table).
const MAX_ENTRIES: usize = 1 << 23;

/// The classes of non-ASCII bytes: a phrase's non-ASCII byte `b` is in
/// class `b % SHARED` of them (a byte in no phrase stays in class 0), and
/// a match of a phrase holding one is checked against the phrase's bytes.
///
/// A class per byte, as ASCII bytes have, tripled the table: the built-in
/// phrases hold 51 ASCII bytes once folded, and 97 other bytes, those of
/// a hundred phrases in other scripts (2 900 of their 24 000 bytes). Every
/// state's row had a column for each: 15 544 rows of 149 entries, 9.3 MB
/// built by every process (a fifth of a CLI run's start) and walked by
/// every byte of text. The shared classes cut it to 15 520 rows of 60
/// entries, 3.7 MB. A byte of a shared class that is not the phrase's own
/// seldom leads on to a match, and a check of the match's bytes then drops
/// it.
const SHARED: usize = 8;

/// Match states [`PhraseDfa::walk`] records before it returns to its caller.
const WALK_BATCH: usize = 32;

/// Match states each of several walks at once records before they stop
/// (see [`PhraseDfa::each_match`]).
const MANY_BATCH: usize = 64;

/// Haystacks this long are walked as two or more stretches at once.
const SPLIT_MIN: usize = 64;

/// The most stretches walked at once.
const MAX_WALKS: usize = 4;

/// Chunks this long are walked as [`MAX_WALKS`] stretches at once.
const FOUR_MIN: usize = 128;

/// The most bytes a stretch's walk reads before the stretch (see
/// [`PhraseDfa::each_match`]).
const WARM: usize = 8;

/// The longest chunk of a haystack walked in stretches at once; the
/// offsets recorded fit in a `u32`.
const CHUNK: usize = 8192;

/// An Aho-Corasick automaton over ASCII-case-folded phrases, as a DFA whose
/// state ids are premultiplied by the alphabet's size.
#[derive(Clone, Debug)]
pub(super) struct PhraseDfa {
    /// `trans[sid + classes[byte]]` is the next state of `sid`.
    trans: Vec<u32>,
    /// The class of each byte: 0 for bytes in no phrase, and an ASCII
    /// uppercase letter in the class of its lowercase one.
    classes: [u8; 256],
    /// The number of classes, the length of a row.
    stride: u32,
    start: u32,
    /// States below this id are the match states.
    match_end: u32,
    /// Match state `sid / stride` reports `matches[match_starts[k]..][..]`
    /// up to `match_starts[k + 1]`.
    match_starts: Vec<u32>,
    matches: Vec<u32>,
    /// The length of each phrase, in bytes.
    lens: Vec<u32>,
    /// The bytes of each phrase holding a non-ASCII byte, to check its
    /// matches against (see [`SHARED`]).
    exact: Vec<Option<Box<[u8]>>>,
    /// The depth of each state (the length of the text it stands for), up
    /// to 255, by `sid / stride`.
    depth: Vec<u8>,
    /// The longest phrase's length (at least 1).
    longest: usize,
}

impl PhraseDfa {
    /// The automaton of `phrases` (non-empty ones), matched ASCII-case-
    /// insensitively, for overlapping searches anywhere. `None` when a phrase
    /// is empty or the table would hold more than [`MAX_ENTRIES`] entries.
    pub(super) fn new(phrases: &[&str]) -> Option<PhraseDfa> {
        if phrases.iter().any(|p| p.is_empty()) {
            return None;
        }
        let mut classes = [0u8; 256];
        let mut stride = 1usize;
        // The class of each of the [`SHARED`] groups of non-ASCII bytes,
        // once a phrase holds one of the group.
        let mut shared = [0u8; SHARED];
        for p in phrases {
            for &b in p.as_bytes() {
                let b = b.to_ascii_lowercase();
                if classes[usize::from(b)] != 0 {
                    continue;
                }
                let class = if b.is_ascii() {
                    &mut classes[usize::from(b)]
                } else {
                    &mut shared[usize::from(b) % SHARED]
                };
                if *class == 0 {
                    // At most 102 ASCII bytes once folded (128 less the
                    // capitals), the shared classes and class 0.
                    *class = stride as u8;
                    stride += 1;
                }
                classes[usize::from(b)] = *class;
            }
        }
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
        // A phrase with a non-ASCII byte may match text whose bytes are
        // other bytes of the same groups: its matches are checked.
        let exact = phrases
            .iter()
            .map(|p| (!p.is_ascii()).then(|| p.as_bytes().into()))
            .collect();
        // The root and a state per phrase byte at most.
        let most = phrases.iter().map(|p| p.len()).sum::<usize>() + 1;
        if most.checked_mul(stride)? > MAX_ENTRIES {
            return None;
        }
        let mut trie = Trie::new(phrases, &classes);
        let fail = trie.failures();
        let (n, out) = (trie.len(), &trie.out);
        // Number the states: match states first, so one comparison tells
        // them apart; each kind breadth-first (the trie's order), so that
        // the shallow states, where nearly every walk through text spends
        // its steps, share a few cache lines instead of lying among the deep
        // ones in the order phrases were added.
        let mut order: Vec<u32> = (0..n as u32)
            .filter(|&s| !out[s as usize].is_empty())
            .collect();
        let match_count = order.len();
        order.extend((0..n as u32).filter(|&s| out[s as usize].is_empty()));
        let mut id = vec![0u32; n];
        for (k, &s) in order.iter().enumerate() {
            id[s as usize] = (k * stride) as u32;
        }
        // Breadth-first, so a state's parent has its depth already.
        let mut depth_of = vec![0u8; n];
        for s in 1..n {
            depth_of[s] = depth_of[trie.parent(s)].saturating_add(1);
        }
        let depth = order.iter().map(|&s| depth_of[s as usize]).collect();
        // The table, row by row in the new numbering, breadth-first: each
        // row a copy of its failure state's (shallower, so complete already)
        // with the state's own trie transitions written over it. The root's
        // row, which is no copy, goes back to the root where it has no child.
        let mut table = vec![id[0]; n * stride];
        for s in 0..n {
            let row = id[s] as usize;
            if s > 0 {
                let from = id[fail[s] as usize] as usize;
                table.copy_within(from..from + stride, row);
            }
            for u in trie.children(s) {
                table[row + usize::from(trie.class(u))] = id[u];
            }
        }
        let mut match_starts = Vec::with_capacity(match_count + 1);
        let mut matches = Vec::new();
        for &s in &order[..match_count] {
            match_starts.push(matches.len() as u32);
            matches.extend_from_slice(&out[s as usize]);
        }
        match_starts.push(matches.len() as u32);
        Some(PhraseDfa {
            trans: table,
            classes,
            stride: stride as u32,
            start: id[0],
            match_end: (match_count * stride) as u32,
            match_starts,
            matches,
            lens: phrases.iter().map(|p| p.len() as u32).collect(),
            exact,
            depth,
            longest: phrases.iter().map(|p| p.len()).max().unwrap_or(1),
        })
    }

    /// The phrases matched on entering match state `sid`.
    #[inline(always)]
    fn matches_of(&self, sid: u32) -> &[u32] {
        let k = (sid / self.stride) as usize;
        &self.matches[self.match_starts[k] as usize..self.match_starts[k + 1] as usize]
    }

    /// Calls `f(phrase, start, end)` for every match in `hay`, overlapping
    /// ones included, in order of their end (and at one end, longest
    /// first): what the crate's `find_overlapping_iter` yields.
    ///
    /// A short haystack is walked by [`PhraseDfa::walk`], which stops only
    /// to hand over a batch of match states: inlined into the callers' loops
    /// (which finish blocks as the walk passes them), the walk kept its
    /// state, the table and its bounds on the stack: about 15 instructions a
    /// byte instead of 9 (PERFORMANCE.md, "Where the time goes").
    ///
    /// A haystack of at least [`SPLIT_MIN`] bytes is walked in chunks of at
    /// most [`CHUNK`] bytes, each cut into stretches walked at once (four,
    /// or two in a short haystack) by [`PhraseDfa::walk_many`]. A step is
    /// one table load that needs the load before it, so one walk waits on
    /// the cache at every byte; independent walks overlap their waits.
    ///
    /// Every stretch but the first is walked from the start state,
    /// beginning `warm` bytes before it ([`WARM`], or `longest - 1` when
    /// that is less), and its matches that end before it (the walk's before
    /// it) are dropped. A state stands for the longest suffix of the text
    /// read that spells the start of a phrase. So when the state in which
    /// the walk of the stretch before ends stands for at most `warm` bytes,
    /// the stretch's walk is in that state too when the stretch begins, and
    /// finds what one walk from the haystack's start would. Otherwise (in
    /// prose, nearly never: the text just before the stretch would have to
    /// spell more than `warm` bytes of a phrase) its records are dropped
    /// and the stretch is walked again from that state. With `warm` at
    /// `longest - 1` no check is needed: the state after the stretch's first
    /// byte stands for at most `longest` bytes, all of them read by both
    /// walks. The stretches' matches are handed over in their order, so the
    /// order is kept.
    #[inline]
    pub(super) fn each_match(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        // A match state entered at `end`.
        let mut emit = |m: u32, end: usize| {
            for &p in self.matches_of(m) {
                let start = end - self.lens[p as usize] as usize;
                if let Some(want) = &self.exact[p as usize] {
                    if !hay[start..end].eq_ignore_ascii_case(want) {
                        continue;
                    }
                }
                f(p as usize, start, end);
            }
        };
        let (mut at, mut sid) = (0, self.start);
        let warm = self.warm();
        if hay.len() >= SPLIT_MIN.max(4 * warm) {
            let mut found = [[(0u32, 0u32); MANY_BATCH]; MAX_WALKS];
            loop {
                let rest = hay.len() - at;
                if rest < SPLIT_MIN.max(4 * warm) {
                    break;
                }
                // Chunks of CHUNK bytes, then the rest as one.
                let end = if rest >= 2 * CHUNK {
                    at + CHUNK
                } else {
                    hay.len()
                };
                sid = if end - at >= FOUR_MIN.max(16 * warm) {
                    self.chunk::<MAX_WALKS>(&hay[..end], at, sid, &mut found, &mut emit)
                } else {
                    self.chunk::<2>(&hay[..end], at, sid, &mut found, &mut emit)
                };
                at = end;
            }
        }
        let mut front = [(0u32, 0usize); WALK_BATCH];
        while at < hay.len() {
            let n;
            (at, sid, n) = self.walk(hay, at, sid, &mut front);
            for &(m, end) in &front[..n] {
                emit(m, end);
            }
        }
    }

    /// Walks `hay[at..]` (at most [`CHUNK`] bytes), from state `sid` at
    /// `at`, as `K` stretches at once (see [`PhraseDfa::each_match`]), and
    /// calls `emit(state, end)` for each match state entered, in order.
    /// Returns the state at the end.
    fn chunk<const K: usize>(
        &self,
        hay: &[u8],
        at: usize,
        sid: u32,
        found: &mut [[(u32, u32); MANY_BATCH]; MAX_WALKS],
        emit: &mut impl FnMut(u32, usize),
    ) -> u32 {
        let warm = self.warm();
        // Stretch `j` is `hay[from[j]..to[j]]`, walked from `from[j] -
        // warm` (the first from `at`); each walk has as many bytes.
        let each = (hay.len() - at + (K - 1) * warm) / K;
        let from: [usize; K] = std::array::from_fn(|j| {
            if j == 0 {
                at
            } else {
                at + j * each - (j - 1) * warm
            }
        });
        let to: [usize; K] = std::array::from_fn(|j| from.get(j + 1).copied().unwrap_or(hay.len()));
        let mut pos: [usize; K] = std::array::from_fn(|j| if j == 0 { at } else { from[j] - warm });
        let mut sids = [self.start; K];
        sids[0] = sid;
        let mut n = [0usize; K];
        let steps = (0..K).map(|j| to[j] - pos[j]).min().unwrap_or(0);
        let mut done = 0;
        // All walks in step while they have bytes and their buffers room;
        // the first one's records are handed over whenever it fills.
        while done < steps {
            let took = self.walk_many(hay, at, pos, &mut sids, steps - done, found, &mut n);
            done += took;
            for p in &mut pos {
                *p += took;
            }
            for &(m, end) in &found[0][..n[0]] {
                emit(m, at + end as usize);
            }
            n[0] = 0;
            if n[1..].contains(&MANY_BATCH) {
                break;
            }
        }
        // Then each walk's records and the rest of it alone, in order; a
        // stretch whose walk may have begun in another state than the walk
        // before it ended in is walked again from that state.
        let mut front = [(0u32, 0usize); WALK_BATCH];
        for j in 0..K {
            if j > 0 && !self.fits(sids[j - 1], warm) {
                n[j] = 0;
                (pos[j], sids[j]) = (from[j], sids[j - 1]);
            }
            for &(m, end) in &found[j][..n[j]] {
                let end = at + end as usize;
                if end > from[j] {
                    emit(m, end);
                }
            }
            while pos[j] < to[j] {
                let c;
                (pos[j], sids[j], c) = self.walk(&hay[..to[j]], pos[j], sids[j], &mut front);
                for &(m, end) in &front[..c] {
                    if end > from[j] {
                        emit(m, end);
                    }
                }
            }
        }
        sids[K - 1]
    }

    /// How far before its stretch a stretch's walk begins.
    fn warm(&self) -> usize {
        (self.longest - 1).min(WARM)
    }

    /// True when a walk that begins `warm` bytes before some point in the
    /// start state is in state `sid` there whenever a walk from further back
    /// is, or finds the same matches after it (see
    /// [`PhraseDfa::each_match`]).
    fn fits(&self, sid: u32, warm: usize) -> bool {
        warm + 1 >= self.longest || usize::from(self.depth[(sid / self.stride) as usize]) <= warm
    }

    /// Walks `K` stretches of `hay` at once, the `j`th from `pos[j]` in
    /// state `sids[j]`, `steps` bytes at most, recording each match state
    /// entered (and the offset from `base` after the byte that entered it)
    /// into `found[j]` after its `n[j]` records. Stops when a buffer is
    /// full. Returns the steps taken; `sids` and `n` are updated.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    // The walks index their `K` stretches at the same step `k`.
    #[allow(clippy::needless_range_loop)]
    fn walk_many<const K: usize>(
        &self,
        hay: &[u8],
        base: usize,
        pos: [usize; K],
        sids: &mut [u32; K],
        steps: usize,
        found: &mut [[(u32, u32); MANY_BATCH]; MAX_WALKS],
        n: &mut [usize; K],
    ) -> usize {
        let xs: [&[u8]; K] = std::array::from_fn(|j| &hay[pos[j]..pos[j] + steps]);
        let mut s = *sids;
        for k in 0..steps {
            let mut any = false;
            for j in 0..K {
                let class = self.classes[usize::from(xs[j][k])];
                s[j] = self.trans[(s[j] + u32::from(class)) as usize];
                any |= s[j] < self.match_end;
            }
            if any {
                let mut full = false;
                for j in 0..K {
                    if s[j] < self.match_end {
                        found[j][n[j]] = (s[j], (pos[j] - base + k + 1) as u32);
                        n[j] += 1;
                        full |= n[j] == MANY_BATCH;
                    }
                }
                if full {
                    *sids = s;
                    return k + 1;
                }
            }
        }
        *sids = s;
        steps
    }

    /// Walks `hay[at..]` from state `sid` until its end or until `found`
    /// is full, recording each match state entered and the offset after the
    /// byte that entered it. Returns where it stopped, the state there and
    /// the number of records.
    #[inline(never)]
    fn walk(
        &self,
        hay: &[u8],
        at: usize,
        mut sid: u32,
        found: &mut [(u32, usize); WALK_BATCH],
    ) -> (usize, u32, usize) {
        let mut n = 0;
        let rest = hay.get(at..).unwrap_or_default();
        // Four bytes a round: the loop's own count and test once per four.
        let quads = rest.chunks_exact(4);
        let tail = quads.remainder();
        for (q, quad) in quads.enumerate() {
            for (j, &b) in quad.iter().enumerate() {
                sid = self.trans[(sid + u32::from(self.classes[usize::from(b)])) as usize];
                if sid < self.match_end {
                    let end = at + 4 * q + j + 1;
                    found[n] = (sid, end);
                    n += 1;
                    if n == WALK_BATCH {
                        return (end, sid, n);
                    }
                }
            }
        }
        // The last bytes, one at a time. (The step written once, as a
        // closure shared by both loops, cost 1 % more instructions over the
        // generated corpus, and 9 % more with the batch test inside it.)
        let at = hay.len() - tail.len();
        for (k, &b) in tail.iter().enumerate() {
            sid = self.trans[(sid + u32::from(self.classes[usize::from(b)])) as usize];
            if sid < self.match_end {
                found[n] = (sid, at + k + 1);
                n += 1;
                if n == WALK_BATCH {
                    return (at + k + 1, sid, n);
                }
            }
        }
        (hay.len(), sid, n)
    }

    /// The number of phrases.
    #[cfg(test)]
    pub(super) fn patterns_len(&self) -> usize {
        self.lens.len()
    }
}

/// The trie of a phrase set: built once, then read to number the states
/// and fill the automaton's table without looking at its entries one by
/// one (a pass over every entry, by a loop or a renumbering map, was most
/// of the cost of building the automata: 14 M instructions of a 20 M CLI
/// run over a 3 KB page).
///
/// It is built from the phrases sorted by their classes ([`Levels`]), so
/// no table of transitions is needed to make it. (A dense one, a row per
/// state as the automaton has, was 5.7 MB to reserve and 3.7 MB to write
/// for the built-in phrases, and the kernel zeroing its fresh pages took
/// 2 % of a CLI run over wcxb-dev.)
struct Trie {
    /// States, parents, classes (as [`Levels::byte`]) and children.
    levels: Levels,
    /// The phrases spelled by the path to each state (once
    /// [`Trie::failures`] ran: and those of its failure states).
    out: Vec<Vec<u32>>,
}

impl Trie {
    /// The trie of `phrases` (non-empty) under the byte classes `classes`.
    fn new(phrases: &[&str], classes: &[u8; 256]) -> Trie {
        let spelled: Vec<Vec<u8>> = phrases
            .iter()
            .map(|p| p.bytes().map(|b| classes[usize::from(b)]).collect())
            .collect();
        let levels = Levels::new(&spelled);
        let out = (0..levels.len())
            .map(|s| levels.ending(s).to_vec())
            .collect();
        Trie { levels, out }
    }

    /// The number of states.
    fn len(&self) -> usize {
        self.levels.len()
    }

    /// The children of state `s`.
    fn children(&self, s: usize) -> std::ops::Range<usize> {
        self.levels.first[s] as usize..self.levels.first[s + 1] as usize
    }

    /// The class on the edge into state `s > 0`.
    fn class(&self, s: usize) -> u8 {
        self.levels.byte[s]
    }

    /// The parent of state `s > 0`.
    fn parent(&self, s: usize) -> usize {
        self.levels.parent[s] as usize
    }

    /// The child of `s` by class `c`, if any.
    fn child(&self, s: usize, c: u8) -> Option<usize> {
        let kids = self.children(s);
        let k = kids.start + self.levels.byte[kids.clone()].partition_point(|&x| x < c);
        (k < kids.end && self.levels.byte[k] == c).then_some(k)
    }

    /// The failure state of each state (the state of the longest proper
    /// suffix of its path that is a path too), extending each state's
    /// matches by those of its failure state. Breadth-first (the states'
    /// order), so the failure state's matches are complete when they are
    /// copied.
    fn failures(&mut self) -> Vec<u32> {
        let mut fail = vec![0u32; self.len()];
        for u in 1..self.len() {
            let (p, c) = (self.parent(u), self.class(u));
            // The root's children fail to the root; a deeper state to the
            // child by the same class of the first state on its parent's
            // failure chain that has one (or the root).
            fail[u] = if p == 0 {
                0
            } else {
                let mut f = fail[p] as usize;
                loop {
                    match self.child(f, c) {
                        Some(t) => break t as u32,
                        None if f == 0 => break 0,
                        None => f = fail[f] as usize,
                    }
                }
            };
            let f = fail[u] as usize;
            if !self.out[f].is_empty() {
                let inherited = self.out[f].clone();
                self.out[u].extend(inherited);
            }
        }
        fail
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::tests::{crates_automaton, crates_matches};

    fn phrases() -> Vec<&'static str> {
        vec![
            "share",
            "share on",
            "on",
            "he",
            "she",
            "hers",
            "his",
            "Share",
            "SHARE ON X",
            "x",
            "caf\u{e9}",
            "\u{e9}",
            "a\u{2019}s",
            // Bytes that share classes: "ñ" ends in 0xB1, "é" in 0xA9, "’" in
            // 0x99 and "›" in 0xBA; "Ω" and "α" are 0xCE 0xA9 and 0xCE 0xB1.
            "\u{3a9}",
            "\u{3b1}\u{3b1}",
            "\u{203a}",
            "2024",
            "(",
            "[photo]",
            "photo",
            "oto",
            "hotel",
            "he said",
            "said",
            // Longer than a stretch's warm-up: walks that begin inside it
            // are checked and walked again (see `each_match`).
            LONG,
            "long phrase",
        ]
    }

    /// A phrase longer than [`WARM`] + 1 bytes.
    const LONG: &str = "the long phrase that outlasts the warm-up";

    fn texts() -> Vec<String> {
        let mut out = vec![
            String::new(),
            "ushers".to_string(),
            "Share on X and SHARE ON x: she said hers".to_string(),
            "CAF\u{e9} caf\u{c9} \u{e9}\u{e9} a\u{2019}s A\u{2019}S".to_string(),
            "caf\u{f1} \u{f1}\u{e9} \u{3a9}\u{3b1}\u{3b1}\u{e9}\u{3b1} \u{203a}\u{2019}\u{2039}"
                .to_string(),
            "[PHOTO] (photo) hotel photoshotel 2024 20244".to_string(),
        ];
        // Runs of matches longer than a walk's batch, ending at every
        // offset modulo the walk's round of four bytes.
        for n in [31, 32, 33, 64, 97, 130, 1000, 5000] {
            for pad in ["", "x", "xy", "xyz"] {
                out.push(format!("{pad}{}", "she said ".repeat(n)));
                out.push(format!("{}{pad}", "he".repeat(n)));
            }
        }
        // Matches only near the ends of a long text, and across the
        // middle of one walked as stretches (wherever the cuts fall).
        for n in [300, 1100, 4096, 9000] {
            let filler = "z".repeat(n);
            out.push(format!("said {filler}{filler} hers"));
            out.push(format!("{filler}he said{filler}"));
            out.push(format!("{filler}x{filler}"));
        }
        // The longest phrase at every offset of texts walked as two and as
        // four stretches: each stretch's walk must start early enough for
        // it. And around the end of the first chunk of one walked in chunks.
        for (len, offsets) in [(240, 0..240), (600, 0..600), (20000, 8170..8200)] {
            for a in offsets {
                for phrase in ["share on x", LONG] {
                    out.push(format!("{}{phrase}{}", "z".repeat(a), "z".repeat(len - a)));
                }
            }
        }
        // Runs of a long phrase's start, so that stretches begin deep in
        // it, and near misses of it.
        for n in [10, 40, 200] {
            out.push(LONG[..30].repeat(n));
            out.push(format!("{} {LONG}", LONG[..35].repeat(n)));
        }
        let words = [
            "sh", "are", " ", "on", "x", "he", "rs", "caf", "\u{e9}", "(", "[", "]", "photo",
            "Oto", "H", "SAID", "2", "0", "4", "\u{f1}", "\u{3a9}", "\u{3b1}", "\u{2019}",
            "\u{203a}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        // Mostly short texts, and some long enough to be walked as two or
        // four stretches at once, in one chunk or several.
        let lengths = (0..300).map(|i| match i % 10 {
            0 => [90, 250, 700, 3000, 9000, 20000][i / 10 % 6],
            _ => 40,
        });
        for n in lengths {
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(words[rng.below(words.len())]);
            }
            out.push(t);
        }
        out
    }

    /// The overlapping search finds what the crate's automaton, configured
    /// as ours was, finds, in the same order.
    #[test]
    fn equals_the_crates_automaton() {
        assert!(LONG.len() > WARM + 1);
        let ps = phrases();
        let ours = PhraseDfa::new(&ps).unwrap();
        let ac = crates_automaton(&ps);
        let mut found = 0;
        for t in texts() {
            let want = crates_matches(&ac, &t);
            let mut got = Vec::new();
            ours.each_match(t.as_bytes(), |p, s, e| got.push((p, s, e)));
            assert_eq!(got, want, "{t:?}");
            found += want.len();
        }
        assert!(found > 1000, "{found}");
    }

    /// Text whose non-ASCII bytes share the classes of a phrase's walks
    /// into a match state, and the check of the bytes drops the match.
    #[test]
    fn shared_classes_are_checked() {
        // 0xA9 ("é", "Ω") and 0xB1 ("ñ", "α") share a class.
        let ours = PhraseDfa::new(&["caf\u{e9}", "a\u{f1}o", "\u{3a9}"]).unwrap();
        assert_eq!(ours.stride, 1 + 4 + 3);
        for (text, hits) in [
            ("caf\u{f1}", 0),
            ("caf\u{e9}", 1),
            ("\u{3b1}", 0),
            ("\u{3b1}\u{3a9}", 1),
            ("a\u{e9}o a\u{f1}o", 1),
        ] {
            let mut front = [(0u32, 0usize); WALK_BATCH];
            let (_, _, entered) = ours.walk(text.as_bytes(), 0, ours.start, &mut front);
            // Each text enters a match state: in vain where it has no hit.
            assert!(entered >= hits.max(1), "{text:?}");
            let mut n = 0;
            ours.each_match(text.as_bytes(), |_, _, _| n += 1);
            assert_eq!(n, hits, "{text:?}");
        }
    }

    #[test]
    fn empty_phrases_are_refused() {
        assert!(PhraseDfa::new(&["a", ""]).is_none());
        let none = PhraseDfa::new(&[]).unwrap();
        let mut n = 0;
        none.each_match(b"anything", |_, _, _| n += 1);
        assert_eq!(n, 0);
    }
}
