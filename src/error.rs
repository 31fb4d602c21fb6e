//! Error types: [`BuildError`] for configuration, [`CleanError`] for documents.
//!
//! Both are opaque structs around a `#[non_exhaustive]` kind, so new details can
//! be added without breaking callers. Errors of the regex and aho-corasick crates
//! stay private: they are reachable through [`std::error::Error::source`] only.

use std::fmt;

/// Why building a [`Sweeper`](crate::Sweeper) failed.
///
/// # Examples
///
/// ```
/// use textsweep::{BuildErrorKind, Category, Scope, Sweeper};
///
/// let err = Sweeper::builder()
///     .pattern(Category::Share, Scope::Line, "(unclosed")
///     .build()
///     .unwrap_err();
/// assert!(matches!(err.kind(), BuildErrorKind::InvalidPattern { .. }));
/// assert!(err.to_string().contains("(unclosed"));
/// ```
#[derive(Debug)]
pub struct BuildError {
    kind: BuildErrorKind,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// The kinds of [`BuildError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A user pattern does not compile, or compiles beyond the regex size limit.
    InvalidPattern {
        /// The rule id given to the pattern (`user-pattern-N`).
        rule: String,
        /// The pattern as given.
        pattern: String,
    },
    /// A user phrase or pattern is empty or only white space.
    EmptyRule {
        /// The rule id.
        rule: String,
    },
    /// A user phrase or pattern is longer than [`Limits::max_rule_bytes`](crate::Limits::max_rule_bytes).
    RuleTooLong {
        /// The rule id.
        rule: String,
        /// Its length in bytes.
        len: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// More user rules than [`Limits::max_user_rules`](crate::Limits::max_user_rules).
    TooManyRules {
        /// The number of user rules given.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The phrase automaton could not be built (too many or too long phrases).
    Automaton,
}

impl BuildError {
    pub(crate) fn new(kind: BuildErrorKind) -> BuildError {
        BuildError { kind, source: None }
    }

    pub(crate) fn with_source(
        kind: BuildErrorKind,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> BuildError {
        BuildError {
            kind,
            source: Some(Box::new(source)),
        }
    }

    /// What went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{BuildErrorKind, Category, Scope, Sweeper};
    ///
    /// let err = Sweeper::builder().phrase(Category::Share, Scope::Line, "  ").build().unwrap_err();
    /// assert!(matches!(err.kind(), BuildErrorKind::EmptyRule { .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }

    /// The id of the rule at fault, when one is.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{Category, Scope, Sweeper};
    ///
    /// let err = Sweeper::builder().pattern(Category::Share, Scope::Line, "[").build().unwrap_err();
    /// assert_eq!(err.rule(), Some("user-pattern-0"));
    /// ```
    #[must_use]
    pub fn rule(&self) -> Option<&str> {
        match &self.kind {
            BuildErrorKind::InvalidPattern { rule, .. }
            | BuildErrorKind::EmptyRule { rule }
            | BuildErrorKind::RuleTooLong { rule, .. } => Some(rule),
            BuildErrorKind::TooManyRules { .. } | BuildErrorKind::Automaton => None,
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            BuildErrorKind::InvalidPattern { rule, pattern } => {
                write!(f, "rule {rule}: invalid pattern {pattern:?}")
            }
            BuildErrorKind::EmptyRule { rule } => write!(f, "rule {rule}: empty phrase or pattern"),
            BuildErrorKind::RuleTooLong { rule, len, limit } => {
                write!(f, "rule {rule}: {len} bytes long, the limit is {limit}")
            }
            BuildErrorKind::TooManyRules { count, limit } => {
                write!(f, "{count} user rules given, the limit is {limit}")
            }
            BuildErrorKind::Automaton => write!(f, "the phrase automaton could not be built"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Why cleaning one document failed.
///
/// Cleaning fails only on documented limits and on invalid UTF-8 given to
/// [`Sweeper::clean_bytes`](crate::Sweeper::clean_bytes); it never panics.
///
/// # Examples
///
/// ```
/// use textsweep::{CleanErrorKind, Sweeper};
///
/// let err = Sweeper::new().clean_bytes(b"ok \xff bad").unwrap_err();
/// assert_eq!(err.kind(), &CleanErrorKind::InvalidUtf8 { offset: 3 });
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct CleanError {
    kind: CleanErrorKind,
}

/// The kinds of [`CleanError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CleanErrorKind {
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    InputTooLarge {
        /// The input's size in bytes.
        len: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The bytes are not UTF-8; `offset` is the first byte that is not.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}

impl fmt::Display for CleanErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CleanErrorKind::InputTooLarge { len, limit } => {
                write!(f, "input is {len} bytes, the limit is {limit}")
            }
            CleanErrorKind::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}")
            }
        }
    }
}

impl CleanError {
    pub(crate) fn new(kind: CleanErrorKind) -> CleanError {
        CleanError { kind }
    }

    /// What went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use textsweep::{CleanErrorKind, Limits, Sweeper};
    ///
    /// let s = Sweeper::builder().limits(Limits::default().max_input_bytes(4)).build()?;
    /// let err = s.clean("too long").unwrap_err();
    /// assert_eq!(err.kind(), &CleanErrorKind::InputTooLarge { len: 8, limit: 4 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> &CleanErrorKind {
        &self.kind
    }
}
