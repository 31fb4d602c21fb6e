//! Zones of page furniture around the article: the header above its first
//! paragraph (`header-zone`, `header-run`), the footer and tail after its
//! last, and islands of short lines between removals.

use super::authors::{label_text, name_like, name_line, named_bios};
use super::widgets::label_is;
use super::{category_of, fired, role_of, Ctx, Page, Verdict};
use crate::detect::{ends_sentence, list_number, Role};
use crate::segment::Block;
use crate::{split, Category};

/// A run of page furniture above the article has at least this many short
/// or removed lines...
const HEADER_RUN_MIN_LINES: usize = 5;

/// ...where lines of up to this many words are furniture. (Three- and
/// four-word lines there are headlines and headings too often.)
const HEADER_RUN_MAX_WORDS: usize = 2;

/// A run of at least this many such lines is a site menu: its title-case
/// lines of up to [`HEADER_MAX_WORDS`] words go too (see `header_runs`).
const HEADER_MENU_MIN_LINES: usize = 12;

/// A headline found above the byline or date (see [`headline`]) has at
/// least this many words: a section label ("Home & Garden", "The Go Blog")
/// has fewer.
const HEADLINE_MIN_WORDS: usize = 4;

/// The header zone lies within this many lines of the article's start.
const HEADER_MAX_LINES: usize = 60;

/// Lines in the header zone up to this many words are page furniture.
const HEADER_MAX_WORDS: usize = 6;

/// An entry of a menu printed on one line ([`menu_line`]) has at most this
/// many words: a ticker's "S&P 500 5,612.40 +0.42%" has four.
const MENU_ITEM_MAX_WORDS: usize = 4;

/// Lines in the footer zone up to this many words are footer lines.
const FOOTER_MAX_WORDS: usize = 15;

/// A footer zone leaves at most this many words in place below its start
/// (long lines without a sentence end, short sentences). On wcxb-dev the
/// zones leave 0 to 343; 1 232 were a page's training-plan tables, whose
/// headings and header rows the zone took.
const FOOTER_KEPT_MAX_WORDS: usize = 400;

/// The tail zone begins at a footer removal with at most this many words of
/// prose paragraphs below it (on wcxb-dev: 50 took 18 boilerplate lines for
/// each content line, 80 only 8).
pub(super) const TAIL_MAX_PROSE_WORDS: usize = 50;

// Capped counts one above it are kept in a byte (`footer_zone`).
const _: () = assert!(TAIL_MAX_PROSE_WORDS < u8::MAX as usize);

/// The tail zone does not begin at a removal with more than this many
/// sentences of [`TAIL_MAX_SENTENCE_WORDS`] words or more under it before
/// the next removal: an advertisement in the middle of a list article,
/// whose short paragraphs hold little prose.
const TAIL_MAX_SENTENCES_BEFORE_WIDGET: usize = 2;

/// Lines in the tail zone up to this many words go...
const TAIL_MAX_WORDS: usize = 30;

/// ...but sentences only when shorter than this: a closing paragraph of the
/// article may follow a last advertisement (on wcxb-dev, taking sentences of
/// up to 30 words cost one content line for every five taken).
const TAIL_MAX_SENTENCE_WORDS: usize = 10;

/// An island line has at most this many words. (On wcxb-dev no content line
/// of up to 15 words sat between two removals on each side; 10 keeps a margin.)
const ISLAND_MAX_WORDS: usize = 10;

/// Whether line `i` is a bare "By" label with a kept name line under it: an
/// entry's credit in a list of books or talks as often as page furniture, so
/// no header or footer zone starts at it. (An author box's "Written by" or
/// "About the author" does start one.)
fn heads_kept_name(page: &Page<'_>, verdict: &[Verdict], i: usize) -> bool {
    let Page {
        text,
        blocks,
        rules,
        ..
    } = *page;
    fired(verdict[i], rules, "byline-label")
        && label_text(&text[blocks[i].span()]) == "by"
        && i + 1 < blocks.len()
        && !verdict[i + 1].removed()
        && name_line(text, blocks, i + 1)
}

/// Removes a short non-sentence line (up to [`ISLAND_MAX_WORDS`] words) whose
/// two neighbours on each side are removed: a label, name or price left in a
/// cluster of widget lines. It takes the category of the removal above it,
/// and leaves the page's `headline` (see [`headline`]).
/// A line taken here has kept neighbours on neither side, so it never makes
/// another line an island: one pass, each line looked at once.
pub(super) fn islands(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
    headline: Option<usize>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    if range.len() < 5 {
        return;
    }
    for i in range.start + 2..range.end - 2 {
        // Cheap tests first: the neighbours' verdicts, then the line.
        if verdict[i].removed()
            || protected[i]
            || headline == Some(i)
            || !(verdict[i - 2].removed()
                && verdict[i - 1].removed()
                && verdict[i + 1].removed()
                && verdict[i + 2].removed())
        {
            continue;
        }
        let t = &text[blocks[i].span()];
        // A recipe's name between a sign-up box and its card's buttons
        // ("Print", "Rate this recipe") heads the card.
        if ends_sentence(t)
            || blocks[i].words() > ISLAND_MAX_WORDS
            || headline_above_byline(page, verdict, i)
            || names_recipe(page, verdict, i, range.end)
        {
            continue;
        }
        let c = category_of(verdict[i - 1], rules).unwrap_or(Category::Navigation);
        verdict[i] = Verdict::Context(c, Ctx::Island);
    }
}

