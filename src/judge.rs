//! Stage 5: judging each block with its neighbours, article by article.
//!
//! The detectors say what each block looks like on its own. Here the verdicts
//! are settled (the first rule in table order wins a block), inline removals
//! that leave nothing but punctuation take the whole block, and a few rules
//! that need neighbours add removals:
//!
//! * a caption printed twice (caption, then caption with credit; or a video
//!   title repeated above its description);
//! * the line after an image placeholder that is not a sentence;
//! * the caption line just above a credit-only line;
//! * a short non-sentence line between two removals of one category;
//! * a short non-sentence line with two removed lines on each side.
//!
//! Context never crosses an article boundary and never touches an article's
//! title. Each context rule is listed in [`CONTEXT_RULES`] with its reason.

use std::borrow::Cow;

use crate::detect::{ends_sentence, Detector, Hit, Role, Rule};
use crate::output::RuleRef;
use crate::segment::{trim, trim_start, words_up_to, Block};
use crate::split::{self, Layout};
use crate::{Category, Removal, Span};

/// A rule that fires because of a block's neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ContextRule {
    pub(crate) id: &'static str,
    pub(crate) reason: &'static str,
}

const DUPLICATE_CAPTION: ContextRule = ContextRule {
    id: "caption-duplicate",
    reason: "repeats the caption that follows it",
};
const AFTER_PLACEHOLDER: ContextRule = ContextRule {
    id: "caption-after-placeholder",
    reason: "a non-sentence line right after an image placeholder",
};
const AFTER_CREDIT: ContextRule = ContextRule {
    id: "caption-after-credit",
    reason: "a non-sentence line printed right after a credit line",
};
const BEFORE_CREDIT: ContextRule = ContextRule {
    id: "caption-before-credit",
    reason: "the caption line of the credit below it",
};
const REPEATED_TITLE: ContextRule = ContextRule {
    id: "caption-repeated-title",
    reason: "a video or image title printed twice above its caption",
};
const SANDWICHED: ContextRule = ContextRule {
    id: "between-removed",
    reason: "a short non-sentence line between two removals of the same category",
};

const STANDALONE: ContextRule = ContextRule {
    id: "caption-standalone",
    reason: "a lone non-sentence line between paragraphs in an article with captions",
};
/// Sentence-case headings are common on the web ("How we test the cameras"),
/// and on wcxb-dev a six-word floor took 40 headings for every 12 captions; no
/// heading there had 15 words, so a lone caption line needs that many.
const STANDALONE_MIN_WORDS: usize = 15;
/// Words of the prose under a kept label line (see [`Role::Label`]).
const LABEL_PROSE_MIN_WORDS: usize = 8;
const TOC: ContextRule = ContextRule {
    id: "table-of-contents",
    reason: "a run of short lines that come again later as headings",
};
/// A table of contents has at least this many entries.
const TOC_MIN_RUN: usize = 3;
const FOOTER: ContextRule = ContextRule {
    id: "footer-zone",
    reason: "a short line in the footer after the article's last paragraph",
};
const HEADER: ContextRule = ContextRule {
    id: "header-zone",
    reason: "a short line among the page furniture above the article's first paragraph",
};
const HEADER_RUN: ContextRule = ContextRule {
    id: "header-run",
    reason: "a one- or two-word line in a run of short lines above the article's first long line (menus, labels), a longer one between two of them, or a title-case entry of a long menu",
};
/// A run of page furniture above the article has at least this many short
/// or removed lines...
const HEADER_RUN_MIN_LINES: usize = 5;
/// ...where lines of up to this many words are furniture. (Three- and
/// four-word lines there are headlines and headings too often.)
const HEADER_RUN_MAX_WORDS: usize = 2;
/// A run of at least this many such lines is a site menu: its title-case
/// lines of up to [`HEADER_MAX_WORDS`] words go too (see `header_runs`).
const HEADER_MENU_MIN_LINES: usize = 12;
/// The header zone lies within this many lines of the article's start.
const HEADER_MAX_LINES: usize = 60;
/// Lines in the header zone up to this many words are page furniture.
const HEADER_MAX_WORDS: usize = 6;
/// Lines in the footer zone up to this many words are footer lines.
const FOOTER_MAX_WORDS: usize = 15;
const TAIL: ContextRule = ContextRule {
    id: "tail-zone",
    reason: "a line after the article's end, where a footer begins and little prose follows",
};
/// The tail zone begins at a footer removal with at most this many words of
/// prose paragraphs below it (on wcxb-dev: 50 took 18 boilerplate lines for
/// each content line, 80 only 8).
const TAIL_MAX_PROSE_WORDS: usize = 50;
// Capped counts one above it are kept in a byte (`footer_zone`).
const _: () = assert!(TAIL_MAX_PROSE_WORDS < u8::MAX as usize);
/// Lines in the tail zone up to this many words go...
const TAIL_MAX_WORDS: usize = 30;
/// ...but sentences only when shorter than this: a closing paragraph of the
/// article may follow a last advertisement (on wcxb-dev, taking sentences of
/// up to 30 words cost one content line for every five taken).
const TAIL_MAX_SENTENCE_WORDS: usize = 10;
const SIGNATURE: ContextRule = ContextRule {
    id: "signature-above-date",
    reason: "a short name line above a date or byline, a pattern repeated down the page (comments, cards)",
};
/// A signature line has at most this many words.
const SIGNATURE_MAX_WORDS: usize = 6;
/// The name-above-date pattern must repeat this often in an article: once,
/// it is as often a headline or a heading above its date.
const SIGNATURE_MIN_REPEATS: usize = 3;
const RELATED_CARDS: ContextRule = ContextRule {
    id: "related-cards",
    reason: "a related-story card: a headline and a date with little or no text",
};
const ISLAND: ContextRule = ContextRule {
    id: "removal-island",
    reason:
        "a short non-sentence line with two removed lines on each side (a widget or card cluster)",
};
/// An island line has at most this many words. (On wcxb-dev no content line
/// of up to 15 words sat between two removals on each side; 10 keeps a margin.)
const ISLAND_MAX_WORDS: usize = 10;

/// The header of a roundup page: always navigation, so listed apart from
/// [`CONTEXT_RULES`].
pub(crate) const PAGE_HEADER: ContextRule = ContextRule {
    id: "page-header",
    reason: "the header of a roundup page",
};
const AUTHOR_BOX: ContextRule = ContextRule {
    id: "author-box",
    reason: "the name under an author label (\"Written by\", \"About the author\"), with its job line and bio",
};
/// An author's name line has at most this many words ("Colin Smith, CPA").
const AUTHOR_NAME_MAX_WORDS: usize = 7;
/// A job line between the name and the bio has at most this many words.
const AUTHOR_JOB_MAX_WORDS: usize = 6;
/// A bio has at least this many words, and names the author within its
/// first [`AUTHOR_BIO_NAME_WITHIN`] words.
const AUTHOR_BIO_MIN_WORDS: usize = 8;
const AUTHOR_BIO_NAME_WITHIN: usize = 4;

const AUTHOR_NAME_BIO: ContextRule = ContextRule {
    id: "author-name-bio",
    reason: "an author's name line and the bio below it that opens with that name and gives a job, next to other removals",
};
/// Lower-case words a title-case headline holds and a name does not (names
/// keep their particles: "de", "van", "of", "and").
const HEADLINE_WORDS: &[&str] = &[
    "the", "to", "a", "an", "in", "on", "for", "is", "at", "by", "with", "its",
];
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

const COMMENT_THREAD: ContextRule = ContextRule {
    id: "comment-thread",
    reason:
        "a comment: the lines right above its \"Reply\" button, below the comment section's start",
};
/// A comment is at most this many lines above its "Reply" button.
const COMMENT_MAX_LINES: usize = 3;
/// A thread has at least this many "Reply" buttons: one alone may follow a
/// forum post or a question that is the page's content.
const COMMENT_MIN_REPLIES: usize = 2;

const COUNTER: ContextRule = ContextRule {
    id: "widget-counter",
    reason: "a bare count right above a widget (likes, comments, shares, the stars of a rating)",
};

const DATED_TEASER: ContextRule = ContextRule {
    id: "dated-card-teaser",
    reason: "a story card's teaser between its headline, taken by the footer zone, and its date or byline",
};

