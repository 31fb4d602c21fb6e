//! Stage 6: rendering the kept text of the document or of one article.

use std::borrow::Cow;

use crate::normalize;
use crate::segment::{find_break, trim};
use crate::{Removal, Span};

/// Renders the kept text of `region`, leaving out `removals` and `skip`.
///
/// Lines that lose all their text disappear with their line break; runs of
/// blank lines become one; an inline removal leaves one space where it cut.
/// With `normalize`, the result goes through output normalization. (The
/// sweeper passes `false` when normalization has nothing to do; see
/// `Sweeper::clean`.)
pub(crate) fn render<'t>(
    text: &'t str,
    removals: &[Removal],
    region: Span,
    skip: &[Span],
    normalize: bool,
) -> Cow<'t, str> {
    let region_text = &text[region];
    let first = removals.partition_point(|r| r.span().end <= region.start);
    // The cuts in order: the removals (sorted already) merged with `skip`,
    // without collecting them (a page of short removed lines would need a
    // second list as long as the removals).
    let mut skip = skip.to_vec();
    skip.sort_unstable();
    let removed = removals[first..]
        .iter()
        .map(Removal::span)
        .take_while(|s| s.start < region.end);
    let mut cuts = Merge {
        a: removed.peekable(),
        b: skip.into_iter().peekable(),
    }
    .peekable();
    if cuts.peek().is_none() {
        return if normalize {
            normalize::for_output(region_text)
        } else {
            Cow::Borrowed(region_text)
        };
    }
    let mut out = String::with_capacity(region.len());
    let mut pending_blank = false;
    let mut line_start = region.start;
    let mut pieces: Vec<&str> = Vec::new();
    let bytes = text.as_bytes();
    while line_start < region.end {
        // Lines end as the segmenter's do: at "\n", "\r\n" or a lone "\r". (A
        // lone "\r" read as part of a line would join two blocks into one
        // output line when a removal sits between them.)
        let line_end = find_break(bytes, line_start).min(region.end);
        let next = if bytes.get(line_end) == Some(&b'\r') && bytes.get(line_end + 1) == Some(&b'\n')
        {
            line_end + 2
        } else {
            line_end + 1
        };
        let line = &text[line_start..line_end];
        if is_blank(line) {
            pending_blank = !out.is_empty();
        } else {
            // The kept pieces of this line, as slices of the input: no
            // per-line copy, so a 50 MB line costs one copy (the output).
            pieces.clear();
            let mut pos = line_start;
            let mut cut_here = false;
            while let Some(&c) = cuts.peek().filter(|c| c.start < line_end) {
                if c.end <= line_start {
                    cuts.next();
                    continue;
                }
                let s = c.start.max(pos);
                pieces.push(&text[pos..s]);
                pos = pos.max(c.end.min(line_end));
                cut_here = true;
                if c.end > line_end {
                    break;
                }
                cuts.next();
            }
            pieces.push(&text[pos..line_end]);
            if cut_here {
                // Around a cut, pieces are trimmed and joined with one space;
                // a line left with nothing disappears.
                let mut empty = true;
                for p in pieces.iter().copied().map(trim).filter(|p| !p.is_empty()) {
                    if empty {
                        if pending_blank {
                            out.push('\n');
                            pending_blank = false;
                        }
                        empty = false;
                    } else {
                        out.push(' ');
                    }
                    out.push_str(p);
                }
                if !empty {
                    out.push('\n');
                }
            } else {
                if pending_blank {
                    out.push('\n');
                    pending_blank = false;
                }
                out.push_str(line);
                out.push('\n');
            }
        }
        line_start = next;
    }
    if !region_text.ends_with(['\n', '\r']) && out.ends_with('\n') {
        out.pop();
    }
    if normalize {
        match normalize::for_output(&out) {
            Cow::Borrowed(_) => Cow::Owned(out),
            Cow::Owned(o) => Cow::Owned(o),
        }
    } else {
        Cow::Owned(out)
    }
}

/// Two sorted sequences of spans merged into one, in order.
struct Merge<A: Iterator<Item = Span>, B: Iterator<Item = Span>> {
    a: std::iter::Peekable<A>,
    b: std::iter::Peekable<B>,
}

impl<A: Iterator<Item = Span>, B: Iterator<Item = Span>> Iterator for Merge<A, B> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        match (self.a.peek(), self.b.peek()) {
            (Some(x), Some(y)) if y < x => self.b.next(),
            (Some(_), _) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}

/// A line with nothing the segmenter would keep: white space and characters
/// output normalization drops (zero-width spaces, byte-order marks, control
/// characters) only. Judged like this, and not with
/// `str::trim`, a line left holding only a zero-width space after a cut
/// disappears, as a blank line does, instead of surviving as a line that
/// output normalization then empties.
fn is_blank(line: &str) -> bool {
    trim(line).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::RuleRef;
    use crate::Category;

    fn cut(text: &str, removed: &[&str]) -> String {
        let removals: Vec<Removal> = removed
            .iter()
            .map(|r| {
                let at = text.find(r).expect("removed text is in the input");
                Removal::new(
                    Span::new(at, at + r.len()),
                    RuleRef::Context(Category::Share, &crate::judge::CONTEXT_RULES[0]),
                )
            })
            .collect();
        render(text, &removals, Span::new(0, text.len()), &[], false).into_owned()
    }

    #[test]
    fn lone_cr_ends_a_line() {
        // Two lines around a removed one stay two lines, as the segmenter saw them.
        assert_eq!(cut("One\rShare\rTwo", &["Share"]), "One\nTwo");
        assert_eq!(cut("One\r\nShare\r\nTwo\r\n", &["Share"]), "One\nTwo\n");
        assert_eq!(cut("One\rShare\r", &["Share"]), "One\n");
    }

    #[test]
    fn invisible_leftovers_are_blank() {
        // Only a zero-width space is left of the second line: it goes, like a blank line.
        assert_eq!(cut("One\n\u{200B}Share\nTwo", &["Share"]), "One\nTwo");
        assert_eq!(cut("One \u{FEFF}Share\u{200B} two", &["Share"]), "One two");
    }
}