/// One pass of [`footer_zone`] over an article.
#[derive(Clone, Copy)]
pub(super) struct FooterPass<'a> {
    /// Per line of the article, its words if it ends a sentence, counted up
    /// to `TAIL_MAX_PROSE_WORDS + 1`; else 0.
    pub(super) sentence_words: &'a [u8],
    /// Whether paragraphs between two removed lines count as prose.
    pub(super) widgets: bool,
    /// Whether the article is the last post of a roundup: its body may be
    /// a teaser shorter than prose, and the page's footer is under it.
    pub(super) last_post: bool,
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
pub(super) fn footer_zone(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
    pass: FooterPass<'_>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let FooterPass {
        sentence_words,
        widgets,
        last_post,
    } = pass;
    // A paragraph printed between two removed lines (a related story's
    // teaser between its headline and its "Read more", a blurb inside a
    // sign-up box) is a widget's text, not the article's: it does not hold
    // the tail zone back. A "READ: …" link above it ([`Role::Aside`]) holds
    // its own headline, so it frames no teaser: a live blog's last entry
    // under one is the article's.
    let in_widget = |i: usize, verdict: &[Verdict]| {
        widgets
            && i > range.start
            && i + 1 < range.end
            && verdict[i - 1].removed()
            && verdict[i + 1].removed()
            && role_of(verdict[i - 1], rules) != Some(Role::Aside)
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
    // The last post of a roundup may hold only a teaser, shorter than
    // prose: the footer starts after its last sentence.
    let teaser_end = || {
        range.clone().rev().find(|&i| {
            !verdict[i].removed()
                && usize::from(sentence_words[i - range.start]) >= TEASER_MIN_WORDS
        })
    };
    let Some(last_prose) = prose
        .last()
        .map(|p| p.0)
        .or_else(|| last_post.then(teaser_end).flatten())
    else {
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
    // An ad break says the article goes on under it: it opens no tail
    // above the article's last prose ("Continue reading below" over a
    // specifications list and the verdict), only a footer after it (cards
    // of other stories with ad breaks between them).
    let is_break = |v: Verdict| role_of(v, rules) == Some(Role::Break);
    // A numbered list that goes on under a removal ("3. Learn what's in
    // season" / "Advertisement" / "4. Grow one thing") is the article's: the
    // removal sits inside it and opens no zone.
    let kept_text = |k: usize| (!verdict[k].removed()).then(|| &text[blocks[k].span()]);
    let numbered = |k: usize| kept_text(k).and_then(list_number);
    let inside_list = |i: usize| {
        let above = (range.start.max(i.saturating_sub(LIST_ITEM_MAX_GAP))..i)
            .rev()
            .find_map(numbered);
        above.is_some_and(|a| {
            (i + 1..range.end.min(i + 1 + LIST_ITEM_MAX_GAP)).find_map(numbered) == Some(a + 1)
        })
    };
    // The same for a series whose items open with a number, or with a word
    // and a number, and skip some ("4 Sign up for a periodical (9)", a
    // removed answer, "7 Remark left under an article (7)"; "Week 4–6: …",
    // a removal, "Week 10–12: …"): one of the next kept lines leads like a
    // kept line above.
    let lead = |k: usize| kept_text(k).and_then(series_lead);
    let inside_series = |i: usize| {
        // The lines below are read first: few removals have a series
        // under them, and then the lines above are not read.
        let above = || {
            (range.start.max(i.saturating_sub(LIST_ITEM_MAX_GAP))..i)
                .rev()
                .find_map(lead)
        };
        // A series goes on with a higher number, or starts again at 1
        // under a heading of its own ("Down" under the last "Across" clue).
        (i + 1..range.end.min(i + 1 + LIST_ITEM_MAX_GAP))
            .filter(|&k| !verdict[k].removed())
            .take(SERIES_NEXT_KEPT)
            .enumerate()
            .filter_map(|(nth, k)| Some((nth, lead(k)?)))
            .any(|(nth, below)| {
                above().is_some_and(|above| {
                    below.lead == above.lead
                        && (below.n > above.n && below.n - above.n <= SERIES_MAX_STEP
                            || below.n == 1 && nth > 0)
                })
            })
    };
    // A removal (a share bar, a sign-in link) right under the byline or
    // the date, with at most one prose line (a standfirst) above it, is
    // the article's head: the article starts under it ("Send on WhatsApp ·
    // Post on X" over a quiz whose questions are short). `prose` is in page
    // order, so only the lines above are read.
    let under_head = |i: usize| {
        let prose_above = || prose.iter().take_while(|p| p.0 < i).count();
        i > range.start && is_metadata(i - 1) && !is_metadata(i) && prose_above() <= 1
    };
    // A removal inside a stream of post cards (`in_stream`) is one of the
    // stream's widgets (an ad slot, a sponsored card, a cover's credit) and
    // opens no zone. The heads are found once, when a zone is first looked
    // for.
    let heads = std::cell::OnceCell::new();
    let inside_stream = |i: usize| {
        let heads = heads.get_or_init(|| card_heads(page, verdict, range.clone()));
        in_stream(heads, i, |first| {
            prose.partition_point(|p| p.0 < first) <= split::HEADER_MAX_PROSE
        })
    };
    let opens_zone = |i: usize| {
        footer(verdict[i])
            && !under_head(i)
            && !inside_stream(i)
            && role_of(verdict[i], rules) != Some(Role::Aside)
            && (!is_metadata(i) || undated.is_some_and(|p| p < i))
            && !heads_kept_name(page, verdict, i)
            && !inside_list(i)
            && !inside_series(i)
    };
    // An advertisement in the middle of a list article (short paragraphs,
    // list items) has the article's sentences under it, up to the next
    // widget: a footer's last advertisement has one closing paragraph.
    let few_sentences_follow = |i: usize, verdict: &[Verdict]| {
        (i + 1..range.end)
            .take_while(|&k| !verdict[k].removed())
            .filter(|&k| usize::from(sentence_words[k - range.start]) >= TAIL_MAX_SENTENCE_WORDS)
            .nth(TAIL_MAX_SENTENCES_BEFORE_WIDGET)
            .is_none()
    };
    // The tail: a footer removal with more prose above it than below, no
    // more than a short paragraph's worth below, and few sentences up to
    // the next widget.
    let total: usize = prose.iter().map(|p| p.1).sum();
    let (mut above, mut next) = (0, prose.iter().peekable());
    let tail = range.clone().find(|&i| {
        while let Some((_, n)) = next.next_if(|p| p.0 <= i) {
            above += n;
        }
        let below = total - above;
        above > 0
            && below <= above
            && below <= TAIL_MAX_PROSE_WORDS
            && !is_break(verdict[i])
            && opens_zone(i)
            && few_sentences_follow(i, verdict)
    });
    let after_prose = (last_prose + 1..range.end).find(|&i| opens_zone(i));
    let Some(mut start) = [tail, after_prose].into_iter().flatten().min() else {
        return;
    };
    // A recipe card under the zone's start (name, times, ingredients, steps:
    // short lines and short sentences, under a sign-up box or a "Print"
    // button) is the article's: the zone starts below its ingredients and
    // its last prose, and takes no tail (below).
    let card = ingredients_end(page, verdict, start..range.end);
    if let Some(card) = card {
        match (card.max(last_prose) + 1..range.end).find(|&i| opens_zone(i)) {
            Some(s) => start = s,
            None => return,
        }
    }
    // A table under the zone's start (standings, results, prices) is the
    // article's: its rows are short lines without a sentence end, which the
    // zone would take. (The word count, a bar counted as a word, skips most
    // lines before their fields are read: here a row has at most
    // `TABLE_ROW_MAX_FIELDS` words as well as fields.)
    let rows: Vec<bool> = (start..range.end)
        .map(|k| {
            !verdict[k].removed()
                && blocks[k].words() <= TABLE_ROW_MAX_FIELDS
                && table_row(&text[blocks[k].span()])
        })
        .collect();
    let table: Vec<bool> = if rows.contains(&true) {
        (start..range.end)
            .map(|i| table_at(i - start, 0..rows.len(), |k| rows[k]))
            .collect()
    } else {
        Vec::new()
    };
    let in_table = |i: usize| table.get(i - start).copied().unwrap_or(false);
    // A table or a recipe card under the zone's start says the article goes
    // on there: its closing sentences are no tail.
    let tail = tail.filter(|_| card.is_none() && !table.contains(&true));
    // An article's closing section ("How we tested", "Final thoughts")
    // under the zone's start keeps its heading above its paragraph. (Few
    // pages have one: the list is empty and allocates nothing.)
    let closing: Vec<usize> = (start..range.end.saturating_sub(1))
        .filter(|&i| {
            label_is(&text[blocks[i].span()], &CLOSING_HEADINGS)
                && !verdict[i + 1].removed()
                && usize::from(sentence_words[i + 1 - range.start]) >= 20
        })
        .collect();
    // Whether the zone takes kept line `i`: a short non-sentence line
    // (`Ctx::Footer`), or a line of the tail (`Ctx::Tail`).
    let takes = |i: usize| {
        if in_table(i) || closing.contains(&i) {
            return None;
        }
        let t = &text[blocks[i].span()];
        // Compared with limits up to `TAIL_MAX_WORDS` only.
        let n = blocks[i].words().min(TAIL_MAX_WORDS + 1);
        let short = n <= FOOTER_MAX_WORDS && !ends_sentence(t);
        let in_tail = tail.is_some_and(|s| i > s)
            && n <= TAIL_MAX_WORDS
            && (n < TAIL_MAX_SENTENCE_WORDS || !ends_sentence(t));
        (short || in_tail).then_some(if short { Ctx::Footer } else { Ctx::Tail })
    };
    // A footer is a few widgets. The article goes on below the zone's
    // start when the zone would leave many words in place there: a table's
    // rows or a long list, which hold no prose (no sentence end), under a
    // "RELATED:" line.
    let left: usize = (start + 1..range.end)
        .filter(|&i| category_of(verdict[i], rules).is_none() && !protected[i])
        .filter(|&i| takes(i).is_none())
        .map(|i| blocks[i].words())
        .sum();
    if left > FOOTER_KEPT_MAX_WORDS {
        return;
    }
    let mut current = category_of(verdict[start], rules).unwrap_or(Category::Related);
    for i in start + 1..range.end {
        if let Some(c) = category_of(verdict[i], rules) {
            // A date or an ad break sits among the widgets; it does not
            // say what they are.
            if c != Category::Metadata && !is_break(verdict[i]) {
                current = c;
            }
            continue;
        }
        if protected[i] {
            continue;
        }
        if let Some(id) = takes(i) {
            verdict[i] = Verdict::Context(current, id);
        }
    }
}

/// The headlines of post cards in `range`: kept lines shaped like a title
/// of at least [`HEADLINE_MIN_WORDS`] words, with a date or byline within
/// [`CARD_META_GAP`] lines under or over them (a kicker or a teaser may come
/// between). Of headlines closer than a card (a question teaser over its
/// headline, both above the date), the last is the headline.
fn card_heads(page: &Page<'_>, verdict: &[Verdict], range: std::ops::Range<usize>) -> Vec<usize> {
    let Page {
        text,
        blocks,
        rules,
        ..
    } = *page;
    let is_metadata = |i: usize| category_of(verdict[i], rules) == Some(Category::Metadata);
    let near = |k: usize| {
        (k.saturating_sub(CARD_META_GAP).max(range.start)..k)
            .chain(k + 1..range.end.min(k + 1 + CARD_META_GAP))
            .any(is_metadata)
    };
    let found: Vec<usize> = range
        .clone()
        .filter(|&k| {
            !verdict[k].removed()
                && (HEADLINE_MIN_WORDS..=split::TITLE_MAX_WORDS).contains(&blocks[k].words())
                && near(k)
                && split::title_shape(&text[blocks[k].span()], blocks[k].words())
        })
        .collect();
    found
        .iter()
        .enumerate()
        .filter(|&(n, &k)| {
            found
                .get(n + 1)
                .map_or(true, |&next| next - k >= CARD_MIN_LINES)
        })
        .map(|(_, &k)| k)
        .collect()
}

/// Whether line `i` lies inside a stream of post cards (a tag page, a
/// "Latest" stream, an author's page), given their headlines `heads`
/// ([`card_heads`]): between two headlines of a run of at least
/// [`STREAM_MIN_CARDS`], each [`CARD_MIN_LINES`] to [`CARD_MAX_LINES`]
/// lines from the next, where `no_article_above` says the run's first
/// headline has no article's prose above it. Story cards under an article
/// are a stream as well, but the article's prose is above them.
fn in_stream(heads: &[usize], i: usize, no_article_above: impl FnOnce(usize) -> bool) -> bool {
    let card = |n: usize| (CARD_MIN_LINES..=CARD_MAX_LINES).contains(&(heads[n] - heads[n - 1]));
    let above = heads.partition_point(|&k| k < i);
    if above == 0 || above >= heads.len() || !card(above) {
        return false;
    }
    // The run of headlines a card apart that `i` lies in.
    let (mut first, mut last) = (above - 1, above);
    while first > 0 && card(first) {
        first -= 1;
    }
    while last + 1 < heads.len() && card(last + 1) {
        last += 1;
    }
    last - first + 1 >= STREAM_MIN_CARDS && no_article_above(heads[first])
}

/// A post card's date or byline sits at most this many lines under or over
/// its headline (a teaser or a kicker may come between).
const CARD_META_GAP: usize = 2;

/// The teaser of a roundup's last post, when its only sentence, has at
/// least this many words (see [`FooterPass::last_post`]).
const TEASER_MIN_WORDS: usize = 8;

/// A post card in a stream takes at most this many lines from its
/// headline to the next card's, a widget between them included: headlines
/// this close make a stream ([`footer_zone`]). An article above its story
/// cards takes more.
const CARD_MAX_LINES: usize = 10;

/// A stream of post cards has at least this many ([`footer_zone`]).
const STREAM_MIN_CARDS: usize = 3;

/// A post card holds at least its headline, its date or byline and one
/// more line (a teaser, a reading time): headlines closer together are an
/// author box's lines ("Written by", "Reviewed by") or a menu.
const CARD_MIN_LINES: usize = 3;

/// A table row ([`table_row`]) has at most this many fields.
const TABLE_ROW_MAX_FIELDS: usize = 20;
/// A table has at least this many rows in a row ([`table_row`]).
const TABLE_MIN_ROWS: usize = 3;
/// Above its rows, a table may print this many short lines of its own: a
/// caption ("Standings after round 5") and a header row ("Pos Team P W L").
const TABLE_HEAD_LINES: usize = 2;

/// Whether line `i` of `range` belongs to a table: it is one of at least
/// [`TABLE_MIN_ROWS`] consecutive lines that are table rows (`row`), or one
/// of the [`TABLE_HEAD_LINES`] lines right above such a run that are no
/// rows themselves (its caption and header row). Reads at most a few lines
/// on each side.
fn table_at(i: usize, range: std::ops::Range<usize>, row: impl Fn(usize) -> bool) -> bool {
    // The rows of the run from line `k` down, counted up to the minimum.
    let rows_from = |k: usize| {
        (k..range.end)
            .take(TABLE_MIN_ROWS)
            .take_while(|&j| row(j))
            .count()
    };
    if row(i) {
        let above = (range.start..i)
            .rev()
            .take(TABLE_MIN_ROWS)
            .take_while(|&j| row(j))
            .count();
        return above + rows_from(i) >= TABLE_MIN_ROWS;
    }
    // A head line: no row, and a run of rows at most TABLE_HEAD_LINES below.
    (i + 1..range.end)
        .take(TABLE_HEAD_LINES)
        .find(|&k| row(k))
        .is_some_and(|k| (i + 1..k).all(|j| !row(j)) && rows_from(k) >= TABLE_MIN_ROWS)
}

/// Whether line `t` reads as a row of a data table: at least three fields
/// that are numbers ("20", "1,465", "55.41%", "$785", "+0.42"), fields
/// split by spaces or bars, at most [`TABLE_ROW_MAX_FIELDS`] fields, and no
/// sentence end: "1 Canterbury 5 4 1 20", "Antiques | 82 | 55.41% |
/// 1,465". A week of a
/// calendar widget ("8 | 9 | 10 | 11 | 12 | 13 | 14": whole numbers, each
/// one more than the last) is no row.
fn table_row(t: &str) -> bool {
    // Most lines have fewer than three digits.
    if t.bytes().filter(u8::is_ascii_digit).count() < 3 {
        return false;
    }
    let mut fields = 0;
    let mut numbers = 0;
    // The last field while every field so far counts up by one.
    let mut counting: Option<Option<u32>> = Some(None);
    for field in t
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|f| !f.is_empty())
    {
        fields += 1;
        counting = counting.and_then(|last| {
            let n: u32 = field.parse().ok()?;
            last.map_or(true, |l| n == l + 1).then_some(Some(n))
        });
        let f = field
            .trim_start_matches(['+', '-', '\u{2212}', '$', '\u{a3}', '\u{20ac}', '('])
            .trim_end_matches([',', '%', ')']);
        if f.starts_with(|c: char| c.is_ascii_digit())
            && f.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':' | b'/'))
        {
            numbers += 1;
        }
    }
    numbers >= 3 && fields <= TABLE_ROW_MAX_FIELDS && counting.is_none() && !ends_sentence(t)
}

