//! Property tests: the invariants of `tests/fuzz/check.rs` over generated
//! pages that mix boilerplate lines, titles, dates and bylines, prose and
//! random text, with Unicode spaces, zero-width characters, combining marks,
//! control characters and every kind of line break mixed in.

use proptest::prelude::*;
use proptest::sample::select;

use crate::fuzz::check::{self, Input, LimitSpec, Rule};

/// Lines the built-in rules remove (or read as metadata), written for these tests.
const BOILERPLATE: &[&str] = &[
    "Share on Facebook",
    "Share on Twitter (opens new window)",
    "Share this:",
    "Print this page",
    "Advertisement",
    "Sponsored content",
    "Read more: Ten other stories from the valley",
    "Related Stories",
    "Next article",
    "Previous article",
    "Continue reading →",
    "Sign up for our newsletter to get the latest news in your inbox.",
    "Subscribe",
    "Please disable your ad blocker to keep reading.",
    "We use cookies to improve your experience.",
    "Photo: Jane Roe/Example Agency",
    "Getty Images",
    "Image result for harbour bridge",
    "Image: the square at dawn © Ann Lee",
    "(AP Photo/Ruth Adler)",
    "Join the conversation",
    "12 comments",
    "Tags: rivers, floods, weather",
    "Copyright 2024 Example News. All rights reserved.",
    "This article is republished under a Creative Commons license.",
    "Write to Ann Lee at ann.lee@example.com",
    "Follow us on Instagram",
    "5 min read",
    "3 hours ago",
];

const META: &[&str] = &[
    "May 2, 2024",
    "Posted on March 14, 2023",
    "Published on April 2, 2022",
    "Updated 2021-11-08",
    "2021-11-08",
    "11/02/2020",
    "2 May 2024",
    "By Ann Lee",
    "By Priya Natarajan in Harbour Town",
    "Written by Sam Reyes",
];

const TITLES: &[&str] = &[
    "Council Approves the New Bridge",
    "Floods Reach the Old Town",
    "Night Buses Return to the Northern Suburbs",
    "Seed Swap Draws a Record Crowd at the Library",
    "Why the Tram Extension Is Two Years Late?",
    "Café Owners Celebrate the Reopened Square",
];

const PROSE: &[&str] = &[
    "The council approved the bridge on Tuesday after a long debate.",
    "Passengers queued for the first crossing on Thursday morning.",
    "\"We lost half our customers last winter,\" said the baker.",
    "Shareholders met on Monday and agreed to sell the ferry company.",
    "The report said advertisement spending fell by a third.",
    "Firefighters battle a blaze near the ridge road on Thursday.",
    "Temperatures reached 26 degrees, the highest since 1890.",
    "Sign the petition, residents were told; many did.",
];

/// Characters the normalizer, segmenter or matcher treat specially.
const ODD: &[char] = &[
    '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2003}', '\u{2009}', '\u{200A}', '\u{202F}', '\u{205F}',
    '\u{3000}', '\u{00AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{0301}',
    '\u{0323}', '\u{0308}', '\u{20DD}', '\u{1100}', '\u{1161}', '\u{2019}', '\u{201C}', '\u{0000}',
    '\u{0007}', '\u{001B}', '\u{007F}', '\u{0085}', '\u{2028}', '\u{2029}', '\u{001E}', '\t', '\r',
    '\u{000B}', '\u{000C}', 'é', 'ß', 'İ', '©', '•', '|', '›',
];

const LINE_BREAKS: &[&str] = &[
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\n \n",
    "\n\u{00A0}\n",
    "\n\t\n",
];

const JOINERS: &[&str] = &[
    " ", " ", "\u{00A0}", "\u{2009}", "", "\u{200B}", " · ", " | ", ": ",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(BOILERPLATE).prop_map(str::to_string),
        2 => select(META).prop_map(str::to_string),
        2 => select(TITLES).prop_map(str::to_string),
        3 => select(PROSE).prop_map(str::to_string),
        2 => "[a-zA-Z0-9 ,.:;!?'\"()©|•-]{0,40}",
        1 => proptest::collection::vec(any::<char>(), 0..12).prop_map(|v| v.into_iter().collect()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec((fragment(), select(JOINERS)), 1..4),
        proptest::collection::vec((any::<prop::sample::Index>(), select(ODD)), 0..3),
        0usize..3,
    )
        .prop_map(|(parts, noise, pad)| {
            let mut s = String::new();
            for (k, (f, j)) in parts.iter().enumerate() {
                if k > 0 {
                    s.push_str(j);
                }
                s.push_str(f);
            }
            for (at, c) in noise {
                let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
                s.insert(bounds[at.index(bounds.len())], c);
            }
            format!("{}{}{}", " ".repeat(pad), s, "\u{00A0}".repeat(pad % 2))
        })
}

/// A page: lines joined by assorted line breaks.
fn page() -> impl Strategy<Value = String> {
    proptest::collection::vec((line(), select(LINE_BREAKS)), 0..24).prop_map(|lines| {
        let mut s = String::new();
        for (l, br) in lines {
            s.push_str(&l);
            s.push_str(br);
        }
        s
    })
}

