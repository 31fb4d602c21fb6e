//! Stage 4: article boundaries on roundup, tag and archive pages.
//!
//! An article starts at a title line followed by a date line (an optional
//! byline may sit between or after them). A page is split only when at least
//! two starts agree on the shape of their date line (its lead-in word such as
//! "Posted on" or "Updated", and its form: words, ISO or numeric). That keeps
//! a single post with a later "Updated …" stamp in one piece, while a tag page
//! whose posts all print "Posted on …" splits. Lines before the first start are
//! the page header; a header with more than two paragraphs of prose is an
//! article, and the starts below it are its comments or related stories.
//! The posts need a body: two of 40 words or more, or, on a tag page of
//! excerpts, three or more of 15 to 60 words each (the last may be longer:
//! it runs over the page's footer).

use std::borrow::Cow;

use crate::detect::ends_sentence;
use crate::judge;
use crate::normalize::{self, drops_in_output};
use crate::segment::{words_up_to, Block};
use crate::Span;
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// What the detectors said about one block, as far as splitting cares.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Marks {
    /// The block is a date line.
    pub(crate) date: bool,
    /// The block is a byline.
    pub(crate) byline: bool,
    /// The byline is only its label ("Written by"): the name, if any, is
    /// the next block.
    pub(crate) label: bool,
    /// A rule other than a metadata rule removes the whole block.
    pub(crate) boilerplate: bool,
    /// The block's shape as the output prints it, when rules cut parts of it
    /// ("Headline Share on X" prints as "Headline"); `None` when none do.
    pub(crate) cut: Option<Shape>,
}

/// What the splitter reads off a line's text, taken from what inline cuts
/// leave of it: the output is split again the same way only if its lines
/// are read as they print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Shaped like a title ([`title_shape`]).
    pub(crate) title: bool,
    /// Ends like a sentence ([`ends_sentence`]).
    pub(crate) sentence: bool,
    /// Its words, counted as [`Block::words`] counts them.
    pub(crate) words: u32,
    /// Reads as an author's name under a headline ([`name_line`]).
    pub(crate) name: bool,
    /// Written in sentence case ([`sentence_case`]).
    pub(crate) sentence_case: bool,
    /// Shaped like a post's title among other posts, before its teaser
    /// is looked at ([`among_posts_title`]).
    pub(crate) among: bool,
    /// Its date lead-in ([`date_shape`]).
    pub(crate) lead: &'static str,
}

impl Shape {
    /// The shape of `shown`, a line as the output prints it.
    pub(crate) fn of(shown: &str) -> Shape {
        let words = words_up_to(shown, u32::MAX as usize);
        Shape {
            title: title_shape(shown, words),
            sentence: ends_sentence(shown),
            words: words as u32,
            name: name_line(shown),
            sentence_case: sentence_case(shown),
            among: among_posts_title(shown, words),
            lead: date_shape(shown),
        }
    }
}

/// Reads block `i` as the output prints it: from its [`Shape`] (`cut`)
/// when rules cut parts of it, else with `read` over its text and words.
fn as_printed<T>(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    i: usize,
    read: impl FnOnce(&str, usize) -> T,
    cut: impl FnOnce(&Shape) -> T,
) -> T {
    match &marks[i].cut {
        Some(c) => cut(c),
        None => read(&text[blocks[i].span()], blocks[i].words()),
    }
}

/// Whether block `i` reads as an author's name as the output prints it.
fn name_at(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    as_printed(text, blocks, marks, i, |t, _| name_line(t), |c| c.name)
}

/// Whether block `i` is in sentence case as the output prints it.
fn sentence_case_at(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    as_printed(
        text,
        blocks,
        marks,
        i,
        |t, _| sentence_case(t),
        |c| c.sentence_case,
    )
}

/// Whether block `i` may title a post among posts as the output prints it.
fn among_posts_title_at(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    as_printed(text, blocks, marks, i, among_posts_title, |c| c.among)
}

/// The date lead-in of block `i` as the output prints it.
fn date_shape_at(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> &'static str {
    as_printed(text, blocks, marks, i, |t, _| date_shape(t), |c| c.lead)
}

/// Block `i`'s words as the output prints it (a post's body, a card's
/// teaser and the prose above a start are counted so).
fn printed_words(blocks: &[Block], marks: &[Marks], i: usize) -> usize {
    marks[i].cut.map_or(blocks[i].words(), |c| c.words as usize)
}

/// Whether block `i` is shaped like a title as the output prints it.
fn shaped(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    as_printed(text, blocks, marks, i, title_shape, |c| c.title)
}

/// Whether block `i` ends like a sentence as the output prints it.
fn ends_like_sentence(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    as_printed(
        text,
        blocks,
        marks,
        i,
        |t, _| ends_sentence(t),
        |c| c.sentence,
    )
}

/// One article: a range of blocks and the blocks holding its metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bounds {
    /// First block of the article (its title when it has one).
    pub(crate) first: usize,
    /// One past its last block.
    pub(crate) end: usize,
    pub(crate) title: Option<usize>,
    pub(crate) date: Option<usize>,
    pub(crate) byline: Option<usize>,
}

impl Bounds {
    /// One past the last of the article's title, date and byline: where its
    /// body starts.
    fn meta_end(&self) -> usize {
        self.title
            .max(self.date)
            .max(self.byline)
            .unwrap_or(self.first)
            + 1
    }
}

/// The page cut into articles, with the header blocks (if any) before them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    /// Blocks `0..header_end` are the page header of a roundup.
    pub(crate) header_end: usize,
    pub(crate) articles: Vec<Bounds>,
    /// Blocks of related-story cards (headline, date, teaser) after an article.
    pub(crate) cards: Vec<usize>,
    /// The start that gave a single article its title (see
    /// [`title_survives`]).
    pub(crate) title_start: Option<Bounds>,
}

/// How far below a title the date and byline may sit (in blocks).
const META_WINDOW: usize = 3;
/// How far from the top a single article's date or byline may sit.
const SINGLE_META_WINDOW: usize = 12;
/// A post with at least this many words of body is a real post, not a card.
const POST_WORDS: usize = 40;
/// A card has at most this many words of teaser.
const CARD_WORDS: usize = 30;
/// A page with just two posts, one more than this many times longer than the
/// other, is one article: the short one is a related story's excerpt.
const POST_RATIO: usize = 5;
/// Cards follow an article of at least this many words.
const ARTICLE_WORDS: usize = 60;
/// A tag page of excerpts: at least this many starts, each with at least
/// [`EXCERPT_WORDS`] words of body, and no article above them.
const EXCERPT_POSTS: usize = 3;
/// The body of an excerpt on a tag page (a teaser of one or two sentences).
/// A section front's one-line teasers run to twelve words ("Conversions of
/// older towers into apartments are taking space off the market."); at 12
/// rather than 15 (forty-seventh session) no wcxb-dev page, seed or earlier
/// probe page splits otherwise.
const EXCERPT_WORDS: usize = 12;
/// A short excerpt: at least half a page's excerpts have
/// [`EXCERPT_WORDS`], and none fewer than this.
const EXCERPT_MIN_WORDS: usize = 8;
/// An excerpt has at most this many words (WordPress cuts its excerpts at
/// 55), so it may be as long as a short post.
const EXCERPT_MAX_WORDS: usize = 60;
/// Bodies are counted up to this many words: enough for every threshold.
const BODY_COUNT: usize = EXCERPT_MAX_WORDS + 1;

