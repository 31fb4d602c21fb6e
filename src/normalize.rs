//! Stage 1: Unicode normalization, for matching and for the output text.
//!
//! Matching runs on a *view* of each block in which Unicode spaces are plain
//! spaces, zero-width characters are gone, curly quotes are straight and the
//! text is NFC. The view keeps a byte map back to the caller's input so that a
//! match inside it still yields a span in the input. ASCII blocks (the common
//! case) need no view at all.
//!
//! The output text is normalized separately (see [`for_output`]): line breaks
//! become `\n`, Unicode spaces become ASCII spaces, invisible format characters
//! that carry no meaning are dropped, and the result is NFC.

use std::borrow::Cow;

use crate::plain::{is_odd, Odd};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Spaces other than U+0020 that mean a plain space: the Unicode spaces, and
/// the white-space controls and separators that do not end a line here
/// (vertical tab, form feed, next line, line and paragraph separators).
/// Dropping those instead would glue "Share\u{0C}on\u{0C}Twitter" into one
/// word in the output.
pub(crate) fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Letters of the scripts written without spaces between words: Thai, Lao,
/// Myanmar, Khmer, Japanese kana and the Han ideographs. A phrase in one of
/// them is found inside a run of text, not between spaces.
pub(crate) fn unspaced_script(c: char) -> bool {
    matches!(
        c,
        '\u{0E00}'..='\u{0EFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1780}'..='\u{17FF}'
            | '\u{3040}'..='\u{30FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FF66}'..='\u{FF9F}'
            | '\u{20000}'..='\u{3134F}'
    )
}

/// Zero-width characters ignored when matching.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Control characters the output drops (C0 except tab and line breaks, and
/// DEL). Matching ignores them too: otherwise a line such as "\0May 2, 2024"
/// would be kept, come out of [`for_output`] as a date line, and be removed
/// when the output is cleaned again.
fn is_dropped_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}')) || c == '\u{7F}'
}

/// The character used for matching in place of `c`, or `None` to drop it.
fn fold_char(c: char) -> Option<char> {
    if is_unicode_space(c) {
        return Some(' ');
    }
    if is_zero_width(c) || is_dropped_control(c) {
        return None;
    }
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        _ => c,
    })
}

/// A block as the detectors see it, with a map back to the input.
#[derive(Debug)]
pub(crate) struct View {
    /// The normalized text.
    pub(crate) text: String,
    map: Map,
    /// Whether [`for_output`] leaves the block as it is: it held only chars
    /// that matching folds and the output keeps (curly quotes, zero-width
    /// joiners), nothing the output maps, drops or composes.
    pub(crate) output_clean: bool,
}

/// How view offsets map back to the block: only the chars (or clusters) that
/// were folded, dropped or composed; the bytes between them keep their
/// offsets, shifted. (One entry per changed char, not per byte: a view costs
/// little more than its text.)
#[derive(Debug)]
enum Map {
    Edits(Vec<Edit>),
}

/// View bytes `at..at + len` come from the input char at `from..to` (`len`
/// is 0 for a dropped char).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Edit {
    at: u32,
    len: u32,
    from: u32,
    to: u32,
}

impl View {
    /// Maps the start of a match in the view back to an offset in the block.
    /// (`i` is a char boundary of the view, or its length.)
    pub(crate) fn to_block(&self, i: usize) -> usize {
        match &self.map {
            Map::Edits(edits) => {
                let k = edits.partition_point(|e| e.at as usize <= i);
                match k.checked_sub(1).map(|k| edits[k]) {
                    None => i,
                    Some(e) if i < (e.at + e.len) as usize => e.from as usize,
                    Some(e) => e.to as usize + (i - (e.at + e.len) as usize),
                }
            }
        }
    }

