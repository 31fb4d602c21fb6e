//! Options of a [`Sweeper`](crate::Sweeper): rule scopes and size limits.

/// Where a phrase or pattern must match in a block (a non-blank line) for the
/// rule to fire, and what is removed when it does.
///
/// "Decoration" below means white space, punctuation such as `: | • · - – — > »
/// ( ) [ ]` and digits: a line `Share (12)` still counts as the phrase `share`.
///
/// # Examples
///
/// ```
/// use textsweep::{Category, Scope, Sweeper};
///
/// let s = Sweeper::builder().phrase(Category::Related, Scope::Prefix, "more from our desk").build()?;
/// let out = s.clean("Real text.\n\nMore from our desk: a story\n")?;
/// assert_eq!(out.text(), "Real text.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// The match is the whole block, apart from decoration. Removes the block.
    Line,
    /// The block starts with the match (apart from decoration). Removes the block.
    Prefix,
    /// The block ends with the match (apart from decoration). Removes the block.
    Suffix,
    /// The match is anywhere in the block. Removes the block.
    Block,
    /// Removes only the matched text, leaving the rest of the block.
    Inline,
}

/// Size limits. Every default is documented on its setter; the defaults suit
/// untrusted web text. Exceeding a limit is a typed error carrying the values:
///
/// | limit | default | error |
/// |---|---|---|
/// | [`max_input_bytes`](Limits::max_input_bytes) | 1 GiB (at most 4 GiB - 1) | [`CleanErrorKind::InputTooLarge`](crate::CleanErrorKind::InputTooLarge) |
/// | [`max_rule_bytes`](Limits::max_rule_bytes) | 1024 bytes | [`BuildErrorKind::RuleTooLong`](crate::BuildErrorKind::RuleTooLong) |
/// | [`max_user_rules`](Limits::max_user_rules) | 10 000 (at most 2^30) | [`BuildErrorKind::TooManyRules`](crate::BuildErrorKind::TooManyRules) |
/// | [`regex_size_limit`](Limits::regex_size_limit) | 1 MiB | [`BuildErrorKind::InvalidPattern`](crate::BuildErrorKind::InvalidPattern) |
///
/// # Examples
///
/// ```
/// use textsweep::Limits;
///
/// let limits = Limits::default().max_input_bytes(1 << 20);
/// assert_eq!(limits.get_max_input_bytes(), 1 << 20);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    max_input_bytes: usize,
    max_rule_bytes: usize,
    max_user_rules: usize,
    regex_size_limit: usize,
}

/// The ceiling of [`Limits::max_input_bytes`]: offsets fit in `u32`.
const MAX_INPUT_BYTES: usize = u32::MAX as usize;

/// The ceiling of [`Limits::max_user_rules`].
const MAX_USER_RULES: usize = 1 << 30;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 1 << 30,
            max_rule_bytes: 1 << 10,
            max_user_rules: 10_000,
            regex_size_limit: 1 << 20,
        }
    }
}

impl Limits {
    /// Largest document [`Sweeper::clean`](crate::Sweeper::clean) accepts; a larger
    /// one is a [`CleanErrorKind::InputTooLarge`](crate::CleanErrorKind::InputTooLarge)
    /// error. Default: 1 GiB. At most `u32::MAX` bytes (4 GiB - 1): a larger
    /// setting is lowered to that, because the per-line records hold 32-bit
    /// offsets (half the memory of 64-bit ones).
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::Limits;
    /// assert_eq!(Limits::default().get_max_input_bytes(), 1 << 30);
    /// assert_eq!(Limits::default().max_input_bytes(usize::MAX).get_max_input_bytes(), u32::MAX as usize);
    /// ```
    #[must_use]
    pub fn max_input_bytes(mut self, bytes: usize) -> Limits {
        self.max_input_bytes = bytes.min(MAX_INPUT_BYTES);
        self
    }

    /// Longest user phrase or pattern, in bytes. Default: 1024.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Limits::default().max_rule_bytes(64).get_max_rule_bytes(), 64);
    /// ```
    #[must_use]
    pub fn max_rule_bytes(mut self, bytes: usize) -> Limits {
        self.max_rule_bytes = bytes;
        self
    }

    /// Most user phrases and patterns together. Default: 10 000. At most
    /// 2^30: a larger setting is lowered to that (rule numbers share 32 bits
    /// with a flag in the per-line records).
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::Limits;
    /// assert_eq!(Limits::default().get_max_user_rules(), 10_000);
    /// assert_eq!(Limits::default().max_user_rules(usize::MAX).get_max_user_rules(), 1 << 30);
    /// ```
    #[must_use]
    pub fn max_user_rules(mut self, count: usize) -> Limits {
        self.max_user_rules = count.min(MAX_USER_RULES);
        self
    }

    /// Size limit for each compiled user pattern, passed to the regex crate's
    /// `size_limit` and `dfa_size_limit`. Default: 1 MiB.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Limits::default().get_regex_size_limit(), 1 << 20);
    /// ```
    #[must_use]
    pub fn regex_size_limit(mut self, bytes: usize) -> Limits {
        self.regex_size_limit = bytes;
        self
    }

    /// See [`Limits::max_input_bytes`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(textsweep::Limits::default().get_max_input_bytes() > 0);
    /// ```
    #[must_use]
    pub fn get_max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// See [`Limits::max_rule_bytes`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Limits::default().get_max_rule_bytes(), 1024);
    /// ```
    #[must_use]
    pub fn get_max_rule_bytes(&self) -> usize {
        self.max_rule_bytes
    }

    /// See [`Limits::max_user_rules`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Limits::default().max_user_rules(3).get_max_user_rules(), 3);
    /// ```
    #[must_use]
    pub fn get_max_user_rules(&self) -> usize {
        self.max_user_rules
    }

    /// See [`Limits::regex_size_limit`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(textsweep::Limits::default().regex_size_limit(4096).get_regex_size_limit(), 4096);
    /// ```
    #[must_use]
    pub fn get_regex_size_limit(&self) -> usize {
        self.regex_size_limit
    }
}