/// Whether posts with these body word counts (each counted up to
/// [`BODY_COUNT`]) make a roundup: two full posts, or at least
/// [`EXCERPT_POSTS`] excerpts, each of [`EXCERPT_MIN_WORDS`] to
/// [`EXCERPT_MAX_WORDS`] words and at least half of them
/// [`EXCERPT_WORDS`] or more, but for the last, which needs only the
/// least (a long post among short ones is an article, and they are its
/// related-story cards).
fn enough_posts(body_words: &[usize]) -> bool {
    let posts = body_words.iter().filter(|&&w| w >= POST_WORDS).count();
    // The last excerpt's body runs to the page's end, over its pagination
    // and footer links ("Showing 1–7 of 84", "Subscribe to …"): it may
    // count as many words as a post.
    let Some((last, excerpts)) = body_words.split_last() else {
        return false;
    };
    // Teasers vary: one of a single short sentence ("Holes guaranteed.")
    // among longer ones is still an excerpt, while most are full ones.
    let full = excerpts.iter().filter(|&&w| w >= EXCERPT_WORDS).count();
    posts >= 2
        || (body_words.len() >= EXCERPT_POSTS
            && *last >= EXCERPT_MIN_WORDS
            && 2 * (full + usize::from(*last >= EXCERPT_WORDS)) >= body_words.len()
            && excerpts
                .iter()
                .all(|w| (EXCERPT_MIN_WORDS..=EXCERPT_MAX_WORDS).contains(w)))
}

/// A line that could be a post title: shaped like one ([`title_shape`]),
/// no date, byline or boilerplate, and it opens a paragraph.
fn title_like(text: &str, blocks: &[Block], marks: &[Marks], i: usize) -> bool {
    // Cheap tests first: most lines fail one of them.
    if marks[i].date || marks[i].byline || marks[i].boilerplate || !shaped(text, blocks, marks, i) {
        return false;
    }
    // A title does not go on from a long line of running text: it opens a
    // paragraph, or follows a line that ended a sentence, was boilerplate,
    // or is short (a menu, a filter or a label above a tag page's first
    // post, a date, another title: scraped text often has no blank lines).
    i == 0
        || blocks[i - 1].para != blocks[i].para
        || marks[i - 1].boilerplate
        || printed_words(blocks, marks, i - 1) <= TITLE_MAX_WORDS
        || ends_like_sentence(text, blocks, marks, i - 1)
}

/// A title has at most this many words (and at least 2): see
/// [`title_shape`].
pub(crate) const TITLE_MAX_WORDS: usize = 25;

/// What a title's text looks like: 2 to 25 words (`words`, what
/// [`words_up_to`] counts in `t`, at least up to 26; two only as
/// [`two_word_title`] says), at most 250 bytes, starts like a title, does
/// not end like a sentence or a lead-in.
///
/// Read as output normalization prints it (controls and invisible chars
/// dropped, Unicode spaces as ASCII ones, NFC): a line of 300 bytes, 100
/// of them controls, is a title in the output, and the output is split
/// again. The same in both passes, normalized or not, since normalizing
/// the printed form changes nothing.
pub(crate) fn title_shape(t: &str, words: usize) -> bool {
    if !(2..=TITLE_MAX_WORDS).contains(&words) {
        return false;
    }
    let printed;
    let t = if may_print_another_shape(t) {
        printed = normalize::for_output(t);
        printed.trim()
    } else {
        t
    };
    if t.len() > 250 {
        return false;
    }
    let starts_well = t.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '\'' | '‘' | '“' | '¿' | '¡')
    });
    if !starts_well || t.ends_with([':', ';', ',']) {
        return false;
    }
    // A question or an exclamation may be a title; other sentence ends not.
    let question = t.trim_end().ends_with(['?', '!']);
    if !question && ends_sentence(t) {
        return false;
    }
    words > 2 || two_word_title(t, question)
}

/// Two words are a title only when they cannot be a name, a menu entry or
/// a section label ("Ann Lee", "Latest News"): a question ("Closed
/// Monday?") or a word in lower case ("Budget approved"), and no word of a
/// date's or a byline's label ([`TWO_WORD_LABELS`]: "Last updated",
/// "Published on", "8 min").
fn two_word_title(t: &str, question: bool) -> bool {
    (question
        || t.split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase)))
        && !has_label_word(t)
}

/// Whether `t` holds a word of [`TWO_WORD_LABELS`].
fn has_label_word(t: &str) -> bool {
    let label = |w: &str| TWO_WORD_LABELS.iter().any(|l| w.eq_ignore_ascii_case(l));
    t.split(|c: char| !c.is_alphanumeric()).any(label)
}

/// Words of the labels that sit above a date or a name as two-word lines
/// ("Last updated", "Published on", "Reading time", "Written by"): such a
/// line is no title ([`title_shape`]).
const TWO_WORD_LABELS: &[&str] = &[
    "posted",
    "published",
    "publish",
    "updated",
    "update",
    "last",
    "modified",
    "originally",
    "date",
    "time",
    "reading",
    "read",
    "min",
    "mins",
    "minute",
    "minutes",
    "written",
    "by",
    "reviewed",
    "on",
    "at",
    "more",
    "ago",
    "views",
    "comments",
    "share",
];

/// Whether output normalization may change what [`title_shape`] reads
/// off `t`: its first or last char (one it drops or maps), or its length
/// across 250 bytes. Normalization only shortens NFC text (it drops chars
/// and maps Unicode spaces to one byte); NFC itself lengthens a line by at
/// most three times, and only a line that is not NFC. So most lines, plain
/// ASCII or short, need no normalizing here.
fn may_print_another_shape(t: &str) -> bool {
    let odd = |c: char| !(' '..='~').contains(&c);
    t.chars().next().is_some_and(odd)
        || t.chars().next_back().is_some_and(odd)
        || t.len() > 250
        || (t.len() * 3 > 250
            && !t.is_ascii()
            && !matches!(is_nfc_quick(t.chars()), IsNormalized::Yes))
}

