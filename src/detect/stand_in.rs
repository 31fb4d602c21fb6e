//! Stand-ins: for a char outside [`Tier::Common`](super::pattern::Tier::Common), a char inside it that no
//! built-in pattern can tell apart from it.
//!
//! A pattern sees a char only through the classes and literals it is made
//! of. Two chars that belong to exactly the same ones, and take as many
//! UTF-8 bytes, match the same way at the same offsets. So a block holding
//! Greek, Cyrillic or CJK letters (or an ideographic space) need not compile
//! every pattern again for [`Tier::Full`](super::pattern::Tier::Full): each such char is swapped for its
//! stand-in ("Ж" for a Latin capital of the same classes, "中" for a
//! letter-like symbol), and the built-in patterns search that text on the
//! common tier, with the tables the crate carries. Every match has the same
//! span as on the text itself. On wcxb-dev, compiling the patterns again
//! for its 137 full-tier blocks cost a CLI run about 50 M instructions
//! (7 %); with stand-ins none is left on that tier.
//!
//! A char without a stand-in leaves its block on the full tier: a decimal
//! digit of another script or a letter of four UTF-8 bytes (CJK extension
//! B, historic scripts), for which no common-tier char shares the classes
//! and the length. User patterns never search through stand-ins: the table
//! is made for the built-in ones.
//!
//! The table is computed from the built-in patterns by a test and kept in
//! git beside the prebuilt DFAs: `TEXTSWEEP_BLESS=1 cargo test --release
//! --lib stand_in` rewrites it; without the variable the same test fails
//! when it is stale. File layout: the 16-byte [`MAGIC`], then rows of three
//! little-endian `u32` (first char, last char, stand-in), sorted and
//! disjoint.

use std::sync::OnceLock;

use super::pattern::in_common;

/// The first bytes of the file; the last one is the layout's version.
const MAGIC: &[u8; 16] = b"textsweep-stins\x01";

/// Bytes per row.
const ROW: usize = 12;

static FILE: &[u8] = include_bytes!("stand_ins.bin");

/// The loaded table: its rows, checked once.
struct Table {
    rows: &'static [u8],
}

impl Table {
    /// The rows of `file`, if it is well formed: sorted, disjoint ranges of
    /// chars outside the common tier, each with a stand-in inside it of the
    /// same UTF-8 length.
    fn load(file: &'static [u8]) -> Option<Table> {
        let rows = file.strip_prefix(MAGIC.as_slice())?;
        if rows.len() % ROW != 0 {
            return None;
        }
        let table = Table { rows };
        let mut next = 0u32;
        for i in 0..table.len() {
            let (first, last, to) = table.row(i);
            let (first, last, to) = (
                char::from_u32(first)?,
                char::from_u32(last)?,
                char::from_u32(to)?,
            );
            let width = first.len_utf8();
            let fits = first as u32 >= next
                && first <= last
                && last.len_utf8() == width
                && to.len_utf8() == width
                && !in_common(first)
                && !in_common(last)
                && in_common(to)
                && !to.is_ascii();
            if !fits {
                return None;
            }
            next = last as u32 + 1;
        }
        Some(table)
    }

    fn len(&self) -> usize {
        self.rows.len() / ROW
    }

    fn row(&self, i: usize) -> (u32, u32, u32) {
        let w = |k: usize| {
            let at = i * ROW + k * 4;
            let b = &self.rows[at..at + 4];
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        };
        (w(0), w(1), w(2))
    }

    /// The stand-in of `c`, a char outside the common tier.
    fn of(&self, c: char) -> Option<char> {
        let c = c as u32;
        // The last row starting at or before `c`.
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.row(mid).0 <= c {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let (_, last, to) = self.row(lo.checked_sub(1)?);
        (c <= last).then(|| char::from_u32(to)).flatten()
    }
}

fn table() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Table::load(FILE)).as_ref()
}

