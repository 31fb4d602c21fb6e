//! Caption context: a caption printed twice, the line after an image
//! placeholder, the caption above or below a credit, and standalone
//! caption paragraphs.

use super::repeats::fold_key;
use super::{at_most, Ctx, Verdict};
use crate::detect::{ends_sentence, Hit, Role, Rule};
use crate::segment::Block;
use crate::Category;

/// Sentence-case headings are common on the web ("How we test the cameras"),
/// and on wcxb-dev a six-word floor took 40 headings for every 12 captions; no
/// heading there had 15 words, so a lone caption line needs that many.
const STANDALONE_MIN_WORDS: usize = 15;

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

/// Whether `t` reads like a line of product specs rather than a caption:
/// fields split by " | ", or a short label before a colon opening the line
/// ("Capacity: 30 ounces | Weight: 2 pounds", "Dimensions: 16 x 9 inches").
fn spec_fields(t: &str) -> bool {
    t.contains(" | ")
        || t.split_once(':')
            .is_some_and(|(label, _)| at_most(label, 2))
}

/// What the caption rules that look at neighbours read.
pub(super) struct CaptionContext<'a> {
    pub(super) text: &'a str,
    pub(super) blocks: &'a [Block],
    pub(super) rules: &'a [Rule],
    pub(super) hits: &'a [Hit],
    pub(super) role: &'a [Role],
    pub(super) protected: &'a [bool],
}

impl CaptionContext<'_> {
    pub(super) fn apply(&self, verdict: &mut [Verdict], range: std::ops::Range<usize>) {
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