    /// Maps the end of a match in the view back to an offset in the block:
    /// just past the input char that produced the match's last byte, so that
    /// dropped zero-width characters after it stay outside the match.
    pub(crate) fn end_to_block(&self, i: usize) -> usize {
        let Some(j) = i.checked_sub(1) else {
            return 0;
        };
        match &self.map {
            Map::Edits(edits) => {
                let k = edits.partition_point(|e| e.at as usize <= j);
                match k.checked_sub(1).map(|k| edits[k]) {
                    None => i,
                    Some(e) if j < (e.at + e.len) as usize => e.to as usize,
                    Some(e) => e.to as usize + (j - (e.at + e.len) as usize) + 1,
                }
            }
        }
    }
}

/// Returns the matching view of `block`, or `None` when the block can be
/// matched as it is (ASCII without control characters, or nothing to fold).
///
/// One pass over the bytes that are not plain ASCII text, found by [`Odd`]:
/// each run of non-ASCII chars is checked for composition (see
/// [`run_is_nfc`]) and folded char by char; the view's text is started at
/// the first char that folds, so a block with nothing to fold costs no copy.
/// A run that needs composition hands the block to [`compose`].
pub(crate) fn view(block: &str) -> Option<View> {
    let bytes = block.as_bytes();
    // The view so far, once a char folded: its text holds the folded block
    // up to `copied`.
    let mut built: Option<(String, Vec<Edit>)> = None;
    let (mut copied, mut dropped, mut output_clean) = (0, false, true);
    let mut odd = Odd::new(bytes);
    let mut i = 0;
    while let Some(k) = odd.find(i, is_view_special) {
        let end = run_end(bytes, k);
        let run = &block[k..end];
        if !run_is_nfc(run) {
            return Some(compose(block));
        }
        for (j, c) in run.char_indices() {
            let f = fold_char(c);
            if f == Some(c) {
                continue;
            }
            let (text, edits) =
                built.get_or_insert_with(|| (String::with_capacity(block.len()), Vec::new()));
            let (from, to) = (k + j, k + j + c.len_utf8());
            text.push_str(&block[copied..from]);
            let at = text.len() as u32;
            let len = f.map_or(0, |f| {
                text.push(f);
                f.len_utf8() as u32
            });
            dropped |= f.is_none();
            // Only a char that folds can be one the output changes
            // (`output_changes_only_what_matching_folds`).
            output_clean &= !changes_in_output(c);
            edits.push(Edit {
                at,
                len,
                from: from as u32,
                to: to as u32,
            });
            copied = to;
        }
        i = end;
    }
    let (mut text, edits) = built?;
    text.push_str(&block[copied..]);
    // Each run was checked alone, but dropping a char can join two runs, or
    // two marks of one, out of canonical order ("\u{6D8}\0\u{6E3}"): check
    // the folded chars as they are. (Folding alone cannot: it swaps a
    // starter that quick-checks `Yes` for an ASCII one, which leaves the
    // check's state as it was.)
    if dropped && !block.is_ascii() && is_nfc_quick(text.chars()) != IsNormalized::Yes {
        return Some(compose(block));
    }
    Some(View {
        text,
        map: Map::Edits(edits),
        output_clean,
    })
}

/// The end of the run of non-ASCII chars (or the one ASCII control char)
/// at `k`: the next ASCII byte, a char boundary.
fn run_end(bytes: &[u8], k: usize) -> usize {
    if bytes[k] < 0x80 {
        return k + 1;
    }
    bytes[k..]
        .iter()
        .position(|&b| b < 0x80)
        .map_or(bytes.len(), |e| k + e)
}

/// True when `run` (a run of non-ASCII chars between ASCII ones, or one
/// ASCII char) quick-checks as NFC. An ASCII char is always allowed and a
/// starter: it resets the check's state exactly as the start of a string
/// does, so a whole text quick-checks `Yes` exactly when each of its runs
/// does.
fn run_is_nfc(run: &str) -> bool {
    run.chars().all(is_plain_starter) || is_nfc_quick(run.chars()) == IsNormalized::Yes
}

/// Longest cluster (a starter and the marks after it) the view composes
/// directly. A longer one goes through Unicode's Stream-Safe Text Format
/// first (a U+034F COMBINING GRAPHEME JOINER after every 30 marks in a row),
/// as the output does: composing it whole would need a buffer of 8 bytes per
/// mark.
const MAX_CLUSTER: usize = 32;

