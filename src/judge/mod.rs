//! Stage 5: judging each block with its neighbours, article by article.
//!
//! The detectors say what each block looks like on its own. Here the verdicts
//! are settled (the first rule in table order wins a block, and inline
//! removals that leave nothing but punctuation take the whole block), then
//! the context rules add removals that need a block's neighbours. This file
//! holds the verdicts, the table of context rules ([`CONTEXT_RULES`], each
//! with its reason) and the order they run in; each kind lives in its own
//! module:
//!
//! * `captions`: a caption printed twice, the line after an image
//!   placeholder, the caption next to a credit, standalone captions;
//! * `zones`: the page furniture above the article's first paragraph and
//!   after its last, and islands of short lines between removals;
//! * `authors`: author boxes and bios under a name, and what reads as a name;
//! * `widgets`: comment threads, story cards and teasers, counters,
//!   signatures;
//! * `repeats`: a table of contents, found by lines that come again;
//! * `cuts`: what a line prints once its inline cuts are made.
//!
//! Context never crosses an article boundary and never touches an article's
//! title.

mod authors;
mod captions;
mod cuts;
mod repeats;
mod widgets;
mod zones;

use crate::detect::{ends_sentence, Detector, Hit, Role, Rule};
use crate::output::RuleRef;
use crate::segment::{words_up_to, Block};
use crate::split::{self, Layout};
use crate::{Category, Removal, Span};

pub(crate) use authors::name_like;
use authors::{author_boxes, named_bios};
use captions::CaptionContext;
pub(crate) use cuts::{kept_extent, kept_text};
use cuts::{map_end, map_start, merge, printed, remainder, shown_text};
use repeats::table_of_contents;
use widgets::{card_teasers, comment_threads, counters, dated_teasers, signatures};
use zones::{
    footer_zone, header_runs, header_zone, headline, islands, page_furniture,
    title_falls_without_date, top_menus, FooterPass, TAIL_MAX_PROSE_WORDS,
};

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

/// Words of the prose under a kept label line (see [`Role::Label`]).
const LABEL_PROSE_MIN_WORDS: usize = 8;

const TOC: ContextRule = ContextRule {
    id: "table-of-contents",
    reason: "a run of short lines that come again later as headings",
};

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

const TAIL: ContextRule = ContextRule {
    id: "tail-zone",
    reason: "a line after the article's end, where a footer begins and little prose follows",
};

const SIGNATURE: ContextRule = ContextRule {
    id: "signature-above-date",
    reason: "a short name line above a date or byline, a pattern repeated down the page (comments, cards)",
};

const RELATED_CARDS: ContextRule = ContextRule {
    id: "related-cards",
    reason: "a related-story card: a headline and a date with little or no text",
};

const ISLAND: ContextRule = ContextRule {
    id: "removal-island",
    reason:
        "a short non-sentence line with two removed lines on each side (a widget or card cluster)",
};

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

const AUTHOR_NAME_BIO: ContextRule = ContextRule {
    id: "author-name-bio",
    reason: "an author's name line and the bio below it that opens with that name and gives a job, next to other removals",
};

const COMMENT_THREAD: ContextRule = ContextRule {
    id: "comment-thread",
    reason:
        "a comment: the lines right above its \"Reply\" button, below the comment section's start",
};

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

/// What every context rule reads: the page as the output prints it (each
/// block with its inline cuts made), the rule table, and the blocks no
/// context rule may take (articles' titles, a roundup's date lines).
#[derive(Clone, Copy)]
struct Page<'a> {
    text: &'a str,
    blocks: &'a [Block],
    rules: &'a [Rule],
    protected: &'a [bool],
}

/// Whether `v` is a removal by the built-in rule `id` ("comments-label").
fn fired(v: Verdict, rules: &[Rule], id: &str) -> bool {
    matches!(v, Verdict::Rule(r) if rules[r as usize].id() == id)
}

