//! The result of cleaning: [`Cleaned`], its [`Removal`]s and [`Article`]s.

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::detect::RuleDef;
use crate::judge::ContextRule;
use crate::span::Span32;
use crate::{Category, Span};

/// One piece of the input that was removed, and why.
///
/// # Examples
///
/// ```
/// use textsweep::Category;
///
/// let input = "Police closed the road.\n\nShare on Facebook\n";
/// let out = textsweep::clean(input)?;
/// let r = &out.removals()[0];
/// assert_eq!(r.category(), Category::Share);
/// assert_eq!(&input[r.span()], "Share on Facebook");
/// assert_eq!(r.rule(), "share-label");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A removal takes 24 bytes: its span in 32-bit offsets and a reference to its
/// rule's names (a pointer into the built-in tables, or a shared pointer for
/// user rules), so that a page of many short removed lines costs little more
/// than the page.
#[derive(Clone, Debug)]
pub struct Removal {
    span: Span32,
    rule: RuleRef,
}

/// The rule behind a removal, with its names and category, without copying
/// them.
#[derive(Clone, Debug)]
pub(crate) enum RuleRef {
    /// A rule of the built-in tables.
    Builtin(&'static RuleDef),
    /// A context rule, in the category it took from the lines around it.
    Context(Category, &'static ContextRule),
    /// A user phrase or pattern.
    User(Category, Arc<UserNames>),
}

/// The names of a user rule.
#[derive(Debug)]
pub(crate) struct UserNames {
    pub(crate) id: String,
    pub(crate) reason: String,
}

impl RuleRef {
    pub(crate) fn id(&self) -> &str {
        match self {
            RuleRef::Builtin(d) => d.id,
            RuleRef::Context(_, c) => c.id,
            RuleRef::User(_, u) => &u.id,
        }
    }

    pub(crate) fn reason(&self) -> &str {
        match self {
            RuleRef::Builtin(d) => d.reason,
            RuleRef::Context(_, c) => c.reason,
            RuleRef::User(_, u) => &u.reason,
        }
    }

    pub(crate) fn category(&self) -> Category {
        match self {
            RuleRef::Builtin(d) => d.category,
            RuleRef::Context(c, _) | RuleRef::User(c, _) => *c,
        }
    }
}

impl PartialEq for Removal {
    fn eq(&self, other: &Removal) -> bool {
        self.span == other.span
            && self.category() == other.category()
            && self.rule() == other.rule()
            && self.reason() == other.reason()
    }
}

impl Eq for Removal {}

#[cfg(feature = "serde")]
impl serde::Serialize for Removal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Removal", 4)?;
        st.serialize_field("span", &self.span())?;
        st.serialize_field("category", &self.category())?;
        st.serialize_field("rule", self.rule())?;
        st.serialize_field("reason", self.reason())?;
        st.end()
    }
}

impl Removal {
    /// A removal of `span` (offsets up to `u32::MAX`) by `rule`.
    pub(crate) fn new(span: Span, rule: RuleRef) -> Removal {
        Removal {
            span: Span32::new(span),
            rule,
        }
    }

    /// The removed bytes of the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.\n")?;
    /// assert_eq!(out.removals()[0].span(), textsweep::Span::new(0, 13));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span.get()
    }

    /// The kind of boilerplate.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.\n")?;
    /// assert_eq!(out.removals()[0].category(), textsweep::Category::Advertising);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn category(&self) -> Category {
        self.rule.category()
    }

    /// The stable id of the rule that fired (`share-label`, `user-phrase-0`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.\n")?;
    /// assert_eq!(out.removals()[0].rule(), "ad-slot");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> &str {
        self.rule.id()
    }

    /// A short human explanation of the rule.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.\n")?;
    /// assert!(out.removals()[0].reason().contains("advertising"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn reason(&self) -> &str {
        self.rule.reason()
    }
}

