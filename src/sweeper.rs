//! The compiled cleaner, [`Sweeper`], and its [`SweeperBuilder`].

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use crate::detect::{self, Detector, Hit, Role, UserRule};
use crate::judge;
use crate::output::{Article, Cleaned};
use crate::segment::{self, Block};
use crate::split::{self, Layout, Marks, Shape};
use crate::{BuildError, Category, CleanError, CleanErrorKind, Limits, Removal, Scope, Span};

/// A compiled cleaner: built once, used for any number of documents, shared
/// freely between threads (`Send + Sync`, cheap to clone).
///
/// # Examples
///
/// ```
/// use textsweep::Sweeper;
///
/// let sweeper = Sweeper::new();
/// let out = sweeper.clean("The bridge opened in May.\n\nPlease disable your ad blocker to continue.\n")?;
/// assert_eq!(out.text(), "The bridge opened in May.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Sweeper {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    detector: Detector,
    enabled: [bool; Category::ALL.len()],
    limits: Limits,
    split: bool,
    normalize: bool,
}

impl Default for Sweeper {
    fn default() -> Sweeper {
        Sweeper::new()
    }
}

impl Sweeper {
    /// The cleaner with the built-in English rules and default options.
    ///
    /// # Panics
    ///
    /// Never: the built-in rules are compiled in the crate's tests.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::Sweeper::new().clean("Read more: Ten other stories\nA fact.")?;
    /// assert_eq!(out.text(), "A fact.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new() -> Sweeper {
        SweeperBuilder::new()
            .build()
            .expect("built-in rules compile (tested)")
    }

    /// A builder to choose categories, add rules and set options.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Sweeper};
    ///
    /// let s = Sweeper::builder().category(Category::Share, false).build()?;
    /// assert_eq!(s.clean("Share this article\nA fact.")?.text(), "Share this article\nA fact.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn builder() -> SweeperBuilder {
        SweeperBuilder::new()
    }

    /// Cleans one document.
    ///
    /// # Errors
    ///
    /// [`CleanErrorKind::InputTooLarge`] when `text` is longer than
    /// [`Limits::max_input_bytes`]. Nothing else fails.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = textsweep::Sweeper::new().clean("Officials met on Monday.\nAdvertisement\n")?;
    /// assert_eq!(out.text(), "Officials met on Monday.\n");
    /// assert_eq!(out.removals()[0].category().as_str(), "advertising");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clean<'t>(&self, text: &'t str) -> Result<Cleaned<'t>, CleanError> {
        let inner = &*self.inner;
        if text.len() > inner.limits.get_max_input_bytes() {
            return Err(CleanError::new(CleanErrorKind::InputTooLarge {
                len: text.len(),
                limit: inner.limits.get_max_input_bytes(),
            }));
        }
        let blocks = segment::blocks(text);
        let detect::Scan { hits, output_clean } =
            inner.detector.scan(text, &blocks, &inner.enabled);
        // Output normalization has nothing to do when no block holds a char
        // it changes and only spaces, tabs and line feeds lie between the
        // blocks (a "\r" it would turn into "\n"; an invisible char on a
        // blank line). The rendered text is then what it would return, and
        // its pass over every byte is skipped.
        let normalize = inner.normalize && !(output_clean && only_breaks_between(text, &blocks));
        // Skipped, the whole input is normalized already, and so is what is
        // left of it (pieces of its lines, joined by spaces and line feeds).
        debug_assert!(normalize || !inner.normalize || crate::normalize::for_output(text) == text);
        let marks = marks(text, &blocks, &hits, &inner.detector, &inner.enabled);
        let judge = |layout: &split::Layout| {
            judge::judge(&judge::Input {
                detector: &inner.detector,
                text,
                blocks: &blocks,
                hits: &hits,
                rules: &inner.detector.rules,
                layout,
                enabled: &inner.enabled,
            })
        };
        let rules = &inner.detector.rules;
        let mut layout = if inner.split {
            split::layout(text, &blocks, &marks, true)
        } else {
            split::single(&blocks, &marks, None)
        };
        let mut settled = judge(&layout);
        // A roundup whose posts would not be found again in the output (a
        // title removed, a post's body gone) is judged as one article: the
        // output must clean to itself. A roundup that survives keeps the
        // removals made for the check.
        let mut made = None;
        if layout.articles.len() >= 2 {
            let removals = settled.removals(&blocks, rules);
            let shown = |k: usize| shown_block(text, blocks[k].span(), &removals);
            if split::survives(text, &blocks, &marks, &layout, &shown) {
                made = Some(removals);
            } else {
                layout = split::layout(text, &blocks, &marks, false);
                settled = judge(&layout);
            }
        }
        // A single article's title that the output would not give it (its
        // body was lines the judge removes) is no title: cleaning the output
        // again would remove it with those lines. The page is judged as the
        // output will be.
        if let (None, [_], Some(start)) = (&made, &layout.articles[..], layout.title_start) {
            let removals = settled.removals(&blocks, rules);
            let shown = |k: usize| shown_block(text, blocks[k].span(), &removals);
            if split::title_survives(&marks, &start, &shown) {
                made = Some(removals);
            } else {
                let cards = std::mem::take(&mut layout.cards);
                layout = split::single(&blocks, &marks, None);
                layout.cards = cards;
                settled = judge(&layout);
            }
        }
        // A single article whose output would read as a roundup (the cards
        // that kept it from reading as one removed, or a widget between two
        // posts) is judged as that roundup when the roundup's output splits
        // the same way again: cleaning the output must remove nothing more,
        // and a roundup's page header and posts are judged otherwise than an
        // article's top and body.
        if inner.split && layout.articles.len() == 1 {
            let removals = made
                .take()
                .unwrap_or_else(|| settled.removals(&blocks, rules));
            let shown = |k: usize| shown_block(text, blocks[k].span(), &removals);
            let roundup = split::roundup_once_printed(text, &blocks, &marks, &layout, &shown);
            made = Some(removals);
            if let Some(roundup) = roundup {
                let again = judge(&roundup);
                let removals = again.removals(&blocks, rules);
                let shown = |k: usize| shown_block(text, blocks[k].span(), &removals);
                if split::survives(text, &blocks, &marks, &roundup, &shown) {
                    layout = roundup;
                    made = Some(removals);
                }
            }
        }
        // A byline label gives the name under it, or no byline.
        for a in &mut layout.articles {
            a.byline = a
                .byline
                .and_then(|b| split::named_by(text, &blocks, &marks, b));
        }
        // The hits and marks are done with: free them before the removals
        // are made (on a page of short removed lines, these are most of the
        // memory).
        drop(hits);
        drop(marks);
        let removals = made.unwrap_or_else(|| settled.removals(&blocks, rules));
        drop(settled);
        // The texts are rendered when first asked for (see `Cleaned::text`
        // and `Article::text`).
        let removals = Arc::new(removals);
        let articles = articles(text, &blocks, &layout, &removals, normalize);
        let header = (layout.header_end > 0).then(|| {
            Span::new(
                blocks[0].span().start,
                blocks[layout.header_end - 1].span().end,
            )
        });
        Ok(Cleaned {
            input: text,
            removals,
            articles,
            header,
            normalize,
            text: OnceLock::new(),
        })
    }

    /// Cleans a document given as bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// [`CleanErrorKind::InvalidUtf8`] with the offset of the first invalid
    /// byte, and the errors of [`Sweeper::clean`].
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{CleanErrorKind, Sweeper};
    ///
    /// let s = Sweeper::new();
    /// assert_eq!(s.clean_bytes(b"Fine.")?.text(), "Fine.");
    /// let err = s.clean_bytes(b"caf\xc3").unwrap_err();
    /// assert_eq!(err.kind(), &CleanErrorKind::InvalidUtf8 { offset: 3 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clean_bytes<'t>(&self, bytes: &'t [u8]) -> Result<Cleaned<'t>, CleanError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            CleanError::new(CleanErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })
        })?;
        self.clean(text)
    }

    /// The blocks (non-blank lines, trimmed) the pipeline works on, as spans
    /// into `text`: for debugging rules.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "One\n\n  Two  \n";
    /// let spans: Vec<_> = textsweep::Sweeper::new().blocks(text).map(|s| &text[s]).collect();
    /// assert_eq!(spans, vec!["One", "Two"]);
    /// ```
    pub fn blocks<'t>(&self, text: &'t str) -> impl Iterator<Item = Span> + 't {
        segment::lines(text).map(|(span, _)| span)
    }
}

