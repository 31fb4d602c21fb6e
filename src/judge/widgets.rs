//! Repeated widgets: comment threads, related-story cards and teasers,
//! counters, and name-above-date signatures.

use super::{category_of, fired, Ctx, Page, Verdict};
use crate::detect::ends_sentence;
use crate::Category;

/// A signature line has at most this many words.
const SIGNATURE_MAX_WORDS: usize = 6;

/// The name-above-date pattern must repeat this often in an article: once,
/// it is as often a headline or a heading above its date.
const SIGNATURE_MIN_REPEATS: usize = 3;

/// A comment is at most this many lines above its "Reply" button.
const COMMENT_MAX_LINES: usize = 3;

/// A thread has at least this many "Reply" buttons: one alone may follow a
/// forum post or a question that is the page's content.
const COMMENT_MIN_REPLIES: usize = 2;

/// A card is at most this many lines above its button.
const CARD_MAX_LINES: usize = 3;

/// A list of cards has at least this many buttons: a lone "Read more" under
/// a paragraph may open the rest of the article itself.
const CARD_MIN_BUTTONS: usize = 2;

/// Removes the comments of a thread: the kept lines right above each "Reply"
/// button (at most [`COMMENT_MAX_LINES`], up to the first removed line: the
/// commenter's name, the date, the comment), when the article has at least
/// [`COMMENT_MIN_REPLIES`] such buttons and each lies below another comments
/// removal ("12 Comments", "Leave a Reply", the comment policy) that opens
/// the section.
pub(super) fn comment_threads(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let is_reply = |i: usize, verdict: &[Verdict]| {
        fired(verdict[i], rules, "comments-label")
            && label_is(
                &text[blocks[i].span()],
                &[
                    "reply",
                    "replies",
                    "reply to comment",
                    "reply to this comment",
                ],
            )
    };
    let replies: Vec<usize> = range.clone().filter(|&i| is_reply(i, verdict)).collect();
    if replies.len() < COMMENT_MIN_REPLIES {
        return;
    }
    let Some(opens) = range.clone().find(|&i| {
        category_of(verdict[i], rules) == Some(Category::Comments) && !is_reply(i, verdict)
    }) else {
        return;
    };
    let below: Vec<usize> = replies.into_iter().filter(|&i| i > opens).collect();
    let v = Verdict::Context(Category::Comments, Ctx::CommentThread);
    mark_above_buttons(verdict, protected, opens, &below, COMMENT_MAX_LINES, v);
}

/// Gives verdict `v` to the kept lines right above each of `buttons` (a
/// comment's "Reply", a card's "Read more"): at most `max_lines` of them, up
/// to the first removed or protected line, and none at or above `opens`, the
/// line that opens the section.
fn mark_above_buttons(
    verdict: &mut [Verdict],
    protected: &[bool],
    opens: usize,
    buttons: &[usize],
    max_lines: usize,
    v: Verdict,
) {
    for &i in buttons {
        let stop = (opens + 1).max(i.saturating_sub(max_lines));
        for j in (stop..i).rev() {
            if verdict[j].removed() || protected[j] {
                break;
            }
            verdict[j] = v;
        }
    }
}

/// Whether `t` is a bare count: "12", "1,204", "3.4k".
fn is_count(t: &str) -> bool {
    let (num, suffix) = match t.strip_suffix(['k', 'K', 'm', 'M']) {
        Some(n) => (n, true),
        None => (t, false),
    };
    num.len() <= 12
        && num.starts_with(|c: char| c.is_ascii_digit())
        && num.ends_with(|c: char| c.is_ascii_digit())
        && num
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || (suffix && b == b'.'))
}