const CARD_TEASER: ContextRule = ContextRule {
    id: "related-card-teaser",
    reason: "a related story's headline or teaser right above its \"Read more\" button, below a related-stories label",
};
/// A card is at most this many lines above its button.
const CARD_MAX_LINES: usize = 3;
/// A list of cards has at least this many buttons: a lone "Read more" under
/// a paragraph may open the rest of the article itself.
const CARD_MIN_BUTTONS: usize = 2;

/// Every context rule, for documentation and the `--explain` listing.
pub(crate) const CONTEXT_RULES: &[ContextRule] = &[
    DUPLICATE_CAPTION,
    AFTER_PLACEHOLDER,
    BEFORE_CREDIT,
    AFTER_CREDIT,
    REPEATED_TITLE,
    SANDWICHED,
    SIGNATURE,
    RELATED_CARDS,
    STANDALONE,
    FOOTER,
    TAIL,
    HEADER,
    HEADER_RUN,
    TOC,
    ISLAND,
    AUTHOR_BOX,
    AUTHOR_NAME_BIO,
    COMMENT_THREAD,
    CARD_TEASER,
    DATED_TEASER,
    COUNTER,
];

/// A context rule, as a verdict holds it (one byte, where a reference
/// would take eight: a verdict is kept for every line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    DuplicateCaption,
    AfterPlaceholder,
    AfterCredit,
    BeforeCredit,
    RepeatedTitle,
    Sandwiched,
    Standalone,
    Toc,
    Footer,
    Header,
    HeaderRun,
    Tail,
    Signature,
    RelatedCards,
    Island,
    PageHeader,
    AuthorBox,
    AuthorNameBio,
    CommentThread,
    CardTeaser,
    DatedTeaser,
    Counter,
}

impl Ctx {
    /// The rule's names.
    const fn rule(self) -> &'static ContextRule {
        match self {
            Ctx::DuplicateCaption => &DUPLICATE_CAPTION,
            Ctx::AfterPlaceholder => &AFTER_PLACEHOLDER,
            Ctx::AfterCredit => &AFTER_CREDIT,
            Ctx::BeforeCredit => &BEFORE_CREDIT,
            Ctx::RepeatedTitle => &REPEATED_TITLE,
            Ctx::Sandwiched => &SANDWICHED,
            Ctx::Standalone => &STANDALONE,
            Ctx::Toc => &TOC,
            Ctx::Footer => &FOOTER,
            Ctx::Header => &HEADER,
            Ctx::HeaderRun => &HEADER_RUN,
            Ctx::Tail => &TAIL,
            Ctx::Signature => &SIGNATURE,
            Ctx::RelatedCards => &RELATED_CARDS,
            Ctx::Island => &ISLAND,
            Ctx::PageHeader => &PAGE_HEADER,
            Ctx::AuthorBox => &AUTHOR_BOX,
            Ctx::AuthorNameBio => &AUTHOR_NAME_BIO,
            Ctx::CommentThread => &COMMENT_THREAD,
            Ctx::CardTeaser => &CARD_TEASER,
            Ctx::DatedTeaser => &DATED_TEASER,
            Ctx::Counter => &COUNTER,
        }
    }
}

/// The verdict on one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Keep,
    /// Removed by table rule N.
    Rule(u32),
    /// Removed by a context rule, in a category.
    Context(Category, Ctx),
}

// Every line has a verdict: keep it small.
const _: () = assert!(std::mem::size_of::<Verdict>() <= 8);

impl Verdict {
    fn removed(self) -> bool {
        self != Verdict::Keep
    }
}

/// Everything the judge reads.
pub(crate) struct Input<'a> {
    pub(crate) detector: &'a Detector,
    pub(crate) text: &'a str,
    pub(crate) blocks: &'a [Block],
    pub(crate) hits: &'a [Hit],
    pub(crate) rules: &'a [Rule],
    pub(crate) layout: &'a Layout,
    pub(crate) enabled: &'a [bool],
}

fn category_of(v: Verdict, rules: &[Rule]) -> Option<Category> {
    match v {
        Verdict::Keep => None,
        Verdict::Rule(r) => Some(rules[r as usize].category),
        Verdict::Context(c, ..) => Some(c),
    }
}

/// Whether line `i` is a bare "By" label with a kept name line under it: an
/// entry's credit in a list of books or talks as often as page furniture, so
/// no header or footer zone starts at it. (An author box's "Written by" or
/// "About the author" does start one.)
fn heads_kept_name(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &[Verdict],
    i: usize,
) -> bool {
    matches!(verdict[i], Verdict::Rule(r) if rules[r as usize].id() == "byline-label")
        && label_text(&text[blocks[i].span()]) == "by"
        && i + 1 < blocks.len()
        && !verdict[i + 1].removed()
        && name_line(text, blocks, i + 1)
}

/// A byline label's words, lower-case, without a trailing colon ("By:" is
/// "by").
fn label_text(t: &str) -> String {
    t.trim_end_matches([':', ' ']).to_ascii_lowercase()
}

/// Whether line `k` reads like the name under an author label: up to
/// [`AUTHOR_NAME_MAX_WORDS`] words, [`name_like`], no sentence end.
fn name_line(text: &str, blocks: &[Block], k: usize) -> bool {
    let name = &text[blocks[k].span()];
    blocks[k].words() <= AUTHOR_NAME_MAX_WORDS && !ends_sentence(name) && name_like(name)
}

/// `s` as a key for comparing lines: its letters and digits, lowercased.
fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| out.push(c));
    out
}

/// Calls `f` with each char of [`fold_key`]`(s)`, in order.
fn fold_each(s: &str, mut f: impl FnMut(char)) {
    // ASCII chars lowercase to one char each, without the iterator of
    // `char::to_lowercase`, which the compiler inlines or not from one
    // build to the next (9M instructions apart on wcxb-dev).
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut f);
        }
    }
}

/// Sentence breaks inside a line: ". ", "! " or "? " followed by a capital.
/// "on Nov. 7." has none.
fn sentence_breaks(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(2))
        .filter(|&i| {
            matches!(b[i], b'.' | b'!' | b'?')
                && b[i + 1] == b' '
                && s[i + 2..].chars().next().is_some_and(char::is_uppercase)
        })
        .count()
}

/// True when `s` has at least `n` words. Counts no further than `n`.
fn at_least(s: &str, n: usize) -> bool {
    words_up_to(s, n) >= n
}

/// True when `s` has at most `n` words. Counts no further than `n + 1`.
fn at_most(s: &str, n: usize) -> bool {
    words_up_to(s, n + 1) <= n
}

/// How many times a line is cut again after its first inline cuts.
const MAX_RECUTS: usize = 16;

/// Sorts inline cuts and merges the overlapping ones.
fn merge(mut ps: Vec<(Span, u32)>) -> Vec<(Span, u32)> {
    ps.sort_by_key(|p| (p.0.start, std::cmp::Reverse(p.0.end)));
    let mut merged: Vec<(Span, u32)> = Vec::with_capacity(ps.len());
    for (s, r) in ps {
        match merged.last_mut() {
            Some((last, _)) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push((s, r)),
        }
    }
    merged
}

/// The pieces that `cuts` (sorted, inside `span`) leave of `span`, trimmed as
/// render trims them (white space and the invisible characters the output
/// drops), empty ones left out: `(offset in the input, piece)`.
fn kept_pieces(text: &str, span: Span, cuts: impl IntoIterator<Item = Span>) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize| {
        let raw = &text[from..to];
        let lead = raw.len() - trim_start(raw).len();
        let piece = trim(raw);
        if !piece.is_empty() {
            out.push((from + lead, piece));
        }
    };
    let mut pos = span.start;
    for s in cuts {
        push(pos, s.start.max(pos));
        pos = pos.max(s.end);
    }
    push(pos, span.end);
    out
}

/// What `cuts` leave of `span`, joined with single spaces as the output joins
/// it (empty when nothing is left): the line as the output prints it.
pub(crate) fn kept_text<'t>(
    text: &'t str,
    span: Span,
    cuts: impl IntoIterator<Item = Span>,
) -> Cow<'t, str> {
    let pieces = kept_pieces(text, span, cuts);
    match pieces.as_slice() {
        [] => Cow::Borrowed(""),
        [(_, one)] => Cow::Borrowed(one),
        many => Cow::Owned(many.iter().map(|p| p.1).collect::<Vec<_>>().join(" ")),
    }
}

