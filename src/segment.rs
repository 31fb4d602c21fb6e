//! Stage 2: the input cut into blocks (non-blank lines) with byte spans.
//!
//! A block is one line with its surrounding white space trimmed. Blank lines
//! separate paragraphs; every block records its paragraph number. Line breaks
//! are `\n`, with an optional `\r` before it; a lone `\r` also ends a line.
//! Spans point into the caller's input, so the blocks and the gaps between them
//! tile the input exactly.

use crate::normalize::{drops_in_output, is_unicode_space};
use crate::plain::{is_odd, Odd};
use crate::span::Span32;
use crate::Span;

/// One non-blank line of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The line without its break and without leading or trailing white space.
    span: Span32,
    /// Number of blank-line-separated paragraphs before this one.
    pub(crate) para: u32,
    /// Its words as the output prints them (see [`words_up_to`]), at most
    /// `u32::MAX`.
    words: u32,
    /// True when every byte is printable ASCII (`0x20..=0x7E`): the block
    /// needs no normalization, found while its words were counted.
    plain: bool,
}

impl Block {
    /// The block at `span` of `text` (offsets up to `u32::MAX`) in paragraph
    /// `para`.
    pub(crate) fn new(text: &str, span: Span, para: u32) -> Block {
        let (words, plain) = count_words(text, span, u32::MAX as usize);
        Block {
            span: Span32::new(span),
            para,
            words: u32::try_from(words).unwrap_or(u32::MAX),
            plain,
        }
    }

    /// The same block at `span` of another text that holds the same line
    /// (its words and flags are kept, not counted again).
    pub(crate) fn moved(self, span: Span) -> Block {
        Block {
            span: Span32::new(span),
            ..self
        }
    }

    /// True when every byte of the block is printable ASCII: it is its own
    /// normalized form, for matching and for output.
    pub(crate) const fn plain(&self) -> bool {
        self.plain
    }

    /// Its words as the output prints them: `words_up_to(line, usize::MAX)`,
    /// counted once when the block is made, since the context stage and the
    /// splitter ask for them many times.
    pub(crate) const fn words(&self) -> usize {
        self.words as usize
    }

    /// The line without its break and without leading or trailing white space.
    pub(crate) const fn span(&self) -> Span {
        self.span.get()
    }
}

/// True for what may be trimmed from a line's ends: white space, and the
/// invisible characters output normalization drops (soft hyphen, zero-width
/// space, word joiner, byte-order mark, control characters). Trimming the
/// latter too keeps a block the same whether or not its text went through
/// output normalization: "\u{7F} By Ann Lee" is the byline "By Ann Lee", as
/// it is once normalized, and a line holding only "\0" is blank, as it is
/// once normalized.
pub(crate) fn is_trim(c: char) -> bool {
    c.is_whitespace() || is_unicode_space(c) || drops_in_output(c)
}

/// `text` without the chars [`is_trim`] holds at its start. A text that
/// starts with a printable ASCII char other than a space (most lines; never
/// trimmed) is returned without decoding a char.
pub(crate) fn trim_start(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => text,
        _ => text.trim_start_matches(is_trim),
    }
}

/// `text` without the chars [`is_trim`] holds at its end (see
/// [`trim_start`]).
pub(crate) fn trim_end(text: &str) -> &str {
    match text.as_bytes().last() {
        Some(b) if b.is_ascii_graphic() => text,
        _ => text.trim_end_matches(is_trim),
    }
}

/// `text` without the chars [`is_trim`] holds at either end (see
/// [`trim_start`]).
pub(crate) fn trim(text: &str) -> &str {
    trim_end(trim_start(text))
}

/// The offset of the first line break (`\n` or `\r`) at or after `from`, or
/// `bytes.len()`, found with `memchr2` (SIMD).
pub(crate) fn find_break(bytes: &[u8], from: usize) -> usize {
    // A break right here (runs of empty lines) costs no call.
    if matches!(bytes.get(from), Some(b'\n' | b'\r')) {
        return from;
    }
    let rest = bytes.get(from..).unwrap_or_default();
    memchr::memchr2(b'\n', b'\r', rest).map_or(bytes.len(), |k| from + k)
}

