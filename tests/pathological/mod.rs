//! Pathological inputs: correctness, not speed. The same generators
//! (`cases.rs`) run at full size in benches/pathological.rs, which reports
//! MB/s and peak memory; here they are sized so that a debug build checks
//! them in a few seconds (`SCALE` makes them bigger under `--release`). Every
//! case goes through the invariants of tests/fuzz/check.rs (spans, tiling,
//! nothing lost, normalized output, idempotence) plus its own assertions.

mod cases;

use std::sync::LazyLock;

use textsweep::{Category, CleanErrorKind, Sweeper};
use unicode_normalization::UnicodeNormalization;

use crate::fuzz::check;

static SWEEPER: LazyLock<Sweeper> = LazyLock::new(Sweeper::new);

/// Debug builds are about ten times slower; release runs the cases bigger.
const SCALE: usize = if cfg!(debug_assertions) { 1 } else { 8 };

const KB: usize = 1 << 10;

/// Cleans `text` with the default rules and checks every invariant.
fn clean(text: &str) -> textsweep::Cleaned<'_> {
    let out = SWEEPER.clean(text).expect("far below the input limit");
    check::check_all(&SWEEPER, text, &out, true);
    out
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn one_long_line() {
    let text = cases::long_line(SCALE * 512 * KB);
    let out = clean(&text);
    assert_eq!(SWEEPER.blocks(&text).count(), 1, "no line break, one block");
    assert_eq!(out.articles().len(), 1);
    // Every sentence of the prose survives, dates inside it included.
    for sentence in [
        "The council approved the new bridge on Tuesday",
        "on May 2, 2024, the port authority said.",
    ] {
        assert_eq!(
            count(out.text(), sentence),
            count(&text, sentence),
            "{sentence:?}"
        );
    }
    // What is removed is only ever a share bar inside the line.
    for r in out.removals() {
        assert_eq!(r.category(), Category::Share);
        assert_eq!(text[r.span().range()].trim(), "Share on Twitter");
    }
}

#[test]
fn a_million_empty_lines() {
    // Full size: a million lines of nothing but a line break.
    let blank = "\n".repeat(1_000_000);
    let out = clean(&blank);
    assert!(out.articles().is_empty() && out.removals().is_empty());
    assert_eq!(
        out.text(),
        blank,
        "nothing to remove: the text is unchanged"
    );

    // A title, half a million empty lines, an advertisement, half a million
    // more, and a body: the cut collapses each run of blank lines to one.
    let text = cases::empty_lines(1_000_000);
    let out = clean(&text);
    assert_eq!(out.removals().len(), 1);
    assert_eq!(out.removals()[0].category(), Category::Advertising);
    assert_eq!(
        out.text(),
        "Harbour Works Delayed by Storm Damage\n\nThe wall protects sixty boats.\n"
    );
}

#[test]
fn one_share_phrase_repeated() {
    // On one line: the whole line is a share bar.
    let text = cases::share_phrase(SCALE * 512 * KB);
    let out = clean(&text);
    assert_eq!(out.text(), "");
    assert!(out
        .removals()
        .iter()
        .all(|r| r.category() == Category::Share));
    // As lines: every line goes, each as its own removal.
    let text = cases::share_lines(SCALE * 512 * KB);
    let out = clean(&text);
    assert_eq!(out.text(), "");
    assert_eq!(out.removals().len(), count(&text, "\n"));
    assert!(out
        .removals()
        .iter()
        .all(|r| r.category() == Category::Share));
}

#[test]
fn long_runs_of_combining_marks() {
    // Runs of 1000 marks on every word; then one run over the whole input.
    for run in [1000, SCALE * 40 * KB] {
        let text = cases::combining_runs(SCALE * 256 * KB, run);
        let out = clean(&text);
        // ("again" + acute is "agaiń" in NFC.)
        assert_eq!(
            count(out.text(), "society opens agai"),
            count(&text, "society opens agai"),
            "run {run}"
        );
        // NFC reorders marks and composes some with their base, but never
        // drops one: decomposed again, the output has every kept mark.
        let marks = |s: &str| {
            s.nfd()
                .filter(|c| matches!(c, '\u{0301}' | '\u{0323}' | '\u{0308}'))
                .count()
        };
        let kept: String = out.kept().collect();
        assert_eq!(marks(out.text()), marks(&kept), "run {run}");
    }
    // A single mark with no base character at all, and marks around line breaks.
    for text in [
        "\u{0301}",
        "\u{0301}\n\u{0301}",
        "Share on Twitter\n\u{0301}\u{0323}\n",
        "a\u{0301}\r\n\u{0301}",
    ] {
        let out = clean(text);
        assert_eq!(out.articles().len(), 1, "{text:?}: a lone mark is text");
    }
}

