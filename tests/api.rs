//! Public API contracts: thread safety, errors, borrowing, the partition invariant.

use std::borrow::Cow;

use textsweep::{
    BuildError, BuildErrorKind, Category, CleanError, CleanErrorKind, Cleaned, Limits, Scope, Span,
    Sweeper,
};

fn assert_send_sync<T: Send + Sync + 'static>() {}

#[test]
fn types_are_send_sync() {
    assert_send_sync::<Sweeper>();
    assert_send_sync::<BuildError>();
    assert_send_sync::<CleanError>();
    assert_send_sync::<Cleaned<'static>>();
}

/// Kept pieces and removals rebuild the input exactly, in order.
fn assert_partition(input: &str, out: &Cleaned<'_>) {
    let mut rebuilt = String::new();
    let mut pos = 0;
    for r in out.removals() {
        assert!(r.span().start >= pos, "removals overlap or are unsorted");
        rebuilt.push_str(&input[pos..r.span().start]);
        rebuilt.push_str(&input[r.span()]);
        pos = r.span().end;
    }
    rebuilt.push_str(&input[pos..]);
    assert_eq!(rebuilt, input);
    let kept: String = out.kept().collect();
    let removed: usize = out.removals().iter().map(|r| r.span().len()).sum();
    assert_eq!(kept.len() + removed, input.len());
}

const NOISY: &str =
    "Please disable your ad blocker.\r\n\r\nCity Opens Two New Schools\r\nMay 2, 2024\r\n\r\n\
The city opened two schools on Monday.\u{00A0}Share on Twitter (opens new window)\r\n\r\n\
Read more: Five things to know\r\nSign up for our newsletter\r\n";

#[test]
fn partition_and_spans_point_into_the_input() {
    let out = textsweep::clean(NOISY).unwrap();
    assert!(out.removals().len() >= 4);
    assert_partition(NOISY, &out);
    for r in out.removals() {
        assert!(NOISY.is_char_boundary(r.span().start) && NOISY.is_char_boundary(r.span().end));
        assert!(!r.rule().is_empty() && !r.reason().is_empty());
    }
    assert!(out
        .text()
        .contains("The city opened two schools on Monday."));
    assert!(!out.text().contains('\r'), "output is normalized to LF");
    assert!(!out.text().contains("Twitter"));
}

#[test]
fn borrowed_when_nothing_changes() {
    let text = "A plain paragraph with nothing to remove.\n\nAnother one.\n";
    let out = textsweep::clean(text).unwrap();
    assert!(out.removals().is_empty());
    assert!(matches!(out.into_text(), Cow::Borrowed(t) if std::ptr::eq(t, text)));
}

#[test]
fn invalid_utf8_offset() {
    let s = Sweeper::new();
    let err = s.clean_bytes(b"abc\n\xe2\x82").unwrap_err();
    assert_eq!(err.kind(), &CleanErrorKind::InvalidUtf8 { offset: 4 });
    assert!(err.to_string().contains("offset 4"));
}

#[test]
fn input_limit() {
    let s = Sweeper::builder()
        .limits(Limits::default().max_input_bytes(5))
        .build()
        .unwrap();
    let err = s.clean("123456").unwrap_err();
    assert_eq!(
        err.kind(),
        &CleanErrorKind::InputTooLarge { len: 6, limit: 5 }
    );
    assert!(s.clean("12345").is_ok());
}

#[test]
fn bad_user_pattern_names_its_rule() {
    let err = Sweeper::builder()
        .pattern(Category::Share, Scope::Line, "fine")
        .pattern(Category::Share, Scope::Line, "(broken")
        .build()
        .unwrap_err();
    assert_eq!(err.rule(), Some("user-pattern-1"));
    assert!(
        matches!(err.kind(), BuildErrorKind::InvalidPattern { pattern, .. } if pattern == "(broken")
    );
    assert!(
        std::error::Error::source(&err).is_some(),
        "the regex error is kept as the source"
    );
}

#[test]
fn user_rule_limits() {
    let long = "x".repeat(2000);
    let err = Sweeper::builder()
        .phrase(Category::Share, Scope::Line, &long)
        .build()
        .unwrap_err();
    assert!(matches!(
        err.kind(),
        BuildErrorKind::RuleTooLong {
            len: 2000,
            limit: 1024,
            ..
        }
    ));
    let mut b = Sweeper::builder();
    b.limits(Limits::default().max_user_rules(2));
    for _ in 0..3 {
        b.phrase(Category::Share, Scope::Line, "x");
    }
    assert!(matches!(
        b.build().unwrap_err().kind(),
        BuildErrorKind::TooManyRules { count: 3, limit: 2 }
    ));
    let err = Sweeper::builder()
        .pattern(Category::Share, Scope::Line, "a{1000}{1000}")
        .build();
    assert!(err.is_err(), "a pattern over the size limit is refused");
}