/// A recipe card lists at least this many ingredients ([`ingredient`]).
const RECIPE_MIN_INGREDIENTS: usize = 3;

/// An ingredient line has at most this many words.
const INGREDIENT_MAX_WORDS: usize = 12;

/// A recipe's name is at most this many lines above its card's last
/// ingredient (see [`names_recipe`]).
const RECIPE_NAME_REACH: usize = 12;

/// Whether kept line `i` names a recipe: a card's ingredients
/// ([`ingredients_end`]) follow within [`RECIPE_NAME_REACH`] lines, before
/// `end`. Such a name sits between widgets (a sign-up box, "Print",
/// "Rate this recipe") and heads the card.
pub(super) fn names_recipe(page: &Page<'_>, verdict: &[Verdict], i: usize, end: usize) -> bool {
    ingredients_end(page, verdict, i + 1..end.min(i + RECIPE_NAME_REACH)).is_some()
}

/// The last kept ingredient line ([`ingredient`]) of `range` when the
/// range lists at least [`RECIPE_MIN_INGREDIENTS`] of them: a recipe card.
pub(super) fn ingredients_end(
    page: &Page<'_>,
    verdict: &[Verdict],
    range: std::ops::Range<usize>,
) -> Option<usize> {
    let Page { text, blocks, .. } = *page;
    let mut found = 0;
    let mut last = None;
    for i in range {
        if !verdict[i].removed()
            && blocks[i].words() <= INGREDIENT_MAX_WORDS
            && ingredient(&text[blocks[i].span()])
        {
            found += 1;
            last = Some(i);
        }
    }
    last.filter(|_| found >= RECIPE_MIN_INGREDIENTS)
}