/// The shape of a date line: its lead-in word ("posted", "updated", or none).
/// Posts of one roundup print their dates with the same lead-in; a single
/// post's later "Updated …" line has another one than its first date.
fn date_shape(t: &str) -> &'static str {
    // As the output prints it: without the chars output normalization drops
    // ("P\u{2}osted" is "Posted" once cleaned). The lead-in is the run of
    // ASCII letters the line opens with, read without a copy of the line
    // (this runs on the date line of every candidate post).
    let mut word = [0u8; DATE_LEAD_MAX];
    let mut len = 0;
    for c in t.trim().chars().filter(|&c| !drops_in_output(c)) {
        if !c.is_ascii_alphabetic() {
            break;
        }
        if len == DATE_LEAD_MAX {
            return "";
        }
        word[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    DATE_LEADS
        .iter()
        .find(|lead| lead.as_bytes() == &word[..len])
        .copied()
        .unwrap_or("")
}

/// The lead-in words [`date_shape`] tells apart.
const DATE_LEADS: &[&str] = &[
    "posted",
    "published",
    "updated",
    "last",
    "modified",
    "first",
    "originally",
    "date",
];

/// The longest of [`DATE_LEADS`], in bytes.
const DATE_LEAD_MAX: usize = 10;

/// The byline at the start of a date line that opens with "By" and a
/// capital ("By Ann Lee · May 2, 2020", "BY ANN LEE | 2 May 2020"): up to
/// the first separator (`·`, `|`, `•`, a dash between spaces), or the whole
/// line when there is none ("By Ann Lee on May 2, 2020").
pub(crate) fn byline_in_date_line(text: &str, date: Span) -> Option<Span> {
    let t = &text[date];
    let rest = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| t.strip_prefix(p))?;
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // The spaces around a `·`, `|` or `•` are trimmed below; a dash needs
    // them ("Ann Lee-Smith").
    let cut = ["·", "|", "•", " — ", " – ", " - "]
        .iter()
        .filter_map(|sep| t.find(sep))
        .min()
        .unwrap_or(t.len());
    let name = t[..cut].trim_end();
    Some(Span::new(date.start, date.start + name.len()))
}

/// The block naming the author for byline block `b`: `b` itself, or, when
/// `b` is only a label ("Written by"), the next block if it reads like a
/// name ("Ann Lee", "Ann Lee, Ph.D. | City Desk"); `None` for a label with
/// no name under it ("About the author" above a bio, "Written by" above a
/// date).
pub(crate) fn named_by(text: &str, blocks: &[Block], marks: &[Marks], b: usize) -> Option<usize> {
    if !marks[b].label {
        return Some(b);
    }
    if marks[b].date {
        // "Published: 27/05/2024" is a date line, not a label.
        return None;
    }
    let n = b + 1;
    let name = blocks.get(n).is_some_and(|next| {
        !marks[n].date
            && !marks[n].byline
            && !marks[n].boilerplate
            && next.words() <= NAME_MAX_WORDS
            && names(&text[next.span()])
    });
    name.then_some(n)
}

/// A name under a byline label has at most this many words ("Dr Ann Lee
/// and Tom Reyes").
const NAME_MAX_WORDS: usize = 8;

/// Whether `t` holds only names: between separators ("|", "·", "•", a
/// dash), what [`judge::name_like`] reads as a name, without "by"
/// ("Sponsored by Acme").
fn names(t: &str) -> bool {
    !t.split_whitespace().any(|w| w.eq_ignore_ascii_case("by"))
        && t.split(['|', '·', '•', '–', '—'])
            .flat_map(|part| part.split(" - "))
            .all(|part| judge::name_like(part.trim()))
}

/// A headline above a name line has at least this many words: a shorter
/// line above a name is as often a section label above a headline in title
/// case.
const HEADLINE_MIN_WORDS: usize = 4;

/// Capitalised small words that a headline in title case holds and no
/// person's name does: "How", "The", "Of" ("Why The Fed Waits" is no name).
/// (`judge::authors` keeps the lower-case ones a name line may not hold.)
/// Sorted, for a binary search.
const TITLE_CASE_WORDS: &[&str] = &[
    "A", "About", "After", "All", "An", "And", "Are", "As", "At", "Best", "By", "Can", "Do",
    "Does", "For", "From", "Get", "Here", "How", "In", "Into", "Is", "It", "Its", "More", "Most",
    "My", "New", "Not", "Now", "Of", "On", "Our", "Out", "Over", "That", "The", "These", "This",
    "To", "Top", "Up", "Vs", "We", "What", "When", "Where", "Who", "Why", "With", "You", "Your",
];

/// Whether `t` is written in sentence case: after its first word, more
/// words start in lower case than in upper case ("A guide to the basics",
/// not "A Guide to the Basics").
fn sentence_case(t: &str) -> bool {
    let (mut lower, mut upper) = (0, 0);
    for w in t.split_whitespace().skip(1) {
        match w.chars().find(|c| c.is_alphanumeric()) {
            Some(c) if c.is_lowercase() => lower += 1,
            Some(c) if c.is_uppercase() => upper += 1,
            _ => {}
        }
    }
    lower > upper
}

/// Capitalised words of section names and kinds of piece, which a line
/// under a headline also prints ("Press Release", "Guest Post"). Sorted.
const LABEL_WORDS: &[&str] = &[
    "Analysis",
    "Blog",
    "Breaking",
    "Business",
    "Column",
    "Content",
    "Editorial",
    "Feature",
    "Features",
    "Guest",
    "Guide",
    "Live",
    "News",
    "Newsletter",
    "Opinion",
    "Partner",
    "Podcast",
    "Post",
    "Press",
    "Release",
    "Report",
    "Review",
    "Reviews",
    "Sponsored",
    "Staff",
    "Story",
    "Team",
    "Update",
    "Updates",
    "Video",
];

/// Whether `t` names an author the way a line under a headline does,
/// without "By": "Ann Lee", "Dr Ann B. Lee", "Ann Lee, MS, RD" (2 to 4
/// capitalised words, none of [`TITLE_CASE_WORDS`] or [`LABEL_WORDS`], then credentials after
/// commas), or any names after an "Author:" label ("Author: Ann Lee").
pub(crate) fn author_line(t: &str) -> bool {
    // Read as the output prints it.
    if let Some(shown) = normalize::without_dropped(t) {
        return author_line(&shown);
    }
    let t = t.trim();
    let label = ["Author:", "Authors:"]
        .iter()
        .find_map(|l| t.strip_prefix(l));
    if let Some(rest) = label {
        let rest = rest.trim();
        return !rest.is_empty() && names(rest);
    }
    let capital = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '®'))
    };
    let mut parts = t.split(',');
    let name = parts.next().unwrap_or("");
    // One pass over the name's words, stopping at the first that is no
    // name's (most lines fail on their second word) or at a fifth word.
    let mut words = 0;
    for w in name.split_whitespace().map(|w| w.trim_end_matches('.')) {
        words += 1;
        if words > 4
            || !capital(w)
            || TITLE_CASE_WORDS.binary_search(&w).is_ok()
            || LABEL_WORDS.binary_search(&w).is_ok()
        {
            return false;
        }
    }
    words >= 2
        && parts.all(|p| {
            (1..=3).contains(&p.split_whitespace().count()) && p.split_whitespace().all(capital)
        })
}