/// True when every byte of `text` outside `blocks` is a space, a tab or a
/// line feed.
fn only_breaks_between(text: &str, blocks: &[Block]) -> bool {
    let gap = |s: usize, e: usize| {
        text.as_bytes()[s..e]
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'\n'))
    };
    let mut at = 0;
    for b in blocks {
        if !gap(at, b.span().start) {
            return false;
        }
        at = b.span().end;
    }
    gap(at, text.len())
}

/// A block (at `span`) as the output prints it, given the removals (sorted,
/// disjoint); `None` when nothing is left.
fn shown_block<'t>(text: &'t str, span: Span, removals: &[Removal]) -> Option<Cow<'t, str>> {
    let from = removals.partition_point(|r| r.span().end <= span.start);
    let cuts = removals[from..]
        .iter()
        .map(Removal::span)
        .take_while(|r| r.start < span.end);
    let shown = judge::kept_text(text, span, cuts);
    (!shown.is_empty()).then_some(shown)
}

/// Per-block marks the splitter reads.
fn marks(
    text: &str,
    blocks: &[Block],
    hits: &[Hit],
    detector: &Detector,
    enabled: &[bool],
) -> Vec<Marks> {
    let mut m = vec![Marks::default(); blocks.len()];
    for h in hits.iter().filter(|h| h.whole()) {
        let rule = &detector.rules[h.rule() as usize];
        let mark = &mut m[h.block as usize];
        match rule.role {
            Role::Date => mark.date = true,
            Role::Byline => mark.byline = true,
            Role::BylineLabel => {
                mark.byline = true;
                mark.label = true;
            }
            // Metadata with no date or byline role ("5 min read") is
            // boilerplate too: such a line is never a title.
            _ if enabled[rule.category.index()] => {
                mark.boilerplate = true;
            }
            _ => {}
        }
    }
    // Lines that rules cut parts of are read as the output prints them.
    let mut cuts: Vec<(usize, Span)> = hits
        .iter()
        .filter(|h| !h.whole() && enabled[detector.rules[h.rule() as usize].category.index()])
        .map(|h| (h.block as usize, h.at()))
        .collect();
    cuts.sort_unstable_by_key(|c| (c.0, c.1.start));
    for group in cuts.chunk_by(|a, b| a.0 == b.0) {
        let b = group[0].0;
        let shown = judge::kept_text(text, blocks[b].span(), group.iter().map(|c| c.1));
        if !shown.chars().any(char::is_alphabetic) {
            // No letters left: the judge removes the line whole.
            m[b].boilerplate = true;
        } else {
            m[b].cut = Some(Shape::of(&shown));
        }
    }
    m
}

