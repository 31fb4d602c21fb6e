//! The fixed-seed generator the unit tests draw random inputs from.

/// Xorshift64 (13, 7, 17): deterministic, so a failing input is the same on
/// every run. Each draw steps the state first, so a draw of zero (an empty
/// string, say) never stalls the sequence.
pub(crate) struct XorShift(u64);

impl XorShift {
    /// A generator from `seed`, which must not be zero.
    pub(crate) fn new(seed: u64) -> XorShift {
        assert_ne!(seed, 0, "xorshift stays at zero");
        XorShift(seed)
    }

    /// The next value.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next value below `n` (which must not be zero).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