/// `text` with every char outside the common tier swapped for its stand-in
/// (the same length in bytes, every char on the same offsets), or `None`
/// when a char has none (or the table did not load).
pub(super) fn text(text: &str) -> Option<String> {
    let table = table()?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(if in_common(c) { c } else { table.of(c)? });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::pattern::builtin_tests::builtins;
    use crate::detect::pattern::{Tier, Tiered, COMMON};
    use regex_syntax::hir::{Class, Hir, HirKind};
    use std::collections::BTreeMap;

    /// Adds every char class `h` tests a char against to `out`, as sorted
    /// ranges; `Err` when `h` reads UTF-8 bytes one by one (a byte class or
    /// literal outside ASCII), which stand-ins cannot serve.
    fn classes(h: &Hir, out: &mut Vec<Vec<(u32, u32)>>) -> Result<(), String> {
        match h.kind() {
            HirKind::Empty => {}
            HirKind::Literal(lit) => {
                let s = std::str::from_utf8(&lit.0).map_err(|_| format!("{lit:?}"))?;
                // ASCII chars never meet a stand-in or the char it stands for.
                out.extend(
                    s.chars()
                        .filter(|c| !c.is_ascii())
                        .map(|c| vec![(c as u32, c as u32)]),
                );
            }
            HirKind::Class(Class::Unicode(c)) => {
                out.push(
                    c.ranges()
                        .iter()
                        .map(|r| (r.start() as u32, r.end() as u32))
                        .collect(),
                );
            }
            HirKind::Class(Class::Bytes(c)) => {
                if c.ranges().iter().any(|r| r.end() >= 0x80) {
                    return Err(format!("{c:?}"));
                }
            }
            // A look reads only ASCII chars, or none; Unicode word
            // boundaries are added by `generate`.
            HirKind::Look(_) => {}
            HirKind::Repetition(r) => classes(&r.sub, out)?,
            HirKind::Capture(c) => classes(&c.sub, out)?,
            HirKind::Concat(hs) | HirKind::Alternation(hs) => {
                for h in hs {
                    classes(h, out)?;
                }
            }
        }
        Ok(())
    }

    /// The table file for the patterns `hirs`: each run of chars outside
    /// the common tier that share their UTF-8 length and every class of
    /// every pattern with a non-ASCII char of the common tier, with the
    /// lowest such char.
    fn generate(hirs: &[&Hir]) -> Vec<u8> {
        let mut all = Vec::new();
        for h in hirs {
            classes(h, &mut all).expect("built-in patterns read chars whole");
            // A Unicode word boundary tests the chars around it against `\w`.
            if h.properties().look_set().contains_word_unicode() {
                let word = regex_syntax::Parser::new()
                    .parse(r"\w")
                    .expect("\\w parses");
                classes(&word, &mut all).expect("a class");
            }
        }
        all.sort();
        all.dedup();
        // Every char where some class, the tier or the UTF-8 length changes.
        let mut cuts = vec![0u32, 0x80, 0x800, 0xD800, 0xE000, 0x1_0000, 0x11_0000];
        for class in &all {
            for &(a, z) in class {
                cuts.extend([a, z + 1]);
            }
        }
        for (a, z) in COMMON {
            cuts.extend([a as u32, z as u32 + 1]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let signature = |c: u32| -> Vec<usize> {
            all.iter()
                .enumerate()
                .filter(|(_, ranges)| ranges.iter().any(|&(a, z)| a <= c && c <= z))
                .map(|(i, _)| i)
                .collect()
        };
        let pieces: Vec<(char, char, (usize, Vec<usize>))> = cuts
            .windows(2)
            .filter_map(|w| {
                let (a, z) = (char::from_u32(w[0])?, char::from_u32(w[1] - 1)?);
                Some((a, z, (a.len_utf8(), signature(w[0]))))
            })
            .collect();
        let mut stand_in: BTreeMap<&(usize, Vec<usize>), char> = BTreeMap::new();
        for (a, _, sig) in &pieces {
            if in_common(*a) && !a.is_ascii() {
                stand_in.entry(sig).or_insert(*a);
            }
        }
        let mut rows: Vec<(u32, u32, u32)> = Vec::new();
        for (a, z, sig) in &pieces {
            if in_common(*a) {
                continue;
            }
            let Some(&to) = stand_in.get(sig) else {
                continue;
            };
            match rows.last_mut() {
                Some(last) if last.1 + 1 == *a as u32 && last.2 == to as u32 => last.1 = *z as u32,
                _ => rows.push((*a as u32, *z as u32, to as u32)),
            }
        }
        let mut file = MAGIC.to_vec();
        for (a, z, to) in rows {
            for w in [a, z, to] {
                file.extend_from_slice(&w.to_le_bytes());
            }
        }
        file
    }

    /// Lines of the fixtures in other scripts: Latin letters swapped for
    /// Cyrillic and Greek ones of the same case, words of CJK, Thai,
    /// Arabic, Hebrew, Hangul and Devanagari inserted, ideographic and
    /// Ogham spaces, fullwidth and Arabic-Indic digits, combining marks,
    /// and letters of four UTF-8 bytes.
    fn other_scripts() -> Vec<String> {
        let swaps: [(&str, &str); 4] = [
            ("aeopcxyABEHKMOPT", "аеорсхуАВЕНКМОРТ"),
            ("AEOvio", "ΑΕΟνιο"),
            ("0123", "٠١٢٣"),
            ("5 ", "５\u{3000}"),
        ];
        let inserts = [
            "中文 新闻",
            "ข่าว",
            "الأخبار",
            "חדשות",
            "뉴스",
            "समाचार",
            "\u{1680}",
            "e\u{301}",
            "\u{5B4}",
            "\u{20000}",
            "ΑΘΗΝΑ",
            "Москва",
        ];
        let mut out = Vec::new();
        for (i, line) in crate::detect::pattern::builtin_tests::lines()
            .iter()
            .enumerate()
        {
            let (from, to) = swaps[i % swaps.len()];
            let swapped: String = line
                .chars()
                .map(|c| {
                    from.chars()
                        .position(|f| f == c)
                        .and_then(|k| to.chars().nth(k))
                        .unwrap_or(c)
                })
                .collect();
            out.push(swapped);
            let word = inserts[i % inserts.len()];
            out.push(line.replacen(' ', &format!(" {word} "), 1));
            out.push(format!("{word} {line}"));
            out.push(format!("{line} {word}"));
        }
        out
    }

    /// Every built-in pattern, searched through stand-ins on the common
    /// tier, finds exactly what it finds on the text itself.
    #[test]
    fn stand_ins_find_what_the_text_finds() {
        let lines = other_scripts();
        let (mut compared, mut matched, mut none) = (0, 0, 0);
        for t in builtins() {
            for line in &lines {
                if Tier::of(line) != Tier::Full {
                    continue;
                }
                let Some(stood) = text(line) else {
                    none += 1;
                    continue;
                };
                assert_eq!(stood.len(), line.len());
                assert_ne!(Tier::of(&stood), Tier::Full);
                compared += 1;
                if t.len() > 1 {
                    let mut want = regex_automata::PatternSet::new(t.len());
                    let mut got = regex_automata::PatternSet::new(t.len());
                    t.matches(Tier::Full, line, &mut want);
                    t.matches(Tier::Common, &stood, &mut got);
                    assert_eq!(got, want, "{line:?}");
                    matched += usize::from(!want.is_empty());
                    continue;
                }
                let spans = |tier, s: &str| -> Vec<(usize, usize)> {
                    t.find_iter(tier, s).map(|m| (m.start(), m.end())).collect()
                };
                let want = spans(Tier::Full, line);
                assert_eq!(
                    spans(Tier::Common, &stood),
                    want,
                    "{}: {line:?}",
                    t.source()
                );
                matched += usize::from(!want.is_empty());
            }
        }
        // The comparison means something only if the patterns do match, and
        // most lines have stand-ins.
        assert!(matched > 100, "{matched} matching lines");
        assert!(
            compared > 10 * none,
            "{compared} compared, {none} without stand-ins"
        );
        assert!(none > 0, "digits of other scripts have no stand-ins");
    }

    #[test]
    fn swaps_each_char_outside_the_tier() {
        let stood = text("Москва 中文\u{3000}é").expect("stand-ins");
        assert_eq!(stood.len(), "Москва 中文\u{3000}é".len());
        assert!(stood.chars().all(in_common));
        assert!(stood.ends_with('é'), "chars of the tier stay");
        assert_eq!(text("١٢"), None, "Arabic-Indic digits have none");
        assert_eq!(text("plain"), Some("plain".to_string()));
    }

    #[test]
    fn rejects_a_malformed_table() {
        assert!(Table::load(FILE).is_some());
        assert!(Table::load(&FILE[..FILE.len() - 1]).is_none());
        assert!(Table::load(b"textsweep-stins\x02").is_none());
        // Rows out of order.
        let mut rows = MAGIC.to_vec();
        for w in [0x4E2Du32, 0x4E2D, 0x2135, 0x3B1, 0x3B1, 0x100] {
            rows.extend_from_slice(&w.to_le_bytes());
        }
        let rows: &'static [u8] = Box::leak(rows.into_boxed_slice());
        assert!(Table::load(rows).is_none());
        // A stand-in of another length.
        let mut rows = MAGIC.to_vec();
        for w in [0x3B1u32, 0x3B1, 0x2135] {
            rows.extend_from_slice(&w.to_le_bytes());
        }
        let rows: &'static [u8] = Box::leak(rows.into_boxed_slice());
        assert!(Table::load(rows).is_none());
    }

    #[test]
    fn table_is_current() {
        let builtins = builtins();
        let hirs: Vec<&Hir> = builtins.iter().flat_map(Tiered::hirs).collect();
        let want = generate(&hirs);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/detect/stand_ins.bin");
        if std::env::var_os("TEXTSWEEP_BLESS").is_some() {
            std::fs::write(path, &want).expect("write the table");
            return;
        }
        assert!(
            FILE == want.as_slice(),
            "stand_ins.bin is stale: TEXTSWEEP_BLESS=1 cargo test --release --lib stand_in"
        );
        assert!(table().is_some(), "the table loads");
    }
}
