//! A trie built level by level from its keys sorted, as both phrase tries
//! are made ([`super::prefix_trie`], and the one the phrase automaton is
//! filled from): no table of transitions is needed to make it, its states
//! come out numbered breadth-first, and each state's children have
//! consecutive ids, in order of their byte.

/// The trie of a list of keys (byte strings, possibly empty or repeated).
pub(super) struct Levels {
    /// State `s > 0` is entered from `parent[s]` by the byte `byte[s]`
    /// (state 0 is the root).
    pub(super) parent: Vec<u32>,
    pub(super) byte: Vec<u8>,
    /// The children of `s` are the states `first[s]..first[s + 1]`.
    pub(super) first: Vec<u32>,
    /// The keys spelled by the path to `s` are
    /// `keys[ends[s]..ends[s + 1]]`, each list in the keys' own order.
    pub(super) ends: Vec<u32>,
    pub(super) keys: Vec<u32>,
}

impl Levels {
    /// The trie of `keys`.
    pub(super) fn new(keys: &[Vec<u8>]) -> Levels {
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        // A tie goes to the first key: the keys ending at a state keep
        // their order.
        order.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b)));
        let spelled = |k: usize| keys[order[k] as usize].as_slice();
        // State `s` spells the first `depth` bytes of the keys
        // `order[lo..hi]`; its children are made as it is reached.
        let mut states: Vec<(usize, usize, usize)> = vec![(0, 0, order.len())];
        let (mut parent, mut byte) = (vec![0u32], vec![0u8]);
        let (mut first, mut ends) = (Vec::new(), Vec::new());
        let mut ending = Vec::with_capacity(keys.len());
        let mut s = 0;
        while let Some(&(depth, lo, hi)) = states.get(s) {
            first.push(states.len() as u32);
            ends.push(ending.len() as u32);
            let mut i = lo;
            while i < hi && spelled(i).len() == depth {
                ending.push(order[i]);
                i += 1;
            }
            while i < hi {
                let b = spelled(i)[depth];
                let j = (i + 1..hi).find(|&j| spelled(j)[depth] != b).unwrap_or(hi);
                states.push((depth + 1, i, j));
                parent.push(s as u32);
                byte.push(b);
                i = j;
            }
            s += 1;
        }
        first.push(states.len() as u32);
        ends.push(ending.len() as u32);
        Levels {
            parent,
            byte,
            first,
            ends,
            keys: ending,
        }
    }

    /// The number of states.
    pub(super) fn len(&self) -> usize {
        self.parent.len()
    }

    /// The keys that end at state `s`.
    pub(super) fn ending(&self, s: usize) -> &[u32] {
        &self.keys[self.ends[s] as usize..self.ends[s + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_breadth_first_with_children_in_byte_order() {
        let keys: Vec<Vec<u8>> = ["ab", "b", "a", "ab", "", "ac"]
            .iter()
            .map(|k| k.as_bytes().to_vec())
            .collect();
        let t = Levels::new(&keys);
        // root; a, b; ab, ac
        assert_eq!(t.len(), 5);
        assert_eq!(t.byte[1..], *b"abbc");
        assert_eq!(t.parent[1..], [0, 0, 1, 1]);
        assert_eq!(t.first, [1, 3, 5, 5, 5, 5]);
        assert_eq!(t.ending(0), [4]);
        assert_eq!(t.ending(1), [2]);
        assert_eq!(t.ending(2), [1]);
        assert_eq!(t.ending(3), [0, 3], "a repeated key, in the keys' order");
        assert_eq!(t.ending(4), [5]);
    }
}