/// Units and sizes that follow an ingredient's quantity.
const INGREDIENT_UNITS: [&str; 38] = [
    "g",
    "kg",
    "mg",
    "ml",
    "l",
    "cl",
    "dl",
    "oz",
    "lb",
    "lbs",
    "tsp",
    "tbsp",
    "tbs",
    "cup",
    "cups",
    "teaspoon",
    "teaspoons",
    "tablespoon",
    "tablespoons",
    "gram",
    "grams",
    "ounce",
    "ounces",
    "pound",
    "pounds",
    "pinch",
    "clove",
    "cloves",
    "can",
    "cans",
    "large",
    "medium",
    "small",
    "handful",
    "bunch",
    "sprigs",
    "slices",
    "stick",
];

/// Whether line `t` reads as an ingredient of a recipe: a quantity ("225",
/// "1/2", "1½", "2-3", "0.5") and a unit or size ("g", "tsp", "cups",
/// "large"), then at least one more word, and no sentence end: "225 g
/// caster sugar", "1 tsp baking powder", "4 large eggs". "225g" glues the
/// unit to the quantity.
fn ingredient(t: &str) -> bool {
    const FRACTIONS: &str = "½¼¾⅓⅔⅛";
    let t = t.trim_start_matches(['-', '*', '\u{2022}', ' ']);
    if !t.starts_with(|c: char| c.is_ascii_digit() || FRACTIONS.contains(c)) {
        return false;
    }
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || "/.-–".contains(c) || FRACTIONS.contains(c)))
        .unwrap_or(t.len());
    let mut rest = t[digits..].split_whitespace();
    let Some(unit) = rest.next() else {
        return false;
    };
    let unit = unit.trim_end_matches([',', '.']);
    INGREDIENT_UNITS
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u))
        && rest.next().is_some()
        && !ends_sentence(t)
}

/// Consecutive items of a numbered list are at most this many lines apart
/// (an item, its paragraphs, an ad slot).
const LIST_ITEM_MAX_GAP: usize = 12;

/// A removal sits inside a series when one of the next this many kept lines
/// leads like a kept line above it (see [`series_lead`]): a heading ("Down")
/// may come between.
const SERIES_NEXT_KEPT: usize = 2;

/// How an item of a series leads ([`series_lead`]).
#[derive(Clone, Copy, PartialEq, Eq)]
struct SeriesLead<'t> {
    /// The word before the number ("Week"), or the mark after a number
    /// that opens the line ("", ".", ")"): "7. Remark" and "9 Earth Day"
    /// lead differently.
    lead: &'t str,
    n: u32,
}