/// The number of words in `s` as the output prints it (white-space-separated
/// tokens with at least one char output normalization keeps: "a \0 a" is two
/// words, as its output "a  a" is), counting no further than `cap` (callers
/// compare with a threshold). Counting what the output shows keeps the
/// context rules' word thresholds the same when the output is cleaned again.
/// Text with no white space outside ASCII and nothing the output drops (the
/// common case) is counted a byte at a time without decoding.
pub(crate) fn words_up_to(s: &str, cap: usize) -> usize {
    count_words(s, Span::new(0, s.len()), cap).0
}

/// [`words_up_to`] of the line at `span` of `text` (UTF-8, `span` on char
/// boundaries), and whether the line is all printable ASCII
/// (`0x20..=0x7E`), which the count finds out for nothing when it reads
/// every byte (`false` when it stops early at `cap`).
///
/// The bytes of `text` after the line are read, and ignored, when the
/// line's last piece is shorter than 64 bytes: a whole window of the text
/// is counted with the bytes past the line's end masked out. Copying the
/// piece into a padded buffer instead cost a `memcpy` call and a stalled
/// load (the vector load of bytes just stored a few at a time) on every
/// line, 3 % of a pass over wcxb-dev.
fn count_words(text: &str, span: Span, cap: usize) -> (usize, bool) {
    let s = &text[span];
    let bytes = s.as_bytes();
    let Some(&first) = bytes.first() else {
        return (0, true);
    };
    // Odd bytes (outside printable ASCII: white space other than the space,
    // controls, DEL and non-ASCII): a piece holding one is asked about the
    // chars the count must decode (`needs_chars`); one without is counted
    // byte-wise, and in it a space is exactly a byte up to 0x20.
    // In a piece with odd bytes that needs no decoding, the only bytes
    // below 0x20 are white space (\t \n \x0B \x0C \r).
    let space = |b: u8| b <= b' ';
    // `needs_chars` is asked of each piece with an odd byte, and of a few
    // bytes around it (so a char across two pieces is seen whole): only what
    // is counted is looked at, not the rest of a long paragraph.
    let decode = |lo: usize, hi: usize| {
        needs_chars(&bytes[lo.saturating_sub(3)..hi.saturating_add(3).min(bytes.len())])
    };
    let mut plain = !is_odd(first);
    if !plain && decode(0, 1) {
        return (decoded_words_up_to(s, cap), false);
    }
    // Word starts (a non-space byte after a space), counted in pieces of at
    // most 64 pairs with byte-wide sums, without branches (each piece
    // vectorizes), stopping at the first piece that reaches `cap`.
    let mut n = usize::from(!space(first));
    let (a, b) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    // Word starts in one piece and whether it is plain, or `None` when it
    // holds a char to decode. Called on whole pieces of a constant 64 bytes
    // (which the compiler unrolls into vector code) and then on the shorter
    // rest.
    // Only the first `len` pairs of a piece are the line's; the others are
    // read as two spaces (no word start, nothing odd), without a branch.
    // (Each pair is tested against its place in a table of byte lanes, which
    // the compiler vectorizes; a padded copy of the piece is built a byte at
    // a time and stalls the vector loads that read it.)
    const PLACE: [u8; 64] = {
        let mut p = [0; 64];
        let mut i = 0;
        while i < 64 {
            p[i] = i as u8;
            i += 1;
        }
        p
    };
    let piece = |lo: usize, pa: &[u8; 64], pb: &[u8; 64], len: usize| {
        let len = len as u8; // at most 64
        let has_odd = pb
            .iter()
            .zip(&PLACE)
            .fold(false, |any, (&y, &k)| any | (is_odd(y) & (k < len)));
        if has_odd && decode(lo, lo + usize::from(len)) {
            return None;
        }
        let starts = pa
            .iter()
            .zip(pb)
            .zip(&PLACE)
            .map(|((&x, &y), &k)| u8::from(space(x) & !space(y) & (k < len)))
            .fold(0u8, u8::wrapping_add);
        Some((usize::from(starts), !has_odd))
    };
    let (whole_a, whole_b) = (a.chunks_exact(64), b.chunks_exact(64));
    let (rest_a, rest_b) = (whole_a.remainder(), whole_b.remainder());
    fn whole(p: &[u8]) -> &[u8; 64] {
        p.try_into().unwrap_or(&[b' '; 64])
    }
    for (k, (pa, pb)) in whole_a.zip(whole_b).enumerate() {
        if n >= cap {
            return (cap, false);
        }
        match piece(1 + 64 * k, whole(pa), whole(pb), 64) {
            Some((m, p)) => (n, plain) = (n + m, plain & p),
            None => return (decoded_words_up_to(s, cap), false),
        }
    }
    if n < cap && !rest_b.is_empty() {
        // The rest, as a whole window of `text` read from the rest's first
        // pair (the line's end is masked), or, at the end of `text`, padded
        // with spaces: a pair of spaces starts no word and needs no decoding.
        let lo = bytes.len() - rest_b.len();
        let at = span.start + lo - 1;
        let window = |from: usize| {
            text.as_bytes()
                .get(from..from + 64)
                .and_then(|w| <&[u8; 64]>::try_from(w).ok())
        };
        let padded = |rest: &[u8]| -> [u8; 64] {
            std::array::from_fn(|i| rest.get(i).copied().unwrap_or(b' '))
        };
        let found = match (window(at), window(at + 1)) {
            (Some(pa), Some(pb)) => piece(lo, pa, pb, rest_b.len()),
            _ => piece(lo, &padded(rest_a), &padded(rest_b), rest_b.len()),
        };
        match found {
            Some((m, p)) => (n, plain) = (n + m, plain & p),
            None => return (decoded_words_up_to(s, cap), false),
        }
    } else if !rest_b.is_empty() {
        plain = false; // not read
    }
    (n.min(cap), plain)
}

