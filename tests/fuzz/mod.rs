//! Replays of the fuzz targets' findings and seeds, on stable Rust, through
//! the very functions the targets call (`check.rs`, shared with `fuzz/`).
//!
//! Each finding is a minimized file `testdata/crash-<sha1>` (the name
//! cargo-fuzz gives it, re-hashed after minimizing) with a named test below
//! that says which target found it, what the cause was and how it was fixed.
//! `every_finding_has_a_test` keeps the two lists in step.

pub(crate) mod check;

use std::path::Path;

/// Runs every file of a seed directory through `run`.
fn replay_dir(dir: &str, run: impl Fn(&[u8]) -> bool) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        let data = std::fs::read(&path).expect("seed file");
        assert!(
            run(&data),
            "{}: rejected (over {} bytes)",
            path.display(),
            check::MAX_INPUT
        );
        n += 1;
    }
    n
}

fn structured(data: &[u8]) -> bool {
    use arbitrary::{Arbitrary, Unstructured};
    // The same decoding libfuzzer-sys applies to a typed fuzz_target! input.
    match check::Input::arbitrary_take_rest(Unstructured::new(data)) {
        Ok(input) => check::run_structured(&input),
        Err(_) => true,
    }
}

#[test]
fn seeds_clean_bytes() {
    assert!(replay_dir("fuzz/seeds/text", check::run_bytes) >= 8);
}

#[test]
fn seeds_structured() {
    assert!(replay_dir("fuzz/seeds/structured", structured) >= 8);
}

/// Every page of the shared corpus (`../shared/corpus`: the seeds and
/// wcxb-dev, real scraped pages that stay out of this repository) keeps the
/// invariants the fuzz targets check, idempotence with splitting on among
/// them. Skipped, with a note, where the corpus is absent. Each failing page
/// is named; the first failure's message is printed.
#[test]
fn shared_corpus_keeps_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    for dir in ["seeds", "wcxb-dev"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                pages.push(path);
            }
        }
    }
    if pages.is_empty() {
        eprintln!("{}: no corpus, skipped", root.display());
        return;
    }
    pages.sort();
    let mut failed = Vec::new();
    for path in &pages {
        let text = std::fs::read_to_string(path).expect("UTF-8 page");
        if std::panic::catch_unwind(|| check::run_text(&text)).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} pages break an invariant: {failed:#?}",
        failed.len(),
        pages.len()
    );
}

/// The structured seeds decode to the fixture text they were made from, so
/// the fuzzer starts from realistic pages (a change in `arbitrary`'s format
/// would silently turn them into noise).
#[test]
fn structured_seeds_decode_to_their_text() {
    use arbitrary::{Arbitrary, Unstructured};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("fuzz/seeds/text")).expect("seeds") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("UTF-8 seed");
        let name = path.file_name().expect("file name");
        let data =
            std::fs::read(root.join("fuzz/seeds/structured").join(name)).expect("structured twin");
        let input = check::Input::arbitrary_take_rest(Unstructured::new(&data)).expect("decodes");
        assert_eq!(input.text, text, "{}", path.display());
        assert!(
            input.builtins && input.split && input.normalize && input.rules.is_empty(),
            "{}",
            path.display()
        );
        assert_eq!(
            input.categories & 0x7ff,
            0x7ff,
            "{}: every category on",
            path.display()
        );
    }
}