/// How a line of a series leads, and its number: with the number ("7
/// Remark left under an article (7)", "12. Divide fairly"; a word follows
/// it, so "5 20 50 100 Other" is no item), or with one word and the number
/// ("Week 10–12: Open data"). The line has at least [`SERIES_MIN_WORDS`]
/// words (a date or a count alone is no item). `None` for any other line.
fn series_lead(t: &str) -> Option<SeriesLead<'_>> {
    /// A word's leading number (up to four digits) and what follows it.
    fn number(w: &str) -> Option<(u32, &str)> {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        Some((w.get(..digits.min(4))?.parse().ok()?, &w[digits..]))
    }
    t.split_whitespace().nth(SERIES_MIN_WORDS - 1)?;
    let mut words = t.split_whitespace();
    let first = words.next()?;
    match number(first) {
        Some((n, mark @ ("" | "." | ")"))) => {
            let next = words.next()?;
            next.starts_with(|c: char| c.is_alphabetic() || matches!(c, '\'' | '"' | '‘' | '“'))
                .then_some(SeriesLead { lead: mark, n })
        }
        Some(_) => None,
        None if first.chars().all(char::is_alphabetic) => Some(SeriesLead {
            lead: first,
            n: number(words.next()?)?.0,
        }),
        None => None,
    }
}

/// A line of a series has at least this many words.
const SERIES_MIN_WORDS: usize = 3;

