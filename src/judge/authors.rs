//! Author boxes and bios: a name line with a job or a bio under it, and
//! what reads as a name ([`name_like`]).

use super::{Ctx, Page, Verdict};
use crate::detect::ends_sentence;
use crate::segment::Block;
use crate::split::TITLE_MAX_WORDS;
use crate::Category;

/// An author's name line has at most this many words ("Colin Smith, CPA").
const AUTHOR_NAME_MAX_WORDS: usize = 7;

/// A job line between the name and the bio has at most this many words.
const AUTHOR_JOB_MAX_WORDS: usize = 6;

/// A bio has at least this many words, and names the author within its
/// first [`AUTHOR_BIO_NAME_WITHIN`] words.
const AUTHOR_BIO_MIN_WORDS: usize = 8;

const AUTHOR_BIO_NAME_WITHIN: usize = 4;

/// Titles before a given name ("Dr Tom Reyes"): an unlabelled bio may open
/// with the given name instead of the title.
const TITLES: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Prof"];

/// Lower-case words a title-case headline holds and a name does not (names
/// keep their particles: "de", "van", "of", "and").
const HEADLINE_WORDS: &[&str] = &[
    "the", "to", "a", "an", "in", "on", "for", "is", "at", "by", "with", "its",
];

/// Unlabelled author boxes right after each other are an article's authors
/// up to this many (one wcxb-dev page ends with three, each with a job
/// line); more are a list's entries (a listicle's shops or firms).
const AUTHOR_BOXES_MAX_RUN: usize = 4;

/// An unlabelled author box names a job within this many words of its bio.
const NAME_BIO_JOB_WITHIN: usize = 30;

/// The jobs an unlabelled bio names ("Ann Lee is a freelance writer …",
/// "Tom is the co-founder and CEO of …"). Lower case; compared with whole
/// words.
const NAME_BIO_JOBS: &[&str] = &[
    "writer",
    "editor",
    "journalist",
    "reporter",
    "contributor",
    "author",
    "columnist",
    "correspondent",
    "blogger",
    "copywriter",
    "freelance",
    "photographer",
    "marketer",
    "marketing",
    "strategist",
    "specialist",
    "manager",
    "founder",
    "co-founder",
    "ceo",
    "cto",
    "director",
    "analyst",
    "consultant",
    "expert",
    "professor",
    "researcher",
    "scientist",
    "engineer",
    "developer",
    "designer",
    "coach",
    "advisor",
    "producer",
    "attorney",
    "lawyer",
    "physician",
    "dietitian",
    "therapist",
    "teacher",
    "educator",
    "executive",
    "lead",
    "head",
];

/// A byline label's words, lower-case, without a trailing colon ("By:" is
/// "by").
pub(super) fn label_text(t: &str) -> String {
    t.trim_end_matches([':', ' ']).to_ascii_lowercase()
}

/// Whether line `k` reads like the name under an author label: up to
/// [`AUTHOR_NAME_MAX_WORDS`] words, [`name_like`], no sentence end.
pub(super) fn name_line(text: &str, blocks: &[Block], k: usize) -> bool {
    let name = &text[blocks[k].span()];
    blocks[k].words() <= AUTHOR_NAME_MAX_WORDS && !ends_sentence(name) && name_like(name)
}

/// Whether `t` reads like a person's or a company's name: capitalised words,
/// with commas, "&" and short lower-case particles ("de", "van", "and")
/// between them: "Colin Smith, CPA", "Anna de Vries".
///
/// Called on most short lines of a page; ASCII lines (nearly all of them)
/// are read as bytes, without decoding chars
/// (`repeats_tests::name_like_reads_ascii_as_chars`).
pub(crate) fn name_like(t: &str) -> bool {
    // Read as the output prints it.
    if let Some(shown) = crate::normalize::without_dropped(t) {
        return name_like(&shown);
    }
    if t.is_ascii() {
        // ASCII white space as `char::is_whitespace` has it: tab to
        // carriage return, and the space.
        let space = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
        let bytes = t.as_bytes();
        return bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes.split(space).filter(|w| !w.is_empty()).all(|w| {
                let commas = w.iter().rev().take_while(|&&b| b == b',').count();
                let w = &w[..w.len() - commas];
                w == b"&"
                    || w.first().is_some_and(u8::is_ascii_uppercase)
                    || (w.len() <= 3 && w.iter().all(u8::is_ascii_lowercase))
            });
    }
    name_like_chars(t)
}