/// One article of the page: a whole ordinary page, or one post of a roundup.
///
/// # Examples
///
/// ```
/// // A roundup: each post is a title line, a date line and a body.
/// let body = "The river rose by two metres overnight and the old town flooded. ".repeat(4);
/// let page = format!(
///     "Floods Reach the Old Town\n\nMarch 3, 2021\n\n{body}\n\n\
///      Dam Repairs Begin at Last\n\nMarch 1, 2021\n\n{body}\n"
/// );
/// let out = textsweep::clean(&page)?;
/// assert_eq!(out.articles().len(), 2);
/// let a = &out.articles()[1];
/// assert_eq!(a.title(), Some("Dam Repairs Begin at Last"));
/// assert_eq!(a.date(), Some("March 1, 2021"));
/// assert_eq!(a.ymd(), Some((2021, 3, 1)));
/// assert_eq!(a.text().trim(), body.trim());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Article<'t> {
    pub(crate) input: &'t str,
    pub(crate) span: Span,
    pub(crate) title: Option<Span>,
    pub(crate) date: Option<Span>,
    pub(crate) byline: Option<Span>,
    /// The title stays in the text, in its place: the text prints lines
    /// above it.
    pub(crate) title_in_text: bool,
    /// The document's removals, shared, for rendering the text.
    pub(crate) removals: Arc<Vec<Removal>>,
    pub(crate) normalize: bool,
    /// Parsed when first asked for.
    pub(crate) ymd: OnceLock<Option<(u16, u8, u8)>>,
    /// Rendered when first asked for: a caller who wants only the document's
    /// text, or only the articles, pays for that alone.
    pub(crate) text: OnceLock<Rendered>,
}

/// A rendered text: a slice of the input, or owned. It has no lifetime: in a
/// `OnceLock`, a `Cow<'t, str>` would make `Cleaned` and `Article` invariant
/// in `'t`.
#[derive(Clone, Debug)]
pub(crate) enum Rendered {
    Slice(usize, usize),
    Owned(String),
}

impl Rendered {
    fn new<'t>(input: &'t str, text: Cow<'t, str>) -> Rendered {
        match text {
            Cow::Borrowed(s) => {
                // Renders borrow only slices of the input.
                let start = (s.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
                match input.get(start..start.wrapping_add(s.len())) {
                    Some(t) if t.as_ptr() == s.as_ptr() => Rendered::Slice(start, start + s.len()),
                    _ => Rendered::Owned(s.to_string()),
                }
            }
            Cow::Owned(s) => Rendered::Owned(s),
        }
    }

    fn get<'a>(&'a self, input: &'a str) -> &'a str {
        match self {
            Rendered::Slice(a, b) => &input[*a..*b],
            Rendered::Owned(s) => s,
        }
    }

    fn into_cow(self, input: &str) -> Cow<'_, str> {
        match self {
            Rendered::Slice(a, b) => Cow::Borrowed(&input[a..b]),
            Rendered::Owned(s) => Cow::Owned(s),
        }
    }
}

impl<'t> Article<'t> {
    pub(crate) fn new(
        input: &'t str,
        span: Span,
        title: Option<Span>,
        date: Option<Span>,
        byline: Option<Span>,
        removals: Arc<Vec<Removal>>,
        normalize: bool,
    ) -> Article<'t> {
        Article {
            input,
            span,
            title,
            date,
            byline,
            title_in_text: false,
            removals,
            normalize,
            ymd: OnceLock::new(),
            text: OnceLock::new(),
        }
    }
}

impl PartialEq for Article<'_> {
    fn eq(&self, o: &Self) -> bool {
        self.input == o.input
            && self.span == o.span
            && self.title == o.title
            && self.date == o.date
            && self.byline == o.byline
            && self.text() == o.text()
    }
}

impl Eq for Article<'_> {}

impl fmt::Debug for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Article")
            .field("span", &self.span)
            .field("title", &self.title())
            .field("date", &self.date())
            .field("ymd", &self.ymd())
            .field("byline", &self.byline())
            .field("text", &self.text())
            .finish()
    }
}

