//! What a line prints once its inline cuts are made: merging cuts, the
//! text they leave, and mapping a match in that text back to the input.

use crate::segment::{trim, trim_start};
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