/// Removes runs of bare counts (whole numbers, or "3.4k") right above a
/// widget removal: the like, comment and share counts of a share bar, the
/// "1 2 3 4 5" of a star rating above its shop buttons. Decimal scores
/// ("8.7") are left alone: a review's scores are its content as often as
/// not. Metadata and captions below are no widgets.
///
/// On wcxb-dev: 307 boilerplate lines (270 of them stars on one review page),
/// no content line.
pub(super) fn counters(page: &Page<'_>, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let count =
        |i: usize, verdict: &[Verdict]| !verdict[i].removed() && is_count(&text[blocks[i].span()]);
    let mut i = range.start;
    while i < range.end {
        if !count(i, verdict) {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < range.end && count(e, verdict) {
            e += 1;
        }
        let below = (e < range.end)
            .then(|| category_of(verdict[e], rules))
            .flatten();
        if let Some(c) = below.filter(|c| !matches!(c, Category::Metadata | Category::Caption)) {
            for k in (i..e).filter(|&k| !protected[k]) {
                verdict[k] = Verdict::Context(c, Ctx::Counter);
            }
        }
        i = e;
    }
}

/// Whether `t`, a removed line, is the button of a story card: "Read
/// more", "Continue reading", "Learn more".
fn is_card_button(t: &str) -> bool {
    label_is(
        t,
        &[
            "read more",
            "read now",
            "continue reading",
            "keep reading",
            "read full article",
            "read the full article",
            "read full story",
            "read the full story",
            "read the review",
            "read full review",
            "read review",
            "read this issue",
            "read this post",
            "read this story",
            "read this article",
            "learn more",
            "see more",
            "view more",
        ],
    )
}

/// Whether `t`, without the punctuation and symbols around it ("» Read
/// more", "\[Reply\]"), is one of `labels` (lower-case ASCII), whatever its
/// ASCII case: a button's words.
pub(super) fn label_is(t: &str, labels: &[&str]) -> bool {
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    labels.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// Removes the cards of a list of related stories: the kept lines right
/// above each card's button (at most [`CARD_MAX_LINES`], up to the first
/// removed line: the headline, the teaser), when the list has at least
/// [`CARD_MIN_BUTTONS`] buttons below a related-stories label ("Related
/// posts", "You may also like") that opens it.
///
/// Without the label, a button under each paragraph is as often a roundup's
/// own posts or a list of products the article reviews (on wcxb-dev, 276
/// lines for 209 of content); with it, none of the 57 lines taken there were
/// content. It runs before the footer zone, which then starts above the
/// cards more often (40 more lines, none of them content).
pub(super) fn card_teasers(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let is_button = |i: usize, verdict: &[Verdict]| {
        verdict[i].removed() && is_card_button(&text[blocks[i].span()])
    };
    let Some(opens) = range
        .clone()
        .find(|&i| fired(verdict[i], rules, "related-label") && !is_button(i, verdict))
    else {
        return;
    };
    let buttons: Vec<usize> = (opens + 1..range.end)
        .filter(|&i| is_button(i, verdict))
        .collect();
    if buttons.len() < CARD_MIN_BUTTONS {
        return;
    }
    let v = Verdict::Context(Category::Related, Ctx::CardTeaser);
    mark_above_buttons(verdict, protected, opens, &buttons, CARD_MAX_LINES, v);
}

/// Removes a kept line right below a line the footer or tail zone took (or
/// a related card) and right above a metadata removal (a date, a byline, a
/// reading time): below the article, story cards print a headline, a teaser
/// and a date ("Dec 18, 2025 18 min read"); the zone takes the headline and
/// the date but stops at the teaser, a sentence. It takes the zone line's
/// category.
///
/// On wcxb-dev: 34 boilerplate lines in 15 pages, no content line. The
/// other order (a date above, a card below) takes the article's own first
/// paragraph between its date and the first related card; between two zone
/// lines, with no date, it took 16 content lines for 72 (steps of a guide
/// the zone had taken by mistake, an FAQ's answers).
pub(super) fn dated_teasers(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
) {
    let Page {
        rules, protected, ..
    } = *page;
    let zone = |v: Verdict| {
        matches!(
            v,
            Verdict::Context(
                _,
                Ctx::Footer | Ctx::Tail | Ctx::RelatedCards | Ctx::CardTeaser
            )
        )
    };
    let dated = |v: Verdict| category_of(v, rules) == Some(Category::Metadata);
    for i in range.start + 1..range.end.saturating_sub(1) {
        if verdict[i].removed() || protected[i] {
            continue;
        }
        let (p, q) = (verdict[i - 1], verdict[i + 1]);
        if !(zone(p) && dated(q)) {
            continue;
        }
        if let Some(c) = category_of(p, rules) {
            verdict[i] = Verdict::Context(c, Ctx::DatedTeaser);
        }
    }
}

/// Removes short non-sentence lines printed right above a metadata removal
/// (a date, a byline, a reading time) when that happens at least
/// [`SIGNATURE_MIN_REPEATS`] times in `range`: the commenter's name above
/// each comment's date, the author above each card's date.
pub(super) fn signatures(page: &Page<'_>, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let found: Vec<usize> = range
        .clone()
        .skip(1)
        .filter(|&i| {
            let prev = i - 1;
            let t = &text[blocks[prev].span()];
            !verdict[prev].removed()
                && !protected[prev]
                && category_of(verdict[i], rules) == Some(Category::Metadata)
                && blocks[prev].words() <= SIGNATURE_MAX_WORDS
                && !ends_sentence(t)
        })
        .map(|i| i - 1)
        .collect();
    if found.len() < SIGNATURE_MIN_REPEATS {
        return;
    }
    for i in found {
        verdict[i] = Verdict::Context(Category::Metadata, Ctx::Signature);
    }
}