/// [`words_up_to`] for text that holds white space outside ASCII or a char
/// the output drops: one char at a time.
fn decoded_words_up_to(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    // One pass: a word is counted at its first char the output keeps.
    let (mut n, mut counted, mut i) = (0usize, false, 0usize);
    while i < bytes.len() && n < cap {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            // `i` is a char boundary: it only ever moves by whole chars.
            s[i..]
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8()))
        };
        if c.is_whitespace() {
            counted = false;
        } else if !counted && !drops_in_output(c) {
            counted = true;
            n += 1;
        }
        i += len;
    }
    n
}

/// True when `bytes` (UTF-8) holds a char that [`words_up_to`] must decode:
/// a white-space char outside ASCII (U+0085, U+00A0, U+1680,
/// U+2000..=U+200A, U+2028, U+2029, U+202F, U+205F, U+3000: what
/// `char::is_whitespace` adds to ASCII) or one the output drops (controls
/// other than tab and line breaks, DEL, U+00AD, U+200B, U+2060, U+FEFF). Only
/// the lead bytes of those are looked at.
fn needs_chars(bytes: &[u8]) -> bool {
    let control = |b: u8| ((b < 0x20) & (b.wrapping_sub(9) >= 5)) | (b == 0x7F);
    let lead = |b: u8| matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
    let at = |i: usize| {
        matches!(
            bytes.get(i..).unwrap_or_default(),
            [0xC2, 0x85 | 0xA0 | 0xAD, ..]
                | [0xE1, 0x9A, 0x80, ..]
                | [0xE3, 0x80, 0x80, ..]
                | [0xE2, 0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF, ..]
                | [0xE2, 0x81, 0x9F | 0xA0, ..]
                | [0xEF, 0xBB, 0xBF, ..]
        )
    };
    // Only bytes outside printable ASCII can be either: `Odd` skips the
    // rest eight bytes at a time.
    let mut odd = Odd::new(bytes);
    let mut i = 0;
    while let Some(k) = odd.find(i, |b| control(b) | lead(b)) {
        if control(bytes[k]) || at(k) {
            return true;
        }
        i = k + 1;
    }
    false
}

/// Cuts `text` into blocks, `(span, paragraph)`, in order. Linear in the
/// input; allocates nothing.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (Span, u32)> + '_ {
    let bytes = text.as_bytes();
    let mut para = 0u32;
    let mut start = 0usize;
    let mut blank_run = false;
    let mut seen = false;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let line_end = find_break(bytes, start);
            let line = &text[start..line_end];
            let trimmed_start = line.len() - trim_start(line).len();
            let inner = trim_end(&line[trimmed_start..]);
            let s = start + trimmed_start;
            if line_end >= bytes.len() {
                done = true;
            } else {
                // Consume the break: "\r\n", "\n" or a lone "\r".
                start = line_end
                    + if bytes[line_end] == b'\r' && bytes.get(line_end + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
            }
            if inner.is_empty() {
                if !blank_run && seen {
                    para += 1;
                }
                blank_run = true;
            } else {
                blank_run = false;
                seen = true;
                return Some((Span::new(s, s + inner.len()), para));
            }
        }
        None
    })
}