impl<'t> Article<'t> {
    /// The bytes of the input the article covers, title included. Never empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Just one line.")?;
    /// assert_eq!(out.articles()[0].span(), textsweep::Span::new(0, 14));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The title line, when the article has one.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].title(), Some("Rain Returns to the Valley"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<&'t str> {
        self.title.map(|s| &self.input[s])
    }

    /// Where the title is in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].title_span(), Some(textsweep::Span::new(0, 26)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn title_span(&self) -> Option<Span> {
        self.title
    }

    /// The date line as printed ("Posted on May 2, 2020"), when found.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nPosted on May 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].date(), Some("Posted on May 2, 2020"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<&'t str> {
        self.date.map(|s| &self.input[s])
    }

    /// Where the date line is in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].date_span(), Some(textsweep::Span::new(27, 38)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn date_span(&self) -> Option<Span> {
        self.date
    }

    /// Year, month and day of the date line, when it parses to a real date.
    /// Numeric `a/b/yyyy` dates are read month first unless `a` > 12. A
    /// post's age ("3 days ago") is a date line with no date to read: the
    /// page does not say when it was printed, so this is `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\n2020-05-02\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].ymd(), Some((2020, 5, 2)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ymd(&self) -> Option<(u16, u8, u8)> {
        *self
            .ymd
            .get_or_init(|| self.date.and_then(|d| crate::date::parse(&self.input[d])))
    }

    /// The byline ("By Jane Doe in Paris"), when found.
    ///
    /// A date line that opens with "By" and a name ("By Ann Lee · May 2,
    /// 2020") is the byline too: its part before the first separator (`·`,
    /// `|`, `•`, a spaced dash), or the whole line without one. Its span then
    /// lies inside [`date_span`](Article::date_span). Under a bare label
    /// ("Written by", "By" alone on its line) the byline is the name on the
    /// next line; a label with no name under it ("About the author" above a
    /// bio) gives none.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\nBy Ann Lee\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].byline(), Some("By Ann Lee"));
    ///
    /// let out = textsweep::clean("Rain Returns to the Valley\nBy Ann Lee · May 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].date(), Some("By Ann Lee · May 2, 2020"));
    /// assert_eq!(out.articles()[0].byline(), Some("By Ann Lee"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn byline(&self) -> Option<&'t str> {
        self.byline.map(|s| &self.input[s])
    }

    /// Where the byline is in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\nBy Ann Lee\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].byline_span(), Some(textsweep::Span::new(39, 49)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn byline_span(&self) -> Option<Span> {
        self.byline
    }

    /// The cleaned body: the article's kept text without its title, date and byline.
    ///
    /// The text reads in the page's order: when the article's text prints a
    /// line above its headline (a menu line the cleaner kept), the headline
    /// stays in the text, in its place, as well as in [`Article::title`].
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Rain Returns to the Valley\nMay 2, 2020\n\nIt rained.\n")?;
    /// assert_eq!(out.articles()[0].text(), "It rained.\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        self.text
            .get_or_init(|| {
                let title = self.title.filter(|_| !self.title_in_text);
                let skip: Vec<Span> = [title, self.date, self.byline]
                    .into_iter()
                    .flatten()
                    .collect();
                let text = crate::render::render(
                    self.input,
                    &self.removals,
                    self.span,
                    &skip,
                    self.normalize,
                );
                // An article's text is whole lines: it ends with a newline unless empty.
                let text = if text.is_empty() || text.ends_with('\n') {
                    text
                } else {
                    let mut owned = text.into_owned();
                    owned.push('\n');
                    Cow::Owned(owned)
                };
                Rendered::new(self.input, text)
            })
            .get(self.input)
    }
}

/// The result of [`Sweeper::clean`](crate::Sweeper::clean).
///
/// Spans point into the caller's input. The kept pieces ([`Cleaned::kept`]) and
/// the removals together cover the input exactly, in order. The cleaned text
/// ([`Cleaned::text`]) is the kept pieces with the lines that became empty
/// dropped, runs of blank lines collapsed to one, and output normalization
/// applied (see [`SweeperBuilder::normalize_output`](crate::SweeperBuilder::normalize_output));
/// it borrows the input when nothing changed.
///
/// # Examples
///
/// ```
/// let input = "Storms hit the coast.\n\nShare this article\n\nRoads reopened on Friday.\n";
/// let out = textsweep::clean(input)?;
/// assert_eq!(out.text(), "Storms hit the coast.\n\nRoads reopened on Friday.\n");
/// let rebuilt: usize = out.kept().map(str::len).sum::<usize>()
///     + out.removals().iter().map(|r| r.span().len()).sum::<usize>();
/// assert_eq!(rebuilt, input.len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[must_use]
pub struct Cleaned<'t> {
    pub(crate) input: &'t str,
    pub(crate) removals: Arc<Vec<Removal>>,
    pub(crate) articles: Vec<Article<'t>>,
    pub(crate) header: Option<Span>,
    pub(crate) normalize: bool,
    /// Rendered when first asked for.
    pub(crate) text: OnceLock<Rendered>,
}

impl PartialEq for Cleaned<'_> {
    fn eq(&self, o: &Self) -> bool {
        self.input == o.input
            && self.removals == o.removals
            && self.articles == o.articles
            && self.header == o.header
            && self.text() == o.text()
    }
}

impl Eq for Cleaned<'_> {}

impl fmt::Debug for Cleaned<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cleaned")
            .field("text", &self.text())
            .field("removals", &self.removals())
            .field("articles", &self.articles)
            .field("header", &self.header)
            .finish()
    }
}