/// User rules: plausible phrases and patterns, and some that must be refused.
fn user_rule() -> impl Strategy<Value = Rule> {
    let phrases = prop_oneof![
        select(BOILERPLATE).prop_map(str::to_string),
        select(PROSE).prop_map(|p| p.split(' ').take(3).collect::<Vec<_>>().join(" ")),
        Just("the morning brief".to_string()),
        Just("  ".to_string()),
        Just("x".repeat(2000)),
        "[a-z ]{1,12}",
    ];
    let patterns = prop_oneof![
        Just(r"(?i)^share \d+ times$".to_string()),
        Just(r"\bflood\w*".to_string()),
        Just(r"(?i)more from \w+".to_string()),
        Just(r"\d+".to_string()),
        Just(r"^".to_string()),
        Just(r"(unclosed".to_string()),
        Just(r"[".to_string()),
        Just(r"a{99999999}".to_string()),
        Just(r"\p{Nope}".to_string()),
        Just(r"\w{500}\w{500}".to_string()),
        Just(String::new()),
    ];
    prop_oneof![
        (any::<u8>(), any::<u8>(), phrases).prop_map(|(category, scope, text)| Rule {
            category,
            scope,
            pattern: false,
            text
        }),
        (any::<u8>(), any::<u8>(), patterns).prop_map(|(category, scope, text)| Rule {
            category,
            scope,
            pattern: true,
            text
        }),
    ]
}

/// Options and user rules. With the built-in rules a build takes a quarter of
/// a second in a debug build, so those cases draw from a few option sets (the
/// build cache in check.rs then keeps `cargo test` fast); without them every
/// field is free. The fuzz target explores the whole space.
fn input() -> impl Strategy<Value = Input> {
    let with_builtins = (
        select(
            &[
                0x7ffu16,
                0x7ff & !(1 << 10),
                0x7ff & !(1 << 2),
                (1 << 1) | (1 << 4),
            ][..],
        ),
        any::<bool>(),
        any::<bool>(),
        select(&[0usize, 1, 2][..]),
        page(),
    )
        .prop_map(|(categories, split, normalize, preset, text)| {
            let rule = |category: u8, scope: u8, pattern: bool, text: &str| Rule {
                category,
                scope,
                pattern,
                text: text.to_string(),
            };
            let rules = match preset {
                0 => vec![],
                1 => vec![
                    rule(4, 3, false, "the morning brief"),
                    rule(1, 0, true, r"(?i)^share \d+ times$"),
                    rule(5, 4, false, "ten other stories"),
                ],
                _ => vec![
                    rule(7, 1, false, "council"),
                    rule(9, 4, true, r"\d+"),
                    rule(0, 2, true, r"(?i)town"),
                ],
            };
            Input {
                categories,
                builtins: true,
                split,
                normalize,
                rules,
                limits: None,
                text,
            }
        });
    let without_builtins = (
        0u16..0x800,
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(user_rule(), 0..4),
        proptest::option::weighted(0.3, (0u32..4096, 0u16..64, 0u8..5, 0u32..200_000)),
        page(),
    )
        .prop_map(
            |(categories, split, normalize, rules, limits, text)| Input {
                categories,
                builtins: false,
                split,
                normalize,
                rules,
                // Small limits, so that each one is hit.
                limits: limits.map(
                    |(input_bytes, rule_bytes, user_rules, regex_size)| LimitSpec {
                        input_bytes,
                        rule_bytes,
                        user_rules,
                        regex_size,
                    },
                ),
                text,
            },
        );
    prop_oneof![with_builtins, without_builtins]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    /// Default rules, through `clean_bytes` and the lossy path; output
    /// normalization against the reference; idempotence.
    #[test]
    fn default_sweeper_keeps_every_invariant(text in page()) {
        prop_assert!(check::run_bytes(text.as_bytes()));
    }

    /// Invalid UTF-8 at any positions: `clean_bytes` reports the first one with
    /// its offset, and the lossy text keeps every invariant.
    #[test]
    fn invalid_utf8_anywhere(
        text in page(),
        bad in proptest::collection::vec(
            (any::<prop::sample::Index>(), select(&[0x80u8, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF5, 0xFF][..])),
            1..6,
        ),
    ) {
        let mut bytes = text.into_bytes();
        for (at, b) in bad {
            let i = at.index(bytes.len() + 1);
            bytes.insert(i, b);
        }
        prop_assert!(check::run_bytes(&bytes));
    }

    /// Any characters at all, control characters included.
    #[test]
    fn any_chars(chars in proptest::collection::vec(any::<char>(), 0..400)) {
        let text: String = chars.into_iter().collect();
        prop_assert!(check::run_bytes(text.as_bytes()));
    }

    /// Builder options and user rules: bad rules are typed errors naming the
    /// rule, good ones keep every invariant.
    #[test]
    fn any_options_keep_every_invariant(input in input()) {
        prop_assert!(check::run_structured(&input));
    }
}
