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
