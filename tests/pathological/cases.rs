//! Generators of pathological inputs, shared by the correctness tests
//! (tests/pathological/mod.rs, at sizes a debug build cleans quickly) and the
//! benchmark (benches/pathological.rs, at full size). Deterministic: no
//! randomness, so a slow or failing case reproduces exactly.

// Each includer uses a different subset.
#![allow(dead_code)]

/// Our own news-like pages (the fuzz seeds): the "ordinary text" baseline.
pub(crate) const PAGES: [&str; 8] = [
    include_str!("../../fuzz/seeds/text/01-ferry.txt"),
    include_str!("../../fuzz/seeds/text/02-roundup.txt"),
    include_str!("../../fuzz/seeds/text/03-crlf.txt"),
    include_str!("../../fuzz/seeds/text/04-unicode.txt"),
    include_str!("../../fuzz/seeds/text/05-captions.txt"),
    include_str!("../../fuzz/seeds/text/06-inline.txt"),
    include_str!("../../fuzz/seeds/text/07-archive.txt"),
    include_str!("../../fuzz/seeds/text/08-plain.txt"),
];

/// Ordinary pages, cycling through [`PAGES`], about `bytes` in all.
pub(crate) fn ordinary(bytes: usize) -> Vec<&'static str> {
    let mut docs = Vec::new();
    let mut n = 0;
    while n < bytes {
        let p = PAGES[docs.len() % PAGES.len()];
        n += p.len();
        docs.push(p);
    }
    docs
}

/// Repeats `unit` until the text is at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// Prose sentences of the fixtures with a share bar and a date inside, as
/// one line of about `bytes` bytes (no line break at all).
pub(crate) fn long_line(bytes: usize) -> String {
    repeat_to(
        "The council approved the new bridge on Tuesday after a long debate. Share on Twitter \
         Passengers queued for the first crossing on May 2, 2024, the port authority said. ",
        bytes,
    )
}

/// A title, `lines` empty lines with an advertisement label in the middle,
/// and a body line.
pub(crate) fn empty_lines(lines: usize) -> String {
    let half = "\n".repeat(lines / 2);
    format!("Harbour Works Delayed by Storm Damage\n{half}Advertisement\n{half}The wall protects sixty boats.\n")
}

/// "Share on Twitter " repeated on one line, about `bytes` bytes.
pub(crate) fn share_phrase(bytes: usize) -> String {
    repeat_to("Share on Twitter ", bytes)
}

/// "Share on Twitter" repeated as lines, about `bytes` bytes.
pub(crate) fn share_lines(bytes: usize) -> String {
    repeat_to("Share on Twitter\n", bytes)
}

/// Lines of words each carrying a run of `run` combining marks (acute,
/// dot below, diaeresis, in an order NFC has to sort), about `bytes` bytes.
pub(crate) fn combining_runs(bytes: usize, run: usize) -> String {
    let marks: String = ['\u{0301}', '\u{0323}', '\u{0308}']
        .iter()
        .cycle()
        .take(run)
        .collect();
    repeat_to(
        &format!("Cafe{marks} society opens again{marks}.\nShare on Twitter{marks}\n"),
        bytes,
    )
}

/// Every Unicode space and zero-width or format character the crate knows,
/// between the words of prose and boilerplate lines, about `bytes` bytes.
pub(crate) fn unicode_spaces(bytes: usize) -> String {
    const ODD: [char; 23] = [
        '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}',
        '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200A}', '\u{202F}',
        '\u{205F}', '\u{3000}', '\u{00AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}',
        '\u{FEFF}', '\u{0085}',
    ];
    let mut unit = String::new();
    for (i, c) in ODD.iter().enumerate() {
        unit.push_str("The ferry");
        unit.push(*c);
        unit.push_str("left on time.\n");
        unit.push_str("Share");
        unit.push(*c);
        unit.push_str("on");
        unit.push(ODD[(i + 1) % ODD.len()]);
        unit.push_str("Twitter\n\u{2028}\u{2029}\n");
    }
    repeat_to(&unit, bytes)
}

/// NUL and every other C0 control, DEL and C1 controls, inside and around
/// prose and boilerplate lines, about `bytes` bytes.
pub(crate) fn controls(bytes: usize) -> String {
    let mut unit = String::new();
    for c in (0u32..0x20).chain([0x7F, 0x80, 0x85, 0x9F]) {
        let c = char::from_u32(c).expect("a control character");
        if c == '\n' || c == '\r' {
            continue;
        }
        unit.push(c);
        unit.push_str("The bridge opened");
        unit.push(c);
        unit.push_str(" in May.\nAdvertisement");
        unit.push(c);
        unit.push_str("\n\0By Ann Lee\n");
    }
    repeat_to(&unit, bytes)
}

/// News text with an invalid UTF-8 sequence every few dozen bytes (stray
/// continuation bytes, truncated sequences, surrogates, overlongs, 0xFF),
/// about `bytes` bytes.
pub(crate) fn invalid_utf8(bytes: usize) -> Vec<u8> {
    let bad: [&[u8]; 6] = [
        b"\x80",
        b"\xC3",
        b"\xE2\x80",
        b"\xED\xA0\x80",
        b"\xC0\xAF",
        b"\xFF",
    ];
    let mut out = Vec::with_capacity(bytes + 64);
    let mut i = 0;
    while out.len() < bytes {
        out.extend_from_slice(b"Share on Twitter\nThe caf");
        out.extend_from_slice(bad[i % bad.len()]);
        out.extend_from_slice(b" reopened on Friday.\n");
        i += 1;
    }
    out
}

/// A post body long enough (over 40 words) to be a post, not a related-story card.
pub(crate) const BODY: &str = "The storm brought heavy rain and strong wind to the harbour on Monday night, \
    and the ferry company cancelled every crossing until the afternoon. Fishing boats stayed in port, \
    two roads by the river were closed, and the council opened the sports hall for families whose \
    homes lost power.";

/// `pairs` roundup posts: a title line, a date line and a body.
pub(crate) fn titles_with_dates(pairs: usize) -> String {
    let mut s = String::with_capacity(pairs * 110);
    for i in 0..pairs {
        s.push_str(&format!(
            "Storm Number {i} Reaches the Coast\nPosted on May {}, 2024\n\n{BODY}\n\n",
            1 + i % 28
        ));
    }
    s
}
