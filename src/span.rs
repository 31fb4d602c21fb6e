//! Byte ranges into the caller's input.

use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the text given to
/// [`Sweeper::clean`](crate::Sweeper::clean).
///
/// Spans always lie on `char` boundaries of that text, so slicing with them
/// never panics.
///
/// # Examples
///
/// ```
/// use textsweep::Span;
///
/// let text = "Hello, world";
/// let span = Span::new(7, 12);
/// assert_eq!(&text[span], "world");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span. `end` is clamped so that it is never before `start`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Span::new(3, 1).len(), 0);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// Number of bytes in the span.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Span::new(2, 6).len(), 4);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span holds no bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(textsweep::Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Span::new(1, 3).range(), 1..3);
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// A [`Span`] in 32-bit offsets: the per-line records (blocks, hits,
/// removals) hold these, which halves their size. Every input the pipeline
/// sees is at most `u32::MAX` bytes long ([`Limits::max_input_bytes`]
/// cannot be set higher), so every offset fits.
///
/// [`Limits::max_input_bytes`]: crate::Limits::max_input_bytes
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Span32 {
    start: u32,
    end: u32,
}

impl Span32 {
    /// The compact form of `span`, whose offsets must fit in `u32`.
    pub(crate) fn new(span: Span) -> Span32 {
        debug_assert!(u32::try_from(span.end).is_ok(), "offset over u32::MAX");
        Span32 {
            start: span.start as u32,
            end: span.end as u32,
        }
    }

    /// The span in `usize` offsets.
    pub(crate) const fn get(self) -> Span {
        Span {
            start: self.start as usize,
            end: self.end as usize,
        }
    }
}