/// The findings: file name, target, and whether the cause is fixed (a known,
/// unfixed one is replayed by its own `#[ignore]`d test until it is).
const FINDINGS: &[(&str, &str, bool)] = &[
    (
        "crash-bc0671a656cee406ff1ef5652e81e67b89b9c70f",
        "clean_bytes",
        false,
    ),
    (
        "crash-5efc8a3e8a5342cadc26f7fb3666d50afce77827",
        "structured",
        true,
    ),
    (
        "crash-c5025b6d2ff53848c1382c5ac84b66b6d614974d",
        "structured",
        true,
    ),
    (
        "crash-3f74dc771502371cca64b65a493766e0c5032e8a",
        "structured",
        true,
    ),
    (
        "crash-6b0bbe4e76352e3b9c70d90d5e35293ddce90526",
        "structured",
        true,
    ),
    (
        "crash-c243b45528a3f979b01ac38bd0e0de3378cbdcac",
        "structured",
        true,
    ),
    (
        "crash-d239949022bfca0aaa829f88c19377a00a646c2c",
        "structured",
        true,
    ),
    (
        "crash-ec9a7add3eefda5b63529f7870cc06425101da16",
        "structured",
        true,
    ),
    (
        "crash-8125066a8300ea8ba53d4626d856d8f85b0ec5b7",
        "clean_bytes",
        false,
    ),
    (
        "crash-ad5b6768a0234de14f07d7cbc9d54d6fbf58bece",
        "structured",
        true,
    ),
    (
        "crash-202e787f8f22d4ec329836ce6e30ad4b864fe67b",
        "clean_bytes",
        true,
    ),
    (
        "crash-f1d9534d24f1c2a0f7ea8cb3e4997d96701f9610",
        "structured",
        true,
    ),
    (
        "crash-0d65d5f3666bf2cefa9fe774577ed301395f4eb3",
        "clean_bytes",
        true,
    ),
    (
        "crash-436e0075dd2e3e5bc52824a62bd62e4ecbd249a5",
        "structured",
        true,
    ),
    (
        "crash-3c8cf0b0d5d2baecc9ae30398d72dfa5a487e300",
        "clean_bytes",
        true,
    ),
    (
        "crash-04978993ba6383f2dd4f1c621e3f23be5a3b72c8",
        "structured",
        true,
    ),
    (
        "crash-faabad9a3418d809136db4d9d6892f189ba48c5a",
        "clean_bytes",
        true,
    ),
    (
        "crash-c8374ce8dce7397735a2f59dcdf70f70be702d40",
        "structured",
        true,
    ),
    (
        "crash-233ed9420a46be5f9dcbd33587adcb8adc62244d",
        "structured",
        true,
    ),
    (
        "crash-69781bd10a351c3ba093066e4df8dde3e29af040",
        "clean_bytes",
        true,
    ),
    (
        "crash-fe5c9cd687de943fa402c1bf45bab1832fc341c6",
        "clean_bytes",
        true,
    ),
    (
        "crash-75a745db981a8ac974bae860f9e927d44d0de147",
        "clean_bytes",
        true,
    ),
    (
        "crash-f593ed8f836dbcc28b70075e3400af9f1c2e2ac7",
        "clean_bytes",
        true,
    ),
    (
        "crash-53e4bb596592ca3e3cba5f728c8dd8da38124a85",
        "clean_bytes",
        true,
    ),
    (
        "crash-ad49c49cfa9e02cc10b1dc0110cd324d963cc293",
        "structured",
        true,
    ),
    (
        "crash-417713b4b6cdd6767b9fcd716db164ff65f8af2d",
        "structured",
        true,
    ),
    (
        "crash-28411fe6057cf38d82dd60229b9ea3f6fb87d403",
        "clean_bytes",
        true,
    ),
    (
        "crash-e84b46b7b0fd89cd3be92f0c02a62df6bdaf5a80",
        "clean_bytes",
        true,
    ),
    (
        "crash-744bc1d893989bb82af9b72ed12e895c18c8af94",
        "clean_bytes",
        true,
    ),
    (
        "crash-e4acd58e258914416bdf89b72771c7bcff8f820e",
        "clean_bytes",
        true,
    ),
    (
        "crash-69c5df2c07116c34feb8103a2d1595fa76759465",
        "clean_bytes",
        true,
    ),
    (
        "crash-a00772ca00cf2befd8bf810b466fe7240bce1d58",
        "clean_bytes",
        true,
    ),
    (
        "crash-8bafd1d33d66492b589bcd92b02d797bed3c6717",
        "clean_bytes",
        true,
    ),
    (
        "crash-e79b299bac21301a961b36b1b18e4e85941fbaec",
        "clean_bytes",
        true,
    ),
    (
        "crash-01a9750c06e5d14544962d746984ac59291efe85",
        "clean_bytes",
        true,
    ),
    // The twenty-third session's CI fuzz run: a page's title in title case
    // ("Night Buses Return to the Northern Suburbs"), protected by its date
    // line, sat first in the cleaned text without it, above a paragraph
    // that opened with the same word and named a job; cleaning again took
    // the two as an unlabelled author box (`author-name-bio`).
    (
        "crash-ad27d15041d65845255d605a50af73679ae6073a",
        "clean_bytes",
        true,
    ),
    // The twenty-fifth session's fuzz run, two findings in one file: the
    // minimized one (name_like read "\0h" as no particle), and a single
    // article's title protected by a date line the cleaning removed (fixed
    // in the twenty-sixth session): see `crash_75079c3`.
    (
        "crash-75079c3c36a74f26669cdbfd3f78675abe04964e",
        "clean_bytes",
        true,
    ),
    (
        "crash-b361ea32c89c0c04e87553f86c7636ed9b9f1921",
        "clean_bytes",
        true,
    ),
    // The twenty-fourth session's CI fuzz run: a line of 30 words that ended
    // in a glued share bar was too long to be a post title; the output
    // printed it without the bar, short enough to be one, and split anew.
    (
        "crash-40fbaf8dc8ab0230d59fb98b67b1de10b2dc3b12",
        "clean_bytes",
        true,
    ),
    // The twenty-sixth session's fuzz run: a user inline pattern that
    // matches a lone space (" ?") "removed" the spaces between words, which
    // the output prints all the same, so every cleaning removed them again.
    (
        "crash-40c26cf5f839a37f4d74719bb85093b5f8444273",
        "structured",
        true,
    ),
    // The same run: a roundup's second post reached 40 words of body only
    // with kept lines the splitter does not count (a rescued "Twitter"
    // label); the cleaned page was one article, so its date lines went.
    (
        "crash-221c790bfc75f4f9ac26a67217b4f26b67a0bdd1",
        "structured",
        true,
    ),
    // The same session: a related card's teaser ended in a glued share
    // bar, over 30 words with it and 30 or fewer as printed.
    (
        "crash-4ea4bdf745387f952d217fdefdaa2254dd1752f2",
        "structured",
        true,
    ),
    // The same session: a network label kept as a heading because the line
    // under it had 8 words, counting a share bar glued to its start.
    (
        "crash-5c7f4591dac76a9dc30c976364a83423688bcaff",
        "clean_bytes",
        true,
    ),
    // The session's last run: a tag page whose posts print the date above
    // the title splits into three excerpts; its output is one article.
    // Fixed in the twenty-seventh session: see `crash_716d6f9`.
    (
        "crash-716d6f9253b79baefaf7fdd790b7004268490895",
        "clean_bytes",
        true,
    ),
    // Twenty-seventh session: a date-first tag page split in the input; its
    // output, without a date line that was no post's date, split title first.
    (
        "crash-ac1a02fc833dd9fba668c93ae9b375283644384f",
        "clean_bytes",
        true,
    ),
    // The same session, the first round with the stricter invariant: a
    // title too long in the input and not once its controls are dropped.
    (
        "crash-b4e531733daf85dee45a8808e55a3a19e5ecdbc6",
        "clean_bytes",
        true,
    ),
    // A title under a name-like line and a short line, its first word the
    // name's: a bio to `author-name-bio` once its date line is gone.
    (
        "crash-afb43efbaeac9518b42b64517553ed89e8bf4d48",
        "clean_bytes",
        true,
    ),
    // A name line, a photo credit and a short line removed, a job line and
    // a bio: the output holds name, job and bio in a row, an author box.
    (
        "crash-8f7cc6bf9ef44a2889f39e01e3f002c8426a3dbb",
        "clean_bytes",
        true,
    ),
    // A share bar cut out of a post's title leaves three capitalised words,
    // which the output reads as an author's name under the line above.
    (
        "crash-37e566d2838a697da4a9f369ddef6b301e026d06",
        "structured",
        true,
    ),
    // A user pattern that re-cuts a line one char a round, past the judge's
    // limit of rounds.
    (
        "crash-e66d8996aaf9eb6df7089dffa61860d5656ab087",
        "structured",
        true,
    ),
];

fn finding(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/testdata")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_finding_has_a_test() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/testdata");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("testdata")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = FINDINGS.iter().map(|f| f.0.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "tests/fuzz/testdata and FINDINGS differ");
}

/// Replays finding `name` through the function of the target that found it.
fn replay(name: &str, target: &str) -> bool {
    let data = finding(name);
    match target {
        "clean_bytes" => check::run_bytes(&data),
        "structured" => structured(&data),
        other => panic!("unknown target {other}"),
    }
}

/// Every finding marked unfixed still fails: one that a later change fixed
/// is marked fixed and its test unignored (five were found passing in the
/// thirty-eighth session, three of them already on its starting commit).
#[test]
fn unfixed_findings_still_fail() {
    for (name, target, _) in FINDINGS.iter().filter(|f| !f.2) {
        assert!(
            std::panic::catch_unwind(|| replay(name, target)).is_err(),
            "{name} passes now: mark it fixed in FINDINGS and unignore its test"
        );
    }
}