/// From the first to the last byte of what `cuts` (sorted, inside `span`)
/// leave of `span`, trimmed as the output trims it; `None` when nothing is
/// left ("Headline Share on X" gives the span of "Headline").
pub(crate) fn kept_extent(
    text: &str,
    span: Span,
    cuts: impl IntoIterator<Item = Span>,
) -> Option<Span> {
    let pieces = kept_pieces(text, span, cuts);
    let (first, last) = (pieces.first()?, pieces.last()?);
    Some(Span::new(first.0, last.0 + last.1.len()))
}

/// What the cuts leave of `span`, as [`kept_text`], and its pieces:
/// `(offset in the rest, offset in the input, len)`.
fn remainder(text: &str, span: Span, cuts: &[(Span, u32)]) -> (String, Vec<(usize, usize, usize)>) {
    let mut rest = String::new();
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    for (at, piece) in kept_pieces(text, span, cuts.iter().map(|c| c.0)) {
        if !rest.is_empty() {
            rest.push(' ');
        }
        pieces.push((rest.len(), at, piece.len()));
        rest.push_str(piece);
    }
    (rest, pieces)
}

/// The text of block `i` (at `span`) as the output shows it: what its inline
/// cuts in `parts` (sorted by block) leave, or the block itself.
fn shown_text<'t>(
    text: &'t str,
    span: Span,
    parts: &[(usize, Span, u32)],
    i: usize,
) -> Cow<'t, str> {
    let from = parts.partition_point(|p| p.0 < i);
    let to = parts.partition_point(|p| p.0 <= i);
    if from == to {
        return Cow::Borrowed(&text[span]);
    }
    kept_text(text, span, parts[from..to].iter().map(|p| p.1))
}

/// Maps the start of a match in a remainder back to the input.
fn map_start(pieces: &[(usize, usize, usize)], p: usize, span: Span) -> usize {
    for &(r, o, len) in pieces {
        if p < r + len {
            return o + p.saturating_sub(r);
        }
    }
    span.end
}

/// Maps the end of a match in a remainder back to the input.
fn map_end(pieces: &[(usize, usize, usize)], p: usize, span: Span) -> usize {
    let mut end = span.start;
    for &(r, o, len) in pieces {
        if p <= r {
            break;
        }
        end = o + (p - r).min(len);
    }
    end
}

/// What the judge settled: a verdict per block, and the inline cuts of the
/// blocks it keeps. It reads no hits, so the caller can free them before
/// the removals are made.
pub(crate) struct Settled {
    verdict: Vec<Verdict>,
    /// (block, span, rule), sorted by span.
    parts: Vec<(usize, Span, u32)>,
}

/// Settles every block.
pub(crate) fn judge(input: &Input<'_>) -> Settled {
    let Input {
        text,
        blocks,
        hits,
        rules,
        layout,
        enabled,
        ..
    } = *input;
    let n = blocks.len();
    let mut verdict = vec![Verdict::Keep; n];
    let mut role = vec![Role::Plain; n];
    let mut parts: Vec<(usize, Span, u32)> = Vec::new();
    let mut protected = vec![false; n];
    // In a roundup each post's date line stays too: the splitter finds the
    // posts by title and date, so the output splits the same way
    // (`split::survives` checks the rest).
    let roundup = layout.articles.len() >= 2;
    for a in &layout.articles {
        let date = a.date.filter(|_| roundup);
        for i in a.title.into_iter().chain(date) {
            protected[i] = true;
        }
    }

    // Direct verdicts.
    let mut k = 0;
    while k < hits.len() {
        let b = hits[k].block as usize;
        let mut end = k;
        while end < hits.len() && hits[end].block as usize == b {
            end += 1;
        }
        // The block's hits of enabled categories (read twice: no list).
        let group = hits[k..end]
            .iter()
            .filter(|h| enabled[rules[h.rule() as usize].category.index()]);
        k = end;
        // A title is never removed, but a share bar glued to it is cut.
        let whole = group.clone().filter(|h| h.whole()).min_by_key(|h| h.rule());
        if let (Some(h), false) = (whole, protected[b]) {
            verdict[b] = Verdict::Rule(h.rule());
            role[b] = rules[h.rule() as usize].role;
            continue;
        }
        // Inline parts: if they leave no letters, the block goes.
        let mut inline = group.filter(|h| !h.whole()).peekable();
        if inline.peek().is_none() {
            continue;
        }
        let ps: Vec<(Span, u32)> = inline.map(|h| (h.at(), h.rule())).collect();
        let span = blocks[b].span();
        let mut merged = merge(ps);
        // Judge what the cuts leave, and cut again what that shows (a share bar
        // glued to another), until nothing changes: one cleaning removes what
        // a second one would.
        let mut whole = None;
        for _ in 0..MAX_RECUTS {
            let (rest, pieces) = remainder(text, span, &merged);
            if !rest.chars().any(char::is_alphabetic) {
                whole = Some(merged[0].1);
                break;
            }
            // The rest is itself boilerplate ("5 min read" before a share bar);
            // a title whose rest is boilerplate is boilerplate too.
            let (whole_rest, more) = input.detector.rescan(&rest, enabled);
            if let Some(r) = whole_rest {
                whole = Some(r);
                break;
            }
            if more.is_empty() {
                break;
            }
            for (s, e, r) in more {
                merged.push((
                    Span::new(map_start(&pieces, s, span), map_end(&pieces, e, span)),
                    r,
                ));
            }
            merged = merge(merged);
        }
        if let Some(r) = whole {
            verdict[b] = Verdict::Rule(r);
            role[b] = rules[r as usize].role;
        } else {
            parts.extend(merged.into_iter().map(|(s, r)| (b, s, r)));
        }
    }

    // A label between two kept lines, above prose, is a heading ("4. TikTok"
    // over a paragraph on TikTok); in a share bar its neighbours are buttons.
    // The rescue is undone at the end if a context rule takes a neighbour.
    let mut rescued = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let Verdict::Rule(r) = verdict[i] else {
            continue;
        };
        if rules[r as usize].role == Role::Label
            && verdict[i - 1] == Verdict::Keep
            && verdict[i + 1] == Verdict::Keep
            && blocks[i + 1].words() >= LABEL_PROSE_MIN_WORDS
            && ends_sentence(&text[blocks[i + 1].span()])
        {
            verdict[i] = Verdict::Keep;
            role[i] = Role::Plain;
            rescued.push((i, r));
        }
    }

    // A page's title keeps its protection only while its inline cuts leave
    // something shaped like a title ("C (opens in new window)" prints as
    // "C"): the output is cleaned again with no title there. (A roundup that
    // would lose a title so is judged as one article: `split::survives`.)
    if !roundup {
        for t in layout.articles.iter().filter_map(|a| a.title) {
            let shown = shown_text(text, blocks[t].span(), &parts, t);
            if !split::title_shape(&shown, words_up_to(&shown, 26)) {
                protected[t] = false;
            }
        }
    }

    // Context, article by article.
    let caption_on = enabled[Category::Caption.index()];
    for a in &layout.articles {
        let range = a.first..a.end;
        if caption_on {
            let ctx = CaptionContext {
                text,
                blocks,
                rules,
                hits,
                role: &role,
                protected: &protected,
            };
            ctx.apply(&mut verdict, range.clone());
        }
        for i in range.clone().skip(1) {
            if i + 1 >= range.end || verdict[i].removed() || protected[i] {
                continue;
            }
            let (p, q) = (
                category_of(verdict[i - 1], rules),
                category_of(verdict[i + 1], rules),
            );
            let t = &text[blocks[i].span()];
            if let (Some(p), Some(q)) = (p, q) {
                // Widget clusters only: between two captions or two metadata
                // lines sits a product heading or a title more often than not.
                let widget = |c: Category| !matches!(c, Category::Metadata | Category::Caption);
                let same = p == q && widget(p) && t.len() <= 80;
                // Between two different widgets: only very short lines.
                let mixed = widget(p) && widget(q) && blocks[i].words() <= 3;
                if (same || mixed) && !ends_sentence(t) {
                    verdict[i] = Verdict::Context(p, Ctx::Sandwiched);
                }
            }
        }
    }

    // Related-story cards under the article.
    if enabled[Category::Related.index()] {
        for &i in &layout.cards {
            if !verdict[i].removed() && !protected[i] {
                verdict[i] = Verdict::Context(Category::Related, Ctx::RelatedCards);
            }
        }
    }

    // After the cards: comment and card signatures: a name above a date, again and again.
    for a in &layout.articles {
        signatures(
            text,
            blocks,
            rules,
            &mut verdict,
            &protected,
            a.first..a.end,
        );
    }

    // A table of contents: a run of short lines that all come again, later,
    // as the article's headings.
    if enabled[Category::Navigation.index()] {
        table_of_contents(text, blocks, rules, &mut verdict, &protected);
    }

    for a in &layout.articles {
        if enabled[Category::Related.index()] {
            card_teasers(
                text,
                blocks,
                rules,
                &mut verdict,
                &protected,
                a.first..a.end,
            );
        }
    }

    // The footer zone: after the article's last prose paragraph, once a footer
    // (licence, newsletter, comments, related, share, advertising) has begun,
    // short non-sentence lines belong to it.
    for a in &layout.articles {
        // The words of each line that ends a sentence, counted once for both
        // passes, up to one more than the tail's prose limit (see
        // `footer_zone`); 0 for other lines.
        let sentence_words: Vec<u8> = (a.first..a.end)
            .map(|i| {
                let t = &text[blocks[i].span()];
                if ends_sentence(t) {
                    blocks[i].words().min(TAIL_MAX_PROSE_WORDS + 1) as u8
                } else {
                    0
                }
            })
            .collect();
        // Twice: see `footer_zone` on `widgets`.
        for widgets in [false, true] {
            footer_zone(
                text,
                blocks,
                rules,
                &mut verdict,
                &protected,
                a.first..a.end,
                FooterPass {
                    sentence_words: &sentence_words,
                    widgets,
                },
            );
        }
        dated_teasers(rules, &mut verdict, &protected, a.first..a.end);
        header_zone(
            text,
            blocks,
            rules,
            &mut verdict,
            &protected,
            a.first..a.end,
        );
        if enabled[Category::Navigation.index()] {
            let shown = |i: usize| shown_text(text, blocks[i].span(), &parts, i);
            header_runs(&shown, &mut verdict, &protected, a.first..a.end);
        }
        islands(
            text,
            blocks,
            rules,
            &mut verdict,
            &protected,
            a.first..a.end,
        );
        // Last: these only add removals and read no zone. (Counters after
        // the islands: a product name between its count and its shop
        // buttons is no island.)
        counters(
            text,
            blocks,
            rules,
            &mut verdict,
            &protected,
            a.first..a.end,
        );
        author_boxes(
            text,
            blocks,
            rules,
            &mut verdict,
            &protected,
            a.first..a.end,
            a.byline,
        );
        if enabled[Category::Metadata.index()] {
            named_bios(text, blocks, &mut verdict, &protected, a.first..a.end);
        }
        // Again once the author boxes are gone: a long bio the first run
        // stopped at hid the short lines under it, which cleaning the
        // output again would find at the top.
        if enabled[Category::Navigation.index()] {
            let shown = |i: usize| shown_text(text, blocks[i].span(), &parts, i);
            header_runs(&shown, &mut verdict, &protected, a.first..a.end);
        }
        if enabled[Category::Comments.index()] {
            comment_threads(
                text,
                blocks,
                rules,
                &mut verdict,
                &protected,
                a.first..a.end,
            );
        }
    }

    // A single article's title is found by the date line under it, and
    // protected; the date line goes. Cleaning the output again finds no
    // title there, so if the run of short lines around it would then take
    // it as a menu entry, its date line stays in the text: the output keeps
    // saying which line is the title.
    if !roundup && enabled[Category::Navigation.index()] {
        for a in &layout.articles {
            if let (Some(t), Some(d)) = (a.title, a.date) {
                if verdict[d].removed()
                    && !verdict[t].removed()
                    && title_falls_without_date(text, blocks, &verdict, &parts, a, d, t)
                {
                    verdict[d] = Verdict::Keep;
                }
            }
        }
    }

    // Header of a roundup: short lines only; anything longer stays as text.
    // (`Sweeper` reports the header span either way.)
    let header = 0..layout.header_end;
    // Judged on the lines the output keeps, as it prints them: else the
    // header of the output could be short where the input's was not.
    let header_is_short = header.clone().filter(|&i| !verdict[i].removed()).all(|i| {
        let shown = shown_text(text, blocks[i].span(), &parts, i);
        let t = crate::normalize::for_output(&shown);
        t.len() <= 120 && !ends_sentence(&t)
    });
    if !header.is_empty() && header_is_short && enabled[Category::Navigation.index()] {
        for i in header {
            if !verdict[i].removed() {
                verdict[i] = Verdict::Context(Category::Navigation, Ctx::PageHeader);
            }
        }
    }

    // A rescued label whose neighbour a context rule took is a label after
    // all: kept, it would be the first or last line of what is left, and
    // cleaning the output again would remove it.
    for (i, r) in rescued {
        if verdict[i] == Verdict::Keep && (verdict[i - 1].removed() || verdict[i + 1].removed()) {
            verdict[i] = Verdict::Rule(r);
        }
    }

    parts.sort_by_key(|p| p.1.start);
    Settled { verdict, parts }
}