#[test]
fn every_unicode_space_and_zero_width_character() {
    let spaces = [
        '\u{000B}', '\u{000C}', '\u{0085}', '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2001}',
        '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
        '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}',
    ];
    let invisible = [
        '\u{00AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}',
    ];
    // Each space between the words of a share label, each invisible
    // character inside a word: the label is still recognised, the prose kept.
    for c in spaces {
        let text = format!("{c}Share{c}on{c}Twitter{c}\nThe ferry{c}left on time.\n");
        let out = clean(&text);
        assert_eq!(out.removals().len(), 1, "U+{:04X}", c as u32);
        assert_eq!(
            out.text(),
            "The ferry left on time.\n",
            "U+{:04X}",
            c as u32
        );
    }
    for c in invisible {
        let text = format!("Sh{c}are on Twitter\nThe ferry left on time.\n");
        let out = clean(&text);
        assert_eq!(
            out.text(),
            "The ferry left on time.\n",
            "U+{:04X}",
            c as u32
        );
    }
    // All of them mixed, many times over.
    let text = cases::unicode_spaces(SCALE * 256 * KB);
    let out = clean(&text);
    // A share line goes when only white space separates its words; an
    // invisible character between two words joins them ("Shareon").
    let separated = |line: &str| {
        line.chars()
            .filter(|c| !c.is_alphabetic())
            .all(char::is_whitespace)
    };
    let labels = text
        .split('\n')
        .filter(|l| l.starts_with("Share") && separated(l))
        .count();
    assert!(labels > 0);
    assert_eq!(
        out.removals()
            .iter()
            .filter(|r| r.category() == Category::Share)
            .count(),
        labels
    );
    assert_eq!(
        count(out.text(), "left on time."),
        count(&text, "left on time.")
    );
    // A line of nothing but spaces and invisible characters is blank (ZWNJ
    // and ZWJ are not invisible in this sense: the output keeps them).
    let all: String = spaces
        .iter()
        .chain(&invisible)
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
        .collect();
    let text = format!("One.\n{all}\nTwo.\n");
    let out = clean(&text);
    assert_eq!(SWEEPER.blocks(&text).count(), 2);
    assert!(out.removals().is_empty());
}

#[test]
fn nul_and_control_characters() {
    let text = cases::controls(SCALE * 128 * KB);
    let out = clean(&text);
    // No control character but tab and newline is left in the output.
    assert!(out
        .text()
        .chars()
        .all(|c| c == '\t' || c == '\n' || !c.is_control() || ('\u{80}'..='\u{9F}').contains(&c)));
    // The prose stays, every advertisement label goes.
    assert_eq!(count(out.text(), " in May."), count(&text, " in May."));
    assert_eq!(count(out.text(), "Advertisement"), 0);
    // Controls alone, and a NUL in every position of a short page.
    for text in [
        "\0",
        "\0\n\0",
        "\u{7F}\r\u{1B}",
        "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}",
    ] {
        let out = clean(text);
        assert!(out.articles().is_empty(), "{text:?} is blank");
    }
    let page = "Rates Rise Again\n\nThe bank raised rates.\n\nShare this article\n";
    for i in (0..=page.len()).filter(|&i| page.is_char_boundary(i)) {
        let text = format!("{}\0{}", &page[..i], &page[i..]);
        let out = clean(&text);
        assert!(
            !out.text().contains("Share this article"),
            "NUL at {i}: {:?}",
            out.text()
        );
    }
}

#[test]
fn invalid_utf8_at_many_positions() {
    let bytes = cases::invalid_utf8(SCALE * 256 * KB);
    // The error names the first invalid byte.
    let first = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
    let err = SWEEPER.clean_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), &CleanErrorKind::InvalidUtf8 { offset: first });
    // Lossy: every invariant holds, the prose is kept, the share lines go.
    let lossy = String::from_utf8_lossy(&bytes);
    let out = clean(&lossy);
    assert_eq!(
        count(out.text(), "reopened on Friday."),
        count(&lossy, "reopened on Friday.")
    );
    assert_eq!(count(out.text(), "Share on Twitter"), 0);
    // A bad byte at every position of a page, through both entry points.
    let page =
        "Caf\u{e9} Owners Celebrate\n\nShare on Twitter\n\nThe square reopened.\n".as_bytes();
    for i in 0..=page.len() {
        for bad in [&b"\xFF"[..], b"\xC3", b"\xE2\x80", b"\xED\xA0\x80"] {
            let mut bytes = page[..i].to_vec();
            bytes.extend_from_slice(bad);
            bytes.extend_from_slice(&page[i..]);
            assert!(check::run_bytes(&bytes));
            let err = SWEEPER.clean_bytes(&bytes).unwrap_err();
            // Inside a multi-byte char the error is at that char's first byte.
            let expected = (0..=i)
                .rev()
                .find(|&k| std::str::from_utf8(&page[..k]).is_ok())
                .unwrap_or(0);
            assert_eq!(
                err.kind(),
                &CleanErrorKind::InvalidUtf8 { offset: expected },
                "bad bytes at {i}"
            );
        }
    }
}

#[test]
fn many_titles_with_dates() {
    // benches/pathological.rs runs 100 000 (quadratic until a73d87b: the
    // splitter counted date-line shapes pair by pair).
    let pairs = SCALE * 2000;
    let text = cases::titles_with_dates(pairs);
    let out = clean(&text);
    assert_eq!(out.articles().len(), pairs);
    for (i, a) in out.articles().iter().enumerate() {
        let title = format!("Storm Number {i} Reaches the Coast");
        assert_eq!(a.title(), Some(title.as_str()));
        let day = 1 + i % 28;
        assert_eq!(
            a.date(),
            Some(format!("Posted on May {day}, 2024").as_str())
        );
        assert_eq!(a.ymd(), Some((2024, 5, day as u8)));
        assert_eq!(a.text().trim(), cases::BODY);
    }
}