/// The view of a block that needs composition. Composes cluster by cluster,
/// so every composed char maps to its whole cluster in the input. Clusters
/// are bounded by starters, which NFC does not reorder across (Hangul
/// syllables built from separate jamo are the known exception: they stay
/// decomposed in the view, which only means a phrase with them does not
/// match; clusters longer than [`MAX_CLUSTER`] stay as they are too).
///
/// Streams the block: the memory is the view's text and one edit per
/// cluster that changed or holds more than one char (an edit maps the
/// cluster as a whole, as a match must not end inside one).
fn compose(block: &str) -> View {
    let mut text = String::with_capacity(block.len());
    let mut edits = Vec::new();
    let mut cluster = String::new();
    let mut chars = block.char_indices().peekable();
    // Dropped chars after the cluster's last char: inside the cluster if a
    // mark follows them, else dropped on their own.
    let mut trailing: Vec<(u32, u32)> = Vec::new();
    while let Some((i, c)) = chars.next() {
        let Some(f) = fold_char(c) else {
            edits.push(Edit {
                at: text.len() as u32,
                len: 0,
                from: i as u32,
                to: (i + c.len_utf8()) as u32,
            });
            continue;
        };
        cluster.clear();
        cluster.push(f);
        let mut n = 1;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            match fold_char(d) {
                None => trailing.push((j as u32, (j + d.len_utf8()) as u32)),
                Some(g) if canonical_combining_class(g) != 0 => {
                    cluster.push(g);
                    n += 1;
                    end = j + d.len_utf8();
                    trailing.clear();
                }
                Some(_) => break,
            }
            chars.next();
        }
        let at = text.len();
        if n == 1 && f == c && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes {
            // The common case: the char as it is, mapped by its offset.
            text.push(c);
        } else {
            if n <= MAX_CLUSTER {
                text.extend(cluster.nfc());
            } else {
                // As the output has it (see `for_output`).
                text.extend(cluster.chars().stream_safe().nfc());
            }
            edits.push(Edit {
                at: at as u32,
                len: (text.len() - at) as u32,
                from: i as u32,
                to: end as u32,
            });
        }
        for (from, to) in trailing.drain(..) {
            edits.push(Edit {
                at: text.len() as u32,
                len: 0,
                from,
                to,
            });
        }
    }
    View {
        text,
        map: Map::Edits(edits),
        output_clean: false,
    }
}

/// Normalizes cleaned text for output: CRLF and CR to LF, Unicode spaces to
/// U+0020, soft hyphens, zero-width spaces, word joiners and byte-order marks
/// removed, other C0 controls except tab and newline removed, then NFC (of
/// the Stream-Safe Text Format: a run of more than 30 combining marks gets a
/// U+034F after every 30).
/// Borrows when nothing changes.
pub(crate) fn for_output(text: &str) -> Cow<'_, str> {
    // One pass over the controls, DEL and non-ASCII chars (see `view`):
    // plain ASCII text is skipped at memory speed, and the copy is started
    // at the first char that changes, so unchanged text is borrowed.
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let (mut copied, mut dropped) = (0, false);
    let mut odd = Odd::new(bytes);
    let mut i = 0;
    while let Some(k) = odd.find(i, is_output_special) {
        let end = run_end(bytes, k);
        let run = &text[k..end];
        if !run_is_nfc(run) {
            // The run is composed with the ASCII char before it (the
            // starter its first marks may compose with) and nothing else:
            // nothing composes or reorders across an ASCII char this keeps,
            // and the run ends before one. A page with one decomposed
            // accent then costs that run, not the whole page. Before a
            // control this drops, the chars around it meet: the whole text
            // is composed.
            let from = match k.checked_sub(1) {
                None => 0,
                Some(p) if is_solid_or_break(bytes[p]) => p,
                Some(_) => return Cow::Owned(composed_output(text)),
            };
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..from]);
            o.extend(output_chars(&text[from..end]).stream_safe().nfc());
            copied = end;
            i = end;
            continue;
        }
        for (j, c) in run.char_indices() {
            let (from, to) = (k + j, k + j + c.len_utf8());
            let put = match c {
                '\r' if bytes.get(to) == Some(&b'\n') => None,
                '\r' => Some('\n'),
                c if is_dropped_control(c) => None,
                c if is_unicode_space(c) => Some(' '),
                c if drops_in_output(c) => None,
                _ => continue,
            };
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..from]);
            if let Some(p) = put {
                o.push(p);
            }
            // A "\r" before "\n" goes too, but an ASCII char cannot bring
            // marks together.
            dropped |= put.is_none() && c != '\r';
            copied = to;
        }
        i = end;
    }
    let Some(mut out) = out else {
        return Cow::Borrowed(text);
    };
    out.push_str(&text[copied..]);
    // As in `view`: dropped chars can bring marks together out of order.
    // (The chars the output maps instead are Unicode spaces and `\r`,
    // starters that quick-check `Yes`, swapped for ASCII ones: that leaves
    // the check's state as it was.)
    if dropped && !text.is_ascii() && is_nfc_quick(out.chars()) != IsNormalized::Yes {
        return Cow::Owned(composed_output(text));
    }
    Cow::Owned(out)
}