impl Settled {
    /// The removals, sorted and non-overlapping, in a Vec of the right size
    /// (a page of short removed lines holds little else).
    pub(crate) fn removals(&self, blocks: &[Block], rules: &[Rule]) -> Vec<Removal> {
        let Settled { verdict, parts } = self;
        let removed = verdict.iter().filter(|v| v.removed()).count();
        let mut out = Vec::with_capacity(removed + parts.len());
        let mut pi = 0;
        for (i, v) in verdict.iter().enumerate() {
            while pi < parts.len() && parts[pi].0 < i {
                pi += 1;
            }
            match *v {
                Verdict::Keep => {
                    while pi < parts.len() && parts[pi].0 == i {
                        let (_, span, r) = parts[pi];
                        out.push(Removal::new(span, rules[r as usize].names.clone()));
                        pi += 1;
                    }
                }
                Verdict::Rule(r) => {
                    out.push(Removal::new(
                        blocks[i].span(),
                        rules[r as usize].names.clone(),
                    ));
                }
                Verdict::Context(c, rule) => {
                    out.push(Removal::new(
                        blocks[i].span(),
                        RuleRef::Context(c, rule.rule()),
                    ));
                }
            }
        }
        out
    }
}

/// Removes the comments of a thread: the kept lines right above each "Reply"
/// button (at most [`COMMENT_MAX_LINES`], up to the first removed line: the
/// commenter's name, the date, the comment), when the article has at least
/// [`COMMENT_MIN_REPLIES`] such buttons and each lies below another comments
/// removal ("12 Comments", "Leave a Reply", the comment policy) that opens
/// the section.
fn comment_threads(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    let is_reply = |i: usize, verdict: &[Verdict]| {
        matches!(verdict[i], Verdict::Rule(r) if rules[r as usize].id() == "comments-label")
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
fn counters(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
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
            "learn more",
            "see more",
            "view more",
        ],
    )
}