/// Finds the articles of the page.
///
/// With `roundups` false the page is one article (with its cards), as when
/// [`survives`] says a roundup would not split the same way once cleaned.
pub(crate) fn layout(text: &str, blocks: &[Block], marks: &[Marks], roundups: bool) -> Layout {
    let n = blocks.len();
    // Below this block, enough article text is above for cards to follow
    // (as [`article_text_before`] counts it, once).
    let cards_from = article_words_reached(blocks, marks).unwrap_or(n);
    // Candidate starts: (title, date, byline).
    let mut starts: Vec<Bounds> = Vec::new();
    let mut i = 0;
    while i + 1 < n {
        if !title_like(text, blocks, marks, i) {
            i += 1;
            continue;
        }
        // Title, [byline], date, [byline]. A byline label ("By") and the
        // name under it are one byline.
        let mut date = None;
        let mut byline = None;
        let mut window = (i + 1 + META_WINDOW).min(n);
        let mut j = i + 1;
        while j < window {
            let m = &marks[j];
            if m.date && date.is_none() {
                date = Some(j);
            } else if m.byline && byline.is_none() {
                byline = Some(j);
                if m.label {
                    if let Some(name) = named_by(text, blocks, marks, j).filter(|&k| k > j) {
                        byline = Some(name);
                        j = name;
                        window = (window + 1).min(n);
                    }
                }
            } else if m.byline && !m.date {
                // A second byline ("By Ann Lee", "Updated by Tom Reyes")
                // takes no room.
                window = (window + 1).min(n);
            } else if j == i + 1
                && byline.is_none()
                && !m.date
                // Cheap tests first: this runs under most short lines. The
                // name is read as the output prints it (a cut "Warmest
                // Share on X Records Began" is "Warmest Records Began").
                && printed_words(blocks, marks, j) <= NAME_MAX_WORDS
                && printed_words(blocks, marks, i) >= HEADLINE_MIN_WORDS
                && name_at(text, blocks, marks, j)
            {
                // A headline, the author's name without "By", the date: the
                // name is the byline (else it would be taken for the title
                // of a start of its own, right above the date).
                byline = Some(j);
            } else if m.boilerplate && !m.date && !m.byline && i > cards_from {
                // Among the cards under an article, a removed line (a share
                // bar, a "More from" label) between a headline and its date
                // is gone from the output, where the date sits right below
                // the headline: it takes no room. (Above, where the page's
                // title is, the line above a share bar and a date is as often
                // a label or a name as the headline.)
                window = (window + 1).min(n);
            } else {
                break;
            }
            j += 1;
        }
        if let Some(d) = date {
            // Near the top, headline, standfirst, byline, date: when this
            // line reads as a standfirst (in sentence case), a line shaped
            // like a headline right above it, and no longer, is the title.
            // (A breadcrumb or a section label above a headline in title
            // case stays above it.)
            let title = match i.checked_sub(1) {
                Some(h)
                    if i < TITLE_TOP_LINES
                        && byline.is_some_and(|b| b < d)
                        && starts.last().map_or(true, |s| s.meta_end() <= h)
                        && (HEADLINE_MIN_WORDS..=printed_words(blocks, marks, i))
                            .contains(&printed_words(blocks, marks, h))
                        && sentence_case_at(text, blocks, marks, i)
                        && title_like(text, blocks, marks, h) =>
                {
                    h
                }
                _ => i,
            };
            starts.push(Bounds {
                first: title,
                end: n,
                title: Some(title),
                date: Some(d),
                byline,
            });
            i = d.max(byline.unwrap_or(0)) + 1;
        } else {
            i += 1;
        }
    }
    // Some tag pages print each post's date above its title. That order
    // also fits a list whose items end with a date (events, products): the
    // first item is then above the first "start", so no prose may be.
    // And an article whose date sits above its title, with related-story
    // cards below it dated the same way, is no roundup: its posts must be
    // of a kind (none [`POST_RATIO`] times as long as the shortest). Those
    // starts are used only to split: a page they do not split keeps the
    // title and date the usual order finds.
    let dated = date_first_starts(text, blocks, marks);
    let dated_split = || {
        let split = roundups
            && dated.len() >= 2
            && dated_page_edges_fit(text, blocks, marks, &dated)
            && alike(blocks, marks, &dated);
        split
            .then(|| arrange(text, blocks, marks, dated.clone(), true, cards_from))
            .filter(|l| l.articles.len() >= 2)
    };
    // The order that starts higher up the page is tried first. A date-first
    // roundup read title first finds false starts: a post's last line,
    // short and unpunctuated, right above the next post's date (in the
    // output at least, once the widgets between them are gone). They all
    // lie below the first date-first start.
    let dated_opens = dated
        .first()
        .is_some_and(|d| starts.first().is_some_and(|s| d.first < s.first));
    if dated_opens {
        if let Some(split) = dated_split() {
            return split;
        }
    }
    starts_among_posts(text, blocks, marks, &mut starts);
    // Two starts or more are the title-first reading's, and used no further.
    let title_first = (starts.len() >= 2).then(|| {
        arrange(
            text,
            blocks,
            marks,
            std::mem::take(&mut starts),
            roundups,
            cards_from,
        )
    });
    // A page read both ways takes the reading that finds more posts: on a
    // date-first page whose posts end with a link ("Read more") the
    // title-first reading finds only the labels and inserts right above
    // some dates (a section's name, "Sponsor: …").
    let title_first = match title_first {
        Some(split) if split.articles.len() >= 2 => {
            // (When the date-first reading opens higher up, it was tried
            // first and did not split.)
            let more = (!dated_opens)
                .then(dated_split)
                .flatten()
                .filter(|d| d.articles.len() > split.articles.len());
            return more.unwrap_or(split);
        }
        other => other,
    };
    if !dated_opens {
        if let Some(split) = dated_split() {
            return split;
        }
    }
    if let Some(one) = title_first {
        return one;
    }
    // A single article whose date sits above its title: that start gives
    // the page its title when a paragraph follows the title (a label or a
    // caption under a date is no title), no prose is above it (a summary
    // under the page's real title, a heading under the date) and the date
    // line is no byline ("By Ann Lee · May 2, 2020" follows a title).
    let top = dated.first().copied().filter(|s| {
        let below = s.meta_end();
        starts.is_empty()
            && s.first < TITLE_TOP_LINES
            && prose_lines(text, blocks, marks, s.first, 0) == 0
            && byline_in_date_line(text, blocks[s.first].span()).is_none()
            && below < blocks.len()
            && !marks[below].boilerplate
            && printed_words(blocks, marks, below) >= EXCERPT_WORDS
            && ends_like_sentence(text, blocks, marks, below)
    });
    starts.extend(top);
    arrange(text, blocks, marks, starts, roundups, cards_from)
}

/// Adds the posts whose title is one word ("Snow"), two words shaped like
/// a name ("O'NEILL, Brendan") or ends with a full stop ("Part 2: The
/// original plans.") to a page that has two title-first
/// `starts` or more: such a line under a removed line or a paragraph's end
/// and below the first start, right above a date line of the same shape as
/// every start's (and above a byline when every start has one under its
/// date). None is a title elsewhere ([`title_shape`]): a word alone or a
/// name is as often a label or a byline, a line with a full stop a
/// sentence. So a title of two words or with a full stop also needs a
/// teaser under its date that ends
/// like a sentence (a date-first page's post ends with a sentence right
/// above the next date, and has its title, not a teaser, under it).
fn starts_among_posts(text: &str, blocks: &[Block], marks: &[Marks], starts: &mut Vec<Bounds>) {
    if starts.len() < 2 {
        return;
    }
    let first = starts[0];
    let Some(shape) = first.date.map(|d| date_shape_at(text, blocks, marks, d)) else {
        return;
    };
    let same_shape = |d: usize| date_shape_at(text, blocks, marks, d) == shape;
    if !starts.iter().all(|s| s.date.is_some_and(same_shape)) {
        return;
    }
    let bylined = starts
        .iter()
        .all(|s| s.byline.is_some_and(|b| Some(b) > s.date));
    let taken =
        |i: usize, starts: &[Bounds]| starts.iter().any(|s| (s.first..s.meta_end()).contains(&i));
    let mut found = Vec::new();
    // The line under a post's date (and byline) is a teaser that ends like
    // a sentence.
    let teaser = |k: usize| {
        k < blocks.len()
            && !(marks[k].date || marks[k].byline || marks[k].boilerplate)
            && ends_like_sentence(text, blocks, marks, k)
    };
    for i in first.meta_end()..blocks.len().saturating_sub(1) {
        let d = i + 1;
        let byline = bylined.then_some(d + 1);
        let titled = || {
            among_posts_title_at(text, blocks, marks, i)
                && (printed_words(blocks, marks, i) == 1 || teaser(byline.unwrap_or(d) + 1))
        };
        if !marks[d].date
            || marks[i].date
            || marks[i].byline
            || marks[i].boilerplate
            || !same_shape(d)
            || !titled()
            || byline.is_some_and(|b| b >= blocks.len() || !marks[b].byline)
            || taken(i, starts)
            || !(marks[i - 1].boilerplate
                || blocks[i - 1].para != blocks[i].para
                || ends_like_sentence(text, blocks, marks, i - 1))
        {
            continue;
        }
        found.push(Bounds {
            first: i,
            end: blocks.len(),
            title: Some(i),
            date: Some(d),
            byline,
        });
    }
    if !found.is_empty() {
        starts.extend(found);
        starts.sort_by_key(|s| s.first);
    }
}