/// Every fixed finding replays through its target's function without a failure.
#[test]
fn findings_replay() {
    for (name, target, _) in FINDINGS.iter().filter(|f| f.2) {
        assert!(replay(name, target), "{name}: rejected as too large");
    }
}

/// crash-fe5c9cd… (clean_bytes, against 0a00f97): "Nj\xA3N\x8A\u{6D8}\x12\0\0\0
/// \u{6E3}N". Output normalization decided whether to compose (NFC) from
/// the text before dropping control and zero-width characters, run by run;
/// dropping the controls brought U+06D8 (class 230) and U+06E3 (class 220)
/// together out of canonical order, and the output was not NFC. (Also so for
/// "\u{6D8}\u{200B}\u{6E3}" before any of issue 4's changes.) Fixed in the
/// commit after 0a00f97: the composition check runs on the chars as they will
/// be once dropped, in the output and in the matching view.
#[test]
fn crash_fe5c9cd() {
    assert!(check::run_bytes(&finding(
        "crash-fe5c9cd687de943fa402c1bf45bab1832fc341c6"
    )));
}

/// crash-b361ea3… (clean_bytes, minimized from crash-75079c3 with the
/// crash-40fbaf8 fix in place): a line "R t \0h" in a run of short title-case lines.
/// `judge::name_like` read "\0h" as a word that is neither capitalised nor a
/// short particle; the output drops the NUL and prints "h", a particle, so
/// the next cleaning took the line's neighbour as a menu entry
/// (`header-run`). Fixed: `name_like` reads a line without the chars output
/// normalization drops.
#[test]
fn crash_b361ea3() {
    assert!(check::run_bytes(&finding(
        "crash-b361ea32c89c0c04e87553f86c7636ed9b9f1921"
    )));
}

/// crash-75079c3… (clean_bytes, twenty-fifth session, raw). A single
/// article's title ("RepaZed by Storm Damage") was found by the date line
/// under it and protected; the cleaning removed the date line, as it removes
/// a single article's metadata, so the next cleaning found no title there
/// and `header-run` took the line as a menu entry between two name-like
/// lines. Fixed in the twenty-sixth session: when the lines the output
/// keeps, without the date line, would give the title to `header-run`, the
/// date line stays in the text (`judge::title_falls_without_date`); the
/// fixture `single-article-title-in-a-run-of-short-lines-keeps-its-date`
/// is the same case in plain words.
#[test]
fn crash_75079c3() {
    assert!(check::run_bytes(&finding(
        "crash-75079c3c36a74f26669cdbfd3f78675abe04964e"
    )));
}

/// crash-40fbaf8… (clean_bytes, against b579bd2, found by CI): a roundup
/// where one line ended in "Share on Facebook (opens new …": over 25 words
/// with the share bar, too long for a post title, but 25 or fewer as the
/// output prints it. Cleaning the output found a new post
/// start, split the page another way and removed a line it had kept. Fixed:
/// the splitter reads a line that rules cut parts of as the output prints it
/// (`split::Shape`, from the enabled inline hits), and an article's title is
/// what the output prints of its line.
#[test]
fn crash_40fbaf8() {
    assert!(check::run_bytes(&finding(
        "crash-40fbaf8dc8ab0230d59fb98b67b1de10b2dc3b12"
    )));
}

/// crash-75a745d… (clean_bytes, against 88be66c): a roundup whose two post
/// titles are cookie notices glued to share bars. Since 54053e5 such titles
/// are removed and the posts report no title; the checker required the header
/// to end before the first *titled* post and failed with none. The checker was
/// wrong, not the library: it now requires every article to lie inside the
/// header or after it, with at least one post after it.
#[test]
fn crash_75a745d() {
    assert!(check::run_bytes(&finding(
        "crash-75a745db981a8ac974bae860f9e927d44d0de147"
    )));
}

/// crash-28411fe… (clean_bytes, against the merge of the header runs): a
/// line "a \0 a" among short lines. The judge counted its words on the input
/// (three: the NUL is a token), the output prints "a  a" (two), and header runs
/// take lines of up to two words, so cleaning the output removed it. Fixed:
/// word counts are of the words the output prints (`segment::words_up_to`),
/// and a sentence end is read past the chars the output drops.
#[test]
fn crash_28411fe() {
    assert!(check::run_bytes(&finding(
        "crash-28411fe6057cf38d82dd60229b9ea3f6fb87d403"
    )));
}

/// crash-e84b46b… (clean_bytes, a 10-minute run in fork mode on the code
/// after the second rule pass; the same input failed on the code from before
/// that session): a garbled roundup whose second post's title is a cookie
/// notice glued to share bars. The first cleaning split three articles and
/// removed that title and the posts' date lines; the output then read as one
/// article, and the header zone, tail zone and header runs of a single
/// article took lines the roundup's posts had kept. Fixed: in a roundup the
/// posts' date lines stay, and a roundup whose posts would not be found again
/// in the output (a title removed or no longer opening a paragraph, fewer
/// than two posts keeping 40 words) is judged as one article
/// (`split::survives`). The 20 inputs that run found all pass now.
#[test]
fn crash_e84b46b() {
    assert!(check::run_bytes(&finding(
        "crash-e84b46b7b0fd89cd3be92f0c02a62df6bdaf5a80"
    )));
}

/// crash-744bc1d… (clean_bytes, a 5-minute fork-mode run after the roundup
/// fix): `split::survives` counted a post's words on whole lines, share bars
/// cut from them included; the output's posts had fewer than 40 words and it
/// read as one article. Fixed: the check reads each line as the output prints
/// it (what its inline cuts leave).
#[test]
fn crash_744bc1d() {
    assert!(check::run_bytes(&finding(
        "crash-744bc1d893989bb82af9b72ed12e895c18c8af94"
    )));
}

/// crash-e4acd58… (same run): a post's date line "P\u{2}\0…osted on April
/// 2, 2022" had no "posted" lead-in (the controls split the word), its output
/// did, so the posts' date shapes agreed in the input and not in the output.
/// Fixed: a date line's shape is read without the chars the output drops.
#[test]
fn crash_e4acd58() {
    assert!(check::run_bytes(&finding(
        "crash-e4acd58e258914416bdf89b72771c7bcff8f820e"
    )));
}