/// [`name_like`], char by char.
fn name_like_chars(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
        && t.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            w == "&"
                || w.chars().next().is_some_and(char::is_uppercase)
                || (w.len() <= 3 && w.chars().all(|c| c.is_ascii_lowercase()))
        })
}

/// Removes an author box under an author label ("Written by", "About the
/// author", "Reviewed by"; the label itself is `byline-label`'s): the name
/// line right below the label, and, when the next paragraph names the author
/// within its first words, that bio and a short job line between the two.
///
/// A bare "By" label is left alone: it also heads the authors of each entry
/// in a list of books or resources, where the names are content (on
/// wcxb-dev one page prints a dozen). Only the name under it that the
/// splitter took for the article's `byline` goes, as a "By Ann Lee" line
/// would. The name line must read like a name and not end a sentence, so a
/// first-person paragraph under "Written by" stays.
pub(super) fn author_boxes(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
    byline: Option<usize>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let free =
        |i: usize, verdict: &[Verdict]| i < range.end && !verdict[i].removed() && !protected[i];
    for i in range.clone() {
        let Verdict::Rule(r) = verdict[i] else {
            continue;
        };
        if rules[r as usize].id() != "byline-label" || i + 1 >= range.end || protected[i + 1] {
            continue;
        }
        let label = label_text(&text[blocks[i].span()]);
        if label == "by" || label == "published" {
            if byline == Some(i + 1) && free(i + 1, verdict) {
                verdict[i + 1] = Verdict::Context(Category::Metadata, Ctx::AuthorBox);
            }
            continue;
        }
        // The name and job lines may be removed already (a footer zone takes
        // short lines); the bio is what is left to find.
        if !name_line(text, blocks, i + 1) {
            continue;
        }
        let name = &text[blocks[i + 1].span()];
        let box_line = Verdict::Context(Category::Metadata, Ctx::AuthorBox);
        if free(i + 1, verdict) {
            verdict[i + 1] = box_line;
        }
        // The bio, maybe after a job line ("Senior Editor").
        let mut bio = i + 2;
        let job = bio < range.end && !protected[bio] && {
            let t = &text[blocks[bio].span()];
            blocks[bio].words() <= AUTHOR_JOB_MAX_WORDS && !ends_sentence(t)
        };
        if job {
            bio += 1;
        }
        if !free(bio, verdict) {
            continue;
        }
        let t = &text[blocks[bio].span()];
        let names: Vec<&str> = name
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_end_matches(','))
            .collect();
        let named = t
            .split_whitespace()
            .take(AUTHOR_BIO_NAME_WITHIN)
            .map(bare_word)
            .any(|w| names.contains(&w));
        if named && blocks[bio].words() >= AUTHOR_BIO_MIN_WORDS {
            verdict[bio] = box_line;
            if job && free(bio - 1, verdict) {
                verdict[bio - 1] = box_line;
            }
        }
    }
}

