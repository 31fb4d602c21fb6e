//! Stage 2: the input cut into blocks (non-blank lines) with byte spans.
//!
//! A block is one line with its surrounding white space trimmed. Blank lines
//! separate paragraphs; every block records its paragraph number. Line breaks
//! are `\n`, with an optional `\r` before it; a lone `\r` also ends a line.
//! Spans point into the caller's input, so the blocks and the gaps between them
//! tile the input exactly.

use crate::normalize::{drops_in_output, is_unicode_space};
use crate::Span;

/// One non-blank line of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The line without its break and without leading or trailing white space.
    pub(crate) span: Span,
    /// Number of blank-line-separated paragraphs before this one.
    pub(crate) para: u32,
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

/// The offset of the first line break (`\n` or `\r`) at or after `from`, or
/// `bytes.len()`. Whole 32-byte chunks are tested without an early exit, which
/// the compiler vectorizes: lines are found at memory speed.
pub(crate) fn find_break(bytes: &[u8], from: usize) -> usize {
    const CHUNK: usize = 32;
    let is_break = |b: u8| u8::from(b == b'\n') | u8::from(b == b'\r');
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + CHUNK) {
        if chunk.iter().fold(0u8, |any, &b| any | is_break(b)) != 0 {
            break;
        }
        i += CHUNK;
    }
    let rest = bytes.get(i..).unwrap_or_default();
    rest.iter()
        .position(|&b| is_break(b) != 0)
        .map_or(bytes.len(), |k| i + k)
}

/// Cuts `text` into blocks. Linear in the input; allocates one `Vec`.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut para = 0u32;
    let mut start = 0usize;
    let mut blank_run = false;
    let mut i = 0usize;
    while start <= bytes.len() {
        i = find_break(bytes, i);
        let line_end = i;
        let line = &text[start..line_end];
        let trimmed_start = line.len() - line.trim_start_matches(is_trim).len();
        let inner = line[trimmed_start..].trim_end_matches(is_trim);
        if inner.is_empty() {
            if !blank_run && !out.is_empty() {
                para += 1;
            }
            blank_run = true;
        } else {
            blank_run = false;
            let s = start + trimmed_start;
            out.push(Block {
                span: Span::new(s, s + inner.len()),
                para,
            });
        }
        if i >= bytes.len() {
            break;
        }
        // Consume the break: "\r\n", "\n" or a lone "\r".
        i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        start = i;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<(&str, u32)> {
        blocks(t).iter().map(|b| (&t[b.span], b.para)).collect()
    }

    #[test]
    fn lines_and_paragraphs() {
        assert_eq!(
            texts("  Title \r\n\r\nOne\nTwo\n\n\n Three"),
            vec![("Title", 0), ("One", 1), ("Two", 1), ("Three", 2)]
        );
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