/// crash-69c5df2… (same run) and crash-a00772c… (the final 10-minute run):
/// a roundup's page header held a long line that a rule removed, so the
/// header was not "all short lines" and stayed; in the output it was, and
/// the second cleaning removed it as a page header. Fixed: the header is
/// judged on the lines the output keeps, as it prints them. crash-8bafd1d…:
/// likewise for a header line that was long only by its NULs (its length is
/// now that of its output).
#[test]
fn crash_69c5df2_and_a00772c() {
    for name in [
        "crash-69c5df2c07116c34feb8103a2d1595fa76759465",
        "crash-a00772ca00cf2befd8bf810b466fe7240bce1d58",
        "crash-8bafd1d33d66492b589bcd92b02d797bed3c6717",
    ] {
        assert!(check::run_bytes(&finding(name)), "{name}");
    }
}

/// crash-e79b299… and crash-01a9750… (a 10-minute run in the third
/// session, minimized; the code at the start of that session failed too): a
/// title whose inline cut left a non-title ("C(opens new window)" prints as
/// "C") kept its protection. On a page, a header-run took "C" when the
/// output was cleaned; in a roundup, the output no longer split at that post
/// and its date line went. Fixed: a page's title is protected only while its
/// cuts leave a title shape, and `split::survives` checks that shape too.
#[test]
fn crash_e79b299_and_01a9750() {
    for name in [
        "crash-e79b299bac21301a961b36b1b18e4e85941fbaec",
        "crash-01a9750c06e5d14544962d746984ac59291efe85",
    ] {
        assert!(check::run_bytes(&finding(name)), "{name}");
    }
}

/// Inputs the property tests (tests/props.rs) found, minimized by proptest,
/// each fixed in the commit named beside it; replayed through the
/// `clean_bytes` target's checks.
#[test]
fn regressions_from_properties() {
    for input in [
        // normalize (a0234fd): DEL alone was left in normalized output.
        "\u{7f}",
        // normalize (a0234fd): a NUL hid the date line from matching, but not
        // from the output, so cleaning the output removed it.
        "\0May 2, 2024\n",
        "Print this page Image: the square at dawn \0© Ann Lee\n",
        // segment (331393c): DEL before a byline: the matching view started
        // with a space and the anchored byline rule missed it.
        "\u{7f} By Ann Lee\n",
        // render (331393c): a ZWSP left alone on a line after a cut survived
        // as a line that normalization then emptied.
        "Share on Facebook\n\u{200b}Sign up for our newsletter to get the latest news in your inbox.\n",
        // judge: a byline with an inline share cut broke a run of header
        // furniture that its printed form ("By Ann Lee ·") did not.
        "Caf\u{e9} Owners Celebrate the Reopened Square\n(AP Photo/Ruth Adler) Share this:\na\nBy Ann Lee \u{b7} Share on Facebook\nA\nThe council approved the bridge on Tuesday after a long debate. Posted on March 14, 2023\n",
        // render (331393c): lone CR line breaks were joined into one line.
        "One\rShare on Facebook\rTwo words\r",
        // normalize (a3c6423): VT and FF were dropped, gluing words.
        "Share\u{0b}on\u{0c}Twitter\nThe ferry left.\n",
        // judge (forty-eighth session, the top-menu pass before it landed):
        // U+0085 beside a space prints as a second space, so the output's
        // first line spaced three entries apart and read as a site menu.
        "2\t021-11-08\u{85} 2021-11-08\nFirefighters battle a blaze near the ridge road on Thursday. \"We lost half our customers last winter,\" said the baker.\nShare on Facebook\n",
        // judge (the same pass): a category line under the headline was
        // among the page's first four lines only once the lines above it
        // were removed.
        "Menu\nSearch\nSign in\nSubscribe\nWhy the quarry closed\nAsia | Guides | Japan | Travel Tips\nThe quarry closed on Friday after ninety years, and the owners said the last lorries would leave in the spring.\n",
        // judge (the same pass): a title shaped like a menu, protected by
        // its date line, was a top menu once the date was gone.
        "' |\u{a0}A|a\nMay 2, 2024\nThe council approved the bridge on Tuesday after a long debate. The council approved the bridge on Tuesday after a long debate.\n",
        // judge (the same pass, when it ran inside the header zone): an
        // island under it was removed only later, so the output's first
        // line, "Updated 2021-11-08 •A•?,", was a top menu the first
        // cleaning had not read as one.
        "S\rhare on Facebook\nNight Buses Return to the Northern Suburbs Share on Facebook\nShare on Facebook\nTags: rivers, floods, weather\nUpdated 2021-11-08 \u{2022}A\u{2022}?,\nThe council approved the bridge on Tuesday after a long debate. The council approved the bridge on Tuesday after a long debate.\n",
    ] {
        assert!(check::run_bytes(input.as_bytes()), "{input:?}");
    }
}

/// crash-69781bd… (clean_bytes, against 87d213c): "Ca\n2 May 2024\u{a0}Share
/// on Facebook·\n…". The inline share bar was cut from line 2, leaving
/// "2 May 2024 ·"; cleaning the output again read that as a date line,
/// removed it, and made "Ca" above it a header (`header-zone`). Cause: the
/// rest of a line after an inline cut was kept without being judged again.
/// Fixed in 3f039da (judge: the rest of a cut line is scanned again).
#[test]
fn crash_69781bd() {
    let data = finding("crash-69781bd10a351c3ba093066e4df8dde3e29af040");
    assert_idempotent(
        &textsweep::Sweeper::new(),
        std::str::from_utf8(&data).expect("UTF-8"),
    );
}

fn assert_idempotent(sweeper: &textsweep::Sweeper, text: &str) {
    let out = sweeper.clean(text).expect("small");
    let again = sweeper.clean(out.text()).expect("small");
    let removed: Vec<(&str, &str)> = again
        .removals()
        .iter()
        .map(|r| (&out.text()[r.span().range()], r.rule()))
        .collect();
    assert!(
        removed.is_empty(),
        "{text:?} cleaned to {:?}, which loses {removed:?}",
        out.text()
    );
}

/// Found by tests/props.rs: when an inline rule cut part of a line, the rest
/// was kept without being judged again, although on its own it is
/// boilerplate; the next cleaning removed it. Fixed in 3f039da.
#[test]
fn idempotent_after_an_inline_cut() {
    let sweeper = textsweep::Sweeper::new();
    for text in [
        "5 min read Share on Facebook\n",
        "12 comments Share on Facebook\n",
        "2 May 2024 Share on Twitter (opens new window)\n",
        "Image: the square at dawn \u{a9} Ann Lee Share on Twitter (opens new window)\n",
        "Share on Facebook Read more: Ten other stories from the valley\nThe council met.\n",
        "2021-11-08\u{200b}Share this:\n",
    ] {
        assert_idempotent(&sweeper, text);
    }
}

