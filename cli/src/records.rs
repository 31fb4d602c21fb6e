//! Reading an input's documents one at a time: documents are separated by
//! lines holding only U+001E (and trailing spaces, tabs or `\r`).
//!
//! An input is read in pieces of [`PIECE`] bytes into one buffer, and each
//! document is handed over as soon as the line after it is read. Memory is
//! the longest document plus a piece, whatever the input's size, and a
//! document is cleaned while its bytes are still in the cache that the read
//! brought them into. Reading the whole input first (the CLI did, until the
//! seventeenth session) had the kernel zeroing fresh pages for all of it,
//! 3 % of a run over wcxb-dev, and every later pass over a document fetch
//! it from memory again.

use std::io::{self, Read};

/// How much is read at a time.
const PIECE: usize = 256 * 1024;

/// The documents of one input, in order.
pub(crate) struct Records<R> {
    reader: R,
    buf: Vec<u8>,
    /// Where the next document starts in `buf`.
    start: usize,
    /// `buf[start..searched]` holds no separator line (and ends at a line
    /// start, so a later search may start there).
    searched: usize,
    /// `buf[searched..unbroken]` holds no `\n`: a line longer than a piece
    /// is not searched again from its start after each read.
    unbroken: usize,
    /// The input's offset of `buf[0]`.
    base: usize,
    /// The reader is exhausted.
    eof: bool,
    /// The last document was handed over.
    done: bool,
}

impl<R: Read> Records<R> {
    /// The documents read from `reader`.
    pub(crate) fn new(reader: R) -> Records<R> {
        Records {
            reader,
            buf: Vec::new(),
            start: 0,
            searched: 0,
            unbroken: 0,
            base: 0,
            eof: false,
            done: false,
        }
    }

    /// The next document and its offset in the input, or `None` after the
    /// last one. An input of `n` separator lines holds `n + 1` documents
    /// (an empty input, one empty document).
    pub(crate) fn next_record(&mut self) -> io::Result<Option<(usize, &[u8])>> {
        if self.done {
            return Ok(None);
        }
        loop {
            // Only lines that end in what was read can be told apart: a
            // U+001E line may go on in the next piece.
            let limit = if self.eof {
                self.buf.len()
            } else {
                let from = self.searched.max(self.unbroken);
                match memchr::memrchr(b'\n', &self.buf[from..]) {
                    Some(k) => from + k + 1,
                    None => {
                        self.unbroken = self.buf.len();
                        self.searched
                    }
                }
            };
            let from = (self.start, self.searched);
            if let Some((at, next)) = next_separator(&self.buf, from, limit) {
                (self.start, self.searched) = (next, next);
                return Ok(Some((self.base + from.0, &self.buf[from.0..at])));
            }
            self.searched = limit;
            if self.eof {
                self.done = true;
                let start = self.start;
                return Ok(Some((self.base + start, &self.buf[start..])));
            }
            self.fill()?;
        }
    }

    /// Reads the next piece, after moving what is left of the buffer to
    /// its front.
    fn fill(&mut self) -> io::Result<()> {
        if self.start > 0 {
            self.buf.copy_within(self.start.., 0);
            self.buf.truncate(self.buf.len() - self.start);
            self.base += self.start;
            self.searched -= self.start;
            self.unbroken = self.unbroken.saturating_sub(self.start);
            self.start = 0;
        }
        let want = PIECE as u64;
        let got = (&mut self.reader).take(want).read_to_end(&mut self.buf)?;
        // `read_to_end` reads until the piece is full or the input ends.
        self.eof = (got as u64) < want;
        Ok(())
    }
}