/// Whether `t`, without the punctuation and symbols around it ("» Read
/// more", "\[Reply\]"), is one of `labels` (lower-case ASCII), whatever its
/// ASCII case: a button's words.
fn label_is(t: &str, labels: &[&str]) -> bool {
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
fn card_teasers(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    let is_button = |i: usize, verdict: &[Verdict]| {
        verdict[i].removed() && is_card_button(&text[blocks[i].span()])
    };
    let Some(opens) = range.clone().find(|&i| {
        matches!(verdict[i], Verdict::Rule(r) if rules[r as usize].id() == "related-label")
            && !is_button(i, verdict)
    }) else {
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

/// Whether `t` reads like a person's or a company's name: capitalised words,
/// with commas, "&" and short lower-case particles ("de", "van", "and")
/// between them: "Colin Smith, CPA", "Anna de Vries".
///
/// Called on most short lines of a page; ASCII lines (nearly all of them)
/// are read as bytes, without decoding chars
/// (`repeats_tests::name_like_reads_ascii_as_chars`).
pub(crate) fn name_like(t: &str) -> bool {
    // Read as the output prints it, without the chars output normalization
    // drops ("R t \0h" prints as "R t h"): else a second cleaning reads
    // another line than the first.
    let dropped = |c: char| crate::normalize::drops_in_output(c);
    if t.bytes()
        .any(|b| (b < b' ' && !(b'\t'..=b'\r').contains(&b)) || b >= 0x7F)
        && t.chars().any(dropped)
    {
        let shown: String = t.chars().filter(|&c| !dropped(c)).collect();
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
fn dated_teasers(
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
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

/// Whether `t` reads like a line of product specs rather than a caption:
/// fields split by " | ", or a short label before a colon opening the line
/// ("Capacity: 30 ounces | Weight: 2 pounds", "Dimensions: 16 x 9 inches").
fn spec_fields(t: &str) -> bool {
    t.contains(" | ")
        || t.split_once(':')
            .is_some_and(|(label, _)| at_most(label, 2))
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
fn author_boxes(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
    byline: Option<usize>,
) {
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
/// ("Ann Lee is …", "Ann's work …") and names a job in its first
/// [`NAME_BIO_JOB_WITHIN`] words ([`NAME_BIO_JOBS`]). The box must touch
/// another removal (the line above the name or below the bio is removed, or
/// the article ends there): a listicle's entry ("Harbour Books" above
/// "Harbour Books is a shop run by a former editor …") sits between kept
/// lines. Metadata, as `author-box`.
///
/// On wcxb-dev: 42 boilerplate lines (bios, names, job lines in 31 pages),
/// no content line; without the touching removal it took 8 content lines
/// (a profile in an interview, a shop in a list of shops).
fn named_bios(
    text: &str,
    blocks: &[Block],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    let free =
        |i: usize, verdict: &[Verdict]| i < range.end && !verdict[i].removed() && !protected[i];
    let v = Verdict::Context(Category::Metadata, Ctx::AuthorNameBio);
    for i in range.clone() {
        let name = &text[blocks[i].span()];
        // A name opens with a capital: an ASCII one, or a char outside
        // ASCII (`name_like` decodes it). Tested first, as it is cheapest.
        let capital = |b: &u8| b.is_ascii_uppercase() || !b.is_ascii();
        if protected[i]
            || !(2..=AUTHOR_NAME_MAX_WORDS).contains(&blocks[i].words())
            || !name.as_bytes().first().is_some_and(capital)
            || ends_sentence(name)
            || !name_like(name)
            || name.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let first = first_word(name);
        if matches!(first, "The" | "A" | "An") {
            continue;
        }
        // A headline in title case ("Night Buses Return to the Suburbs")
        // passes `name_like` but holds words no name does. (Cleaned, a
        // page's title loses the date that protected it, and sits first.)
        if name.split_whitespace().any(|w| HEADLINE_WORDS.contains(&w)) {
            continue;
        }
        // The given name: after a title ("Dr Tom Reyes").
        let given = name
            .split_whitespace()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| !matches!(*w, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof"))
            .unwrap_or(first);
        // The bio right below the name, or below a job line.
        let opens = |b: usize| {
            let t = &text[blocks[b].span()];
            // The first word is a prefix of the text: most lines fail here,
            // before their first word is cut out.
            let head = t.trim_start();
            if !head.starts_with(first) && !head.starts_with(given) {
                return false;
            }
            let w = first_word(t);
            (w == first || w == given)
                && blocks[b].words() >= AUTHOR_BIO_MIN_WORDS
                && t.split_whitespace().take(NAME_BIO_JOB_WITHIN).any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                    NAME_BIO_JOBS.iter().any(|j| w.eq_ignore_ascii_case(j))
                })
        };
        let job_line = |b: usize| {
            let t = &text[blocks[b].span()];
            !protected[b] && blocks[b].words() <= AUTHOR_JOB_MAX_WORDS && !ends_sentence(t)
        };
        let bio = if free(i + 1, verdict) && opens(i + 1) {
            i + 1
        } else if i + 2 < range.end && job_line(i + 1) && free(i + 2, verdict) && opens(i + 2) {
            i + 2
        } else {
            continue;
        };
        let touches = i == range.start
            || verdict[i - 1].removed()
            || bio + 1 >= range.end
            || verdict[bio + 1].removed();
        if !touches {
            continue;
        }
        for j in i..=bio {
            if free(j, verdict) {
                verdict[j] = v;
            }
        }
    }
}

/// Removes a short non-sentence line (up to [`ISLAND_MAX_WORDS`] words) whose
/// two neighbours on each side are removed: a label, name or price left in a
/// cluster of widget lines. It takes the category of the removal above it.
/// A line taken here has kept neighbours on neither side, so it never makes
/// another line an island: one pass, each line looked at once.
fn islands(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    if range.len() < 5 {
        return;
    }
    for i in range.start + 2..range.end - 2 {
        // Cheap tests first: the neighbours' verdicts, then the line.
        if verdict[i].removed()
            || protected[i]
            || !(verdict[i - 2].removed()
                && verdict[i - 1].removed()
                && verdict[i + 1].removed()
                && verdict[i + 2].removed())
        {
            continue;
        }
        let t = &text[blocks[i].span()];
        if ends_sentence(t) || blocks[i].words() > ISLAND_MAX_WORDS {
            continue;
        }
        let c = category_of(verdict[i - 1], rules).unwrap_or(Category::Navigation);
        verdict[i] = Verdict::Context(c, Ctx::Island);
    }
}

/// Removes short non-sentence lines printed right above a metadata removal
/// (a date, a byline, a reading time) when that happens at least
/// [`SIGNATURE_MIN_REPEATS`] times in `range`: the commenter's name above
/// each comment's date, the author above each card's date.
fn signatures(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
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

/// Finds runs of [`TOC_MIN_RUN`] or more short lines right under a
/// table-of-contents label that each appear again further down, and removes
/// the run (the later copies are the headings).
fn table_of_contents(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
) {
    let is_label =
        |v: Verdict| matches!(v, Verdict::Rule(r) if rules[r as usize].id() == "toc-label");
    if !verdict.iter().any(|&v| is_label(v)) {
        return;
    }
    let short = |i: usize| {
        let t = &text[blocks[i].span()];
        t.len() <= 120 && blocks[i].words() <= 15
    };
    let repeats_later = repeats_later(text, blocks, short, fold_hash);
    let mut i = 0;
    while i < blocks.len() {
        if !repeats_later[i] {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < blocks.len() && repeats_later[e] {
            e += 1;
        }
        // Only right under a table-of-contents label ("Contents", "In this
        // article"): on wcxb-dev, runs of repeated lines without one were
        // body as often as not.
        let labelled = i > 0 && is_label(verdict[i - 1]);
        if e - i >= TOC_MIN_RUN && labelled {
            for k in i..e {
                if !verdict[k].removed() && !protected[k] {
                    verdict[k] = Verdict::Context(Category::Navigation, Ctx::Toc);
                }
            }
        }
        i = e;
    }
}

/// Keys of [`fold_key`] shorter than this never count as repeated.
const TOC_MIN_KEY: usize = 4;

/// For each line, whether its [`fold_key`] (of [`TOC_MIN_KEY`] bytes or
/// more) is the key of a line further down that is not right below it.
/// Only the lines `keyed` says are keyed.
///
/// The keys are hashed by `hash` (the key's hash and its length), not
/// built: with a `String` and a SipHashed map entry per short line, this
/// step took 2 % of the library's instructions over wcxb-dev (callgrind,
/// three passes: 2385 M before, 2339 M after). Each repeat the hashes claim
/// is checked on the two lines' keys; on a collision the keys are built
/// after all, so the answer is exact whatever the hash.
fn repeats_later(
    text: &str,
    blocks: &[Block],
    keyed: impl Fn(usize) -> bool,
    hash: fn(&str) -> (u64, usize),
) -> Vec<bool> {
    use std::collections::HashMap;
    let line = |i: usize| &text[blocks[i].span()];
    let hashes: Vec<Option<u64>> = (0..blocks.len())
        .map(|i| {
            if !keyed(i) {
                return None;
            }
            let (h, len) = hash(line(i));
            (len >= TOC_MIN_KEY).then_some(h)
        })
        .collect();
    // The last line of each hash.
    let mut last: HashMap<u64, usize, std::hash::BuildHasherDefault<Mixed>> = HashMap::default();
    for (i, h) in hashes.iter().enumerate() {
        if let Some(h) = h {
            last.insert(*h, i);
        }
    }
    let mut repeats = vec![false; blocks.len()];
    for (i, h) in hashes.iter().enumerate() {
        let Some(j) = h.and_then(|h| last.get(&h).copied()) else {
            continue;
        };
        if j > i + 1 {
            // Most repeats are the same line again: equal lines have equal
            // keys, which need not be built then.
            if line(i) != line(j) && fold_key(line(i)) != fold_key(line(j)) {
                return repeats_later_by_keys(text, blocks, keyed);
            }
            repeats[i] = true;
        }
    }
    repeats
}

/// [`repeats_later`] with the keys built: what it falls back to on a
/// collision of hashes.
fn repeats_later_by_keys(text: &str, blocks: &[Block], keyed: impl Fn(usize) -> bool) -> Vec<bool> {
    use std::collections::HashMap;
    let keys: Vec<Option<String>> = (0..blocks.len())
        .map(|i| {
            if !keyed(i) {
                return None;
            }
            let k = fold_key(&text[blocks[i].span()]);
            (k.len() >= TOC_MIN_KEY).then_some(k)
        })
        .collect();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            last.insert(k, i);
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, k)| k.as_ref().is_some_and(|k| last[k.as_str()] > i + 1))
        .collect()
}

/// A hash of [`fold_key`]`(s)` and its length in bytes, without building
/// it: each byte of the key is mixed in by [`fold_byte`] (FNV-1a).
///
/// ASCII text (nearly every line) is folded through [`ASCII_FOLD`], one
/// lookup a byte. Packing the key's bytes eight to a word first, as this
/// did before, cost twice the instructions a byte: the shift and the test
/// for a full word on every byte outweighed the multiplications saved.
fn fold_hash(s: &str) -> (u64, usize) {
    let mut h = FOLD_SEED;
    let mut n = 0usize;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 {
                h = fold_byte(h, f);
                n += 1;
            }
        }
    } else {
        let mut buf = [0u8; 4];
        fold_each(s, |c| {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                h = fold_byte(h, b);
                n += 1;
            }
        });
    }
    (h, n)
}

/// The start of [`fold_hash`] (FNV-1a's offset basis).
const FOLD_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of [`fold_hash`]: a byte of the key mixed into the hash
/// (FNV-1a's prime).
fn fold_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// What [`fold_key`] makes of each ASCII byte: its lowercase when it is a
/// letter or a digit, else 0 (the byte is left out). Key bytes are never 0.
const ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// A hasher for keys that are hashes already: their bits mixed once, so
/// that the table's low and high bits both vary.
#[derive(Default)]
struct Mixed(u64);

impl std::hash::Hasher for Mixed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b) ^ self.0.rotate_left(8));
        }
    }

    fn write_u64(&mut self, v: u64) {
        let v = (v ^ (v >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 = v ^ (v >> 31);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// One pass of [`footer_zone`] over an article.
#[derive(Clone, Copy)]
struct FooterPass<'a> {
    /// Per line of the article, its words if it ends a sentence, counted up
    /// to `TAIL_MAX_PROSE_WORDS + 1`; else 0.
    sentence_words: &'a [u8],
    /// Whether paragraphs between two removed lines count as prose.
    widgets: bool,
}

/// Removes short non-sentence lines after the first footer removal that
/// follows the last prose paragraph of `range`; and, from the first footer
/// removal after which at most [`TAIL_MAX_PROSE_WORDS`] words of prose are
/// left (the tail zone), every line of up to [`TAIL_MAX_WORDS`] words that is
/// not a sentence of [`TAIL_MAX_SENTENCE_WORDS`] words or more.
///
/// With `pass.widgets`, a paragraph between two removed lines counts as no prose:
/// the judge runs the zone twice, the second time with this on, so the card
/// headlines the first pass took frame the teasers between them (headline,
/// teaser, "Read more"), and the zone starts above the cards. On wcxb-dev
/// the second pass took 169 boilerplate lines for 5 content lines (headings
/// of list pages that already lost their neighbours).
fn footer_zone(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
    pass: FooterPass<'_>,
) {
    let FooterPass {
        sentence_words,
        widgets,
    } = pass;
    // A paragraph printed between two removed lines (a related story's
    // teaser between its headline and its "Read more", a blurb inside a
    // sign-up box) is a widget's text, not the article's: it does not hold
    // the tail zone back.
    let in_widget = |i: usize, verdict: &[Verdict]| {
        widgets
            && i > range.start
            && i + 1 < range.end
            && verdict[i - 1].removed()
            && verdict[i + 1].removed()
    };
    // Prose words are counted up to one more than the tail's prose limit
    // (`sentence_words`): the sums below then compare with
    // `TAIL_MAX_PROSE_WORDS` and with each other exactly as full counts
    // would (a capped line alone exceeds the limit).
    let prose_words = |i: usize, verdict: &[Verdict]| {
        if verdict[i].removed() || in_widget(i, verdict) {
            return 0;
        }
        let n = usize::from(sentence_words[i - range.start]);
        if n >= 20 {
            n
        } else {
            0
        }
    };
    let footer = |v: Verdict| {
        matches!(
            category_of(v, rules),
            Some(
                Category::License
                    | Category::Newsletter
                    | Category::Comments
                    | Category::Related
                    | Category::Share
                    | Category::Advertising
                    | Category::Navigation
                    | Category::Notice
                    | Category::Metadata
            )
        )
    };
    // The prose lines and their words, counted once: (line, words). Only
    // lines of 20 words or more are listed, so this stays small next to
    // the text.
    let prose: Vec<(usize, usize)> = range
        .clone()
        .filter_map(|i| Some((i, prose_words(i, verdict))).filter(|p| p.1 > 0))
        .collect();
    let Some(&(last_prose, _)) = prose.last() else {
        return;
    };
    // A listing of dated items (events, products, posts: a name, a
    // paragraph, its date) prints a date under every paragraph from the
    // first on; story cards below an article print theirs under teasers,
    // after paragraphs that have none. So a date line starts the zone only
    // once a paragraph above it went without a date.
    let is_metadata = |i: usize| category_of(verdict[i], rules) == Some(Category::Metadata);
    let undated = prose
        .iter()
        .map(|p| p.0)
        .find(|&p| !(p + 1 < range.end && is_metadata(p + 1)));
    let opens_zone = |i: usize| {
        footer(verdict[i])
            && (!is_metadata(i) || undated.is_some_and(|p| p < i))
            && !heads_kept_name(text, blocks, rules, verdict, i)
    };
    // The tail: a footer removal with more prose above it than below, and
    // no more than a short paragraph's worth below.
    let total: usize = prose.iter().map(|p| p.1).sum();
    let (mut above, mut next) = (0, prose.iter().peekable());
    let tail = range.clone().find(|&i| {
        while let Some((_, n)) = next.next_if(|p| p.0 <= i) {
            above += n;
        }
        let below = total - above;
        opens_zone(i) && above > 0 && below <= above && below <= TAIL_MAX_PROSE_WORDS
    });
    let after_prose = (last_prose + 1..range.end).find(|&i| opens_zone(i));
    let Some(start) = [tail, after_prose].into_iter().flatten().min() else {
        return;
    };
    let mut current = category_of(verdict[start], rules).unwrap_or(Category::Related);
    for i in start + 1..range.end {
        if let Some(c) = category_of(verdict[i], rules) {
            if c != Category::Metadata {
                current = c;
            }
            continue;
        }
        if protected[i] {
            continue;
        }
        let t = &text[blocks[i].span()];
        // Compared with limits up to `TAIL_MAX_WORDS` only.
        let n = blocks[i].words().min(TAIL_MAX_WORDS + 1);
        let short = n <= FOOTER_MAX_WORDS && !ends_sentence(t);
        let in_tail = tail.is_some_and(|s| i > s)
            && n <= TAIL_MAX_WORDS
            && (n < TAIL_MAX_SENTENCE_WORDS || !ends_sentence(t));
        if short || in_tail {
            let id = if short { Ctx::Footer } else { Ctx::Tail };
            verdict[i] = Verdict::Context(current, id);
        }
    }
}

/// Above the article's first line of 15 words or more, finds runs of at
/// least [`HEADER_RUN_MIN_LINES`] lines that are removed or short (up to
/// [`HEADER_MAX_WORDS`] words, no sentence end), and removes their lines of
/// up to [`HEADER_RUN_MAX_WORDS`] words: menus, section labels and counters
/// around the headline; then the run's longer lines with such a line on
/// each side, unless they end in a colon (on wcxb-dev: 46 boilerplate lines
/// for 2 content lines, one a lead-in to a list of credits that an island
/// then took).
///
/// In a run of [`HEADER_MENU_MIN_LINES`] or more (a site menu) title-case
/// lines of up to [`HEADER_MAX_WORDS`] words go too when the lines on each
/// side are such lines or removed (on wcxb-dev: 238 boilerplate lines in 12
/// pages for 2 content lines, a category menu the gold keeps; without the
/// title-case test, comparison cards' "Starting from $12" lines went, and
/// with the run's last line the article's first heading).
///
/// Lines are judged as the output shows them, after their inline cuts ("By
/// Ann Lee · Share on Facebook" is the three-word "By Ann Lee ·"): else a
/// second cleaning would find a run the first did not.
fn header_runs<'t>(
    shown: &dyn Fn(usize) -> Cow<'t, str>,
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    let Some(first_long) = range
        .clone()
        .find(|&i| !verdict[i].removed() && at_least(&shown(i), 15))
    else {
        return;
    };
    let furniture = |i: usize, verdict: &[Verdict]| {
        verdict[i].removed() || {
            let t = shown(i);
            at_most(&t, HEADER_MAX_WORDS) && !ends_sentence(&t)
        }
    };
    let mut i = range.start;
    while i < first_long {
        if !furniture(i, verdict) {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < first_long && furniture(e, verdict) {
            e += 1;
        }
        if e - i >= HEADER_RUN_MIN_LINES {
            // In a menu (a run of [`HEADER_MENU_MIN_LINES`] or more) a longer
            // entry, up to [`HEADER_MAX_WORDS`], is title case like the lines
            // on each side ("Kitchen Cabinet Refacing"); the run's first and
            // last lines stay, as they are a list's heading or the article's
            // first heading as often as menu entries.
            let menu = e - i >= HEADER_MENU_MIN_LINES;
            let entry: Vec<bool> = (i..e)
                .map(|k| {
                    menu && (verdict[k].removed() || {
                        let t = shown(k);
                        at_most(&t, HEADER_MAX_WORDS) && name_like(&t)
                    })
                })
                .collect();
            for k in i..e {
                let menu_entry =
                    k > i && k + 1 < e && entry[k - i - 1..=k - i + 1].iter().all(|&x| x);
                if !verdict[k].removed()
                    && !protected[k]
                    && (menu_entry || at_most(&shown(k), HEADER_RUN_MAX_WORDS))
                {
                    verdict[k] = Verdict::Context(Category::Navigation, Ctx::HeaderRun);
                }
            }
            // A longer line of the run (up to [`HEADER_MAX_WORDS`]) between
            // two menu entries taken above is a menu entry too ("Research &
            // Development" between "Products" and "Careers"), unless it leads
            // in to the next line ("Photos by:").
            let run_line = |v: Verdict| v == Verdict::Context(Category::Navigation, Ctx::HeaderRun);
            for k in i + 1..e.saturating_sub(1) {
                if !verdict[k].removed()
                    && !protected[k]
                    && run_line(verdict[k - 1])
                    && run_line(verdict[k + 1])
                    && !shown(k).ends_with(':')
                {
                    verdict[k] = Verdict::Context(Category::Navigation, Ctx::HeaderRun);
                }
            }
        }
        i = e;
    }
}

/// Whether cleaning the output again, with the date line `d` gone, would take
/// the single article's title `t` as a menu entry (`header-run`): judged on
/// the lines the output keeps (but `d`), as it prints them, with no title
/// protected, as the next cleaning sees them.
fn title_falls_without_date(
    text: &str,
    blocks: &[Block],
    verdict: &[Verdict],
    parts: &[(usize, Span, u32)],
    a: &split::Bounds,
    d: usize,
    t: usize,
) -> bool {
    let kept: Vec<usize> = (a.first..a.end)
        .filter(|&i| i != d && !verdict[i].removed())
        .collect();
    let Some(at) = kept.iter().position(|&i| i == t) else {
        return false;
    };
    let shown = |j: usize| shown_text(text, blocks[kept[j]].span(), parts, kept[j]);
    let mut again = vec![Verdict::Keep; kept.len()];
    header_runs(&shown, &mut again, &vec![false; kept.len()], 0..kept.len());
    again[at].removed()
}

/// Removes short non-sentence lines above the article's first prose
/// paragraph when a removal (share bar, date, byline, breadcrumb) follows
/// them there: the page furniture around the headline.
fn header_zone(
    text: &str,
    blocks: &[Block],
    rules: &[Rule],
    verdict: &mut [Verdict],
    protected: &[bool],
    range: std::ops::Range<usize>,
) {
    let top = range.start..range.end.min(range.start + HEADER_MAX_LINES);
    let Some(first_prose) = top.clone().find(|&i| {
        let t = &text[blocks[i].span()];
        !verdict[i].removed() && blocks[i].words() >= 20 && ends_sentence(t)
    }) else {
        return;
    };
    let Some(last_removed) = (range.start..first_prose)
        .rev()
        .find(|&i| verdict[i].removed() && !heads_kept_name(text, blocks, rules, verdict, i))
    else {
        return;
    };
    let current = category_of(verdict[last_removed], rules).unwrap_or(Category::Navigation);
    for i in range.start..last_removed {
        let t = &text[blocks[i].span()];
        if !verdict[i].removed()
            && !protected[i]
            && blocks[i].words() <= HEADER_MAX_WORDS
            && !ends_sentence(t)
        {
            verdict[i] = Verdict::Context(current, Ctx::Header);
        }
    }
}

/// What the caption rules that look at neighbours read.
struct CaptionContext<'a> {
    text: &'a str,
    blocks: &'a [Block],
    rules: &'a [Rule],
    hits: &'a [Hit],
    role: &'a [Role],
    protected: &'a [bool],
}

impl CaptionContext<'_> {
    fn apply(&self, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
        let CaptionContext {
            text,
            blocks,
            rules,
            hits,
            role,
            protected,
        } = *self;
        // Where the rule that removed block `i` matched: the first hit of its
        // rule that removes the whole block (the one the direct verdict took).
        let match_at = |i: usize, r: u32| {
            let k = hits.partition_point(|h| (h.block as usize) < i);
            hits[k..]
                .iter()
                .take_while(|h| h.block as usize == i)
                .find(|h| h.whole() && h.rule() == r)
                .map(Hit::at)
        };
        let free = |i: usize, verdict: &[Verdict]| !verdict[i].removed() && !protected[i];
        let caption = |id: Ctx| Verdict::Context(Category::Caption, id);
        for i in range.clone() {
            let Verdict::Rule(r) = verdict[i] else {
                continue;
            };
            if rules[r as usize].category != Category::Caption {
                continue;
            }
            let t = &text[blocks[i].span()];
            // The line after an image placeholder, when it is not a sentence.
            if role[i] == Role::Placeholder && i + 1 < range.end && free(i + 1, verdict) {
                let next = &text[blocks[i + 1].span()];
                if next.len() <= 200 && (!ends_sentence(next) || blocks[i + 1].words() <= 12) {
                    verdict[i + 1] = caption(Ctx::AfterPlaceholder);
                }
            }
            // The line right after a credit line, printed with it (no blank
            // line between), when it is short and not a sentence.
            if role[i] == Role::Credit
                && i + 1 < range.end
                && free(i + 1, verdict)
                && blocks[i + 1].para == blocks[i].para
                && (i == 0 || blocks[i - 1].para != blocks[i].para)
                && (i + 2 >= blocks.len() || blocks[i + 2].para != blocks[i + 1].para)
            {
                let next = &text[blocks[i + 1].span()];
                if blocks[i + 1].words() <= 20 && !ends_sentence(next) {
                    verdict[i + 1] = caption(Ctx::AfterCredit);
                }
            }
            if i == range.start || !free(i - 1, verdict) {
                continue;
            }
            let prev = &text[blocks[i - 1].span()];
            // The caption just above a credit-only line.
            if role[i] == Role::Credit {
                let same_para = blocks[i - 1].para == blocks[i].para;
                let sentences = sentence_breaks(prev);
                // Only a line printed right above, with no blank line between:
                // on wcxb-dev a credit after a blank line followed headings
                // ("Best Budget: …") more often than captions.
                // The two must make a paragraph of their own: a credit printed
                // under the last line of a paragraph of prose credits nothing.
                let alone = (i - 1 == range.start || blocks[i - 2].para != blocks[i - 1].para)
                    && (i + 1 >= blocks.len() || blocks[i + 1].para != blocks[i].para);
                if prev.len() <= 300
                    && blocks[i - 1].words() <= 40
                    && sentences == 0
                    && same_para
                    && alone
                {
                    verdict[i - 1] = caption(Ctx::BeforeCredit);
                    continue;
                }
            }
            // A caption printed twice: the line above is contained in this one,
            // or both end the same way once the credit is cut off.
            let Some(at) = match_at(i, r) else { continue };
            if blocks[i - 1].words() < 3 {
                continue;
            }
            let pk = fold_key(prev);
            let body = &text[blocks[i].span().start..at.start.max(blocks[i].span().start)];
            let ck = fold_key(t);
            let bk = fold_key(body);
            let shared_tail = pk.len() >= 30 && bk.len() >= 30 && {
                let tail = 30;
                pk.as_bytes()[pk.len() - tail..] == bk.as_bytes()[bk.len() - tail..]
            };
            if (pk.len() >= 12 && ck.contains(&pk)) || shared_tail {
                verdict[i - 1] = caption(Ctx::DuplicateCaption);
                continue;
            }
            // A title printed twice above the caption: "T", "T", caption.
            if i >= range.start + 2 && free(i - 2, verdict) {
                let prev2 = &text[blocks[i - 2].span()];
                if !ends_sentence(prev) && prev.len() <= 150 && fold_key(prev2) == pk {
                    verdict[i - 1] = caption(Ctx::RepeatedTitle);
                    verdict[i - 2] = caption(Ctx::RepeatedTitle);
                }
            }
        }
        self.standalone(verdict, range);
    }

    /// A lone caption line between paragraphs: in an article that already has
    /// at least two captions, a paragraph of its own, in sentence case, of
    /// [`STANDALONE_MIN_WORDS`] or more words, without double quotes, that does not end like a sentence
    /// or a lead-in, with prose or captions on both sides and prose on at
    /// least one (a standfirst between a date and a byline is not a caption,
    /// nor one right below a share bar: on wcxb-dev, letting any removal
    /// stand for a caption took one standfirst and no caption).
    /// Title-case lines (headings, names) and lines ending in `.`, `?`, `!` or
    /// `:` are never taken.
    fn standalone(&self, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
        let CaptionContext {
            text,
            blocks,
            rules,
            protected,
            ..
        } = *self;
        let is_caption = |v: Verdict| match v {
            Verdict::Rule(r) => rules[r as usize].category == Category::Caption,
            Verdict::Context(c, ..) => c == Category::Caption,
            Verdict::Keep => false,
        };
        if range.clone().filter(|&i| is_caption(verdict[i])).count() < 2 {
            return;
        }
        let prose = |i: usize, verdict: &[Verdict]| {
            let t = &text[blocks[i].span()];
            !verdict[i].removed() && blocks[i].words() >= 20 && ends_sentence(t)
        };
        for i in range.start + 1..range.end.saturating_sub(1) {
            if verdict[i].removed() || protected[i] {
                continue;
            }
            let b = blocks[i];
            let t = &text[b.span()];
            // Cheap tests first: most lines are prose and end a sentence.
            let own_paragraph = blocks[i - 1].para != b.para && blocks[i + 1].para != b.para;
            if !own_paragraph || ends_sentence(t) {
                continue;
            }
            let n = b.words();
            let capitalised = t
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            if n >= STANDALONE_MIN_WORDS
                && capitalised * 2 < n
                && !t.ends_with([':', ';', ','])
                && !t.contains(['"', '“', '”'])
                && !spec_fields(t)
                && (prose(i - 1, verdict) || is_caption(verdict[i - 1]))
                && (prose(i + 1, verdict) || is_caption(verdict[i + 1]))
                && (prose(i - 1, verdict) || prose(i + 1, verdict))
            {
                verdict[i] = Verdict::Context(Category::Caption, Ctx::Standalone);
            }
        }
    }
}