/// Found by tests/props.rs: a line followed by a date line was an article
/// title and was never judged, even when it was boilerplate the rules know
/// ("5 min read"; a title ending in a share bar). Once the date line was
/// removed, the next cleaning removed it. Fixed in 3f039da.
#[test]
fn idempotent_for_titles() {
    let sweeper = textsweep::Sweeper::new();
    for text in [
        "5 min read\nMay 2, 2024\n",
        "Floods Reach the Old Town Share on Facebook\nMay 2, 2024\n\nWater rose.\n",
    ] {
        assert_idempotent(&sweeper, text);
    }
}

/// crash-ad49c49… (structured, against 6eaf54c): a user phrase "\0" with
/// `Scope::Line`, and the text "…\n\n«Getty Imag". Panic in
/// detect::on_word_boundaries: "start byte index 1 is not a char boundary".
/// Cause (src/detect/mod.rs): the phrase is not
/// white space, so it passes the empty-rule check, but it folds to "" for
/// matching (matching ignores control characters since a0234fd, and always
/// ignored zero-width ones, so "\u{200B}" did the same before). The empty
/// pattern matches at every byte, inside "«" too. Fixed in 54053e5: a phrase
/// that folds to nothing is an `EmptyRule` error. Also pinned by tests/limits.rs
/// `invisible_only_phrase_is_an_empty_rule`. In a 10-minute run against
/// 78b565a the `structured` target hit it 10 more times, always through a
/// phrase of control characters ("\0", "\n\u{1}", "\u{12}" x 5, ...).
#[test]
fn crash_ad49c49() {
    assert!(structured(&finding(
        "crash-ad49c49cfa9e02cc10b1dc0110cd324d963cc293"
    )));
}

/// Found by tests/props.rs against 6eaf54c (src/judge.rs and src/split.rs): "Print this page Share on Facebook" above a
/// date line is taken for a title; the title gets its inline cut (the share
/// bar) but what is left, "Print this page", is a whole-line share label that
/// titles are never judged for. With the date line removed, the next cleaning
/// removes it. Fixed in 54053e5: a title whose remainder after its cuts is
/// boilerplate is removed, and the article reports no title.
#[test]
fn idempotent_for_a_title_that_is_boilerplate_once_cut() {
    let sweeper = textsweep::Sweeper::new();
    for text in [
        "Print this page Share on Facebook\nMay 2, 2024\n",
        // clean_bytes, against 0a00f97: the title's remainder is a dateline.
        "2 May 2024Hr Share on Facebook\n2021-1-0",
    ] {
        assert_idempotent(&sweeper, text);
    }
}

/// Found by tests/props.rs against 6eaf54c (src/detect/share.rs and the
/// re-scan in detect/mod.rs): two share bars glued
/// together, "Share on FacebookShare on Facebook · …". The inline share-bar
/// pattern needs a word boundary after the network name, so it cuts only the
/// second bar; the first, now followed by a space, is cut by the next
/// cleaning. Likewise a bar inside another ("Share(opens new window) on
/// Facebook"): cutting the inner one completes the outer. Fixed in 54053e5:
/// the judge scans what a cut leaves again, up to four times.
///
/// The `structured` target found it too, against 78b565a:
/// crash-417713b… is "w Share on TwitterShare on Twitter" with every category.
#[test]
fn idempotent_for_glued_share_bars() {
    assert!(structured(&finding(
        "crash-417713b4b6cdd6767b9fcd716db164ff65f8af2d"
    )));
    let sweeper = textsweep::Sweeper::new();
    for text in [
        "Share on FacebookShare on Facebook \u{b7} Why the Tram Extension Is Two Years Late?\n",
        // clean_bytes, against 0a00f97 (minimized): glued bars, and a bar cut
        // out of another one, which the cut completes.
        "CShare on FacebookShare via Email\u{b7}h",
        "ArShare on TwitterShare on Twitter\n",
        "hShare(opens new window) on Facebook ",
        "fk (opens (opens new window)new window) t ",
    ] {
        assert_idempotent(&sweeper, text);
    }
}

/// crash-f593ed8… (clean_bytes, against b0b7164): "SShare onShare on
/// Facebook\0 Facebook n". Cutting the inner bar leaves "SShare on" and
/// "\0 Facebook n"; the first cleaning keeps them, the output joins them as
/// "SShare on Facebook n", and the second cleaning cuts "Share on Facebook"
/// from it (the inline pattern has no word boundary before "Share"). Cause
/// (src/judge.rs / src/detect, not this issue's to edit): the re-scan of what
/// a cut leaves (54053e5) does not see the pieces as the output joins them
/// (one space between them, the NUL dropped). Fix: re-scan the pieces joined
/// the way render joins them.
#[test]
fn crash_f593ed8() {
    assert!(check::run_bytes(&finding(
        "crash-f593ed8f836dbcc28b70075e3400af9f1c2e2ac7"
    )));
}

/// crash-53e4bb5… (clean_bytes, a 5-minute run against 31765a8): five share
/// bars separated by NULs, "…o\0\u{4}Share on Facebook\0Share via Email\0…".
/// Matching ignores the NULs, so the bars are glued ("FacebookShare"); the
/// inline pattern needed a word boundary after every network name and cut one
/// bar per pass, and four re-cuts were not enough for five bars: the second
/// cleaning then removed the rest of the line. Fixed: only the last network
/// name of a run needs the boundary (src/detect/share.rs), and the judge re-cuts
/// up to 16 times.
#[test]
fn crash_53e4bb5() {
    assert!(check::run_bytes(&finding(
        "crash-53e4bb596592ca3e3cba5f728c8dd8da38124a85"
    )));
}

/// crash-40c26cf… (structured, twenty-sixth session, against 57afc65): a
/// user pattern `" ?"` (inline, metadata) matched each space between two
/// words. The output prints those words a space apart all the same, so the
/// removals changed nothing and cleaning the output removed the same spaces
/// again (not idempotent). Fixed: an inline match with no char the output
/// would show (only white space, or chars output normalization drops) is no
/// hit.
#[test]
fn crash_40c26cf() {
    assert!(structured(&finding(
        "crash-40c26cf5f839a37f4d74719bb85093b5f8444273"
    )));
}

/// crash-221c790… (structured, twenty-sixth session, against 0e2bca7): a
/// tag page of two posts, split. `split::survives` counted a post's body
/// words over every kept line, the splitter over lines that are not
/// boilerplate, dates or bylines; the second post had 40 words only with a
/// kept "Twitter" label (rescued between two paragraphs) counted. In the
/// output, the splitter found 39 and judged the page one article, so the
/// posts' date lines went: not idempotent. Fixed: `survives` counts as the
/// splitter does. The fixture
/// `roundup-whose-post-counts-kept-labels-to-reach-its-length-is-one-article`
/// is the same case in plain words.
#[test]
fn crash_221c790() {
    assert!(structured(&finding(
        "crash-221c790bfc75f4f9ac26a67217b4f26b67a0bdd1"
    )));
}