/// The first separator line that starts in `bytes[from.1..limit]`, as the
/// end of the document before it and the start of the one after it. A
/// separator is U+001E at a line start (the document's start, `from.0`,
/// is one), then spaces, tabs or `\r`, then `\n` or the end of `bytes`.
/// `limit` is the end of `bytes` or follows a `\n`, so every line that
/// starts before it ends by it.
fn next_separator(bytes: &[u8], from: (usize, usize), limit: usize) -> Option<(usize, usize)> {
    let (start, from) = from;
    for k in memchr::memchr_iter(0x1E, &bytes[from..limit]) {
        let at = from + k;
        if at > start && bytes[at - 1] != b'\n' {
            continue;
        }
        let end = bytes[at + 1..limit]
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
            .map_or(limit, |k| at + 1 + k);
        if end < limit && bytes[end] != b'\n' {
            continue; // more on the line
        }
        return Some((at, (end + 1).min(bytes.len())));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands over at most `n` bytes a call.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(self.1).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn split(text: &str, n: usize) -> Vec<(usize, String)> {
        let mut records = Records::new(Trickle(text.as_bytes(), n));
        let mut out = Vec::new();
        while let Some((at, doc)) = records.next_record().expect("no read error") {
            out.push((at, String::from_utf8(doc.to_vec()).expect("UTF-8")));
        }
        out
    }

    #[test]
    fn records() {
        let docs = |t: &str| -> Vec<String> { split(t, 7).into_iter().map(|(_, d)| d).collect() };
        assert_eq!(docs("a\n\u{1e}\nb\n"), ["a\n", "b\n"]);
        assert_eq!(docs("a\n"), ["a\n"]);
        assert_eq!(docs(""), [""]);
        assert_eq!(docs("a\n\u{1e}\n"), ["a\n", ""]);
        assert_eq!(docs("\u{1e} \t\r\nb"), ["", "b"]);
        assert_eq!(docs("a\n \u{1e}\nb\u{1e}\n"), ["a\n \u{1e}\nb\u{1e}\n"]);
        assert_eq!(docs("a\n\u{1e}x\n\u{1e}"), ["a\n\u{1e}x\n", ""]);
        // Offsets are the input's.
        assert_eq!(split("ab\n\u{1e}\ncd", 2)[1], (5, "cd".to_string()));
    }

    /// Line by line, as the splitter first did.
    fn by_lines(text: &str) -> Vec<(usize, String)> {
        let (mut docs, mut start, mut line_start) = (Vec::new(), 0, 0);
        while line_start < text.len() {
            let line_end = text[line_start..]
                .find('\n')
                .map_or(text.len(), |k| line_start + k);
            let line = text[line_start..line_end].trim_end_matches([' ', '\t', '\r']);
            let next = (line_end + 1).min(text.len());
            if line == "\u{1e}" {
                docs.push((start, text[start..line_start].to_string()));
                start = next;
            }
            line_start = next.max(line_end + 1);
        }
        let start = start.min(text.len());
        docs.push((start, text[start..].to_string()));
        docs
    }

    /// Whatever the size of the reads, the documents are those of a split
    /// of the whole text line by line.
    #[test]
    fn records_equal_the_line_by_line_split() {
        let pieces = ["\u{1e}", "\n", "\r", " ", "\t", "a", "\u{1e}\n", "é"];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(next() % 12) {
                t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let n = 1 + (next() % 5) as usize;
            assert_eq!(split(&t, n), by_lines(&t), "{t:?} read {n} at a time");
            assert_eq!(split(&t, PIECE), by_lines(&t), "{t:?}");
        }
    }

    /// A long input is read piece by piece: memory is its longest document
    /// and a piece, not the input.
    #[test]
    fn memory_is_one_document_and_a_piece() {
        let doc = "A line of a document.\n".repeat(1000);
        let input = format!("{doc}\u{1e}\n").repeat(300);
        let mut records = Records::new(input.as_bytes());
        let (mut n, mut most) = (0, 0);
        while let Some((at, d)) = records.next_record().expect("no read error") {
            assert!(d.is_empty() || (at % (doc.len() + 2) == 0 && d == doc.as_bytes()));
            n += 1;
            most = most.max(records.buf.capacity());
        }
        assert_eq!(n, 301);
        assert!(input.len() > 20 * (doc.len() + PIECE), "{}", input.len());
        assert!(most <= 2 * (doc.len() + PIECE), "{most}");
    }
}