/// True for the ASCII bytes [`for_output`] keeps as they are: printable
/// ones, tab and line feed.
fn is_solid_or_break(b: u8) -> bool {
    !is_odd(b) || b == b'\t' || b == b'\n'
}

/// [`for_output`] of a text that needs composition: the char rules, then
/// NFC, straight into the composer without an intermediate copy, into a
/// string sized once (NFC rarely changes the length much). Stream-safe
/// first (UAX #15): a run of more than 30 marks gets a U+034F COMBINING
/// GRAPHEME JOINER after every 30, so that the composer's buffer stays small
/// (it holds a whole run, 8 bytes a mark) and the output is still NFC. Real
/// text has no such runs.
fn composed_output(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(output_chars(text).stream_safe().nfc());
    out
}

/// The chars of `text` after the char rules of [`for_output`], one by one.
fn output_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || loop {
        let c = chars.next()?;
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    return Some('\n');
                }
            }
            '\n' | '\t' => return Some(c),
            c if is_dropped_control(c) => {}
            c if is_unicode_space(c) => return Some(' '),
            c if drops_in_output(c) => {}
            c => return Some(c),
        }
    })
}

/// True for the chars [`for_output`] maps or drops one by one, other than
/// `\r` (which ends a line, so no block holds one): Unicode spaces and
/// the chars it drops.
fn changes_in_output(c: char) -> bool {
    is_unicode_space(c) || drops_in_output(c)
}