/// Whether `t` (of `words` words, as [`printed_words`] counts them) is
/// shaped like a post's title among other posts ([`starts_among_posts`]):
/// one word ([`one_word_title`]), two shaped like a name
/// ([`named_title`]) or a title with a full stop ([`stopped_title`]). The
/// last two also need a teaser, which the caller looks for.
fn among_posts_title(t: &str, words: usize) -> bool {
    match words {
        1 => one_word_title(t),
        _ => words == 2 && named_title(t) || stopped_title(t, words),
    }
}

/// Whether `t` may be an author's name on the line under a headline: it
/// opens with a capital (or with a byte the output may drop or compose,
/// which [`author_line`] reads as printed) and [`author_line`] says so.
/// The cheap test first: this runs under most short lines.
fn name_line(t: &str) -> bool {
    t.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii_graphic())
        && author_line(t)
}

/// A title that ends with a full stop ("Part 2: Copyright, credit and the
/// original plans."), among other posts ([`starts_among_posts`]): `t`
/// without its full stop is shaped like a title ([`title_shape`]; `words`
/// as it counts them). An ellipsis is no full stop.
fn stopped_title(t: &str, words: usize) -> bool {
    t.trim_end()
        .strip_suffix('.')
        .is_some_and(|s| !s.ends_with('.') && title_shape(s, words))
}

/// Two words that may title a post among others ([`starts_among_posts`]),
/// though shaped like a name ("O'NEILL, Brendan", "Harbour Lights"): they
/// open with a capital, end with a letter or a digit, and hold no word of
/// a date's or a byline's label ([`TWO_WORD_LABELS`]).
fn named_title(t: &str) -> bool {
    one_word_title(t) && !has_label_word(t)
}

/// A word that may title a post among others ([`starts_among_posts`]): it
/// opens with a capital and ends with a letter or a digit ("Snow"; not
/// "Menu:" or "Update!").
fn one_word_title(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(char::is_uppercase) && t.ends_with(char::is_alphanumeric)
}

/// The layout of the page from its candidate starts. `cards_from` is the
/// block where the page's article text reaches [`ARTICLE_WORDS`]
/// ([`article_words_reached`], or the page's end): starts below it may be
/// related-story cards.
fn arrange(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    mut starts: Vec<Bounds>,
    roundups: bool,
    cards_from: usize,
) -> Layout {
    let n = blocks.len();
    // Keep the starts whose date lines share the dominant shape.
    if starts.len() >= 2 {
        let shapes: Vec<_> = starts
            .iter()
            .map(|s| date_shape_at(text, blocks, marks, s.date.unwrap_or(s.first)))
            .collect();
        // Count shapes with a map (linear); ties go to the shape seen first.
        let mut counts: std::collections::HashMap<&str, (usize, usize)> = Default::default();
        for (k, &sh) in shapes.iter().enumerate() {
            counts.entry(sh).or_insert((0, k)).0 += 1;
        }
        let best = counts
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map_or("", |(&sh, _)| sh);
        let mut kept = Vec::new();
        for (s, shape) in starts.into_iter().zip(shapes) {
            if shape == best {
                kept.push(s);
            }
        }
        starts = kept;
    }
    for k in 0..starts.len() {
        starts[k].end = starts.get(k + 1).map_or(n, |s| s.first);
    }
    // Words of body under each start: a real post has a body, a related-story
    // card has a headline and a date and little else.
    // Only compared with POST_WORDS, EXCERPT_WORDS, EXCERPT_MAX_WORDS and
    // CARD_WORDS: count no further.
    let body_words: Vec<usize> = starts
        .iter()
        .map(|s| post_words(blocks, marks, s, BODY_COUNT))
        .collect();
    let posts = body_words.iter().filter(|&&w| w >= POST_WORDS).count();
    // Two posts, one many times longer than the other: an article and the
    // excerpt of a related story under it.
    let lopsided = posts == 2 && {
        let mut two = starts
            .iter()
            .zip(&body_words)
            .filter(|p| *p.1 >= POST_WORDS)
            .map(|p| post_words(blocks, marks, p.0, usize::MAX));
        let (a, b) = (two.next().unwrap_or(0), two.next().unwrap_or(0));
        a.min(b).saturating_mul(POST_RATIO) < a.max(b)
    };
    // A tag page of short excerpts has no article above its first start;
    // related-story cards follow one.
    let enough = enough_posts(&body_words)
        && (posts >= 2 || !article_text_before(blocks, marks, starts[0].first));
    if enough && roundups && !lopsided && !article_above(text, blocks, marks, starts[0].first) {
        let header_end = starts[0].first;
        return Layout {
            header_end,
            articles: starts,
            cards: Vec::new(),
            title_start: None,
        };
    }
    // One article. Runs of two or more cards after enough article text are
    // related-story cards.
    let mut cards = Vec::new();
    let mut k = 0;
    while k < starts.len() {
        let mut e = k;
        while e < starts.len() && body_words[e] <= CARD_WORDS {
            e += 1;
        }
        // The cards of a run are its starts below enough article text. (A
        // run that opens higher up, among the article's own title and date
        // pairs, still ends in cards: the output, with a share bar above a
        // title gone, may read the upper part as one start and the cards as
        // a run of their own.)
        let from = (k..e).find(|&c| starts[c].first > cards_from).unwrap_or(e);
        if e - from >= 2 {
            for (j, s) in starts[from..e].iter().enumerate() {
                let last = from + j + 1 == e;
                cards.extend(s.first..if last { s.meta_end() } else { s.end });
            }
        }
        k = e.max(k + 1);
    }
    // The title of the page is a start near the top, or a real post, with
    // no article above it (not a related card under a short article, nor
    // the last card, whose "body" runs on over the page's footer).
    let title_start = starts
        .iter()
        .zip(&body_words)
        .find(|(s, &w)| {
            (s.first < TITLE_TOP_LINES || w >= POST_WORDS)
                && !article_text_before(blocks, marks, s.first)
        })
        .map(|(s, _)| *s);
    let mut layout = single(blocks, marks, title_start);
    layout.cards = cards;
    layout.title_start = title_start;
    layout
}