/// Builds the public articles from the layout.
fn articles<'t>(
    text: &'t str,
    blocks: &[Block],
    layout: &Layout,
    removals: &Arc<Vec<Removal>>,
    normalize: bool,
) -> Vec<Article<'t>> {
    let mut out = Vec::with_capacity(layout.articles.len() + 1);
    let mut push = |first: usize,
                    end: usize,
                    title_b: Option<usize>,
                    date_b: Option<usize>,
                    byline: Option<usize>| {
        let span = Span::new(blocks[first].span().start, blocks[end - 1].span().end);
        let at = |b: Option<usize>| b.map(|i| blocks[i].span());
        // A title line the judge removed after all (what its inline cuts left
        // was boilerplate) is no title. Removals are sorted and do not
        // overlap: a binary search finds the ones on the title's line (a
        // scan of all of them per title made 100 000 titles quadratic).
        // A share bar glued to a title is cut from it: the title is what
        // the output prints of the line (from its first kept byte to its
        // last), and none when nothing is left.
        let title = at(title_b).and_then(|t| {
            let from = removals.partition_point(|r| r.span().end <= t.start);
            let cuts = removals[from..]
                .iter()
                .map(Removal::span)
                .take_while(|r| r.start < t.end);
            judge::kept_extent(text, t, cuts)
        });
        // The text reads in the page's order: when the article's text
        // prints lines above its headline (a menu the judge kept), the
        // headline stays in the text, in its place. (A roundup's posts
        // start at their titles or dates, so this is rare there.)
        let printed_above = |t: usize| {
            (first..t)
                .filter(|&k| Some(k) != date_b && Some(k) != byline)
                .any(|k| shown_block(text, blocks[k].span(), removals).is_some())
        };
        let title_in_text = title.is_some() && title_b.is_some_and(printed_above);
        let date = at(date_b);
        // "By Ann Lee · May 2, 2020": one line holding both names the
        // article's author, before a byline found further down.
        let byline = date
            .and_then(|d| split::byline_in_date_line(text, d))
            .or_else(|| at(byline));
        let mut article = Article::new(
            text,
            span,
            title,
            date,
            byline,
            Arc::clone(removals),
            normalize,
        );
        article.title_in_text = title_in_text;
        out.push(article);
    };
    // A header that was not removed (it holds prose) is an untitled article of its own.
    if layout.header_end > 0 {
        let hs = Span::new(
            blocks[0].span().start,
            blocks[layout.header_end - 1].span().end,
        );
        let removed: usize = removals
            .iter()
            .filter(|r| r.span().start >= hs.start && r.span().end <= hs.end)
            .map(|r| r.span().len())
            .sum();
        let content: usize = (0..layout.header_end).map(|i| blocks[i].span().len()).sum();
        if removed < content {
            push(0, layout.header_end, None, None, None);
        }
    }
    for a in &layout.articles {
        if a.end > a.first {
            push(a.first, a.end, a.title, a.date, a.byline);
        }
    }
    out
}