#[test]
fn categories_toggle_and_user_rules() {
    let text =
        "Advertisement\nShare this article\nThe park opens in June.\nElsewhere on our desk\n";
    let s = Sweeper::builder()
        .only(&[Category::Share])
        .phrase(Category::Related, Scope::Line, "elsewhere on our desk")
        .build()
        .unwrap();
    let out = s.clean(text).unwrap();
    assert_eq!(
        out.text(),
        "Advertisement\nThe park opens in June.\nElsewhere on our desk\n"
    );
    let s = Sweeper::builder()
        .phrase(Category::Related, Scope::Line, "elsewhere on our desk")
        .build()
        .unwrap();
    let out = s.clean(text).unwrap();
    assert_eq!(out.text(), "The park opens in June.\n");
    assert!(out.removals().iter().any(|r| r.rule() == "user-phrase-0"));
}

#[test]
fn inline_user_phrase_keeps_the_rest() {
    let s = Sweeper::builder()
        .builtin_rules(false)
        .phrase(Category::Share, Scope::Inline, "[share]")
        .build()
        .unwrap();
    let text = "The vote passed. [share] Turnout was high.";
    let out = s.clean(text).unwrap();
    assert_eq!(out.text(), "The vote passed. Turnout was high.");
    assert_eq!(out.removals()[0].span(), Span::new(17, 24));
}

/// An inline match holding only white space (or chars the output drops)
/// removes nothing the output would show, so it is no removal: the text
/// comes back borrowed and a second cleaning has nothing to remove either.
#[test]
fn inline_match_of_white_space_alone_is_no_removal() {
    let s = Sweeper::builder()
        .builtin_rules(false)
        .pattern(Category::Metadata, Scope::Inline, "[ \u{200B}]+|Ad")
        .build()
        .unwrap();
    let out = s.clean("The vote passed  today.").unwrap();
    assert!(out.removals().is_empty(), "{:?}", out.removals());
    assert!(matches!(out.into_text(), Cow::Borrowed(_)));
    let out = s.clean("The vote\u{200B} passed.").unwrap();
    assert!(out.removals().is_empty(), "{:?}", out.removals());
    let out = s.clean("The vote passed. Ad Turnout was high.").unwrap();
    assert_eq!(out.removals().len(), 1, "{:?}", out.removals());
    assert_eq!(out.text(), "The vote passed. Turnout was high.");
}

#[test]
fn category_names_round_trip() {
    for c in Category::ALL {
        assert_eq!(c.as_str().parse::<Category>(), Ok(c));
    }
    assert!("nope".parse::<Category>().is_err());
}

#[test]
fn every_rule_listed_once() {
    let mut ids: Vec<_> = textsweep::rules().map(|r| r.0).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

/// A date line that opens with "By" names the author: the byline is its
/// part before the first separator, or the whole line without one; other
/// date lines give no byline.
#[test]
fn byline_from_a_date_line_that_opens_with_by() {
    let cases = [
        ("By Ann Lee · May 2, 2020", Some("By Ann Lee")),
        ("BY ANN LEE | 2 May 2020 | 3 min read", Some("BY ANN LEE")),
        (
            "By Ann Lee on May 2, 2020",
            Some("By Ann Lee on May 2, 2020"),
        ),
        ("Posted on May 2, 2020", None),
    ];
    for (line, want) in cases {
        let page = format!(
            "Rain Returns to the Valley\n{line}\n\nIt rained for three days, and the river rose by two metres.\n"
        );
        let out = textsweep::clean(&page).unwrap();
        let a = &out.articles()[0];
        assert_eq!(a.date(), Some(line), "{line}");
        assert_eq!(a.byline(), want, "{line}");
        if let (Some(b), Some(d)) = (a.byline_span(), a.date_span()) {
            assert_eq!(b.start, d.start);
            assert!(b.end <= d.end);
        }
    }
}

/// An article's text reads in the page's order: a single page that prints a
/// line above its headline keeps the headline in the text, in its place (and
/// as the title); without that line the headline is the title alone.
#[test]
fn title_and_text_keep_the_pages_order() {
    let lead = "Where the river bends, the town gathers every spring to count the \
                returning herons on the old mill pond.\n\n";
    let page = "Ferry Timetable Changes in June\n\nPosted on: March 26, 2025\n\n\
                The harbour ferry will run two more sailings on Sundays from the first \
                of June, the operator said on Tuesday.\n\n\
                Tickets bought before the change stay valid for the rest of the season, \
                and the night boat keeps its Friday slot.\n";
    let plain = textsweep::clean(page).unwrap();
    let [a] = plain.articles() else {
        panic!("one article expected")
    };
    assert_eq!(a.title(), Some("Ferry Timetable Changes in June"));
    assert!(!a.text().contains("Ferry Timetable"));

    let input = format!("{lead}{page}");
    let out = textsweep::clean(&input).unwrap();
    let [a] = out.articles() else {
        panic!("one article expected")
    };
    assert_eq!(a.title(), Some("Ferry Timetable Changes in June"));
    assert_eq!(a.date(), Some("Posted on: March 26, 2025"));
    let text = a.text();
    let (above, headline) = (text.find("Where the river"), text.find("Ferry Timetable"));
    assert!(
        above.is_some() && headline.is_some() && above < headline,
        "{text}"
    );
    assert!(headline < text.find("The harbour ferry"), "{text}");
}
