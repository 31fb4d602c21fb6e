//! Arbitrary bytes through `Sweeper::clean_bytes` and through
//! `String::from_utf8_lossy` + `Sweeper::clean`, with the default rules.
//! The invariants live in tests/fuzz/check.rs, shared with `cargo test`.
#![no_main]

use libfuzzer_sys::{fuzz_target, Corpus};

#[path = "../../tests/fuzz/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| -> Corpus {
    if check::run_bytes(data) {
        Corpus::Keep
    } else {
        Corpus::Reject
    }
});