#[cfg(test)]
mod fold_key_tests {
    use super::fold_key;

    /// The ASCII fast path gives the key `char::to_lowercase` gives.
    #[test]
    fn fold_key_equals_the_plain_fold() {
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        for s in [
            "",
            "Photo: Jane ROE/AP 2024",
            "\u{130}stanbul \u{C9}mile \u{3a3}\u{39f}\u{3a6}\u{399}\u{391} \u{1E9E}",
            "caf\u{e9} \u{2014} \u{2605} 12 \u{FF21}\u{FF22}",
        ] {
            assert_eq!(fold_key(s), plain(s), "{s:?}");
        }
    }
}

#[cfg(test)]
mod repeats_tests {
    use super::{
        fold_byte, fold_hash, fold_key, name_like, name_like_chars, repeats_later,
        repeats_later_by_keys, FOLD_SEED,
    };
    use crate::segment::blocks;
    use crate::test_rng::XorShift;

    /// The hash of the built key: its bytes one by one.
    fn hash_of_key(s: &str) -> (u64, usize) {
        let k = fold_key(s);
        let h = k.bytes().fold(FOLD_SEED, fold_byte);
        (h, k.len())
    }

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

    #[test]
    fn fold_hash_hashes_the_key() {
        for s in [
            "",
            "Photo: Jane ROE/AP 2024",
            "  1. Introduction  ",
            "12345678",
            "Exactly sixteen!",
            "\u{130}stanbul \u{C9}mile \u{3a3}\u{39f}\u{3a6}\u{399}\u{391} \u{1E9E}",
            "caf\u{e9} \u{2014} \u{2605} 12 \u{FF21}\u{FF22}",
        ] {
            assert_eq!(fold_hash(s), hash_of_key(s), "{s:?}");
        }
        // Every ASCII char, alone and between letters (the table's path).
        for b in 0..128u8 {
            let c = char::from(b);
            for s in [c.to_string(), format!("a{c}Z")] {
                assert_eq!(fold_hash(&s), hash_of_key(&s), "{s:?}");
            }
        }
    }