/// crash-4ea4bdf… (structured, twenty-sixth session, against 6500de9; the
/// metadata category off, so date lines stay): story starts (title, date,
/// teaser) after an article, where each teaser ended in a glued share bar.
/// With the bar a teaser had more than the 30 words of a related card, as
/// printed it had fewer, so the output found related cards the input had
/// not. Fixed: the splitter counts a cut line's words as the output prints
/// them (`split::Shape::words`), for cards, posts, excerpts and the prose
/// above a start. The fixture `related-cards-whose-teasers-end-in-a-glued-share-bar`
/// shows the cards found so.
#[test]
fn crash_4ea4bdf() {
    assert!(structured(&finding(
        "crash-4ea4bdf745387f952d217fdefdaa2254dd1752f2"
    )));
}

/// crash-5c7f459… (clean_bytes, twenty-sixth session, against 6500de9),
/// minimized by hand to "this:" / "Facebook" / "Share via Email“Today it
/// feels like summer again.”". A lone network label between two kept lines
/// is kept as a heading when the line under it is prose of 8 words or more;
/// that line had 8 with the glued "Share via Email", which the output cuts,
/// so the next cleaning found 6 and removed the label. Fixed: the line under
/// the label is read as the output prints it. The fixture
/// `network-label-above-a-share-bar-glued-to-a-short-quote` is the same case.
#[test]
fn crash_5c7f459() {
    assert!(check::run_bytes(&finding(
        "crash-5c7f4591dac76a9dc30c976364a83423688bcaff"
    )));
}

/// crash-716d6f9… (clean_bytes, twenty-sixth session, against af6f999;
/// fixed in the twenty-seventh). A page of garbled posts, each printed date
/// first ("4152-11-08", then "By= Jon Aas" as the title), split into three
/// excerpts; in the input a "more:" widget sat under each post's last line.
/// The output, without those widgets, has each post's last line (short, no
/// sentence end) right above the next post's date: read title first, two
/// false starts that make no roundup, and the date-first order was then
/// never tried, so the page was one article and cleaning it again removed
/// the three date lines. The splitter now tries first the order whose first
/// start is higher up the page, and the other one when it does not split
/// (`split::layout`). Fixture:
/// `date-first-tag-page-whose-posts-end-in-a-short-line-above-a-widget`.
#[test]
fn crash_716d6f9() {
    assert!(check::run_bytes(&finding(
        "crash-716d6f9253b79baefaf7fdd790b7004268490895"
    )));
}

/// crash-ac1a02f… (clean_bytes, twenty-seventh session, against 5779f1c). A
/// page of garbled posts printed date first, under a title-like header line
/// that is a title-first start with the first date. Read title first, a
/// stray date line inside the first post made a start with a short body,
/// so that reading made no roundup and the date-first one split the page.
/// The judge removed the stray date line (no post's date), and the output,
/// read title first, then split into other posts, so cleaning it removed a
/// post's date line. `split::survives` now lays out the page as printed
/// (the kept lines, read as printed) once more and asks for the same posts,
/// titles and dates; a page that fails is judged as one article, as for
/// its other checks. Fixture:
/// `date-first-tag-page-with-a-stray-date-line-is-read-one-way-in-output-and-input`.
#[test]
fn crash_ac1a02f() {
    assert!(check::run_bytes(&finding(
        "crash-ac1a02fc833dd9fba668c93ae9b375283644384f"
    )));
}

/// crash-b4e5317… (clean_bytes, twenty-seventh session, the first round that
/// asked a roundup's output to split the same). A page of garbled posts
/// printed date first under a header line of more than 250 bytes, a
/// hundred of them controls: no title in the input, a title-first start
/// with the first date once the output dropped the controls, so the output
/// split into other posts. `split::title_shape` now reads a line as output
/// normalization prints it when that may change its shape (an odd first or
/// last char, a length near the limit); unit test
/// `split::tests::title_shape_reads_the_line_as_the_output_prints_it`.
#[test]
fn crash_b4e5317() {
    assert!(check::run_bytes(&finding(
        "crash-b4e531733daf85dee45a8808e55a3a19e5ecdbc6"
    )));
}

/// A single article (`clean_bytes`, 10-minute local run, twenty-eighth
/// session; present since `author-name-bio` was written): a name-like line,
/// a short line, then the title, whose first word is the name's ("By J@on
/// Aas" / "rq is" / "By Jon Aato engineer from …"), its date line under it.
/// The title was protected and the date line removed; cleaning the output,
/// where nothing marks the title, took the three lines as a name, a job line
/// and a bio. `judge::zones::title_falls_without_date` now runs
/// `author-name-bio` too (as the judge orders it, between two `header-run`
/// passes) over the lines the output keeps, and the date line stays when
/// the title would fall.
#[test]
fn crash_afb43ef() {
    assert!(check::run_bytes(&finding(
        "crash-afb43efbaeac9518b42b64517553ed89e8bf4d48"
    )));
}

/// Twenty-ninth session, `clean_bytes`: "By Jon A…" (a name line), then
/// "Getty Images" and a short line that the cleaning removed, then a job
/// line and "By Jon Aato engineer on …." (a bio). `author-name-bio` looked
/// one and two lines below the name, where the removed lines stood, and
/// found no bio; cleaning the output, where the bio sits two lines below,
/// found it. It now reads the two lines below that the output keeps.
#[test]
fn crash_8f7cc6b() {
    assert!(check::run_bytes(&finding(
        "crash-8f7cc6bf9ef44a2889f39e01e3f002c8426a3dbb"
    )));
}

/// Thirtieth session, `structured` (some categories off): a page mashed
/// from cookie banners, post starts and truncated lines. Under the article,
/// a headline, its date and byline, then a second headline with "Follow us
/// on Instagram" and a "More from …" label between it and its date. The
/// splitter's title-to-date window counted the two removed lines, found no
/// second card and so no run of cards; in the output, where they are gone,
/// it found two cards and removed them. Removed lines now take no room in
/// the window below the article's first 60 words (where cards are).
#[test]
fn crash_233ed94() {
    assert!(structured(&finding(
        "crash-233ed9420a46be5f9dcbd33587adcb8adc62244d"
    )));
}