/// The role of the rule that removed a line; `None` for a kept line or a
/// context removal.
fn role_of(v: Verdict, rules: &[Rule]) -> Option<Role> {
    match v {
        Verdict::Rule(r) => Some(rules[r as usize].role),
        Verdict::Keep | Verdict::Context(..) => None,
    }
}

fn category_of(v: Verdict, rules: &[Rule]) -> Option<Category> {
    match v {
        Verdict::Keep => None,
        Verdict::Rule(r) => Some(rules[r as usize].category),
        Verdict::Context(c, ..) => Some(c),
    }
}

/// True when `s` has at most `n` words. Counts no further than `n + 1`.
fn at_most(s: &str, n: usize) -> bool {
    words_up_to(s, n + 1) <= n
}

/// How many times a line is cut again after its first inline cuts.
const MAX_RECUTS: usize = 16;

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
        let mut settled = false;
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
                settled = true;
                break;
            }
            let before = merged.clone();
            for (s, e, r) in more {
                merged.push((
                    Span::new(map_start(&pieces, s, span), map_end(&pieces, e, span)),
                    r,
                ));
            }
            merged = merge(merged);
            if merged == before {
                settled = true;
                break;
            }
        }
        // A line still cut anew after MAX_RECUTS rounds goes whole: its
        // output would be cut once more when cleaned again. Only a user
        // pattern that takes a char or so a round does that (" ." after the
        // space that joins the pieces, over a run of "|"); the removal says
        // which rule it was.
        if whole.is_none() && !settled {
            whole = Some(merged[0].1);
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
    // Its neighbours are the lines the output prints next to it: an ad slot
    // ("Advertisement") sits inside an article's body, and is gone there.
    // The rescue is undone at the end if a context rule takes a neighbour.
    let ad = |v: Verdict| matches!(v, Verdict::Rule(r) if rules[r as usize].category == Category::Advertising);
    let mut rescued = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let Verdict::Rule(r) = verdict[i] else {
            continue;
        };
        if rules[r as usize].role != Role::Label {
            continue;
        }
        let (Some(above), Some(below)) = (
            (0..i).rev().find(|&k| !ad(verdict[k])),
            (i + 1..n).find(|&k| !ad(verdict[k])),
        ) else {
            continue;
        };
        if verdict[above] == Verdict::Keep && verdict[below] == Verdict::Keep && {
            // The prose as the output prints it: a share bar glued to
            // its start ("Share via Email“Today …”") is no word of it.
            let next = shown_text(text, blocks[below].span(), &parts, below);
            words_up_to(&next, LABEL_PROSE_MIN_WORDS) >= LABEL_PROSE_MIN_WORDS
                && ends_sentence(&next)
        } {
            verdict[i] = Verdict::Keep;
            role[i] = Role::Plain;
            rescued.push((i, r, above, below));
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

    // From here on the context rules read each block as the output prints
    // it, inline cuts made: a second cleaning of the output reads it so.
    // (Captions read the hits, whose offsets are the input's.)
    let (printed_text, printed_blocks) = printed(text, blocks, &parts);
    let (text, blocks): (&str, &[Block]) = (&printed_text, &printed_blocks);
    let page = Page {
        text,
        blocks,
        rules,
        protected: &protected,
    };

    // Context, article by article.
    let caption_on = enabled[Category::Caption.index()];
    for a in &layout.articles {
        let range = a.first..a.end;
        if caption_on {
            let ctx = CaptionContext {
                text: input.text,
                blocks: input.blocks,
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
            // A button inside the article (a code block's "Copy") frames
            // nothing: one-line code blocks follow each other with one each.
            let aside = |v: Verdict| role_of(v, rules) == Some(Role::Aside);
            if let (Some(p), Some(q)) = (p, q) {
                if aside(verdict[i - 1]) || aside(verdict[i + 1]) {
                    continue;
                }
                // Widget clusters only: between two captions or two metadata
                // lines sits a product heading or a title more often than not.
                let widget = |c: Category| !matches!(c, Category::Metadata | Category::Caption);
                let same = p == q && widget(p) && t.len() <= 80;
                // Between two different widgets: only very short lines.
                let mixed = widget(p) && widget(q) && blocks[i].words() <= 3;
                // A recipe's name above its "Print" button heads the card.
                if (same || mixed)
                    && !ends_sentence(t)
                    && !zones::names_recipe(&page, &verdict, i, range.end)
                {
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
        signatures(&page, &mut verdict, a.first..a.end);
    }

    // A table of contents: a run of short lines that all come again, later,
    // as the article's headings.
    if enabled[Category::Navigation.index()] {
        table_of_contents(&page, &mut verdict);
    }

    for a in &layout.articles {
        if enabled[Category::Related.index()] {
            card_teasers(&page, &mut verdict, a.first..a.end);
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
                &page,
                &mut verdict,
                a.first..a.end,
                FooterPass {
                    sentence_words: &sentence_words,
                    widgets,
                    last_post: roundup && a.end == blocks.len(),
                },
            );
        }
        dated_teasers(&page, &mut verdict, a.first..a.end);
        let headline = headline(&page, &verdict, a.first..a.end, a.title);
        header_zone(&page, &mut verdict, a.first..a.end, headline);
        if enabled[Category::Navigation.index()] {
            header_runs(&page, &mut verdict, a.first..a.end);
        }
        islands(&page, &mut verdict, a.first..a.end, headline);
        // Last: these only add removals and read no zone. (Counters after
        // the islands: a product name between its count and its shop
        // buttons is no island.)
        counters(&page, &mut verdict, a.first..a.end);
        author_boxes(&page, &mut verdict, a.first..a.end, a.byline);
        if enabled[Category::Metadata.index()] {
            named_bios(&page, &mut verdict, a.first..a.end);
        }
        // Again once the author boxes are gone: a long bio the first run
        // stopped at hid the short lines under it, which cleaning the
        // output again would find at the top.
        if enabled[Category::Navigation.index()] {
            header_runs(&page, &mut verdict, a.first..a.end);
        }
        if enabled[Category::Comments.index()] {
            comment_threads(&page, &mut verdict, a.first..a.end);
        }
    }

    // Last of the removals: a site's menu at the very top that no zone took.
    if enabled[Category::Navigation.index()] {
        top_menus(&page, &mut verdict);
    }

    // A single article's title is found by the date line under it, and
    // protected; the date line goes. Cleaning the output again finds no
    // title there, so if the run of short lines around it would then take
    // it as a menu entry, or a name and job line above it would make it an
    // author's bio, its date line stays in the text: the output keeps
    // saying which line is the title.
    if !roundup {
        for a in &layout.articles {
            if let (Some(t), Some(d)) = (a.title, a.date) {
                if verdict[d].removed()
                    && !verdict[t].removed()
                    && title_falls_without_date(&page, &verdict, enabled, a, d, t)
                {
                    verdict[d] = Verdict::Keep;
                }
            }
        }
    }

    // Header of a roundup: page furniture, unless it holds more prose than
    // an archive's description (see `page_furniture`), which stays as text.
    // (`Sweeper` reports the header span either way.)
    let header = 0..layout.header_end;
    if !header.is_empty()
        && enabled[Category::Navigation.index()]
        && page_furniture(&page, &verdict, header.clone())
    {
        for i in header {
            if !verdict[i].removed() {
                verdict[i] = Verdict::Context(Category::Navigation, Ctx::PageHeader);
            }
        }
    }

    // A rescued label whose neighbour a context rule took is a label after
    // all: kept, it would be the first or last line of what is left, and
    // cleaning the output again would remove it.
    for (i, r, above, below) in rescued {
        if verdict[i] == Verdict::Keep && (verdict[above].removed() || verdict[below].removed()) {
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