    /// A page where some short lines come back further down, in other
    /// cases and punctuation, one right below itself, one in Greek.
    fn page() -> String {
        [
            "Contents",
            "Why it matters",
            "What comes next",
            "ΚΕΦΆΛΑΙΟ ΈΝΑ",
            "Once",
            "Once",
            "Body text that runs on and on, much longer than the headings above it.",
            "WHY IT MATTERS",
            "What comes next?",
            "κεφάλαιο ένα",
            "abc",
            "abc",
        ]
        .join("\n")
    }

    #[test]
    fn hashed_repeats_equal_the_keyed_ones() {
        let text = page();
        let b = blocks(&text);
        let keyed = |i: usize| b[i].words() <= 15;
        let want = repeats_later_by_keys(&text, &b, keyed);
        // Three headings repeat; "Once" only right below itself; "abc" is too short.
        assert_eq!(want.iter().filter(|&&r| r).count(), 3, "{want:?}");
        assert_eq!(repeats_later(&text, &b, keyed, fold_hash), want);
    }

    #[test]
    fn a_collision_falls_back_to_the_keys() {
        let text = page();
        let b = blocks(&text);
        let keyed = |i: usize| b[i].words() <= 15;
        // Every key hashes alike: each claimed repeat is checked, the first
        // wrong one sends the page to the keys.
        let collide = |s: &str| (0, fold_key(s).len());
        assert_eq!(
            repeats_later(&text, &b, keyed, collide),
            repeats_later_by_keys(&text, &b, keyed)
        );
    }
}