/// Words of body under start `s` (from its `meta_end` to its `end`, not
/// counting boilerplate, date and byline lines), counted up to `cap`.
fn post_words(blocks: &[Block], marks: &[Marks], s: &Bounds, cap: usize) -> usize {
    let mut words = 0;
    for k in (s.meta_end()..s.end)
        .filter(|&k| !marks[k].boilerplate && !marks[k].date && !marks[k].byline)
    {
        words += printed_words(blocks, marks, k).min(cap - words);
        if words >= cap {
            break;
        }
    }
    words
}

/// Whether blocks `0..end` hold [`ARTICLE_WORDS`] words or more outside
/// boilerplate: enough article text for starts below it to be its
/// related-story cards. Counting stops at the threshold, so that many
/// runs of cards on one page stay linear.
fn article_text_before(blocks: &[Block], marks: &[Marks], end: usize) -> bool {
    article_words_reached(&blocks[..end], marks).is_some()
}

/// The block where the article text counted from the top of the page
/// (blocks no rule removes) reaches [`ARTICLE_WORDS`], if it does.
fn article_words_reached(blocks: &[Block], marks: &[Marks]) -> Option<usize> {
    let mut before = 0;
    for b in (0..blocks.len()).filter(|&b| !marks[b].boilerplate) {
        before += printed_words(blocks, marks, b).min(ARTICLE_WORDS - before);
        if before >= ARTICLE_WORDS {
            return Some(b);
        }
    }
    None
}

/// Starts whose date line comes first: a date line that opens a paragraph
/// (or follows a sentence end or boilerplate), then, with an optional
/// byline between or after, a line shaped like a title.
fn date_first_starts(text: &str, blocks: &[Block], marks: &[Marks]) -> Vec<Bounds> {
    let n = blocks.len();
    let mut starts = Vec::new();
    let mut d = 0;
    while d + 2 < n {
        let opens = d == 0
            || blocks[d - 1].para != blocks[d].para
            || marks[d - 1].boilerplate
            || ends_like_sentence(text, blocks, marks, d - 1);
        if !marks[d].date || !opens {
            d += 1;
            continue;
        }
        let mut byline = marks[d + 1].byline.then_some(d + 1);
        let mut t = d + 1 + usize::from(byline.is_some());
        // A section's kicker between the date and the headline ("CRIME",
        // "WHAT'S ON"): a short line in capitals, or one a rule removes.
        if t + 2 < n
            && !marks[t].date
            && !marks[t].byline
            && blocks[t].words() <= KICKER_MAX_WORDS
            && (marks[t].boilerplate || !text[blocks[t].span()].chars().any(char::is_lowercase))
        {
            t += 1;
        }
        if t + 1 >= n
            || marks[t].date
            || marks[t].byline
            || marks[t].boilerplate
            || !shaped(text, blocks, marks, t)
        {
            d += 1;
            continue;
        }
        if byline.is_none() && marks[t + 1].byline {
            byline = Some(t + 1);
        }
        starts.push(Bounds {
            first: d,
            end: n,
            title: Some(t),
            date: Some(d),
            byline,
        });
        d = t.max(byline.unwrap_or(0)) + 1;
    }
    for k in 0..starts.len() {
        starts[k].end = starts.get(k + 1).map_or(n, |s| s.first);
    }
    starts
}

/// A section's kicker between a post's date and its headline has at most
/// this many words.
const KICKER_MAX_WORDS: usize = 3;

/// Whether the date-first `starts` (at least one) may be a roundup's posts
/// by what lies above the first and below the last: no prose above the
/// first (a list whose items end with a date has its first item there), or
/// a header's description of at most [`HEADER_MAX_PROSE`] paragraphs when
/// the page's last date line opens the last start and a body of
/// [`EXCERPT_WORDS`] follows it (in such a list, its last date closes the
/// last item and no post follows).
fn dated_page_edges_fit(text: &str, blocks: &[Block], marks: &[Marks], starts: &[Bounds]) -> bool {
    let (Some(first), Some(last)) = (starts.first(), starts.last()) else {
        return false;
    };
    match prose_lines(text, blocks, marks, first.first, HEADER_MAX_PROSE) {
        0 => true,
        p if p > HEADER_MAX_PROSE => false,
        _ => {
            !marks[last.first + 1..].iter().any(|m| m.date)
                && post_words(blocks, marks, last, EXCERPT_WORDS) >= EXCERPT_WORDS
        }
    }
}

/// Whether the bodies under `starts` are alike in length: the longest,
/// counted up to 1 000 words, is less than [`POST_RATIO`] times the shortest.
fn alike(blocks: &[Block], marks: &[Marks], starts: &[Bounds]) -> bool {
    let (mut min, mut max) = (usize::MAX, 0);
    for s in starts {
        let words = post_words(blocks, marks, s, 1_000);
        min = min.min(words);
        max = max.max(words);
    }
    max < min.saturating_mul(POST_RATIO)
}

/// A start this near the top gives a single article its title (below it,
/// a start needs a post's body: the rest are related-story cards).
const TITLE_TOP_LINES: usize = 6;

/// A roundup's header holds at most this many paragraphs of prose (a tag
/// page's description); more, and the page is an article, and the "posts"
/// below it are related stories or comments (name and date above each).
pub(crate) const HEADER_MAX_PROSE: usize = 2;

/// Whether blocks `0..end` hold more than [`HEADER_MAX_PROSE`] lines of prose
/// (20 words or more, ending like a sentence, not boilerplate).
fn article_above(text: &str, blocks: &[Block], marks: &[Marks], end: usize) -> bool {
    prose_lines(text, blocks, marks, end, HEADER_MAX_PROSE) > HEADER_MAX_PROSE
}

/// How many of blocks `0..end` are prose (20 words or more, ending like a
/// sentence, not boilerplate), counted up to one more than `max`.
fn prose_lines(text: &str, blocks: &[Block], marks: &[Marks], end: usize, max: usize) -> usize {
    let mut prose = 0;
    for (k, m) in marks[..end].iter().enumerate() {
        if !m.boilerplate
            && printed_words(blocks, marks, k) >= 20
            && ends_like_sentence(text, blocks, marks, k)
        {
            prose += 1;
            if prose > max {
                break;
            }
        }
    }
    prose
}

