//! Finding the bytes outside printable ASCII (`0x20..=0x7E`), 64 at a time.
//!
//! Normalization looks only at such bytes (non-ASCII chars, controls, DEL):
//! everything else is plain text it copies or skips. [`Odd`] finds them
//! with word-wide arithmetic, eight bytes per `u64`, and keeps a bit mask of
//! the 64 bytes it last looked at, so a caller that asks again a few bytes
//! further on (the next curly quote of a paragraph) reads its answer from
//! the mask instead of scanning again. A window of plain ASCII is ruled out
//! by a vectorized test (about half an instruction a byte); building a
//! window's mask costs about two a byte. The byte-at-a-time search it
//! replaced cost four, and started over after each odd byte it stopped at.

/// Bit `8k + 7` set in each byte `k` of the result: `0x8080…80`.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in each byte: `0x0101…01`.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// True for a byte outside printable ASCII (`0x20..=0x7E`): one subtraction
/// and one unsigned comparison, which the compiler vectorizes over a slice.
pub(crate) fn is_odd(b: u8) -> bool {
    b.wrapping_sub(0x20) > 0x5E
}

/// One bit per byte of `word` (bit `k` for byte `k`, little-endian), set
/// for the bytes outside `0x20..=0x7E`. Exact for every byte: no carry
/// crosses from one byte into the next.
fn odd_bits(word: u64) -> u64 {
    // Each byte's low seven bits: at most 0x7F, and 0x7F + 0x60 < 0x100, so
    // adding never carries out of a byte.
    let low = word & !HIGH;
    let below_space = !low.wrapping_add(0x60 * ONES) & HIGH; // low < 0x20
    let del = low.wrapping_add(ONES) & HIGH; // low == 0x7F
    let flags = (word | below_space | del) & HIGH;
    // Gather the eight flags (bits 7, 15, …, 63) into bits 0..8: each flag
    // lands on its own bit of the top byte, and no two products overlap.
    ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) & 0xFF
}

/// The mask of `chunk` (at most 64 bytes; missing bytes count as plain).
fn odd_mask(chunk: &[u8]) -> u64 {
    let word = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or([b' '; 8]));
    if let Ok(whole) = <&[u8; 64]>::try_from(chunk) {
        // Most windows of English text hold no odd byte: a test the
        // compiler turns into a few vector instructions per 16 bytes rules
        // them out before the mask is built.
        if whole.iter().fold(0u8, |any, &b| any | u8::from(is_odd(b))) == 0 {
            return 0;
        }
        // A constant length: the compiler unrolls the eight words.
        return whole
            .chunks_exact(8)
            .enumerate()
            .fold(0, |m, (k, b)| m | odd_bits(word(b)) << (8 * k));
    }
    let words = chunk.chunks_exact(8);
    let rest = words.remainder();
    let n = chunk.len() - rest.len();
    let mut mask = words
        .enumerate()
        .fold(0, |m, (k, b)| m | odd_bits(word(b)) << (8 * k));
    if !rest.is_empty() {
        // The rest's bytes in the word's low bytes, spaces above them, built
        // in a register: a word copied into a padded buffer stalls its load
        // (bytes stored one at a time, read as one word). With eight bytes
        // before it, the last eight bytes are read and shifted.
        let r = rest.len(); // 1..=7
        let spaces = u64::from_le_bytes([b' '; 8]) << (8 * r);
        let low = match chunk.len().checked_sub(8) {
            Some(at) => word(&chunk[at..]) >> (8 * (8 - r)),
            None => rest.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b)),
        };
        mask |= odd_bits(low | spaces) << n;
    }
    mask
}

/// A forward search for bytes outside printable ASCII in one slice, asked
/// for positions in increasing order.
#[derive(Debug)]
pub(crate) struct Odd<'a> {
    bytes: &'a [u8],
    /// Where the mask starts.
    base: usize,
    /// Bit `k` set when `bytes[base + k]` is odd (and was not passed yet).
    mask: u64,
}

impl<'a> Odd<'a> {
    /// A search over `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Odd<'a> {
        Odd {
            bytes,
            base: 0,
            mask: odd_mask(bytes.get(..64).unwrap_or(bytes)),
        }
    }

    /// The first odd byte at or after `from` (which is never below an
    /// earlier call's `from`) for which `want` holds, or `None`.
    pub(crate) fn find(&mut self, from: usize, want: impl Fn(u8) -> bool) -> Option<usize> {
        let mut from = from;
        loop {
            if from >= self.base + 64 {
                let rest = self.bytes.get(from..)?;
                if rest.is_empty() {
                    return None;
                }
                self.base = from;
                self.mask = odd_mask(rest.get(..64).unwrap_or(rest));
            } else if from > self.base {
                self.mask &= u64::MAX << (from - self.base);
            }
            while self.mask != 0 {
                let at = self.base + self.mask.trailing_zeros() as usize;
                if want(self.bytes[at]) {
                    return Some(at);
                }
                self.mask &= self.mask - 1;
            }
            from = self.base + 64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    #[test]
    fn odd_is_outside_printable_ascii() {
        for b in 0..=255u8 {
            assert_eq!(is_odd(b), !(0x20..=0x7E).contains(&b), "{b:#x}");
        }
    }

    #[test]
    fn bits_are_exact_for_every_byte_in_every_place() {
        for b in 0..=255u8 {
            for k in 0..8 {
                for fill in [b' ', b'a', 0x7F, 0x80, 0x1F, 0xFF, 0] {
                    let mut bytes = [fill; 8];
                    bytes[k] = b;
                    let got = odd_bits(u64::from_le_bytes(bytes));
                    let want = bytes
                        .iter()
                        .enumerate()
                        .fold(0, |m, (j, &x)| m | u64::from(is_odd(x)) << j);
                    assert_eq!(got, want, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn masks_are_exact_for_every_length_and_place() {
        for len in 0..=64 {
            for at in 0..len {
                for odd in [0x7F, 0x80, 0x1F, b'\t', 0] {
                    let mut chunk = vec![b'e'; len];
                    chunk[at] = odd;
                    assert_eq!(odd_mask(&chunk), 1 << at, "{chunk:?}");
                }
            }
            assert_eq!(odd_mask(&vec![b'~'; len]), 0, "len {len}");
        }
    }

    #[test]
    fn finds_what_a_byte_loop_finds() {
        let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
        let alphabet = [b'a', b' ', b'\t', 0x7F, 0x80, 0xE2, 0x1F, b'~', 0];
        for round in 0..3000 {
            let len = rng.below(300);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    // Mostly plain, so that masks are sparse and dense.
                    if rng.below(1 + round % 40) == 0 {
                        alphabet[rng.below(alphabet.len())]
                    } else {
                        b'e'
                    }
                })
                .collect();
            let want_tab = |b: u8| b != b'\t';
            let mut odd = Odd::new(&bytes);
            let mut from = 0;
            loop {
                let naive = (from..bytes.len()).find(|&i| is_odd(bytes[i]) && want_tab(bytes[i]));
                let got = odd.find(from, want_tab);
                assert_eq!(got, naive, "{bytes:?} from {from}");
                let Some(at) = got else { break };
                // Callers skip ahead by varying amounts.
                from = at + 1 + rng.below(90) * usize::from(round % 3 == 0);
            }
        }
    }
}