/// Thirty-first session, `structured` (default rules, found on a15c0e0): a
/// line "Rep\u{FEFF}airs tn Aas" (a byte-order mark inside a word) above a
/// paragraph opening "Repairs to the harbour wall …". `author-name-bio`
/// compared the name's first word with the paragraph's as the input spells
/// them; output normalization drops the mark, so cleaning the output found
/// a name and a bio opening with it. The rule now reads both lines as the
/// output prints them.
#[test]
fn crash_c8374ce() {
    assert!(structured(&finding(
        "crash-c8374ce8dce7397735a2f59dcdf70f70be702d40"
    )));
}

/// crash-faabad9… (`clean_bytes`, found in the thirty-first session on
/// cf9b484; it replays on the session's starting `src/`, 1f44ebf, too): a
/// page of truncated lines, controls and combining marks. The first
/// cleaning takes "Parents' rm\"Dama\u{1}…\u{1}ge" above a date as the
/// title; in the output, no title is found and `header-run` removes the
/// line: the title's "body" was short lines the first cleaning removed as a
/// header run, and the output has too few words under it for a title so
/// far down the page. Fixed in the thirty-third
/// session: a single article's title whose body, as the output prints it,
/// would not make it the title again is no title in the first cleaning
/// either (`split::title_survives`).
#[test]
fn crash_faabad9() {
    assert!(check::run_bytes(&finding(
        "crash-faabad9a3418d809136db4d9d6892f189ba48c5a"
    )));
}

/// Thirty-second session, `clean_bytes` (found on the session's splitter
/// change): a name-like line "\0\0\0A\0\0\0rm Damage" between a headline
/// and a date. The first cleaning read it with its controls, as no name,
/// so the line above it was no headline; the output, where the controls
/// are gone, reads "Arm Damage" as the author's name and the line above
/// it as the title. `author_line` now reads a line as the output prints it.
#[test]
fn crash_3c8cf0b() {
    assert!(check::run_bytes(&finding(
        "crash-3c8cf0b0d5d2baecc9ae30398d72dfa5a487e300"
    )));
}

/// Thirty-second session, `structured` (some categories off, output
/// normalization off; it replays on the session's starting `src/`,
/// 0a31afa): a mash of post starts, cookie banners and truncated lines. The
/// first cleaning finds no roundup (its posts would not survive cleaning)
/// and cleans one article; its output, where the cookie banners are gone,
/// splits into three posts, and the lines above the first go as the
/// roundup's header (`page-header`). Passes since the thirty-fifth
/// session's change to related-story cards (see `crash_ec9a7ad`): the
/// first cleaning now removes the short post starts below the page's first
/// 60 words of text as cards, so its output holds no posts to split. The
/// direction itself (one article whose output splits) stays possible
/// (README, Robustness).
#[test]
fn crash_0497899() {
    assert!(structured(&finding(
        "crash-04978993ba6383f2dd4f1c621e3f23be5a3b72c8"
    )));
}

/// Thirty-second session, `clean_bytes` (it replays on the previous
/// session's last commit, f063126): the kind of `crash-faabad9`, a
/// control-laden, truncated title-shaped line ("Parents' rD\"mamage")
/// that the second cleaning removes with `header-run`. Fixed in the thirty-third
/// session: a single article's title whose body, as the output prints it,
/// would not make it the title again is no title in the first cleaning
/// either (`split::title_survives`).
#[test]
fn crash_0d65d5f() {
    assert!(check::run_bytes(&finding(
        "crash-0d65d5f3666bf2cefa9fe774577ed301395f4eb3"
    )));
}

/// Thirty-third session, `clean_bytes` (408 870 runs; it replays on the
/// session's first commit, 7293608): `crash-0d65d5f`'s kind again, a
/// control-laden title-shaped line ("Parents' rm\"Damage") that the second
/// cleaning removes with `header-run`. Fixed in the thirty-third
/// session: a single article's title whose body, as the output prints it,
/// would not make it the title again is no title in the first cleaning
/// either (`split::title_survives`).
#[test]
fn crash_202e787() {
    assert!(check::run_bytes(&finding(
        "crash-202e787f8f22d4ec329836ce6e30ad4b864fe67b"
    )));
}

/// Thirty-third session, `structured` (59 959 runs, on the title fix; it
/// replays on the session's first `src/`, 7293608): `crash-0497899`'s kind,
/// cookie banners between posts of a page cleaned as one article; the output
/// splits, and its cleaning removes the banner left above the first post as the
/// roundup's header (`page-header`). Fixed in the thirty-eighth session (see
/// `crash_c5025b6`): the page is judged as the roundup its output reads as.
#[test]
fn crash_ad5b676() {
    assert!(structured(&finding(
        "crash-ad5b6768a0234de14f07d7cbc9d54d6fbf58bece"
    )));
}

/// Thirty-second session, `structured` (default categories; it replays on
/// f063126): "Write: Kari Holm/Coast Weekly" above a line full of NULs and
/// an inline cut, which opens with "Write". The second cleaning reads that
/// line, cut and without its controls, as the name's bio and removes both
/// (`author-name-bio`); the first did not. The first cleaning tested the
/// box before the repeat of it right below was removed, so it touched no
/// removal; in the output it ends the article. Fixed in the thirty-fifth
/// session: boxes right after each other are judged as one run.
#[test]
fn crash_436e007() {
    assert!(structured(&finding(
        "crash-436e0075dd2e3e5bc52824a62bd62e4ecbd249a5"
    )));
}

/// Thirty-second session, `structured` (a 200-second round on d9e3715; it
/// replays on f063126): `crash-0497899`'s kind, a cookie banner kept above
/// posts that split only once the output is cleaned, where it goes as the
/// roundup's header (`page-header`). Passes on 0537991 (the thirty-seventh
/// session's end) already: a change since it was found fixed it, not traced.
/// Unignored in the thirty-eighth session, which also judges such a page as
/// the roundup its output reads as (`crash_c5025b6`).
#[test]
fn crash_f1d9534() {
    assert!(structured(&finding(
        "crash-f1d9534d24f1c2a0f7ea8cb3e4997d96701f9610"
    )));
}

/// Thirty-fourth session, `clean_bytes` (a 150-second round on e455bea):
/// a tag page whose second post's title, in the output, is a long garbled
/// line glued to "Posts Tagged" above a repeat of the first post; the
/// output's cleaning splits there with that line as the title.
#[test]
#[ignore = "known idempotence finding, not fixed yet"]
fn crash_8125066() {
    assert!(check::run_bytes(&finding(
        "crash-8125066a8300ea8ba53d4626d856d8f85b0ec5b7"
    )));
}