/// Configures and builds a [`Sweeper`].
///
/// Setters take `&mut self` and return it, so they chain; [`SweeperBuilder::build`]
/// validates everything and compiles the rules once.
///
/// # Examples
///
/// ```
/// use textsweep::{Category, Scope, Sweeper};
///
/// let s = Sweeper::builder()
///     .only(&[Category::Share, Category::Newsletter])
///     .phrase(Category::Newsletter, Scope::Block, "the morning brief")
///     .pattern(Category::Share, Scope::Line, r"(?i)^share \d+ times$")
///     .build()?;
/// let out = s.clean("Get the Morning Brief free\nShare 12 times\nThe council voted.\nAdvertisement")?;
/// assert_eq!(out.text(), "The council voted.\nAdvertisement");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct SweeperBuilder {
    enabled: [bool; Category::ALL.len()],
    user: Vec<UserRule>,
    limits: Limits,
    builtins: bool,
    split: bool,
    normalize: bool,
}

impl Default for SweeperBuilder {
    fn default() -> SweeperBuilder {
        SweeperBuilder::new()
    }
}

impl SweeperBuilder {
    /// A builder with every category on, the built-in rules, article splitting
    /// and output normalization on, and default [`Limits`].
    ///
    /// # Examples
    ///
    /// ```
    /// let s = textsweep::SweeperBuilder::new().build()?;
    /// assert_eq!(s.clean("Advertisement")?.text(), "");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new() -> SweeperBuilder {
        SweeperBuilder {
            enabled: [true; Category::ALL.len()],
            user: Vec::new(),
            limits: Limits::default(),
            builtins: true,
            split: true,
            normalize: true,
        }
    }

    /// Turns one category on or off. Default: every category on.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Sweeper};
    /// let s = Sweeper::builder().category(Category::Advertising, false).build()?;
    /// assert_eq!(s.clean("Advertisement")?.text(), "Advertisement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn category(&mut self, category: Category, on: bool) -> &mut SweeperBuilder {
        self.enabled[category.index()] = on;
        self
    }

    /// Turns on exactly the given categories and turns every other one off.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Sweeper};
    /// let s = Sweeper::builder().only(&[Category::Share]).build()?;
    /// assert_eq!(s.clean("Advertisement\nShare")?.text(), "Advertisement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn only(&mut self, categories: &[Category]) -> &mut SweeperBuilder {
        self.enabled = [false; Category::ALL.len()];
        for c in categories {
            self.enabled[c.index()] = true;
        }
        self
    }

    /// Adds a phrase to a category. It matches ASCII letters case-insensitively,
    /// on word boundaries, after the same folding as the text (curly quotes
    /// straight, Unicode spaces plain, NFC). Its rule id is `user-phrase-N`.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Scope, Sweeper};
    /// let s = Sweeper::builder().phrase(Category::Related, Scope::Line, "elsewhere on the site").build()?;
    /// let out = s.clean("A fact.\nElsewhere on the site:")?;
    /// assert_eq!(out.removals()[0].rule(), "user-phrase-0");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phrase(
        &mut self,
        category: Category,
        scope: Scope,
        phrase: &str,
    ) -> &mut SweeperBuilder {
        self.user.push(UserRule {
            category,
            scope,
            text: phrase.to_string(),
            is_pattern: false,
        });
        self
    }

    /// Adds a regular expression (regex crate syntax) to a category. It runs on
    /// every block's folded text. Its rule id is `user-pattern-N`. An
    /// [`Scope::Inline`] match holding nothing the output shows (only white
    /// space, or chars output normalization drops) is no removal.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Scope, Sweeper};
    /// let s = Sweeper::builder().pattern(Category::Comments, Scope::Line, r"^\d+ responses$").build()?;
    /// assert_eq!(s.clean("A fact.\n12 responses\n")?.text(), "A fact.\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pattern(
        &mut self,
        category: Category,
        scope: Scope,
        pattern: &str,
    ) -> &mut SweeperBuilder {
        self.user.push(UserRule {
            category,
            scope,
            text: pattern.to_string(),
            is_pattern: true,
        });
        self
    }

    /// Uses the built-in rule tables, or only the user's rules. Default: true.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = textsweep::Sweeper::builder().builtin_rules(false).build()?;
    /// assert_eq!(s.clean("Advertisement")?.text(), "Advertisement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builtin_rules(&mut self, on: bool) -> &mut SweeperBuilder {
        self.builtins = on;
        self
    }

    /// Splits roundup and archive pages into articles. Off, every page is one
    /// article (its date and byline are still found). Default: true.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "Floods Reach the Old Town\nMarch 3, 2021\nWater rose.\nDam Repairs Begin at Last\nMarch 1, 2021\nCrews came.";
    /// let s = textsweep::Sweeper::builder().split_articles(false).build()?;
    /// assert_eq!(s.clean(page)?.articles().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn split_articles(&mut self, on: bool) -> &mut SweeperBuilder {
        self.split = on;
        self
    }

    /// Normalizes the output text: CRLF and CR become LF, Unicode spaces become
    /// ASCII spaces, soft hyphens, zero-width spaces, word joiners, byte-order
    /// marks and control characters other than tab and newline go, and the text
    /// is put in NFC. Spans always refer to the raw input. Default: true.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = textsweep::Sweeper::builder().normalize_output(true).build()?;
    /// assert_eq!(s.clean("a\u{00A0}b\r\n")?.text(), "a b\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn normalize_output(&mut self, on: bool) -> &mut SweeperBuilder {
        self.normalize = on;
        self
    }

    /// Sets the size limits. Default: [`Limits::default`].
    ///
    /// # Examples
    ///
    /// ```
    /// let s = textsweep::Sweeper::builder().limits(textsweep::Limits::default().max_input_bytes(10)).build()?;
    /// assert!(s.clean("more than ten bytes").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn limits(&mut self, limits: Limits) -> &mut SweeperBuilder {
        self.limits = limits;
        self
    }

    /// Compiles the rules.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the rule when a user pattern does not compile,
    /// a user rule is empty or too long, there are too many user rules, or the
    /// phrase automaton cannot be built.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Scope, Sweeper};
    /// assert!(Sweeper::builder().pattern(Category::Share, Scope::Line, "a{99999999}").build().is_err());
    /// ```
    pub fn build(&self) -> Result<Sweeper, BuildError> {
        let detector = Detector::new(self.builtins, &self.user, &self.limits)?;
        Ok(Sweeper {
            inner: Arc::new(Inner {
                detector,
                enabled: self.enabled,
                limits: self.limits,
                split: self.split,
                normalize: self.normalize,
            }),
        })
    }
}
