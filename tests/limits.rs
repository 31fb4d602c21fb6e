//! Every limit of `Limits`: its documented default, and the typed error
//! (with the values) when it is exceeded, at the limit and one past it.

use textsweep::{BuildErrorKind, Category, CleanErrorKind, Limits, Scope, Sweeper};

#[test]
fn defaults_are_the_documented_ones() {
    let l = Limits::default();
    assert_eq!(l.get_max_input_bytes(), 1 << 30);
    assert_eq!(l.get_max_rule_bytes(), 1024);
    assert_eq!(l.get_max_user_rules(), 10_000);
    assert_eq!(l.get_regex_size_limit(), 1 << 20);
}

#[test]
fn max_input_bytes() {
    let s = Sweeper::builder()
        .limits(Limits::default().max_input_bytes(20))
        .build()
        .expect("builds");
    let at = "Twenty bytes exactly";
    assert_eq!(at.len(), 20);
    assert!(s.clean(at).is_ok());
    let over = "Twenty-one bytes, one";
    let err = s.clean(over).unwrap_err();
    assert_eq!(
        err.kind(),
        &CleanErrorKind::InputTooLarge { len: 21, limit: 20 }
    );
    assert_eq!(err.to_string(), "input is 21 bytes, the limit is 20");
    // The byte entry point checks UTF-8 first, then the size.
    assert_eq!(
        s.clean_bytes(over.as_bytes()).unwrap_err().kind(),
        err.kind()
    );
    assert_eq!(
        s.clean_bytes(b"\xFF and far too long for it")
            .unwrap_err()
            .kind(),
        &CleanErrorKind::InvalidUtf8 { offset: 0 }
    );
}

#[test]
fn max_rule_bytes() {
    let limits = Limits::default().max_rule_bytes(16);
    let build = |phrase: &str| {
        Sweeper::builder()
            .limits(limits)
            .phrase(Category::Share, Scope::Line, phrase)
            .build()
    };
    assert!(build("sixteen bytes ok").is_ok());
    let err = build("seventeen bytes!!").unwrap_err();
    assert_eq!(
        err.kind(),
        &BuildErrorKind::RuleTooLong {
            rule: "user-phrase-0".to_string(),
            len: 17,
            limit: 16
        }
    );
    assert_eq!(err.rule(), Some("user-phrase-0"));
    // Patterns count too.
    let err = Sweeper::builder()
        .limits(limits)
        .pattern(Category::Share, Scope::Line, "(?i)share this story")
        .build()
        .unwrap_err();
    assert!(
        matches!(
            err.kind(),
            BuildErrorKind::RuleTooLong {
                len: 20,
                limit: 16,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn max_user_rules() {
    let build = |n: usize| {
        let mut b = Sweeper::builder();
        b.builtin_rules(false)
            .limits(Limits::default().max_user_rules(3));
        for i in 0..n {
            b.phrase(
                Category::Related,
                Scope::Line,
                &format!("more from desk {i}"),
            );
        }
        b.build()
    };
    assert!(build(3).is_ok());
    let err = build(4).unwrap_err();
    assert_eq!(
        err.kind(),
        &BuildErrorKind::TooManyRules { count: 4, limit: 3 }
    );
    assert_eq!(err.rule(), None);
}

#[test]
fn regex_size_limit() {
    // A pattern that compiles to several hundred KiB: fine under the default,
    // refused under a 10 KiB limit, naming the rule and the pattern.
    let pattern = r"\w{20}";
    let ok = Sweeper::builder()
        .pattern(Category::Share, Scope::Line, pattern)
        .build();
    assert!(ok.is_ok(), "{:?}", ok.err());
    let err = Sweeper::builder()
        .limits(Limits::default().regex_size_limit(10 << 10))
        .pattern(Category::Share, Scope::Line, pattern)
        .build()
        .unwrap_err();
    assert_eq!(
        err.kind(),
        &BuildErrorKind::InvalidPattern {
            rule: "user-pattern-0".to_string(),
            pattern: pattern.to_string()
        }
    );
    // The regex crate's error stays private, reachable as the source only.
    assert!(std::error::Error::source(&err).is_some());
}

/// Fixed bug, kept as a regression test (src/detect/mod.rs): the size limit of
/// the set of untriggered patterns is `regex_size_limit * number of patterns`,
/// an unchecked multiplication. With a huge limit and two user patterns it
/// overflows: a panic in debug builds ("attempt to multiply with overflow"),
/// a wrapped, wrong limit in release. Fix: `saturating_mul`.
#[test]
fn huge_regex_size_limit_does_not_overflow() {
    let built = Sweeper::builder()
        .limits(Limits::default().regex_size_limit(usize::MAX))
        .pattern(Category::Share, Scope::Line, "one")
        .pattern(Category::Share, Scope::Line, "two")
        .build();
    assert!(built.is_ok(), "{:?}", built.err());
}

#[test]
fn errors_are_send_sync_static() {
    fn is<T: Send + Sync + 'static + std::error::Error>() {}
    is::<textsweep::BuildError>();
    is::<textsweep::CleanError>();
}

/// Fixed bug, kept as a regression test (src/detect/mod.rs; found by the
/// `structured` fuzz target, tests/fuzz/testdata/crash-ad49c49…): a user
/// phrase of only invisible characters (a zero-width space, or a control
/// character, which matching has ignored since a0234fd) is not white space,
/// so it passes the empty-rule check, but folds to "" for matching. The
/// empty phrase matches at every byte, also inside a multi-byte char, and
/// `on_word_boundaries` panics slicing there. Fix: check the *folded* phrase
/// for emptiness (`fold_phrase(text).trim().is_empty()` → `EmptyRule`).
#[test]
fn invisible_only_phrase_is_an_empty_rule() {
    for phrase in ["\u{200B}", "\0", "\u{FEFF}\u{00AD}"] {
        let built = Sweeper::builder()
            .phrase(Category::Comments, Scope::Line, phrase)
            .build();
        match built {
            Err(e) => assert!(
                matches!(e.kind(), BuildErrorKind::EmptyRule { .. }),
                "{phrase:?}: {e}"
            ),
            // Accepting it would be fine too, as long as cleaning cannot panic.
            Ok(s) => {
                let out = std::panic::catch_unwind(|| {
                    s.clean("\u{AB}Getty Images").map(|o| o.text().to_string())
                });
                assert!(out.is_ok(), "{phrase:?}: cleaning panicked");
            }
        }
    }
}