/// Thirty-fourth session, `structured` (CI's 60-second round on 4d7d4ab; it
/// replays on 7bb2b81, the session's first commit), one category off and a
/// user rule: cards under "Related Stories" ("More Populas Hundreds to Leave
/// Thekr Homes", then dates) that the output's cleaning removes as
/// `related-cards` and the first cleaning keeps. In the input a share bar
/// sits between a date and the article's title, so the title opens a start
/// (a title may follow a removed line); in the output it sits under the
/// date and does not. The article's body then counted under a start of its
/// own in the first cleaning only, and the run of short starts from the top
/// of the page reached the cards unbroken: a run opening above the
/// article's first 60 words made no cards at all. Fixed in the thirty-fifth
/// session: a run's starts below those 60 words are its cards, wherever the
/// run opens.
#[test]
fn crash_ec9a7ad() {
    assert!(structured(&finding(
        "crash-ec9a7add3eefda5b63529f7870cc06425101da16"
    )));
}

/// Thirty-fifth session, `structured` (a 600-second round on 9fd3e08; it
/// replays on 773732d, the session's start), four categories on, notices off:
/// the kind of `crash-f1d9534`. The first cleaning keeps one article; its
/// output, a mash of repeated post starts, splits into posts, and the cookie
/// notice above the first goes as the roundup's header (`page-header`). Passes
/// on 0537991 already; unignored in the thirty-eighth session (see
/// `crash_f1d9534`).
#[test]
fn crash_d239949() {
    assert!(structured(&finding(
        "crash-d239949022bfca0aaa829f88c19377a00a646c2c"
    )));
}

/// Thirty-fifth session, `structured` (a 300-second round on a74ebaa; it
/// replays on 773732d, the session's start): the kind of `crash-d239949`, a
/// cookie notice above repeated post starts that split only in the output,
/// where it goes as the roundup's header. Fixed in the thirty-eighth session
/// (see `crash_c5025b6`).
#[test]
fn crash_c243b45() {
    assert!(structured(&finding(
        "crash-c243b45528a3f979b01ac38bd0e0de3378cbdcac"
    )));
}

/// Thirty-sixth session, `structured` (a 300-second round on 9fb576d; it
/// replays on 9a2a025, the session's start): the kind of `crash-d239949`, a
/// cookie notice above repeated post starts that split only in the output,
/// where it goes as the roundup's header. Passes on 0537991 already; unignored
/// in the thirty-eighth session (see `crash_f1d9534`).
#[test]
fn crash_6b0bbe4() {
    assert!(structured(&finding(
        "crash-6b0bbe4e76352e3b9c70d90d5e35293ddce90526"
    )));
}

/// Thirty-seventh session, `structured` (a 150-second round on e34b44e; it
/// replays on 8203c07, the session's start): with a user pattern that takes
/// runs of "|", the output's cleaning cuts a " |||…" run that the first
/// cleaning left in a line it also cut. Fixed in the forty-sixth session
/// (see `crash_e66d899`).
#[test]
fn crash_3f74dc7() {
    assert!(structured(&finding(
        "crash-3f74dc771502371cca64b65a493766e0c5032e8a"
    )));
}

/// Forty-first session, `structured` (a 200-second round on aa13a64):
/// `crash-3f74dc7`'s kind, with built-in rules off. A user `Inline` pattern
/// whose "|" runs leave empty alternatives matches " wwwwhare" in the
/// output, which the first cleaning's cuts brought together. Fixed in the
/// forty-sixth session (see `crash_e66d899`).
#[test]
fn crash_5efc8a3() {
    assert!(structured(&finding(
        "crash-5efc8a3e8a5342cadc26f7fb3666d50afce77827"
    )));
}

/// Thirty-eighth session, CI's `structured` run on 0537991 (25 974 runs),
/// minimized by hand from the case its `Debug` printed: metadata off, three
/// posts of short excerpts (title, date, body) and two related-story cards
/// under them. The cards kept the page from reading as a roundup (a tag
/// page's last excerpts need a body), so it was one article and the judge
/// removed the cards; the output, without them, reads as three excerpts,
/// and its cleaning removed the line above the first post as the roundup's
/// header (`page-header`). Fixed: a single article whose output reads as a
/// roundup is judged as that roundup when that roundup's output splits the
/// same way again (`split::roundup_once_printed`).
#[test]
fn crash_c5025b6() {
    assert!(structured(&finding(
        "crash-c5025b6d2ff53848c1382c5ac84b66b6d614974d"
    )));
}

/// Thirty-eighth session, `clean_bytes` (a 120-second round on the grown
/// corpus, on 8f5a5a3; it replays on 0537991, the session's start),
/// minimized: a hundred lines of one or two chars, carriage returns and
/// NULs around a date line. The output's cleaning removes its first line
/// as `header-zone` (metadata), which the first cleaning kept. Known and not
/// fixed yet.
#[test]
#[ignore = "known idempotence finding, not fixed yet"]
fn crash_bc0671a() {
    assert!(check::run_bytes(&finding(
        "crash-bc0671a656cee406ff1ef5652e81e67b89b9c70f"
    )));
}

/// Forty-sixth session, CI's `structured` run on a6b7a67 (8 444 runs; the
/// file is the artifact, byte for byte, rebuilt from the case its `Debug`
/// printed): three posts of a tag page, the second's body a broken line
/// ("… by the bridge wMore from"), the third's title "Warmest Share on
/// Facebook Records Began". The first cleaning split three posts and kept
/// their dates; the output's title, cut to "Warmest Records Began", reads as
/// an author's name under that broken line, a headline in turn, so its
/// cleaning found one post and removed the dates as `date-line`. The
/// splitter read a name, a standfirst's sentence case, a title among posts
/// and a date's lead-in off the input's line, not the printed one. Fixed:
/// a cut line's `Shape` keeps those readings of the printed
/// line too.
#[test]
fn crash_37e566d() {
    assert!(structured(&finding(
        "crash-37e566d2838a697da4a9f369ddef6b301e026d06"
    )));
}

/// Forty-sixth session, `structured` (a 300-second round on 46e3d6f):
/// `crash-3f74dc7`'s kind, built-in rules off. A user `Inline` pattern with
/// the alternative " ." cuts "oto po|||…" to "oto |||…"; the judge cuts the
/// printed line again, and each round " ." takes the space that joins the
/// pieces and one more "|", so the line was still shrinking when the
/// judge's 16 rounds ran out, and the output's cleaning cut it again. Fixed:
/// a line still cut anew after the last round is removed whole (its
/// removal names the rule), which also fixed `crash_3f74dc7` and
/// `crash_5efc8a3`.
#[test]
fn crash_e66d899() {
    assert!(structured(&finding(
        "crash-e66d8996aaf9eb6df7089dffa61860d5656ab087"
    )));
}