/// Whether a roundup `layout` splits the same way in the output, as it must
/// for cleaning the output to remove nothing more: every post keeps its
/// title (the judge keeps the posts' date lines), still shaped like a title
/// as the output prints it and still opening a paragraph or following a
/// sentence end, and the posts still make a roundup (`enough_posts`): two with
/// [`POST_WORDS`] words of body, or three or more excerpts. A post's body
/// words are counted as the splitter will count them in the output (see
/// `post_words`): kept lines only, as printed, and not the lines it reads as
/// boilerplate, dates or bylines (a kept "Twitter" label, a protected date).
///
/// Then the page as the output prints it (the kept blocks, each read as
/// printed, with its marks) is laid out once more, and must give the same
/// posts, with the same titles and dates: lines gone can make the page read
/// another way (a date line that was no post's date removed, and two
/// title-first starts above it split; a widget under a post's last line
/// gone, and that line sits right above the next post's date).
///
/// `shown(k)` is block `k` as the output prints it (what its inline cuts
/// leave), `None` when it is removed whole.
pub(crate) fn survives<'t>(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    layout: &Layout,
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
) -> bool {
    let mut body_words = Vec::with_capacity(layout.articles.len());
    for a in &layout.articles {
        let Some(t) = a.title else {
            return false;
        };
        // Still there, and still shaped like a title once its cuts are made
        // ("Hi (opens in new window)" prints as "Hi").
        if !shown(t).is_some_and(|shown| {
            let words = words_up_to(&shown, 26);
            title_shape(&shown, words)
                || (words == 1 && one_word_title(&shown))
                || (words == 2 && named_title(&shown))
                || stopped_title(&shown, words)
        }) {
            return false;
        }
        // The kept block before the post (its title, or its date line when
        // that comes first), as the output will print it: the post opens a
        // paragraph there, or follows a sentence end or a short line (a
        // section label such as "NORTH BAY" over each brief), as
        // [`title_like`] reads it.
        let head = a.first;
        if let Some((p, prev)) = (0..head).rev().find_map(|k| shown(k).map(|s| (k, s))) {
            let gap = (p + 1..head).any(|k| blocks[k].para != blocks[p].para)
                || blocks[head].para != blocks[p].para;
            if !gap
                && !ends_sentence(&prev)
                && words_up_to(&prev, TITLE_MAX_WORDS + 1) > TITLE_MAX_WORDS
            {
                return false;
            }
        }
        body_words.push(printed_post_words(marks, a, shown, BODY_COUNT));
    }
    enough_posts(&body_words) && same_posts_once_printed(text, blocks, marks, layout, shown)
}

/// Whether the output gives the single article the title that start `s`
/// gave it: `arrange` takes a start for the page's title when it is near
/// the top ([`TITLE_TOP_LINES`]) or has a post's body ([`POST_WORDS`]), with
/// no article text above it ([`ARTICLE_WORDS`]). Judged on the lines the
/// output keeps, as it prints them: the lines the judge removes (a header
/// run's short lines under a title) no longer count, and a title whose body
/// was such lines is no title when the output is cleaned again, where it
/// is then removed with them.
///
/// `shown(k)` is block `k` as the output prints it, `None` when it is
/// removed whole.
pub(crate) fn title_survives<'t>(
    marks: &[Marks],
    s: &Bounds,
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
) -> bool {
    // The lines the output keeps above the start, and their article words
    // (`article_words_reached` counts no boilerplate-marked line).
    let (mut above, mut before) = (0, 0);
    for (k, m) in marks[..s.first].iter().enumerate() {
        let Some(t) = shown(k) else {
            continue;
        };
        above += 1;
        if !m.boilerplate {
            before += words_up_to(&t, ARTICLE_WORDS - before);
            if before >= ARTICLE_WORDS {
                return false;
            }
        }
    }
    if above < TITLE_TOP_LINES {
        return true;
    }
    printed_post_words(marks, s, shown, POST_WORDS) >= POST_WORDS
}

/// [`post_words`] of start `s` as the output prints them: kept lines only
/// (`shown`), read as printed, counted up to `cap`.
fn printed_post_words<'t>(
    marks: &[Marks],
    s: &Bounds,
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
    cap: usize,
) -> usize {
    let mut words = 0;
    let counted = |&k: &usize| !marks[k].boilerplate && !marks[k].date && !marks[k].byline;
    for t in (s.meta_end()..s.end).filter(counted).filter_map(shown) {
        words += words_up_to(&t, cap - words);
        if words >= cap {
            break;
        }
    }
    words
}

/// The page as printed (the blocks `shown` keeps, each read as printed, with
/// its marks) laid out once more, and each kept block's index on the page.
fn printed_layout<'t>(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
) -> (Layout, Vec<usize>) {
    let mut kept = Vec::with_capacity(blocks.len());
    let mut kept_marks = Vec::with_capacity(blocks.len());
    // Block `kept[j]`'s index on the page.
    let mut at = Vec::with_capacity(blocks.len());
    for (k, block) in blocks.iter().enumerate() {
        let Some(printed) = shown(k) else {
            continue;
        };
        let mut m = marks[k];
        m.cut = (printed != text[block.span()]).then(|| Shape::of(&printed));
        // A date line cut to what is no date ("2 May 2024" printed as
        // "May" once a user's pattern takes the digits) dates no post in
        // the output. (A date another rule read, such as "3 hours ago",
        // keeps its mark.)
        if m.date && m.cut.is_some() {
            m.date = crate::date::is_date_line(printed.trim())
                || !crate::date::is_date_line(text[block.span()].trim());
        }
        kept.push(*block);
        kept_marks.push(m);
        at.push(k);
    }
    (self::layout(text, &kept, &kept_marks, true), at)
}

/// Whether the page as printed (the blocks `shown` keeps, read as printed)
/// lays out into the posts of `layout`: as many, each with the same title
/// and date lines.
fn same_posts_once_printed<'t>(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    layout: &Layout,
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
) -> bool {
    let (again, at) = printed_layout(text, blocks, marks, shown);
    again.articles.len() == layout.articles.len()
        && again
            .articles
            .iter()
            .zip(&layout.articles)
            .all(|(b, a)| b.title.map(|t| at[t]) == a.title && b.date.map(|d| at[d]) == a.date)
}

/// The roundup the output of a single article `one` would read as, if it
/// reads as one: lines gone from between posts (a run of related-story
/// cards under the last one, which kept the page from reading as excerpts;
/// a widget between a post's last line and the next post's date) can make
/// the page as printed a roundup. Its posts are given as blocks of the
/// page: each runs on to the next one's first block, the last to the
/// page's end, and `one`'s cards stay cards (the judge removes them as it
/// did). `None` when the output is one article too, which it is unless at
/// least two kept lines are dates (every post has a date line).
///
/// `shown(k)` is block `k` as the output prints it, `None` when it is
/// removed whole.
pub(crate) fn roundup_once_printed<'t>(
    text: &str,
    blocks: &[Block],
    marks: &[Marks],
    one: &Layout,
    shown: &dyn Fn(usize) -> Option<Cow<'t, str>>,
) -> Option<Layout> {
    let dates = (0..blocks.len()).filter(|&k| marks[k].date && shown(k).is_some());
    if dates.take(2).count() < 2 {
        return None;
    }
    let (again, at) = printed_layout(text, blocks, marks, shown);
    if again.articles.len() < 2 {
        return None;
    }
    let map = |k: Option<usize>| k.map(|k| at[k]);
    let mut articles: Vec<Bounds> = again
        .articles
        .iter()
        .map(|a| Bounds {
            first: at[a.first],
            end: blocks.len(),
            title: map(a.title),
            date: map(a.date),
            byline: map(a.byline),
        })
        .collect();
    for k in 1..articles.len() {
        articles[k - 1].end = articles[k].first;
    }
    Some(Layout {
        header_end: articles[0].first,
        articles,
        cards: one.cards.clone(),
        title_start: None,
    })
}

