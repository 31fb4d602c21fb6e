//! textsweep strips boilerplate from article text scraped from news and blog
//! pages — ad-blocker pleas, share bars, photo captions and credits, licensing
//! footers, newsletter pitches, "Read more" links, comment policies — and
//! explains every removal with its category, its byte span in your input and
//! the rule that fired. Roundup and tag-archive pages are split into their
//! articles, each with its title, date and byline.
//!
//! ```
//! let page = "Council Approves the New Bridge\n\
//!             May 2, 2024\n\
//!             By Ann Lee\n\n\
//!             The council approved the bridge on Tuesday.\n\n\
//!             Share on Facebook\n\n\
//!             Sign up for our newsletter to get the latest news.\n";
//! let out = textsweep::clean(page)?;
//! assert_eq!(out.text(), "Council Approves the New Bridge\n\nThe council approved the bridge on Tuesday.\n");
//! for r in out.removals() {
//!     println!("{:>10} {:?} {}", r.category(), &page[r.span()], r.rule());
//! }
//! let article = &out.articles()[0];
//! assert_eq!(article.byline(), Some("By Ann Lee"));
//! assert_eq!(article.ymd(), Some((2024, 5, 2)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! * [`Sweeper`] is the compiled cleaner; [`Sweeper::new`] has the built-in
//!   English rules, [`Sweeper::builder`] turns categories on or off, adds
//!   phrases and patterns ([`Scope`] says where they must match) and sets
//!   [`Limits`]. [`clean`] uses a shared default `Sweeper`.
//! * [`Cleaned`] holds the cleaned text, the [`Removal`]s and the [`Article`]s.
//! * [`Category`] names the kinds of boilerplate.
//!
//! # Pipeline
//!
//! One module per stage: `normalize` (matching view of each line) →
//! `segment` (lines with byte spans) → `detect` (one Aho-Corasick pass for
//! every phrase; patterns only on lines their trigger phrases flagged) →
//! `split` (article boundaries) → `judge` (neighbour rules, article by
//! article) → `render`. The split runs before the judge so that a footer is
//! judged inside the post it closes. DESIGN.md has the details.
//!
//! # Untrusted input
//!
//! Cleaning never panics and runs in time linear in the input (every stage
//! is a single pass or a bounded window; regexes are the `regex` crate's, with
//! linear-time guarantees). Inputs larger than [`Limits::max_input_bytes`]
//! (1 GiB by default) are refused with a [`CleanError`]. User rules are checked
//! when the `Sweeper` is built: their count, length and compiled size are
//! limited, and any error names the rule. A panic is a bug: please report it.
//!
//! # Crate features
//!
//! * `serde`: `Serialize` for [`Removal`], [`Span`] and [`Category`].
//!
//! The `textsweep` command-line tool lives in the `textsweep-cli` package of
//! the same workspace, so a library user never compiles its dependencies.
//!
//! # MSRV
//!
//! Rust 1.80 (for `std::sync::LazyLock`).

mod category;
mod config;
mod date;
mod detect;
mod error;
mod judge;
mod normalize;
mod output;
mod plain;
mod render;
mod segment;
mod span;
mod split;
mod sweeper;
#[cfg(test)]
mod test_rng;

use std::sync::LazyLock;

pub use category::{Category, ParseCategoryError};
pub use config::{Limits, Scope};
pub use error::{BuildError, BuildErrorKind, CleanError, CleanErrorKind};
pub use output::{Article, Cleaned, Removal};
pub use span::Span;
pub use sweeper::{Sweeper, SweeperBuilder};

static DEFAULT: LazyLock<Sweeper> = LazyLock::new(Sweeper::new);

/// Cleans `text` with the default [`Sweeper`] (built-in rules, every category).
///
/// # Errors
///
/// Only [`CleanErrorKind::InputTooLarge`], for inputs over 1 GiB.
///
/// # Examples
///
/// ```
/// let out = textsweep::clean("Markets fell sharply.\nAdvertisement\n")?;
/// assert_eq!(out.text(), "Markets fell sharply.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn clean(text: &str) -> Result<Cleaned<'_>, CleanError> {
    DEFAULT.clean(text)
}

/// Every built-in rule as `(id, category, reason)`, table rules first, then the
/// context rules (whose category is decided by their neighbours; `None` here).
///
/// # Examples
///
/// ```
/// assert!(textsweep::rules().any(|(id, _, _)| id == "share-label"));
/// ```
pub fn rules() -> impl Iterator<Item = (&'static str, Option<Category>, &'static str)> {
    detect::builtin()
        .map(|d| (d.id, Some(d.category), d.reason))
        .chain(judge::CONTEXT_RULES.iter().map(|r| (r.id, None, r.reason)))
        .chain(std::iter::once((
            judge::PAGE_HEADER.id,
            Some(Category::Navigation),
            judge::PAGE_HEADER.reason,
        )))
}

/// Every literal phrase of the built-in rules, as `(rule id, phrase)`, in
/// table order: the phrases of phrase rules, and the trigger phrases whose
/// presence lets a pattern rule's regex run on a line. Phrases match
/// ASCII-case-insensitively, on word boundaries; a phrase may appear under
/// several rules.
///
/// This is what the phrase automaton looks for. The benchmark builds its
/// "one Aho-Corasick pass" ceiling from these phrases too (README,
/// Performance).
///
/// # Examples
///
/// ```
/// let (rule, _) = textsweep::phrases()
///     .find(|(_, p)| p.eq_ignore_ascii_case("disable your ad blocker"))
///     .unwrap();
/// assert_eq!(rule, "adblock-request");
/// assert!(textsweep::phrases().count() > 500);
/// ```
pub fn phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    detect::builtin().flat_map(|d| {
        let list = match d.matcher {
            detect::Matcher::Phrases(list) => list,
            detect::Matcher::Pattern { triggers, .. } => triggers,
        };
        list.iter().map(move |p| (d.id, *p))
    })
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