impl<'t> Cleaned<'t> {
    /// The cleaned text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::clean("Nothing to remove.")?.text(), "Nothing to remove.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        self.rendered().get(self.input)
    }

    /// The cleaned text, rendered on first use.
    fn rendered(&self) -> &Rendered {
        self.text
            .get_or_init(|| Rendered::new(self.input, self.render()))
    }

    fn render(&self) -> Cow<'t, str> {
        let whole = Span::new(0, self.input.len());
        crate::render::render(self.input, &self.removals, whole, &[], self.normalize)
    }

    /// The cleaned text, borrowed from the input when nothing changed.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let out = textsweep::clean("Nothing to remove.")?;
    /// assert!(matches!(out.into_text(), Cow::Borrowed(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_text(self) -> Cow<'t, str> {
        let input = self.input;
        match self.text.into_inner() {
            Some(r) => r.into_cow(input),
            None => {
                let whole = Span::new(0, input.len());
                crate::render::render(input, &self.removals, whole, &[], self.normalize)
            }
        }
    }

    /// Every removal, sorted by position, never overlapping.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.\nAdvertisement\n")?;
    /// assert_eq!(out.removals().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }

    /// The articles: one for an ordinary page, one per post for a roundup,
    /// none for an empty input.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::clean("A single story.")?.articles().len(), 1);
    /// assert!(textsweep::clean("")?.articles().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn articles(&self) -> &[Article<'t>] {
        &self.articles
    }

    /// The page header of a roundup ("Posts Tagged 'rivers'"): the lines before
    /// the first article. Short headers are also removed as `navigation`.
    ///
    /// # Examples
    ///
    /// ```
    /// let body = "The river rose by two metres overnight and the old town flooded. ".repeat(4);
    /// let page = format!(
    ///     "Posts Tagged 'rivers'\n\nFloods Reach the Old Town\nMarch 3, 2021\n\n{body}\n\n\
    ///      Dam Repairs Begin at Last\nMarch 1, 2021\n\n{body}\n"
    /// );
    /// let out = textsweep::clean(&page)?;
    /// assert_eq!(out.header().map(|s| &page.as_str()[s]), Some("Posts Tagged 'rivers'"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn header(&self) -> Option<Span> {
        self.header
    }

    /// The pieces of the input that were kept, in order: the complement of
    /// [`Cleaned::removals`]. Empty pieces are skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::clean("Advertisement\nA fact.")?;
    /// assert_eq!(out.kept().collect::<Vec<_>>(), vec!["\nA fact."]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kept(&self) -> impl Iterator<Item = &'t str> + '_ {
        let input = self.input;
        let mut pos = 0;
        let mut i = 0;
        std::iter::from_fn(move || loop {
            if i < self.removals.len() {
                let r = self.removals[i].span();
                let piece = &input[pos..r.start];
                pos = r.end;
                i += 1;
                if !piece.is_empty() {
                    return Some(piece);
                }
            } else {
                let piece = &input[pos..];
                pos = input.len();
                return (!piece.is_empty()).then_some(piece);
            }
        })
    }

    /// True when something was removed or the text was normalized.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!textsweep::clean("A plain sentence.")?.is_changed());
    /// assert!(textsweep::clean("Advertisement\nA fact.")?.is_changed());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_changed(&self) -> bool {
        !matches!(self.rendered(), Rendered::Slice(a, b) if b - a == self.input.len())
    }
}

impl fmt::Display for Cleaned<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::{Article, Cleaned, Removal};

    #[test]
    fn a_removal_is_small() {
        // A page of short removed lines holds one of these per line (issue 4:
        // peak memory within 4x the input).
        assert!(std::mem::size_of::<Removal>() <= 24);
    }

    // The lazily rendered texts must not make the types invariant in their
    // lifetime, nor lose Send and Sync (a compile-time check).
    #[allow(dead_code)]
    fn covariant<'a: 'b, 'b>(c: Cleaned<'a>, a: Article<'a>) -> (Cleaned<'b>, Article<'b>) {
        (c, a)
    }

    #[test]
    fn send_sync_and_lazy_texts() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Cleaned<'static>>();
        send_sync::<Article<'static>>();
        let page = "Rain Returns to the Valley\nMay 2, 2020\n\nIt rained.\nAdvertisement\n";
        let a = crate::clean(page).unwrap();
        let b = crate::clean(page).unwrap();
        // Equal whichever texts were rendered first.
        assert_eq!(a.articles()[0].text(), "It rained.\n");
        assert_eq!(a, b);
        assert_eq!(b.text(), "Rain Returns to the Valley\n\nIt rained.\n");
        assert!(b.is_changed());
        assert_eq!(b.clone().into_text(), b.text());
        assert_eq!(crate::clean(page).unwrap().into_text(), b.text());
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }
}