/// The whole page as one article, with the title and metadata of `start` if
/// given, else the first date and byline near the top.
pub(crate) fn single(blocks: &[Block], marks: &[Marks], start: Option<Bounds>) -> Layout {
    let n = blocks.len();
    if n == 0 {
        return Layout::default();
    }
    let mut one = Bounds {
        first: 0,
        end: n,
        title: None,
        date: None,
        byline: None,
    };
    if let Some(s) = start {
        one.title = s.title;
        one.date = s.date;
        one.byline = s.byline;
    }
    let top = n.min(SINGLE_META_WINDOW);
    if one.date.is_none() {
        one.date = (0..top).find(|&k| marks[k].date);
    }
    if one.byline.is_none() {
        one.byline = (0..top).find(|&k| marks[k].byline);
    }
    Layout {
        header_end: 0,
        articles: vec![one],
        cards: Vec::new(),
        title_start: None,
    }
}

#[cfg(test)]
mod tests {
    use super::{named_title, stopped_title, title_shape};
    use crate::segment::words_up_to;

    fn shaped(t: &str) -> bool {
        title_shape(t, words_up_to(t, 26))
    }

    #[test]
    fn author_lines_are_names_not_headlines_or_labels() {
        use super::author_line;
        for name in [
            "Ann Lee",
            "Dr Ann B. Lee",
            "Ann Lee, MS, RD",
            "Ann O’Neill-Reyes",
            "Author: Ann Lee",
            "Authors: Ann Lee, Tom Reyes",
        ] {
            assert!(author_line(name), "{name}");
        }
        for not_name in [
            "Why The Fed Waits",
            "Press Release",
            "Guest Post",
            "Ann",
            "Ann Lee Tom Reyes Grace",
            "Rates rise again",
            "Author:",
            "Ann Lee, senior editor at the Gazette",
            "Harbour 2025",
        ] {
            assert!(!author_line(not_name), "{not_name}");
        }
    }

    #[test]
    fn a_title_survives_where_the_output_would_give_it() {
        use super::{title_survives, Bounds, Marks};
        use std::borrow::Cow;
        // Six short lines, a headline (6) and its date (7), twelve short
        // lines (8..20) and a paragraph of 20 words (20).
        let mut lines: Vec<String> = (0..6).map(|k| format!("Line {k} of the top.")).collect();
        lines.push("Harbour wall repairs begin".into());
        lines.push("2024-03-02".into());
        lines.extend((0..12).map(|k| format!("Menu {k}")));
        lines.push(["word"; 20].join(" ") + ".");
        let text = lines.join("\n");
        let blocks = crate::segment::blocks(&text);
        let mut marks = vec![Marks::default(); blocks.len()];
        marks[7].date = true;
        let start = Bounds {
            first: 6,
            end: blocks.len(),
            title: Some(6),
            date: Some(7),
            byline: None,
        };
        let page = |gone: &dyn Fn(usize) -> bool| {
            title_survives(&marks, &start, &|k: usize| {
                (!gone(k)).then(|| Cow::Borrowed(&text.as_str()[blocks[k].span()]))
            })
        };
        // Everything kept: 44 words of body.
        assert!(page(&|_| false));
        // The menu lines gone: 20 words of body, six lines above.
        assert!(!page(&|k| (8..20).contains(&k)));
        // One line above gone too: the headline is near the top.
        assert!(page(&|k| k == 0 || (8..20).contains(&k)));
    }

    #[test]
    fn date_shapes_are_lead_in_words_as_printed() {
        use super::{date_shape, DATE_LEADS, DATE_LEAD_MAX};
        assert_eq!(date_shape("Posted May 2, 2020"), "posted");
        assert_eq!(date_shape("  UPDATED: 2 May"), "updated");
        assert_eq!(date_shape("P\u{2}osted on May 2"), "posted");
        assert_eq!(date_shape("Originally published 2020"), "originally");
        assert_eq!(date_shape("Originallyx 2020"), "");
        assert_eq!(date_shape("May 2, 2020"), "");
        assert_eq!(date_shape("2 May 2020"), "");
        assert_eq!(date_shape(""), "");
        assert_eq!(
            DATE_LEADS.iter().map(|l| l.len()).max(),
            Some(DATE_LEAD_MAX)
        );
    }

    #[test]
    fn word_lists_are_sorted_for_their_binary_search() {
        for list in [super::TITLE_CASE_WORDS, super::LABEL_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn sentence_case_is_mostly_lower_case_after_the_first_word() {
        use super::sentence_case;
        assert!(sentence_case("A guide to the taxes Americans pay"));
        assert!(sentence_case("I spent hours on it. Did it work?"));
        assert!(!sentence_case("A Guide to the Taxes Americans Pay"));
        assert!(!sentence_case("Home Topics Mental Health"));
        assert!(!sentence_case("Alone"));
    }

    #[test]
    fn titles_among_posts_may_end_with_a_full_stop_or_be_a_name() {
        let words = |t: &str| words_up_to(t, 26);
        for t in [
            "Issue 39: Why this list will never be sold.",
            "Letters. Your views on the nets.",
        ] {
            assert!(stopped_title(t, words(t)), "{t}");
            assert!(!title_shape(t, words(t)), "{t}: no title elsewhere");
        }
        for t in [
            "The ferry ran late…",
            "Issue 39: the end..",
            "ends with a colon:.",
        ] {
            assert!(!stopped_title(t, words(t)), "{t}");
        }
        for t in ["O'NEILL, Brendan", "Harbour Lights"] {
            assert!(named_title(t), "{t}");
        }
        for t in [
            "Published today",
            "By Ann",
            "Last updated",
            "harbour lights",
        ] {
            assert!(!named_title(t), "{t}");
        }
    }

    #[test]
    fn two_words_are_a_title_only_when_no_name_or_label() {
        for title in [
            "Budget approved",
            "Closed Monday?",
            "Levee holds",
            "Ferry cancelled!",
        ] {
            assert!(shaped(title), "{title}");
        }
        for not_title in [
            "Ann Lee",
            "Latest News",
            "Last updated",
            "Published on",
            "Reading time",
            "8 min",
            "Read more",
            "Budget approved.",
            "Harbour",
        ] {
            assert!(!shaped(not_title), "{not_title}");
        }
    }

    #[test]
    fn title_shape_reads_the_line_as_the_output_prints_it() {
        // 240 bytes of headline and 60 controls: 300 bytes in, 240 out.
        let head = "Harbourside Restoration Programmes Postponed ".repeat(5);
        let head = head.trim_end();
        assert!(head.len() > 200 && head.len() <= 250, "{}", head.len());
        let padded = head.replacen(' ', &format!("{} ", "\u{1}".repeat(60)), 1);
        assert!(padded.len() > 250);
        assert!(shaped(&padded));
        // An invisible char before the first letter, or after the full stop.
        assert!(shaped("\u{feff}Harbour Works Delayed by Storm"));
        assert!(!shaped("harbour works delayed by storm"));
        assert!(!shaped("Repairs to the wall will take months.\u{200b}"));
        // Longer than 250 bytes as printed too (13 words, 272 bytes).
        let long = "Internationalisation ".repeat(13);
        assert!(!shaped(long.trim_end()));
        assert!(shaped("Internationalisation ".repeat(11).trim_end()));
    }
}
