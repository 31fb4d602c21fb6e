//! Arbitrary builder options (categories, splitting, normalization, built-in
//! rules on or off, user phrases and patterns with a scope) and a text. A bad
//! user rule must make `build` return an error, never panic; a good one must
//! keep every invariant of tests/fuzz/check.rs, shared with `cargo test`.
#![no_main]

use libfuzzer_sys::{fuzz_target, Corpus};

#[path = "../../tests/fuzz/check.rs"]
mod check;

fuzz_target!(|input: check::Input| -> Corpus {
    if check::run_structured(&input) {
        Corpus::Keep
    } else {
        Corpus::Reject
    }
});
