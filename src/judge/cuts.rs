//! What a line prints once its inline cuts are made: merging cuts, the
//! text they leave, and mapping a match in that text back to the input.

use crate::segment::{trim, trim_start, Block};
use crate::Span;
use std::borrow::Cow;

/// Sorts inline cuts and merges the overlapping ones.
pub(super) fn merge(mut ps: Vec<(Span, u32)>) -> Vec<(Span, u32)> {
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
pub(super) fn remainder(
    text: &str,
    span: Span,
    cuts: &[(Span, u32)],
) -> (String, Vec<(usize, usize, usize)>) {
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
pub(super) fn shown_text<'t>(
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
pub(super) fn map_start(pieces: &[(usize, usize, usize)], p: usize, span: Span) -> usize {
    for &(r, o, len) in pieces {
        if p < r + len {
            return o + p.saturating_sub(r);
        }
    }
    span.end
}

/// Maps the end of a match in a remainder back to the input.
pub(super) fn map_end(pieces: &[(usize, usize, usize)], p: usize, span: Span) -> usize {
    let mut end = span.start;
    for &(r, o, len) in pieces {
        if p <= r {
            break;
        }
        end = o + (p - r).min(len);
    }
    end
}

/// The page with each block that inline cuts shorten as the output prints
/// it, and the blocks over that text: what a second cleaning of the output
/// reads, so that the context rules count a cut line's words and read its
/// end as that cleaning will ("A fact. Share on Facebook" ends a sentence).
/// Borrowed when nothing is cut (most pages).
pub(super) fn printed<'t>(
    text: &'t str,
    blocks: &'t [Block],
    parts: &[(usize, Span, u32)],
) -> (Cow<'t, str>, Cow<'t, [Block]>) {
    if parts.is_empty() {
        return (Cow::Borrowed(text), Cow::Borrowed(blocks));
    }
    let mut out = String::with_capacity(text.len());
    let mut moved = Vec::with_capacity(blocks.len());
    let mut last = 0;
    // `parts` is in block order: `k` is the first cut of block `i` or later.
    let mut k = 0;
    for (i, b) in blocks.iter().enumerate() {
        let span = b.span();
        out.push_str(&text[last..span.start]);
        let start = out.len();
        let end = k + parts[k..].iter().take_while(|p| p.0 == i).count();
        if end == k {
            out.push_str(&text[span]);
            moved.push(b.moved(Span::new(start, out.len())));
        } else {
            out.push_str(trim(&kept_text(
                text,
                span,
                parts[k..end].iter().map(|p| p.1),
            )));
            let at = Span::new(start, out.len());
            moved.push(Block::new(&out, at, b.para));
        }
        k = end;
        last = span.end;
    }
    out.push_str(&text[last..]);
    (Cow::Owned(out), Cow::Owned(moved))
}

#[cfg(test)]
mod tests {
    use super::printed;
    use crate::detect::ends_sentence;
    use crate::segment::blocks;
    use crate::Span;

    /// A cut block reads as the output prints it (its words, its end); the
    /// others keep their text, words and paragraphs; a page without cuts is
    /// borrowed.
    #[test]
    fn printed_reads_cut_blocks_as_the_output_prints_them() {
        let text = "Title Here\n\nThe end. Share on Facebook (opens new window)\nLast line here";
        let bs = blocks(text);
        let cut_at = text.find(" Share").unwrap();
        let parts = [(1, Span::new(cut_at, text.find("\nLast").unwrap()), 0)];
        let (t, pb) = printed(text, &bs, &parts);
        assert_eq!(pb.len(), bs.len());
        assert_eq!(&t[pb[1].span()], "The end.");
        assert_eq!(pb[1].words(), 2);
        assert!(ends_sentence(&t[pb[1].span()]) && !ends_sentence(&text[bs[1].span()]));
        for k in [0, 2] {
            assert_eq!(&t[pb[k].span()], &text[bs[k].span()]);
            assert_eq!((pb[k].words(), pb[k].para), (bs[k].words(), bs[k].para));
        }
        assert_eq!(pb[1].para, bs[1].para);
        let (t, pb) = printed(text, &bs, &[]);
        assert!(matches!(t, std::borrow::Cow::Borrowed(_)));
        assert!(matches!(pb, std::borrow::Cow::Borrowed(_)));
    }
}
