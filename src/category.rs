//! The kinds of boilerplate textsweep removes.

use std::fmt;
use std::str::FromStr;

/// A kind of boilerplate. Every [`Removal`](crate::Removal) carries one.
///
/// The names returned by [`Category::as_str`] are stable: they are what the
/// CLI's `--json` output prints and what `--only`/`--skip` accept.
///
/// # Examples
///
/// ```
/// use textsweep::Category;
///
/// assert_eq!(Category::Share.as_str(), "share");
/// assert_eq!("caption".parse::<Category>(), Ok(Category::Caption));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Category {
    /// Requests to disable an ad blocker or whitelist the site.
    Adblock,
    /// Share, follow, print, email, save and font-size widgets.
    Share,
    /// Image captions, photo credits, image alt text and placeholders, video embeds.
    Caption,
    /// Licensing, republishing, copyright, disclaimers, "appeared in print",
    /// "Write to … at", agency sign-offs.
    License,
    /// Newsletter sign-ups, subscription and membership pitches, alerts.
    Newsletter,
    /// "Read more", related, recommended, trending, "more from" links.
    Related,
    /// "Join the conversation", comment policies, comment counts.
    Comments,
    /// Site navigation left in the text: breadcrumbs, tag lists, "Next"/"Previous",
    /// table-of-contents lead-ins, page headers of archive pages.
    Navigation,
    /// Advertising labels, sponsored notes, affiliate disclosures, shop buttons.
    Advertising,
    /// Cookie, JavaScript and browser notices.
    Notice,
    /// Article metadata moved out of the body: date lines, bylines, reading time.
    /// The values are reported on the [`Article`](crate::Article) as well.
    Metadata,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 11] = [
        Category::Adblock,
        Category::Share,
        Category::Caption,
        Category::License,
        Category::Newsletter,
        Category::Related,
        Category::Comments,
        Category::Navigation,
        Category::Advertising,
        Category::Notice,
        Category::Metadata,
    ];

    /// The stable lowercase name of the category.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Category::Newsletter.as_str(), "newsletter");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Adblock => "adblock",
            Category::Share => "share",
            Category::Caption => "caption",
            Category::License => "license",
            Category::Newsletter => "newsletter",
            Category::Related => "related",
            Category::Comments => "comments",
            Category::Navigation => "navigation",
            Category::Advertising => "advertising",
            Category::Notice => "notice",
            Category::Metadata => "metadata",
        }
    }

    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error returned when a string names no [`Category`].
///
/// # Examples
///
/// ```
/// let err = "adverts".parse::<textsweep::Category>().unwrap_err();
/// assert!(err.to_string().contains("adverts"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown category {name:?} (expected one of: adblock, share, caption, license, newsletter, related, comments, navigation, advertising, notice, metadata)")]
pub struct ParseCategoryError {
    name: String,
}

impl FromStr for Category {
    type Err = ParseCategoryError;

    fn from_str(s: &str) -> Result<Category, ParseCategoryError> {
        let t = s.trim();
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(t))
            .ok_or_else(|| ParseCategoryError {
                name: s.to_string(),
            })
    }
}