/// A word without trailing punctuation and a possessive "'s" ("Lee's," is
/// "Lee"): how a bio names its author.
fn bare_word(w: &str) -> &str {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// The first word of `t`, bare (see [`bare_word`]).
fn first_word(t: &str) -> &str {
    bare_word(t.split_whitespace().next().unwrap_or(""))
}

/// Removes an author box without a label: a name line ("Ann Lee", "Dr Tom
/// Reyes, PhD"), maybe a short job line, and a bio that opens with the name
/// ("Ann Lee is …", "Ann's work …"), reads as a sentence (it ends one, or
/// is longer than a headline: [`TITLE_MAX_WORDS`]) and names a job in its
/// first [`NAME_BIO_JOB_WITHIN`] words ([`NAME_BIO_JOBS`]). The box must touch
/// another removal (the line above the name or below the bio is removed, or
/// the article ends there): a listicle's entry ("Harbour Books" above
/// "Harbour Books is a shop run by a former editor …") sits between kept
/// lines. Metadata, as `author-box`.
///
/// On wcxb-dev: 42 boilerplate lines (bios, names, job lines in 31 pages),
/// no content line; without the touching removal it took 8 content lines
/// (a profile in an interview, a shop in a list of shops).
pub(super) fn named_bios(page: &Page<'_>, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
    let Page {
        text,
        blocks,
        protected,
        ..
    } = *page;
    let free =
        |i: usize, verdict: &[Verdict]| i < range.end && !verdict[i].removed() && !protected[i];
    let v = Verdict::Context(Category::Metadata, Ctx::AuthorNameBio);
    // Lines are read as output normalization prints them (without the
    // chars it drops: "Rep\u{FEFF}airs" prints as "Repairs"), else cleaning
    // the output could find a box the first cleaning did not.
    let shown = |k: usize| crate::normalize::for_output(&text[blocks[k].span()]);
    // The first byte line `k` prints: its own when it opens with an ASCII
    // char that a kept ASCII char or the end follows (nearly every line;
    // nothing composes with it or is dropped next to it), so that a
    // paragraph is not read through to compare one byte.
    let first_shown = |k: usize| match text[blocks[k].span()].as_bytes() {
        [a] if a.is_ascii_graphic() => Some(*a),
        [a, b, ..] if a.is_ascii_graphic() && (b.is_ascii_graphic() || *b == b' ') => Some(*a),
        _ => shown(k).as_bytes().first().copied(),
    };
    // The boxes found, (name line, bio line), top to bottom.
    let mut boxes: Vec<(usize, usize)> = Vec::new();
    for i in range.clone() {
        if protected[i] || !(2..=AUTHOR_NAME_MAX_WORDS).contains(&blocks[i].words()) {
            continue;
        }
        // A name opens with a capital: an ASCII one, or a char outside
        // ASCII (`name_like` decodes it). Tested first, on the first byte
        // the line prints, as it is cheapest: the line is read as printed
        // only once a line below may be its bio.
        let head = first_shown(i);
        if !head.is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            continue;
        }
        let name = std::cell::OnceCell::new();
        let name = || -> &str { name.get_or_init(|| shown(i)) };
        // A bio, one or two lines below, is long enough and opens with the
        // name's first byte (the bio opens with the name's first word, or
        // with its given name after a title: "Dr Tom Reyes" / "Tom …"):
        // most short lines (menus, headings) have none, and are not read.
        let titled = || {
            matches!(head, Some(b'D' | b'M' | b'P'))
                && name().split_whitespace().next().is_some_and(|w| {
                    TITLES.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                })
        };
        let may_open = |b: usize| {
            b < range.end
                && blocks[b].words() >= AUTHOR_BIO_MIN_WORDS
                && (first_shown(b) == head || titled())
        };
        // The two lines below, as the output shows them: removed lines in
        // between (a photo credit) are gone when the output is cleaned again.
        let below = |k: usize| (k + 1..range.end).find(|&j| !verdict[j].removed());
        let b1 = below(i).unwrap_or(range.end);
        let b2 = below(b1).unwrap_or(range.end);
        if !(may_open(b1) || may_open(b2)) || ends_sentence(name()) {
            continue;
        }
        let name = name();
        let first = first_word(name);
        // An article opens headlines and sentences alike, so this is often
        // where the heading above a paragraph stops.
        if matches!(first, "The" | "A" | "An") {
            continue;
        }
        // The given name: after a title ("Dr Tom Reyes").
        let given = name
            .split_whitespace()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| !TITLES.contains(w))
            .unwrap_or(first);
        // The bio right below the name, or below a job line: it opens with
        // the name (`named`), and names a job (`opens`).
        let named = |b: usize| {
            let t = shown(b);
            // The first word is a prefix of the text: most lines fail here,
            // before their first word is cut out.
            let head = t.trim_start();
            if !head.starts_with(first) && !head.starts_with(given) {
                return false;
            }
            let w = first_word(&t);
            (w == first || w == given) && blocks[b].words() >= AUTHOR_BIO_MIN_WORDS
        };
        // A bio reads as a sentence: it ends one, or is longer than any
        // headline. "Harbour Trust founder opens a boatyard" under "Harbour
        // Trust" is a page's headline, however many job words it holds.
        let sentence = |b: usize| {
            ends_sentence(&text[blocks[b].span()]) || blocks[b].words() > TITLE_MAX_WORDS
        };
        let opens = |b: usize| {
            named(b)
                && sentence(b)
                && shown(b)
                    .split_whitespace()
                    .take(NAME_BIO_JOB_WITHIN)
                    .any(|w| {
                        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                        NAME_BIO_JOBS.iter().any(|j| w.eq_ignore_ascii_case(j))
                    })
        };
        let job_line = |b: usize| {
            let t = &text[blocks[b].span()];
            !protected[b] && blocks[b].words() <= AUTHOR_JOB_MAX_WORDS && !ends_sentence(t)
        };
        let second = |verdict: &[Verdict]| b2 < range.end && job_line(b1) && free(b2, verdict);
        if !((free(b1, verdict) && named(b1)) || (second(verdict) && named(b2))) {
            continue;
        }
        // The name line's own shape, tested once a line below opens with
        // the name (`name_like` reads the whole line), and before the bio's
        // words are looked up as jobs. A headline in title case ("Night
        // Buses Return to the Suburbs") passes `name_like` but holds words
        // no name does. (Cleaned, a page's title loses the date that
        // protected it, and sits first.)
        if !name_like(name)
            || name.chars().any(|c| c.is_ascii_digit())
            || name.split_whitespace().any(|w| HEADLINE_WORDS.contains(&w))
        {
            continue;
        }
        let bio = if free(b1, verdict) && opens(b1) {
            b1
        } else if second(verdict) && opens(b2) {
            b2
        } else {
            continue;
        };
        if boxes.last().map_or(true, |&(_, end)| i > end) {
            boxes.push((i, bio));
        }
    }
    // A box touches another removal or an edge of the article. Boxes right
    // next to each other are one run, which touches when any of them does:
    // the output, where the run's lower box is gone, shows the upper one
    // touching whatever the lower one touched (read box by box from the
    // top, the upper box was tested before its neighbour was removed). A
    // run of more than [`AUTHOR_BOXES_MAX_RUN`] is a list (shops, firms,
    // people in a listicle), whatever it touches: removing its last entry
    // would only expose the one above to the next cleaning.
    let touches = |&(i, bio): &(usize, usize), verdict: &[Verdict]| {
        i == range.start
            || verdict[i - 1].removed()
            || bio + 1 >= range.end
            || verdict[bio + 1].removed()
    };
    let mut run = 0;
    while run < boxes.len() {
        let mut end = run + 1;
        while end < boxes.len() && boxes[end - 1].1 + 1 == boxes[end].0 {
            end += 1;
        }
        if end - run <= AUTHOR_BOXES_MAX_RUN && boxes[run..end].iter().any(|b| touches(b, verdict))
        {
            for &(i, bio) in &boxes[run..end] {
                for j in i..=bio {
                    if free(j, verdict) {
                        verdict[j] = v;
                    }
                }
            }
        }
        run = end;
    }
}

#[cfg(test)]
mod tests {
    use super::{name_like, name_like_chars};
    use crate::test_rng::XorShift;

    #[test]
    fn name_like_reads_ascii_as_chars() {
        let words = [
            "Ann", "Lee,", "de", "van", "and", "&", ",", "CPA", "the", "quick", "O'Neil", "7", "",
            " ", "\t", "\u{0B}", "\r\n", ",,", "x,", "Dr.", "a1", "ABC,,",
        ];
        let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5000 {
            let (n, sep) = (rng.below(6), if rng.below(3) == 0 { "  " } else { " " });
            let t = (0..n)
                .map(|_| words[rng.below(words.len())])
                .collect::<Vec<_>>()
                .join(sep);
            assert_eq!(name_like(&t), name_like_chars(&t), "{t:?}");
        }
        assert!(name_like("Colin Smith, CPA") && name_like("Anna de Vries"));
        assert!(!name_like("Anna went home") && !name_like("anna"));
    }
}