/// A series goes on with a number at most this much higher: a numbered list
/// of 21 tips does not go on at "26 Shows on Netflix …" or "9 Earth Day …".
const SERIES_MAX_STEP: u32 = 10;

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
/// Ann Lee · Share on Facebook" is the three-word "By Ann Lee ·", as
/// `page` holds it): else a second cleaning would find a run the first did
/// not.
pub(super) fn header_runs(page: &Page<'_>, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
    let Page {
        text,
        blocks,
        protected,
        ..
    } = *page;
    let shown = |i: usize| &text[blocks[i].span()];
    let Some(first_long) = range
        .clone()
        .find(|&i| !verdict[i].removed() && blocks[i].words() >= 15)
    else {
        return;
    };
    let furniture = |i: usize, verdict: &[Verdict]| {
        verdict[i].removed() || (blocks[i].words() <= HEADER_MAX_WORDS && !ends_sentence(shown(i)))
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
        let run_end = e;
        // A review's verdict box ("Our verdict", "Rating: 8.5/10") or a
        // letter's salutation ("Dear Maureen,") opens the article: the run
        // ends above it.
        let e = (i..e)
            .find(|&k| !verdict[k].removed() && (verdict_box(shown(k)) || salutation(shown(k))))
            .unwrap_or(e);
        // The heading right above a letter ("The problem") is the article's.
        let letter_heading = e
            .checked_sub(1)
            .filter(|_| e < run_end && salutation(shown(e)));
        if e - i >= HEADER_RUN_MIN_LINES {
            // In a menu (a run of [`HEADER_MENU_MIN_LINES`] or more) a longer
            // entry, up to [`HEADER_MAX_WORDS`], is title case like the lines
            // on each side ("Kitchen Cabinet Refacing"); the run's first and
            // last lines stay, as they are a list's heading or the article's
            // first heading as often as menu entries.
            let menu = e - i >= HEADER_MENU_MIN_LINES;
            let entry: Vec<bool> = (i..e)
                .map(|k| {
                    menu && (verdict[k].removed()
                        || (blocks[k].words() <= HEADER_MAX_WORDS && name_like(shown(k))))
                })
                .collect();
            for k in i..e {
                let menu_entry =
                    k > i && k + 1 < e && entry[k - i - 1..=k - i + 1].iter().all(|&x| x);
                // An article's own first section heading, right above its
                // first paragraph ("Verdict", "Abstract"), stays.
                let heads_prose = (k + 1 == first_long && label_is(shown(k), &SECTION_HEADINGS))
                    || letter_heading == Some(k);
                if !verdict[k].removed()
                    && !protected[k]
                    && !heads_prose
                    && (menu_entry || blocks[k].words() <= HEADER_RUN_MAX_WORDS)
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
        i = run_end;
    }
}

/// The names an article gives its first section, in reviews, papers and
/// reports. Right above the article's first paragraph such a line is its
/// heading, not the last entry of the menu above: on wcxb-dev, keeping any
/// short line there kept 21 boilerplate lines for 3 content lines, and this
/// list keeps 2 content lines and nothing else. Matched as a button's
/// label is (`label_is`: any case, punctuation around it ignored). The
/// verdict headings ([`VERDICT_HEADINGS`]) stay too: a run ends above them.
const SECTION_HEADINGS: [&str; 6] = [
    "abstract",
    "introduction",
    "summary",
    "overview",
    "background",
    "key takeaways",
];

/// The headings of an article's closing section, which may sit under a
/// footer zone's start (a shop button, a sign-up box) with its paragraph
/// (see [`footer_zone`]). Matched as [`SECTION_HEADINGS`] are.
const CLOSING_HEADINGS: [&str; 22] = [
    "conclusion",
    "conclusions",
    "in conclusion",
    "final thoughts",
    "final words",
    "closing thoughts",
    "bottom line",
    "the bottom line",
    "summary",
    "in summary",
    "wrapping up",
    "final verdict",
    "verdict",
    "our verdict",
    "the verdict",
    "should you buy it",
    "how we tested",
    "how we test",
    "how we chose",
    "how we picked",
    "methodology",
    "our methodology",
];

/// The headings of a review's verdict box, which may open the article above
/// its first paragraph (see [`verdict_box`]). Matched as [`SECTION_HEADINGS`]
/// are.
const VERDICT_HEADINGS: [&str; 7] = [
    "verdict",
    "our verdict",
    "the verdict",
    "at a glance",
    "pros",
    "pros and cons",
    "pros & cons",
];

/// The labels of a review's score ([`verdict_box`]), before a colon.
const RATING_LABELS: [&str; 6] = [
    "rating",
    "our rating",
    "overall rating",
    "score",
    "our score",
    "overall score",
];

/// Whether line `t` opens a review's verdict box, which sits above the
/// first paragraph and which the header zone and the header runs leave: a
/// heading of [`VERDICT_HEADINGS`], or a score ("Rating: 4.5 out of 5
/// stars", "Score: 8/10", "★★★★☆"). A table of contents above the article
/// opens with "Introduction" or "Key takeaways", so the other section names
/// end no zone.
fn verdict_box(t: &str) -> bool {
    if label_is(t, &VERDICT_HEADINGS) {
        return true;
    }
    let t = t.trim();
    if t.contains('★') && t.chars().all(|c| "★☆½/. 0123456789".contains(c)) {
        return true;
    }
    let Some((label, value)) = t.split_once(':') else {
        return false;
    };
    let value = value.trim().to_ascii_lowercase();
    RATING_LABELS
        .iter()
        .any(|l| label.trim().eq_ignore_ascii_case(l))
        && value.starts_with(|c: char| c.is_ascii_digit())
        && (value.contains('/') || value.contains("out of") || value.contains("star"))
        && value.split_whitespace().count() <= 6
}

/// Whether `t` is a letter's salutation: "Dear Maureen,", "Hi all,",
/// "Dear Editor:". An advice column or a letters page opens its article
/// with one; a menu entry never ends in a comma.
fn salutation(t: &str) -> bool {
    let t = t.trim();
    let Some(name) = ["Dear ", "Hi ", "Hello ", "Hey "]
        .iter()
        .find_map(|g| t.strip_prefix(g))
    else {
        return false;
    };
    (name.ends_with(',') || name.ends_with(':'))
        && (1..=4).contains(&name.split_whitespace().count())
        && !name[..name.len() - 1].contains(['.', '!', '?', ',', ':', ';'])
}

/// Whether cleaning the output again, with the date line `d` gone, would take
/// the single article's title `t`: as a menu entry (`header-run`), as a site
/// menu at the top (a title "News | Sport | Travel" with only such menus
/// above it), or as the bio under a name and a job line (`author-name-bio`:
/// "By Ann Lee" / "engineer" / "By Ann Lee's new bridge …"). Judged on the
/// lines the output keeps (but `d`), as it prints them, with no title
/// protected, as the next cleaning sees them, by the rules the judge runs
/// there in its order (`enabled` by category).
pub(super) fn title_falls_without_date(
    page: &Page<'_>,
    verdict: &[Verdict],
    enabled: &[bool],
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
    if (0..=t)
        .filter(|&i| i != d && !verdict[i].removed())
        .all(|i| top_menu_line(&page.text[page.blocks[i].span()]))
    {
        return true;
    }
    let blocks: Vec<Block> = kept.iter().map(|&i| page.blocks[i]).collect();
    let again_page = Page {
        blocks: &blocks,
        protected: &vec![false; kept.len()],
        ..*page
    };
    let mut again = vec![Verdict::Keep; kept.len()];
    let (navigation, metadata) = (
        enabled[Category::Navigation.index()],
        enabled[Category::Metadata.index()],
    );
    if navigation {
        header_runs(&again_page, &mut again, 0..kept.len());
    }
    if metadata {
        named_bios(&again_page, &mut again, 0..kept.len());
    }
    if navigation {
        header_runs(&again_page, &mut again, 0..kept.len());
    }
    again[at].removed()
}

/// The first prose paragraph of the article's top ([`HEADER_MAX_LINES`]):
/// a kept line of 20 words or more that ends a sentence.
fn first_prose(
    page: &Page<'_>,
    verdict: &[Verdict],
    range: std::ops::Range<usize>,
) -> Option<usize> {
    let Page { text, blocks, .. } = *page;
    (range.start..range.end.min(range.start + HEADER_MAX_LINES)).find(|&i| {
        !verdict[i].removed() && blocks[i].words() >= 20 && ends_sentence(&text[blocks[i].span()])
    })
}

/// The page's headline when the layout found none (it needs a date line
/// right under a title): the first kept line shaped like a title, of
/// [`HEADLINE_MIN_WORDS`] words or more, above the
/// first prose paragraph with a metadata line (date, byline, reading time)
/// removed below it there; failing that, such a line right under a
/// metadata line. "Comparing Types of Catering" / "ANN LEE" /
/// "Sep 26, 2022" / "2 min read". The header zone and the islands, which
/// take short lines between removals, leave it: on wcxb-dev, whose gold
/// leaves titles unscored, they took 43 pages' headlines.
pub(super) fn headline(
    page: &Page<'_>,
    verdict: &[Verdict],
    range: std::ops::Range<usize>,
    title: Option<usize>,
) -> Option<usize> {
    let Page {
        text,
        blocks,
        rules,
        ..
    } = *page;
    if title.is_some() {
        return None;
    }
    let prose = first_prose(page, verdict, range.clone())?;
    let metadata = |v: Verdict| matches!(v, Verdict::Rule(r) if rules[r as usize].category == Category::Metadata);
    let last_metadata = (range.start..prose).rev().find(|&i| metadata(verdict[i]))?;
    let shaped = |i: usize| {
        let t = &text[blocks[i].span()];
        !verdict[i].removed()
            && blocks[i].words() >= HEADLINE_MIN_WORDS
            && split::title_shape(t, blocks[i].words())
            && !menu_line(t)
    };
    // A title-shaped line right above a breadcrumb is the site's menu
    // ("Space Physics Life Earth Health") or name: the headline comes under
    // the breadcrumb, unless no other line is shaped like one.
    (range.start..last_metadata)
        .find(|&i| shaped(i) && !above_breadcrumb(page, verdict, i))
        .or_else(|| (range.start..last_metadata).find(|&i| shaped(i)))
        // Else the line right under a metadata line: "June 6, 2021" / "A
        // brief intro to git" / "#development #git".
        .or_else(|| (range.start + 1..prose).find(|&i| metadata(verdict[i - 1]) && shaped(i)))
}

/// Whether line `i` is shaped like a title and sits right above a byline
/// removal: the headline ("How to Make Furniture" / "By Ann Lee in
/// Woodworking"), which the header zone and the islands leave.
fn headline_above_byline(page: &Page<'_>, verdict: &[Verdict], i: usize) -> bool {
    let Page {
        text,
        blocks,
        rules,
        ..
    } = *page;
    matches!(verdict.get(i + 1), Some(&Verdict::Rule(r))
        if matches!(rules[r as usize].role, Role::Byline | Role::BylineLabel))
        && split::title_shape(&text[blocks[i].span()], blocks[i].words())
}

/// Whether the line under line `i` is a breadcrumb trail, which sites print
/// above the headline: what sits right above one is page furniture (a menu
/// without separators, "Space Physics Life Earth Health Technology").
fn above_breadcrumb(page: &Page<'_>, verdict: &[Verdict], i: usize) -> bool {
    verdict.get(i + 1).and_then(|&v| role_of(v, page.rules)) == Some(Role::Breadcrumb)
}

/// Separators between the entries of a menu printed on one line.
const MENU_SEPARATORS: [char; 9] = ['|', '·', '•', '›', '»', '∙', '◦', '‣', '⋅'];

/// A line of at least three menu entries between one kind of separator,
/// each of one to [`MENU_ITEM_MAX_WORDS`] words and none a sentence:
/// "e-Edition | Obituaries | Classifieds | Jobs", "Media · Advertising ·
/// Audience", a ticker "S&P 500 5,612.40 +0.42% | Nasdaq 17,730.15
/// +0.81% | Dow …". Empty entries at the ends count for nothing ("| Home |
/// News |"). A headline with a site name after a bar ("Council approves
/// rate rise | The Courier") has two entries.
///
/// A line with none of the separators may space its entries apart
/// instead, with two spaces or more or a tab between them, as the text of
/// a navigation bar's links often comes out: "Recipes  Baking  Meal Plans
/// About".
fn menu_line(t: &str) -> bool {
    menu(t).is_some()
}

/// A menu line's shape ([`menu`]): how many entries, and whether every
/// entry holds a letter.
#[derive(Clone, Copy)]
struct Menu {
    entries: usize,
    lettered: bool,
}

/// The shape of `t` if it is a menu line ([`menu_line`]).
fn menu(t: &str) -> Option<Menu> {
    let Some(sep) = t.chars().find(|c| MENU_SEPARATORS.contains(c)) else {
        if !t.contains("  ") && !t.contains('\t') {
            return None;
        }
        return menu_entries(
            t.split('\t')
                .flat_map(|part| part.split("  "))
                .filter(|item| !item.trim().is_empty()),
        );
    };
    // Only the ends may be empty: one separator at each end is dropped.
    let t = t.trim();
    let t = t.strip_prefix(sep).unwrap_or(t);
    let t = t.strip_suffix(sep).unwrap_or(t);
    menu_entries(t.split(sep))
}

/// The shape of `items` if they are at least three menu entries, each of
/// one to [`MENU_ITEM_MAX_WORDS`] words, none a sentence and none a label
/// with its value ("Time: 1–2 days · Difficulty: Moderate · Cost: about
/// £30" is a how-to's key facts, under its title).
fn menu_entries<'t>(items: impl Iterator<Item = &'t str>) -> Option<Menu> {
    let mut shape = Menu {
        entries: 0,
        lettered: true,
    };
    let all = items.into_iter().all(|item| {
        shape.entries += 1;
        shape.lettered &= item.chars().any(char::is_alphabetic);
        let words = item.split_whitespace().count();
        (1..=MENU_ITEM_MAX_WORDS).contains(&words)
            && !ends_sentence(item.trim())
            && !item.contains(": ")
    });
    (all && shape.entries >= 3).then_some(shape)
}

/// Removes short non-sentence lines above the article's first prose
/// paragraph when a removal (share bar, date, byline, breadcrumb) follows
/// them there: the page furniture around the headline. A line shaped like
/// a title right above a byline is the headline, and stays.
pub(super) fn header_zone(
    page: &Page<'_>,
    verdict: &mut [Verdict],
    range: std::ops::Range<usize>,
    headline: Option<usize>,
) {
    let Page {
        text,
        blocks,
        rules,
        protected,
        ..
    } = *page;
    let Some(first_prose) = first_prose(page, verdict, range.clone()) else {
        return;
    };
    // A link to the neighbouring post closes a post: a poem's lines above
    // it are no header. A button or link inside the article (an event's
    // "Add to calendar") is the article's: its entry above it is no header.
    let Some(last_removed) = (range.start..first_prose).rev().find(|&i| {
        verdict[i].removed()
            && !heads_kept_name(page, verdict, i)
            && !matches!(
                role_of(verdict[i], rules),
                Some(Role::PostNav | Role::Aside)
            )
    }) else {
        return;
    };
    let current = category_of(verdict[last_removed], rules).unwrap_or(Category::Navigation);
    // A review's verdict box ("Our verdict", its score, pros and cons and
    // shop buttons) opens its text above the first paragraph: the zone ends
    // at its heading. (Not at the other section names: a table of contents
    // above the article opens with "Introduction" or "Key takeaways".)
    let end = (range.start..last_removed)
        .find(|&i| !verdict[i].removed() && verdict_box(&text[blocks[i].span()]))
        .unwrap_or(last_removed);
    for i in range.start..end {
        let t = &text[blocks[i].span()];
        let is_headline = || headline == Some(i) || headline_above_byline(page, verdict, i);
        if !verdict[i].removed()
            && !protected[i]
            && (blocks[i].words() <= HEADER_MAX_WORDS
                || menu_line(t)
                || above_breadcrumb(page, verdict, i))
            && !ends_sentence(t)
            && !is_headline()
        {
            verdict[i] = Verdict::Context(current, Ctx::Header);
        }
    }
}

/// Removes a site's menu at the very top ("Harbour Almanac   News   Tides
/// Boats   Events   About", "About us | What we do | Get help | Shop | Donate")
/// where no zone took it, having no removal under it: the headline or the
/// first paragraph follows it straight away. Run after every other stage
/// that removes lines, and only on menus with no kept line above them but
/// other such menus, read as printed: the output's first lines are then
/// read the same way. A menu here has at least [`TOP_MENU_MIN_ENTRIES`]
/// entries, each holding a letter.
pub(super) fn top_menus(page: &Page<'_>, verdict: &mut [Verdict]) {
    let Page {
        text,
        blocks,
        protected,
        ..
    } = *page;
    for i in 0..verdict.len() {
        if verdict[i].removed() {
            continue;
        }
        if protected[i] || !top_menu_line(&text[blocks[i].span()]) {
            break;
        }
        verdict[i] = Verdict::Context(Category::Navigation, Ctx::Header);
    }
}

/// A menu line of [`top_menus`]: [`menu_line`] as the output prints it
/// (output normalization turns a U+0085 beside a space into a second
/// space, which spaces entries apart), with at least
/// [`TOP_MENU_MIN_ENTRIES`] entries, each holding a letter.
pub(super) fn top_menu_line(t: &str) -> bool {
    menu(&crate::normalize::for_output(t))
        .is_some_and(|m| m.entries >= TOP_MENU_MIN_ENTRIES && m.lettered)
}

/// A menu at the top of the page, with nothing removed under it, has at
/// least this many entries ([`top_menus`]).
const TOP_MENU_MIN_ENTRIES: usize = 4;

/// A roundup's header holds at most this many words of prose (lines that
/// end a sentence or run over [`FURNITURE_LINE_MAX_BYTES`]) to be page
/// furniture: an archive's description, an author's short bio.
const FURNITURE_PROSE_MAX_WORDS: usize = 60;
/// A roundup's header line up to this many bytes, not a sentence, is a
/// menu entry or a label.
const FURNITURE_LINE_MAX_BYTES: usize = 120;
/// A sentence of at least this many words under a title-shaped line is a
/// post's excerpt.
const FURNITURE_EXCERPT_MIN_WORDS: usize = 15;

/// Whether the header of a roundup, blocks `header`, is page furniture: its
/// menus, the archive's heading ("Category Archives: Happy Tails") and a
/// description or bio of at most [`FURNITURE_PROSE_MAX_WORDS`] words of
/// prose, with no post the splitter missed in it (a title-shaped line right
/// above a sentence of [`FURNITURE_EXCERPT_MIN_WORDS`] words or more).
/// More prose than that stays: it may be an article.
///
/// Judged on the lines the output keeps, as it prints them, and on which of
/// them are neighbours there: else the header of the output could be
/// furniture where the input's was not.
pub(super) fn page_furniture(
    page: &Page<'_>,
    verdict: &[Verdict],
    header: std::ops::Range<usize>,
) -> bool {
    let Page { text, blocks, .. } = *page;
    let mut prose_words = 0;
    let mut title_above = false;
    for i in header.filter(|&i| !verdict[i].removed()) {
        let t = crate::normalize::for_output(&text[blocks[i].span()]);
        let sentence = ends_sentence(&t);
        if sentence || t.len() > FURNITURE_LINE_MAX_BYTES {
            prose_words += blocks[i].words();
            if prose_words > FURNITURE_PROSE_MAX_WORDS
                || (title_above && sentence && blocks[i].words() >= FURNITURE_EXCERPT_MIN_WORDS)
            {
                return false;
            }
        }
        title_above = !sentence && split::title_shape(&t, blocks[i].words());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{
        in_stream, ingredient, list_number, menu_line, salutation, series_lead, table_row,
        verdict_box,
    };

    #[test]
    fn salutations_open_with_a_greeting_and_end_in_a_comma() {
        for line in [
            "Dear Maureen,",
            "Dear Editor:",
            "Hi all,",
            "Dear Mr Okafor,",
        ] {
            assert!(salutation(line), "{line}");
        }
        for not in [
            "Dear Maureen",
            "Dear reader, thank you for writing.",
            "Hello World",
            "Dear Prudence, Won't You Come Out",
            "Hi, I'm Sam,",
            "Dear",
        ] {
            assert!(!salutation(not), "{not}");
        }
    }

    #[test]
    fn verdict_boxes_open_with_a_heading_or_a_score() {
        for line in [
            "Our verdict",
            "PROS",
            "Pros and cons:",
            "Rating: 4.5 out of 5 stars",
            "Score: 8/10",
            "Our rating: 4 stars",
            "★★★★☆",
        ] {
            assert!(verdict_box(line), "{line}");
        }
        for not in [
            "Introduction",
            "Rating: A",
            "Score: the council's plan, explained",
            "Rating agencies cut the bank to 3/10 of its old grade, 12 analysts said on Monday",
            "Pro tips",
        ] {
            assert!(!verdict_box(not), "{not}");
        }
    }

    #[test]
    fn ingredients_open_with_a_quantity_and_a_unit() {
        for line in [
            "225 g caster sugar",
            "225g unsalted butter, softened",
            "1 tsp baking powder",
            "1/2 cup milk",
            "½ tsp salt",
            "4 large eggs",
            "- 2 tbsp olive oil",
        ] {
            assert!(ingredient(line), "{line}");
        }
        for not in [
            "3 Comments",
            "5 min read",
            "12 shares",
            "4 large fires burned for a week.",
            "2 cups",
            "Juice of 2 lemons",
            "2024 g",
        ] {
            assert!(!ingredient(not), "{not}");
        }
    }

    #[test]
    fn list_numbers_open_with_digits_and_a_stop_or_a_parenthesis() {
        assert_eq!(list_number("4. Grow one thing"), Some(4));
        assert_eq!(list_number("  10) Visit a farm"), Some(10));
        for not in [
            "2024. A year",
            "4.5 stars",
            "3 Bay of Plenty 5 3 2 15",
            "Grow 4. things",
            "4.",
        ] {
            assert_eq!(list_number(not), None, "{not}");
        }
    }

    #[test]
    fn table_rows_hold_three_numbers_and_no_sentence() {
        for row in [
            "1 Canterbury 5 4 1 20",
            "Antiques | 82 | 55.41% | 1,465 | 46.07%",
            "Studio/1 BR | 2 movers | 3–4 hours | $785 – $1,047",
            "2019 | 2020 | 2022",
            "Turnout 46.3% +2.1 -0.4",
        ] {
            assert!(table_row(row), "{row}");
        }
        for not_row in [
            "8 | 9 | 10 | 11 | 12 | 13 | 14",
            "29 | 30 | 31 |",
            "Pos Team P W L Pts",
            "The team won 5 of its 6 games and scored 20 points.",
            "Only 2 numbers: 4 and more",
        ] {
            assert!(!table_row(not_row), "{not_row}");
        }
    }

    #[test]
    fn a_table_is_its_rows_and_the_two_lines_above_them() {
        // caption, header row, three rows, a sentence
        let rows = [false, false, true, true, true, false];
        let at = |i| super::table_at(i, 0..rows.len(), |k| rows[k]);
        assert_eq!(
            (0..6).map(at).collect::<Vec<_>>(),
            [true, true, true, true, true, false]
        );
        // two rows are no table
        let rows = [false, true, true, false];
        let at = |i| super::table_at(i, 0..rows.len(), |k| rows[k]);
        assert!((0..4).all(|i| !at(i)));
    }

    #[test]
    fn streams_are_three_cards_a_card_apart_with_no_article_above() {
        // Headlines at 2, 7, 12, 17: a removal at 9 is inside the stream.
        let heads = [2, 7, 12, 17];
        assert!(in_stream(&heads, 9, |_| true));
        assert!(in_stream(&heads, 4, |_| true), "between the first two");
        assert!(!in_stream(&heads, 9, |_| false), "an article above");
        assert!(!in_stream(&heads, 1, |_| true), "above the first card");
        assert!(!in_stream(&heads, 20, |_| true), "below the last card");
        // Two cards are no stream; an article far above the cards is no
        // card of theirs.
        assert!(!in_stream(&[2, 7], 4, |_| true));
        assert!(!in_stream(&[2, 40, 45], 42, |_| true));
        assert!(in_stream(&[2, 40, 45, 50], 42, |_| true));
        // Headlines closer than a card are no run.
        assert!(!in_stream(&[2, 3, 4, 5], 3, |_| true));
    }

    #[test]
    fn menu_lines_are_three_short_entries_between_one_separator() {
        for menu in [
            "e-Edition | Obituaries | Classifieds | Jobs | Contact",
            "Media · Advertising · Audience · Jobs",
            "| Resources | Blog | Packing Tips Guide",
            "S&P 500 5,612.40 +0.42% | Nasdaq 17,730.15 +0.81% | Dow 41,020.76 -0.12%",
            "Bars • Food & Dining • Travel",
            "Recipes  Baking  Filipino Classics  Meal Plans  About",
            "News   Sport   Business   Opinion",
            "Home\tAbout\tContact",
        ] {
            assert!(menu_line(menu), "{menu}");
        }
        for not_menu in [
            "Council approves rate rise | The Courier",
            "Twitter | $0.50 – $2.00",
            "The council voted 5-2 on Tuesday | Residents spoke for two hours | More hearings follow",
            "Home || News | Sport",
            "Prices rose. | Wages fell. | Rents stayed flat.",
            "No separators at all in this line",
            "Prices rose.  Wages fell.  Rents stayed flat.",
            "The council met on Tuesday.  Residents spoke for two hours about the plan.",
            "Two  spaces",
        ] {
            assert!(!menu_line(not_menu), "{not_menu}");
        }
    }

    #[test]
    fn series_items_lead_with_a_number_or_a_word_and_a_number() {
        for (line, lead, n) in [
            ("7 Remark left under an article (7)", "", 7),
            ("12. Divide the bill fairly", ".", 12),
            ("3) Biscuit, in America (6)", ")", 3),
            ("Week 10–12: Open data and the public domain", "Week", 10),
            ("Step 4 - Using passwords", "Step", 4),
            ("2 'The Summer Hikaru Died' review", "", 2),
        ] {
            let got = series_lead(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((got.lead, got.n), (lead, n), "{line}");
        }
        for not in [
            "2025/12/20",
            "6 min",
            "5 20 50 100 Other",
            "Hint: what you do with the last slice.",
            "Top10 tips for spring",
            "SUBSCRIBE",
            "",
        ] {
            assert!(series_lead(not).is_none(), "{not}");
        }
    }
}
