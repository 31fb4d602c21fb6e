//! Stage 6: rendering the kept text of the document or of one article.

use std::borrow::Cow;

use crate::normalize;
use crate::{Removal, Span};

/// Renders the kept text of `region`, leaving out `removals` and `skip`.
///
/// Lines that lose all their text disappear with their line break; runs of
/// blank lines become one; an inline removal leaves one space where it cut.
/// With `normalize`, the result goes through output normalization.
pub(crate) fn render<'t>(
    text: &'t str,
    removals: &[Removal],
    region: Span,
    skip: &[Span],
    normalize: bool,
) -> Cow<'t, str> {
    let region_text = &text[region];
    let first = removals.partition_point(|r| r.span().end <= region.start);
    let cuts: Vec<Span> = {
        let mut v: Vec<Span> = removals[first..]
            .iter()
            .map(Removal::span)
            .take_while(|s| s.start < region.end)
            .chain(skip.iter().copied())
            .collect();
        v.sort_unstable();
        v
    };
    if cuts.is_empty() {
        return if normalize { normalize::for_output(region_text) } else { Cow::Borrowed(region_text) };
    }
    let mut out = String::with_capacity(region.len());
    let mut pending_blank = false;
    let mut ci = 0;
    let mut line_start = region.start;
    while line_start < region.end {
        let line_end = text[line_start..region.end].find('\n').map_or(region.end, |k| line_start + k);
        let line = &text[line_start..line_end];
        if line.trim().is_empty() {
            pending_blank = !out.is_empty();
        } else {
            // Kept pieces of this line.
            let mut kept = String::new();
            let mut pos = line_start;
            let mut cut_here = false;
            while ci < cuts.len() && cuts[ci].start < line_end {
                let c = cuts[ci];
                if c.end <= line_start {
                    ci += 1;
                    continue;
                }
                let s = c.start.max(pos);
                push_piece(&mut kept, &text[pos..s]);
                pos = pos.max(c.end.min(line_end));
                cut_here = true;
                if c.end > line_end {
                    break;
                }
                ci += 1;
            }
            push_piece(&mut kept, &text[pos..line_end]);
            let kept = if cut_here { kept.trim().to_string() } else { kept };
            if !kept.trim().is_empty() {
                if pending_blank {
                    out.push('\n');
                    pending_blank = false;
                }
                out.push_str(kept.trim_end_matches('\r'));
                out.push('\n');
            }
        }
        line_start = line_end + 1;
    }
    if !region_text.ends_with('\n') && out.ends_with('\n') {
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

/// Appends a kept piece, joining it to what came before with one space.
fn push_piece(out: &mut String, piece: &str) {
    if piece.is_empty() {
        return;
    }
    if out.is_empty() {
        out.push_str(piece);
    } else {
        let t = out.trim_end().len();
        out.truncate(t);
        out.push(' ');
        out.push_str(piece.trim_start());
    }
}