/// Cuts `text` (at most `u32::MAX` bytes: see [`Span32`]) into blocks.
/// Linear in the input; allocates one `Vec`, sized by a count of the runs of
/// line breaks (a bound on the number of lines that are not empty), so that
/// it never grows.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::with_capacity(break_runs(text.as_bytes()) + 1);
    out.extend(lines(text).map(|(span, para)| Block::new(text, span, para)));
    out
}

/// The runs of line-break bytes (`\n`, `\r`) in `bytes`: the breaks not
/// followed by another. Compared pairwise over the whole text, in pieces the
/// compiler vectorizes: a `memchr` call per break byte (every blank line is
/// a second one) took 38 M instructions over three passes of wcxb-dev, this
/// about 18 M (callgrind).
fn break_runs(bytes: &[u8]) -> usize {
    let brk = |b: u8| (b == b'\n') | (b == b'\r');
    let Some(&last) = bytes.last() else {
        return 0;
    };
    // Pieces of 64 pairs summed in a byte, as the word counter does.
    let piece = |a: &[u8], b: &[u8]| {
        let n = a
            .iter()
            .zip(b)
            .map(|(&x, &y)| u8::from(brk(x) & !brk(y)))
            .fold(0u8, u8::wrapping_add);
        usize::from(n)
    };
    let (a, b) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    let (ca, cb) = (a.chunks_exact(64), b.chunks_exact(64));
    let rest = piece(ca.remainder(), cb.remainder());
    ca.zip(cb).map(|(x, y)| piece(x, y)).sum::<usize>() + rest + usize::from(brk(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<(&str, u32)> {
        blocks(t).iter().map(|b| (&t[b.span()], b.para)).collect()
    }

    /// The fast paths of the trims (a printable ASCII char at the edge is
    /// kept without decoding) agree with trimming char by char, for every
    /// edge char in every place.
    #[test]
    fn trims_agree_with_trimming_each_char() {
        let edges = [
            "a", "~", "!", " ", "\t", "\x7F", "\0", "\u{A0}", "\u{AD}", "\u{200B}", "\u{FEFF}",
            "\u{3000}", "\u{e9}", "\u{2014}",
        ];
        for a in edges {
            for b in edges {
                for mid in ["", "x", " y ", "\u{200B}"] {
                    let t = format!("{a}{mid}{b}");
                    assert_eq!(trim_start(&t), t.trim_start_matches(is_trim), "{t:?}");
                    assert_eq!(trim_end(&t), t.trim_end_matches(is_trim), "{t:?}");
                    assert_eq!(trim(&t), t.trim_matches(is_trim), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn lines_and_paragraphs() {
        assert_eq!(
            texts("  Title \r\n\r\nOne\nTwo\n\n\n Three"),
            vec![("Title", 0), ("One", 1), ("Two", 1), ("Three", 2)]
        );
    }

    #[test]
    fn break_runs_count_the_runs() {
        let naive = |t: &[u8]| {
            memchr::memchr2_iter(b'\n', b'\r', t)
                .filter(|&i| !matches!(t.get(i + 1), Some(b'\n' | b'\r')))
                .count()
        };
        for t in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\na",
            "a\r\n\r\nb\rc\n",
            "a\n\n\n",
            "\r",
            "x\ry\r\r",
        ] {
            assert_eq!(break_runs(t.as_bytes()), naive(t.as_bytes()), "{t:?}");
        }
        // Every mix of four bytes from a, space, \n and \r.
        for k in 0..256u32 {
            let t: Vec<u8> = (0..4)
                .map(|j| b"a \n\r"[(k >> (2 * j)) as usize & 3])
                .collect();
            assert_eq!(break_runs(&t), naive(&t), "{t:?}");
        }
    }

    #[test]
    fn blocks_carry_their_word_counts() {
        let t = "Two words\n\n \u{A0}caf\u{E9} \u{200B} x\u{2003}y\n".to_owned()
            + &"long line of words ".repeat(40);
        let bs = blocks(&t);
        assert_eq!(bs.len(), 3);
        for b in &bs {
            assert_eq!(b.words(), words_up_to(&t.as_str()[b.span()], usize::MAX));
        }
        assert_eq!(
            bs.iter().map(Block::words).collect::<Vec<_>>(),
            vec![2, 3, 160]
        );
    }

    #[test]
    fn one_odd_byte_anywhere_makes_a_block_not_plain() {
        for len in [1, 2, 63, 64, 65, 66, 127, 128, 129, 200] {
            let line: Vec<u8> = (0..len)
                .map(|i| if i % 5 == 4 { b' ' } else { b'w' })
                .collect();
            assert!(alone(std::str::from_utf8(&line).unwrap()).1);
            for k in 0..len {
                for odd in [b'\t', 0x7F, 0x1F, b'\r'] {
                    let mut l = line.clone();
                    l[k] = odd;
                    let s = std::str::from_utf8(&l).unwrap();
                    assert!(!alone(s).1, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn empty_and_blank() {
        assert!(blocks("").is_empty());
        assert!(blocks("\n\n \t\n").is_empty());
        assert_eq!(texts("\u{00A0}x\u{00A0}"), vec![("x", 0)]);
    }

    #[test]
    fn invisible_and_control_characters_trim() {
        assert_eq!(
            texts("\u{7F} By Ann Lee\u{2060}\n\0\nNext"),
            vec![("By Ann Lee", 0), ("Next", 1)]
        );
    }

    #[test]
    fn word_counts_are_the_printed_words() {
        let pieces = [
            "a",
            "word",
            " ",
            "  ",
            "\t",
            "\n",
            "\u{A0}",
            "\u{3000}",
            "caf\u{E9}",
            "\u{1C}",
            "\u{85}",
            ".",
            "\u{200B}",
            "x\u{301}",
            "\r\n",
            "\u{2019}",
            "\u{2000}",
            "\u{200A}",
            "\u{2028}",
            "\u{202F}",
            "\u{205F}",
            "\u{1680}",
            "\u{180E}",
            "\u{2014}",
            "\0",
            "\u{7F}",
            "\u{1F}",
            "\u{AD}",
            "\u{2060}",
            "\u{FEFF}",
            "\u{9C}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        for round in 0..2000 {
            let mut s = String::new();
            // Some strings span several of the counter's 64-byte pieces.
            let len = if round % 10 == 0 { 400 } else { rng.below(12) };
            for _ in 0..len {
                s.push_str(pieces[rng.below(pieces.len())]);
            }
            // Words as the output prints them.
            let n = crate::normalize::for_output(&s).split_whitespace().count();
            for cap in [0, 1, 2, 3, 100, usize::MAX] {
                assert_eq!(words_up_to(&s, cap), n.min(cap), "{s:?} cap {cap}");
            }
            // Blocks are marked plain exactly when they are printable ASCII.
            let printable = s.bytes().all(|b| (0x20..=0x7E).contains(&b));
            assert_eq!(alone(&s).1, printable, "{s:?}");
            // Amid other text, the bytes after the line are read and ignored:
            // words, odd bytes and a char to decode there change nothing.
            let before = "x\u{A0}";
            let around = format!("{before}{s}y z\t\u{200B}{}", "w \u{E9}".repeat(30));
            let span = Span::new(before.len(), before.len() + s.len());
            for cap in [0, 1, 2, 3, 100, usize::MAX] {
                assert_eq!(
                    count_words(&around, span, cap),
                    count_words(&s, Span::new(0, s.len()), cap),
                    "{s:?} cap {cap}"
                );
            }
        }
    }

    /// [`count_words`] of `s` on its own, uncapped.
    fn alone(s: &str) -> (usize, bool) {
        count_words(s, Span::new(0, s.len()), usize::MAX)
    }

    #[test]
    fn breaks() {
        let t = "a".repeat(100) + "\r" + &"b".repeat(40) + "\n";
        assert_eq!(find_break(t.as_bytes(), 0), 100);
        assert_eq!(find_break(t.as_bytes(), 101), 141);
        assert_eq!(find_break(t.as_bytes(), 142), 142);
        assert_eq!(find_break(b"", 0), 0);
        for k in 0..70 {
            let mut v = vec![b'x'; 70];
            v[k] = b'\n';
            assert_eq!(find_break(&v, 0), k);
        }
    }

    #[test]
    fn lone_cr_breaks_lines() {
        assert_eq!(texts("a\rb"), vec![("a", 0), ("b", 0)]);
    }
}