/// Characters [`for_output`] drops: control characters other than tab and
/// line breaks, and invisible characters with no meaning in running text.
/// ZWJ and ZWNJ are kept: emoji sequences and several scripts need them.
pub(crate) fn drops_in_output(c: char) -> bool {
    is_dropped_control(c) || matches!(c, '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// `t` without the chars [`for_output`] drops, when it holds any; `None` for
/// nearly every line (only a byte outside printable ASCII other than white
/// space can be one, and that is checked first). Line tests that must read
/// a line as the output prints it ("R t \0h" prints as "R t h") start here,
/// else a second cleaning reads another line than the first.
pub(crate) fn without_dropped(t: &str) -> Option<String> {
    // Without branches, so the compiler vectorizes it: a control other
    // than \t..=\r, DEL, or a byte of a char outside ASCII.
    let odd = t.bytes().fold(false, |any, b| {
        any | ((b < b' ') & (b.wrapping_sub(b'\t') > b'\r' - b'\t')) | (b >= 0x7F)
    });
    (odd && t.chars().any(drops_in_output))
        .then(|| t.chars().filter(|&c| !drops_in_output(c)).collect())
}

/// Bytes [`view`] must look at: controls it drops, DEL and non-ASCII.
/// (Only bytes outside printable ASCII: [`Odd`] finds those.)
fn is_view_special(b: u8) -> bool {
    (b >= 0x7F) | ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r'))
}

/// Bytes [`for_output`] must look at: controls other than tab and newline
/// (`\r` included), DEL and non-ASCII. (Only bytes outside printable ASCII.)
fn is_output_special(b: u8) -> bool {
    (b >= 0x7F) | ((b < 0x20) & (b != b'\t') & (b != b'\n'))
}

/// Chars that NFC leaves alone wherever they stand: starters (canonical
/// combining class 0) whose NFC quick check is `Yes` and that nothing
/// composes with. A run of them is NFC without a table lookup: on English
/// pages these are nearly all the non-ASCII chars (curly quotes, dashes,
/// bullets, accented Latin letters, emoji). Checked against the tables by
/// `plain_starters_need_no_composition`.
const PLAIN_STARTERS: [(char, char); 3] = [
    ('\u{A0}', '\u{2FF}'),
    ('\u{2010}', '\u{20CF}'),
    ('\u{1F300}', '\u{1FAFF}'),
];

fn is_plain_starter(c: char) -> bool {
    PLAIN_STARTERS.iter().any(|&(a, z)| (a..=z).contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    #[test]
    fn special_bytes_are_outside_printable_ascii() {
        // `Odd` only stops at those.
        for b in 0..=255u8 {
            if is_view_special(b) || is_output_special(b) {
                assert!(!(0x20..=0x7E).contains(&b), "{b:#x}");
            }
        }
    }

    #[test]
    fn without_dropped_sees_every_dropped_char() {
        // Its byte gate lets through every char the output drops, alone or
        // between others; a text without one is `None`.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let t = format!("a{c}b");
            let want = drops_in_output(c).then(|| "ab".to_string());
            assert_eq!(without_dropped(&t), want, "{:#x}", u32::from(c));
        }
    }

    #[test]
    fn ascii_needs_no_view() {
        assert!(view("Share on Twitter").is_none());
    }

    #[test]
    fn view_folds_and_maps_back() {
        let block = "Don\u{2019}t\u{00A0}miss\u{200B} it";
        let v = view(block).unwrap();
        assert_eq!(v.text, "Don't miss it");
        let at = v.text.find("miss").unwrap();
        assert_eq!(&block[v.to_block(at)..v.end_to_block(at + 4)], "miss");
        assert_eq!(v.end_to_block(v.text.len()), block.len());
        assert_eq!(v.to_block(v.text.len()), block.len());
    }

    #[test]
    fn view_composes_nfc() {
        let block = "Cafe\u{0301} society";
        let v = view(block).unwrap();
        assert_eq!(v.text, "Caf\u{e9} society");
        let at = v.text.find("society").unwrap();
        assert_eq!(&block[v.to_block(at)..], "society");
    }

    #[test]
    fn long_mark_runs_are_made_stream_safe() {
        // 70 marks after a starter: a joiner after the 30th and the 60th,
        // nothing lost, and a second pass changes nothing.
        let marks: String = ['\u{0301}', '\u{0323}'].iter().cycle().take(70).collect();
        let text = format!("a{marks} b");
        let out = for_output(&text).into_owned();
        assert_eq!(out.matches('\u{034F}').count(), 2);
        assert_eq!(out.chars().filter(|&c| c == '\u{0301}').count(), 35);
        assert_eq!(for_output(&out), out);
        assert_eq!(view(&text).unwrap().text, out);
        // Up to 30 marks: plain NFC.
        let short: String = ['\u{0301}', '\u{0323}'].iter().cycle().take(30).collect();
        assert!(!for_output(&format!("a{short}")).contains('\u{034F}'));
    }

    #[test]
    fn output_normalization() {
        assert!(matches!(for_output("plain\ntext"), Cow::Borrowed(_)));
        assert_eq!(for_output("a\r\nb\rc\u{00A0}d\u{200B}e\0"), "a\nb\nc de");
        assert_eq!(for_output("e\u{0301}"), "\u{e9}");
        // Dropping a char between two marks puts them in canonical order
        // (found by the clean_bytes target, crash-fe5c9cd).
        assert_eq!(for_output("\u{6D8}\0\u{6E3}"), "\u{6E3}\u{6D8}");
        assert_eq!(for_output("\u{6D8}\u{200B}\u{6E3}"), "\u{6E3}\u{6D8}");
        assert_eq!(view("x\u{6D8}\0\u{6E3}").unwrap().text, "x\u{6E3}\u{6D8}");
        // DEL alone is dropped too, not only when something else changes.
        assert_eq!(for_output("a\u{7F}b"), "ab");
    }

    /// Strings over an alphabet of every kind of char normalization treats
    /// specially, from a fixed-seed xorshift generator.
    fn awkward_strings() -> impl Iterator<Item = String> {
        const ALPHABET: &[char] = &[
            'a',
            'Z',
            '7',
            ' ',
            '\t',
            '\n',
            '\r',
            '\0',
            '\u{1F}',
            '\u{7F}',
            '\u{A0}',
            '\u{AD}',
            '\u{200B}',
            '\u{200D}',
            '\u{2019}',
            '\u{201C}',
            '\u{2060}',
            '\u{3000}',
            '\u{FEFF}',
            '\u{E9}',
            'e',
            '\u{301}',
            '\u{327}',
            '\u{1100}',
            '\u{1161}',
            '\u{8A9E}',
            '\u{212B}',
            '\u{1D15E}',
            '\u{F900}',
            '\u{6D8}',
            '\u{6E3}',
            '\u{0}',
            '\u{12}',
        ];
        let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
        (0..20_000).map(move |_| {
            // Up to three 32-byte chunks, mostly plain ASCII.
            let len = rng.below(100);
            (0..len)
                .map(|_| match rng.below(3) {
                    0 => ALPHABET[rng.below(ALPHABET.len())],
                    _ => 'a',
                })
                .collect()
        })
    }

    #[test]
    fn plain_starters_need_no_composition() {
        let mut n = 0;
        for &(a, z) in &PLAIN_STARTERS {
            for c in (a..=z).filter(|&c| is_plain_starter(c)) {
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                // Nothing composes with it as the second char of a pair.
                for b in ['a', 'e', 'A', '\u{391}', '\u{1100}', '\u{AC00}', c] {
                    let pair: String = [b, c].iter().collect();
                    assert_eq!(pair.nfc().collect::<String>(), pair, "{b:?} {c:?}");
                }
                n += 1;
            }
        }
        assert!(n > 1000);
        assert!(!is_plain_starter('\u{300}') && !is_plain_starter('\u{2126}'));
    }

    #[test]
    fn normalization_agrees_with_the_naive_checks() {
        for s in awkward_strings() {
            let naive_view = (
                s.chars().any(|c| fold_char(c) != Some(c)),
                is_nfc_quick(s.chars()) != IsNormalized::Yes,
            );
            // Output normalization against the char-by-char loop.
            let mut naive = String::new();
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\r' => {
                        if chars.peek() != Some(&'\n') {
                            naive.push('\n');
                        }
                    }
                    '\n' | '\t' => naive.push(c),
                    c if is_dropped_control(c) => {}
                    c if is_unicode_space(c) => naive.push(' '),
                    c if drops_in_output(c) => {}
                    c => naive.push(c),
                }
            }
            // NFC of NFC text is itself: compose always, after dropping.
            naive = naive.nfc().collect();
            assert_eq!(for_output(&s), naive, "{s:?}");
            // A view exactly when a char folds or the text is not NFC.
            assert_eq!(view(&s).is_some(), naive_view.0 || naive_view.1, "{s:?}");
            // A block the view calls clean for output comes out as it is
            // (blocks hold no "\r": it ends a line).
            if !s.contains('\r') && view(&s).map_or(true, |v| v.output_clean) {
                assert_eq!(for_output(&s), s, "{s:?}");
            }
            if let Some(fast) = view(&s) {
                // The view against folding (and, when the folded chars are not
                // NFC, composing) char by char, with one map entry per byte.
                let composed = is_nfc_quick(s.chars().filter_map(fold_char)) != IsNormalized::Yes
                    || naive_view.1;
                let (text, map, ends) = naive_view_of(&s, composed);
                assert_eq!(fast.text, text, "{s:?}");
                // Matches start and end on char boundaries: the maps agree there.
                for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(fast.to_block(i), map[i] as usize, "{s:?} at {i}");
                    let end = i.checked_sub(1).map_or(0, |j| ends[j] as usize);
                    assert_eq!(fast.end_to_block(i), end, "{s:?} at {i}");
                }
            }
        }
    }

    /// Every char, alone and between letters: what the view calls clean for
    /// output, output normalization leaves as it is; and what it changes
    /// one by one, matching folds (so the view visits it).
    #[test]
    fn output_changes_only_what_matching_folds() {
        let mut clean = 0;
        for c in ('\0'..=char::MAX).filter(|&c| c != '\r') {
            assert!(!changes_in_output(c) || fold_char(c) != Some(c), "{c:?}");
            for s in [c.to_string(), format!("a{c}b")] {
                if view(&s).map_or(true, |v| v.output_clean) {
                    assert_eq!(for_output(&s), s, "{s:?}");
                    clean += 1;
                }
            }
        }
        assert!(clean > 2_000_000, "{clean}");
    }

    /// The view built the simple way: fold every char, compose each cluster
    /// (a starter and its marks) when `composed`, and record for every byte
    /// of the view the input offsets where its char or cluster starts and ends.
    fn naive_view_of(s: &str, composed: bool) -> (String, Vec<u32>, Vec<u32>) {
        let folded: Vec<(char, u32, u32)> = s
            .char_indices()
            .filter_map(|(i, c)| fold_char(c).map(|f| (f, i as u32, (i + c.len_utf8()) as u32)))
            .collect();
        let (mut text, mut map, mut ends) = (String::new(), Vec::new(), Vec::new());
        let mut k = 0;
        while k < folded.len() {
            let (start, mut end) = (folded[k].1, folded[k].2);
            let mut cluster = String::from(folded[k].0);
            k += 1;
            while composed && k < folded.len() && canonical_combining_class(folded[k].0) != 0 {
                cluster.push(folded[k].0);
                end = folded[k].2;
                k += 1;
            }
            for c in cluster.nfc() {
                text.push(c);
                map.extend(std::iter::repeat(start).take(c.len_utf8()));
                ends.extend(std::iter::repeat(end).take(c.len_utf8()));
            }
        }
        // Past the end: the block length.
        map.push(s.len() as u32);
        (text, map, ends)
    }

    #[test]
    fn long_mark_runs_are_mapped_whole_and_made_stream_safe() {
        let marks = "\u{301}\u{323}".repeat(40);
        let block = format!("Caf\u{e9}e{marks} society");
        let v = view(&block).unwrap();
        assert_eq!(
            v.text,
            for_output(&block),
            "composed as the output composes it"
        );
        assert_eq!(v.text.matches('\u{34f}').count(), 2);
        let at = v.text.find(" society").unwrap();
        assert_eq!(&block[v.to_block(at)..], " society");
        // A match ending on the composed "e" takes the whole run with it.
        let k = "Caf\u{e9}".len();
        let e = v.text[k..].chars().next().unwrap();
        assert_eq!(
            v.end_to_block(k + e.len_utf8()),
            block.find(" society").unwrap()
        );
    }

    #[test]
    fn view_drops_controls_like_the_output() {
        let block = "\0May 2,\u{7F} 2024\t";
        let v = view(block).unwrap();
        assert_eq!(v.text, "May 2, 2024\t");
        assert_eq!(v.to_block(0), 1);
        assert!(view("Tab\tseparated").is_none());
    }

    #[test]
    fn separators_and_page_breaks_are_spaces() {
        for sep in ['\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'] {
            let block = format!("Share{sep}on{sep}Twitter");
            assert_eq!(view(&block).unwrap().text, "Share on Twitter");
            assert_eq!(for_output(&block), "Share on Twitter");
        }
    }
}
