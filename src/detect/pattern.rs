//! Compiled patterns: each pattern (or the set of untriggered ones) is
//! parsed once and compiled per [`Tier`] of text, when a block of that tier
//! first needs it.
//!
//! Most blocks are ASCII, and a pattern cut to ASCII finds on them exactly
//! the matches the full pattern finds, with a fraction of the automaton: a
//! class such as `\p{L}` is a few byte ranges instead of hundreds of UTF-8
//! sequences. On wcxb-dev this more than halved the time spent building
//! lazy-DFA states. The cut patterns are built from the parsed syntax tree
//! (`regex-automata`'s meta regex, the engine behind `regex`), so nothing is
//! printed and parsed again.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternSet};
use regex_syntax::hir::{
    Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look,
    Repetition,
};

use super::prebuilt::{Found, Prebuilt};
use crate::error::{BuildError, BuildErrorKind};
use crate::plain::Odd;

/// Which chars a block holds, for the choice of a pattern's regex.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tier {
    /// Only ASCII chars.
    Ascii = 0,
    /// Only chars of [`COMMON`].
    Common = 1,
    /// Any chars: the pattern as written.
    Full = 2,
}

/// The chars of [`Tier::Common`]: Latin letters up to U+02FF and the
/// combining diacritical marks after them, general punctuation, currency,
/// letter-like symbols, arrows and the other symbol blocks up to U+2BFF,
/// variation selectors and the pictographs of U+1F000..U+1FAFF. Each range
/// is a few UTF-8 sequences and holds few letters, so a pattern cut to them
/// stays small. On wcxb-dev, 86 % of the non-ASCII blocks a pattern runs on
/// hold only these (dashes, bullets, "©", accented Latin letters, stars,
/// arrows, emoji); most of the others (Greek, Cyrillic, CJK) are searched
/// through their [`stand_in`](super::stand_in)s on this tier.
pub(super) const COMMON: [(char, char); 4] = [
    ('\0', '\u{36F}'),
    ('\u{2000}', '\u{2BFF}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{1F000}', '\u{1FAFF}'),
];

impl Tier {
    /// The tier of `text`.
    ///
    /// Only the non-ASCII chars are decoded: their lead bytes are found 64
    /// bytes at a time by [`Odd`], skipping the ASCII between them (most of
    /// a paragraph with a few curly quotes) without reading it char by char.
    pub(super) fn of(text: &str) -> Tier {
        if text.is_ascii() {
            return Tier::Ascii;
        }
        let mut odd = Odd::new(text.as_bytes());
        let mut from = 0;
        // A lead byte (0xC0 and up) starts each non-ASCII char; `from` moves
        // by whole chars, so the slice below starts on a boundary.
        while let Some(at) = odd.find(from, |b| b >= 0xC0) {
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            if !in_common(c) {
                return Tier::Full;
            }
            from = at + c.len_utf8();
        }
        Tier::Common
    }
}

/// True when `c` is a char of [`Tier::Common`].
pub(super) fn in_common(c: char) -> bool {
    COMMON.iter().any(|&(a, z)| (a..=z).contains(&c))
}

/// A block's text as the patterns search it: its tier and, on
/// [`Tier::Full`], the same text with [`stand_in`](super::stand_in)s when
/// every char has one.
#[derive(Debug)]
pub(super) struct Haystack<'t> {
    text: &'t str,
    tier: Tier,
    stand_in: Option<String>,
}

impl<'t> Haystack<'t> {
    /// The haystack of `text`.
    pub(super) fn new(text: &'t str) -> Haystack<'t> {
        let tier = Tier::of(text);
        let stand_in = if tier == Tier::Full {
            super::stand_in::text(text)
        } else {
            None
        };
        Haystack {
            text,
            tier,
            stand_in,
        }
    }

    /// The haystack of `text` known to be ASCII (a block segmenting found
    /// to be printable ASCII): [`Haystack::new`] without reading it again.
    pub(super) fn ascii(text: &'t str) -> Haystack<'t> {
        debug_assert!(text.is_ascii());
        Haystack {
            text,
            tier: Tier::Ascii,
            stand_in: None,
        }
    }

    /// The tier and text a pattern searches: the stand-ins on the common
    /// tier when it may (`stand_ins`) and they exist, else the text.
    fn for_pattern(&self, stand_ins: bool) -> (Tier, &str) {
        match &self.stand_in {
            Some(s) if stand_ins => (Tier::Common, s),
            _ => (self.tier, self.text),
        }
    }
}

/// A pattern's source and its syntax tree, parsed when first needed and
/// shared by every [`Tiered`] the pattern is in: its own, and the set of
/// untriggered patterns, which parsed each of them again (and the digit
/// gate a third time).
#[derive(Debug)]
pub(super) struct Source {
    text: Cow<'static, str>,
    /// The parsed pattern, without its capture groups.
    hir: OnceLock<Hir>,
}

impl Source {
    /// The pattern `text`, not parsed yet.
    pub(super) fn new(text: Cow<'static, str>) -> Arc<Source> {
        Arc::new(Source {
            text,
            hir: OnceLock::new(),
        })
    }

    /// The pattern parsed (as the regex crate parses it), without its
    /// capture groups. `rule` names the rule in the error.
    fn parse(&self, rule: &str) -> Result<&Hir, BuildError> {
        if let Some(hir) = self.hir.get() {
            return Ok(hir);
        }
        let hir = regex_syntax::Parser::new()
            .parse(&self.text)
            .map_err(|e| BuildError::with_source(invalid(rule, &self.text), e))?;
        Ok(self.hir.get_or_init(|| cut(&hir, Tier::Full, None)))
    }

    /// The parsed pattern, for a pattern known to parse.
    pub(super) fn hir(&self) -> &Hir {
        self.parse("built-in")
            .expect("patterns parse: built-ins are tested, user ones checked")
    }
}

/// One pattern, or a set of patterns matched together, compiled per tier.
#[derive(Clone, Debug)]
pub(super) struct Tiered {
    sources: Vec<Arc<Source>>,
    /// A set reports which of its patterns match; one pattern, its matches.
    set: bool,
    /// The regex size limit each compiled automaton must stay within.
    limit: usize,
    /// Per tier, the patterns cut to it; `None` when the cut did not
    /// compile, so the full patterns serve.
    regexes: [OnceLock<Option<Regex>>; 3],
    /// Per tier, for one pattern that can only match at the start of the
    /// text: its forward lazy DFA alone (`None` when the pattern is not so
    /// anchored or the DFA did not build; the regex then serves).
    starts: [OnceLock<Option<AtStart>>; 3],
    /// Per tier below [`Tier::Full`], the tables the crate carries for the
    /// patterns ([`prebuilt`](super::prebuilt)), if any: searched first.
    prebuilt: [OnceLock<Option<Prebuilt>>; 2],
    /// True for built-in patterns: text of [`Tier::Full`] is searched
    /// through its [`stand_in`](super::stand_in)s, made for them.
    stand_ins: bool,
}

/// A pattern anchored at the start of the text, searched by a forward lazy
/// DFA alone. The regex engine would also compile a reverse automaton (to
/// find where a match starts, which here is always 0) and three fallback
/// engines; on wcxb-dev most patterns are anchored, and this halves the
/// time to compile them. When the lazy DFA gives up (its cache thrashing on
/// odd text) the search goes to the regex, compiled then.
struct AtStart {
    dfa: DFA,
    caches: Pool<Cache, CacheFn>,
}

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

impl std::fmt::Debug for AtStart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AtStart").finish_non_exhaustive()
    }
}

impl Clone for AtStart {
    fn clone(&self) -> AtStart {
        AtStart::new(self.dfa.clone())
    }
}

impl AtStart {
    fn new(dfa: DFA) -> AtStart {
        let for_caches = dfa.clone();
        AtStart {
            dfa,
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
        }
    }

    /// Builds the forward lazy DFA of `hir` if every match of it starts
    /// at the start of the text.
    fn build(hir: &Hir, limit: usize) -> Option<AtStart> {
        if !anchored_at_start(hir) {
            return None;
        }
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(limit))
                    .shrink(false)
                    .which_captures(WhichCaptures::None),
            )
            .build_from_hir(hir)
            .ok()?;
        // As the regex engine configures its own lazy DFA.
        let config = DFA::config()
            .match_kind(MatchKind::LeftmostFirst)
            .unicode_word_boundary(true)
            .cache_capacity(limit.max(1 << 20))
            .skip_cache_capacity_check(false)
            .minimum_cache_clear_count(Some(3))
            .minimum_bytes_per_state(Some(10));
        DFA::builder()
            .configure(config)
            .build_from_nfa(nfa)
            .ok()
            .map(AtStart::new)
    }

    /// The match in `text`, if any; `Err` when the lazy DFA gave up.
    fn find(&self, text: &str) -> Result<Option<Match>, ()> {
        let mut cache = self.caches.get();
        let input = Input::new(text).anchored(Anchored::Yes);
        match self.dfa.try_search_fwd(&mut cache, &input) {
            Ok(found) => Ok(found.map(|end| Match::new(end.pattern(), 0..end.offset()))),
            Err(_) => Err(()),
        }
    }
}

impl Tiered {
    /// One pattern.
    pub(super) fn one(source: Cow<'static, str>, limit: usize) -> Tiered {
        Tiered::new(vec![Source::new(source)], false, limit)
    }

    /// A set of patterns, matched together.
    pub(super) fn set(sources: Vec<Arc<Source>>, limit: usize) -> Tiered {
        Tiered::new(sources, true, limit)
    }

    fn new(sources: Vec<Arc<Source>>, set: bool, limit: usize) -> Tiered {
        Tiered {
            sources,
            set,
            limit,
            regexes: Default::default(),
            starts: Default::default(),
            prebuilt: Default::default(),
            stand_ins: false,
        }
    }

    /// The same patterns, built in: text of [`Tier::Full`] is searched
    /// through its stand-ins (made for the built-in patterns only).
    pub(super) fn built_in(mut self) -> Tiered {
        self.stand_ins = true;
        self
    }

    /// The pattern's source text (of a set: the first one's).
    pub(super) fn source(&self) -> &str {
        self.sources.first().map_or("", |s| &s.text)
    }

    /// The pattern, parsed once for all the sets it is in (of a set: the
    /// first one).
    pub(super) fn shared(&self) -> Option<&Arc<Source>> {
        self.sources.first()
    }

    /// Parses and compiles the full patterns now, so that a user's pattern
    /// shows its error when the `Sweeper` is built. `rule` names it in the
    /// error.
    pub(super) fn check(&self, rule: &str) -> Result<(), BuildError> {
        for s in &self.sources {
            s.parse(rule)?;
        }
        if self.regexes[Tier::Full as usize].get().is_none() {
            let re = self
                .build(Tier::Full)
                .map_err(|e| BuildError::with_source(invalid(rule, self.source()), e))?;
            let _ = self.regexes[Tier::Full as usize].set(Some(re));
        }
        Ok(())
    }

    /// The parsed patterns.
    pub(super) fn hirs(&self) -> impl Iterator<Item = &Hir> + '_ {
        self.sources.iter().map(|s| s.hir())
    }

    /// True for a set of patterns.
    #[cfg(test)]
    pub(super) fn is_set(&self) -> bool {
        self.set
    }

    /// The patterns' source texts.
    pub(super) fn sources(&self) -> Vec<&str> {
        self.sources.iter().map(|s| &*s.text).collect()
    }

    /// The tables the crate carries for the patterns on `tier`, if any.
    fn prebuilt(&self, tier: Tier) -> Option<&Prebuilt> {
        if tier == Tier::Full {
            return None;
        }
        self.prebuilt[tier as usize]
            .get_or_init(|| Prebuilt::load(tier, self.set, &self.sources()))
            .as_ref()
    }

    /// The patterns cut to `tier` (for [`Tier::Full`], the parsed patterns
    /// themselves, not a copy).
    pub(super) fn cut_to(&self, tier: Tier) -> Vec<Cow<'_, Hir>> {
        let keep = match tier {
            Tier::Ascii => Some(ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7F')])),
            Tier::Common => Some(ClassUnicode::new(
                COMMON.map(|(a, z)| ClassUnicodeRange::new(a, z)),
            )),
            Tier::Full => None,
        };
        self.hirs()
            .map(|h| match &keep {
                Some(k) => Cow::Owned(cut(h, tier, Some(k))),
                None => Cow::Borrowed(h),
            })
            .collect()
    }

    /// Compiles the patterns cut to `tier`.
    fn build(&self, tier: Tier) -> Result<Regex, Box<meta::BuildError>> {
        let hirs = self.cut_to(tier);
        // As the regex crate configures its `Regex` and `RegexSet`.
        let config = if self.set {
            meta::Config::new()
                .match_kind(MatchKind::All)
                .which_captures(WhichCaptures::None)
                .hybrid_cache_capacity(16 << 20)
        } else {
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .which_captures(WhichCaptures::Implicit)
                .hybrid_cache_capacity(self.limit.max(1 << 20))
        };
        meta::Builder::new()
            .configure(
                config
                    .utf8_empty(true)
                    .nfa_size_limit(Some(self.limit))
                    // A prefilter pays on long haystacks; ours are one
                    // block each, and extracting the literals for it cost
                    // 11M instructions a process on wcxb-dev (callgrind),
                    // with no change in the search's cost.
                    .auto_prefilter(false),
            )
            .build_many_from_hir(&hirs)
            .map_err(Box::new)
    }

    /// The regex to run on text of `tier`: the patterns cut to the tier
    /// when that compiled, else the full patterns.
    pub(super) fn regex(&self, tier: Tier) -> &Regex {
        let cut = self.regexes[tier as usize].get_or_init(|| self.build(tier).ok());
        match cut {
            Some(re) => re,
            None => self.regexes[Tier::Full as usize]
                .get_or_init(|| self.build(Tier::Full).ok())
                .as_ref()
                .expect("patterns compile: built-ins are tested, user ones checked"),
        }
    }

    /// The forward lazy DFA of a single pattern anchored at the start,
    /// for `tier`.
    fn at_start(&self, tier: Tier) -> Option<&AtStart> {
        if self.set {
            return None;
        }
        self.starts[tier as usize]
            .get_or_init(|| {
                // Not cut in vain: a pattern is anchored at the start
                // whatever the tier. (Were a cut anchored and the pattern
                // not, the regex would find the same match.)
                if !anchored_at_start(self.sources.first()?.hir()) {
                    return None;
                }
                match self.cut_to(tier).as_slice() {
                    [hir] => AtStart::build(hir, self.limit),
                    _ => None,
                }
            })
            .as_ref()
    }

    /// The matches of the pattern in `text` (of tier `tier`), leftmost first.
    pub(super) fn find_iter<'a>(
        &'a self,
        tier: Tier,
        text: &'a str,
    ) -> impl Iterator<Item = Match> + 'a {
        if let Some(found) = self.prebuilt(tier).and_then(|p| p.find_iter(text)) {
            return Matches::Prebuilt(found);
        }
        // An anchored pattern matches once at most: after a match, the
        // search goes on past its start, where the pattern cannot match.
        let once = self.at_start(tier).map(|a| a.find(text));
        match once {
            Some(Ok(m)) => Matches::Once(m),
            _ => Matches::All(self.regex(tier).find_iter(text)),
        }
    }

    /// The matches of the pattern in the block `hay`, leftmost first.
    pub(super) fn search<'a>(&'a self, hay: &'a Haystack<'a>) -> impl Iterator<Item = Match> + 'a {
        let (tier, text) = hay.for_pattern(self.stand_ins);
        self.find_iter(tier, text)
    }

    /// Which patterns of the set match the block `hay`, into `out`.
    pub(super) fn which(&self, hay: &Haystack<'_>, out: &mut PatternSet) {
        let (tier, text) = hay.for_pattern(self.stand_ins);
        self.matches(tier, text, out);
    }

    /// Which patterns of the set match `text` (of tier `tier`), into `out`.
    pub(super) fn matches(&self, tier: Tier, text: &str, out: &mut PatternSet) {
        if self.prebuilt(tier).is_some_and(|p| p.which(text, out)) {
            return;
        }
        out.clear();
        self.regex(tier)
            .which_overlapping_matches(&Input::new(text), out);
    }

    /// True when the patterns cut to each tier compile (else the full ones
    /// serve, correct but slower).
    #[cfg(test)]
    pub(super) fn cuts_compile(&self) -> bool {
        [Tier::Ascii, Tier::Common]
            .iter()
            .all(|&t| self.build(t).is_ok())
    }

    /// The number of patterns.
    pub(super) fn len(&self) -> usize {
        self.sources.len()
    }
}

/// True when every match of `hir` starts at the start of the text.
pub(super) fn anchored_at_start(hir: &Hir) -> bool {
    hir.properties().look_set_prefix().contains(Look::Start)
}

/// The matches [`Tiered::find_iter`] yields.
enum Matches<'r, 'h> {
    Prebuilt(Found<'r, 'h>),
    Once(Option<Match>),
    All(meta::FindMatches<'r, 'h>),
}

impl Iterator for Matches<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        match self {
            Matches::Prebuilt(it) => it.next(),
            Matches::Once(m) => m.take(),
            Matches::All(it) => it.next(),
        }
    }
}

/// The error of a pattern of `rule` that does not compile.
fn invalid(rule: &str, pattern: &str) -> BuildErrorKind {
    BuildErrorKind::InvalidPattern {
        rule: rule.to_string(),
        pattern: pattern.to_string(),
    }
}

/// `h` as it matches on text of `tier`, without capture groups (matches are
/// all the scan reads). Below [`Tier::Full`], each class is cut to the chars
/// in `keep`, each literal holding another char becomes a failure, and on
/// ASCII Unicode word boundaries become ASCII ones. On text of the tier this
/// matches exactly where `h` does (the same leftmost-first spans: what was
/// cut could only match a char the text does not hold).
fn cut(h: &Hir, tier: Tier, keep: Option<&ClassUnicode>) -> Hir {
    cut_changed(h, tier, keep).unwrap_or_else(|| h.clone())
}

/// [`cut`], or `None` when the cut leaves `h` as it is: a parent whose
/// children are all unchanged is copied instead of rebuilt (rebuilding
/// recomputes each node's properties, and allocates a class per class).
fn cut_changed(h: &Hir, tier: Tier, keep: Option<&ClassUnicode>) -> Option<Hir> {
    let ascii = tier == Tier::Ascii;
    match h.kind() {
        HirKind::Empty => None,
        HirKind::Literal(lit) => {
            // Both tiers hold every ASCII char.
            let within = lit.0.is_ascii()
                || keep.map_or(true, |keep| {
                    std::str::from_utf8(&lit.0).is_ok_and(|s| s.chars().all(|c| inside(keep, c, c)))
                });
            (!within).then(Hir::fail)
        }
        HirKind::Class(Class::Unicode(c)) => {
            let keep = keep?;
            if c.ranges().iter().all(|r| inside(keep, r.start(), r.end())) {
                return None;
            }
            let mut c = c.clone();
            c.intersect(keep);
            Some(Hir::class(Class::Unicode(c)))
        }
        // Byte classes (`(?-u:…)`) match bytes, not chars: as written,
        // except on ASCII text, where only ASCII bytes occur.
        HirKind::Class(Class::Bytes(c)) if ascii => {
            if c.ranges().last().map_or(true, |r| r.end() <= 0x7F) {
                return None;
            }
            let mut c = c.clone();
            c.intersect(&ClassBytes::new([ClassBytesRange::new(0, 0x7F)]));
            Some(Hir::class(Class::Bytes(c)))
        }
        HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Look(look) if ascii => {
            let ascii_look = match *look {
                Look::WordUnicode => Look::WordAscii,
                Look::WordUnicodeNegate => Look::WordAsciiNegate,
                Look::WordStartUnicode => Look::WordStartAscii,
                Look::WordEndUnicode => Look::WordEndAscii,
                Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
                Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
                _ => return None,
            };
            Some(Hir::look(ascii_look))
        }
        HirKind::Look(_) => None,
        HirKind::Repetition(r) => {
            let sub = cut_changed(&r.sub, tier, keep)?;
            Some(Hir::repetition(Repetition {
                sub: Box::new(sub),
                ..*r
            }))
        }
        HirKind::Capture(c) => Some(cut(&c.sub, tier, keep)),
        HirKind::Concat(hs) => cut_all(hs, tier, keep).map(Hir::concat),
        HirKind::Alternation(hs) => cut_all(hs, tier, keep).map(Hir::alternation),
    }
}

/// The children `hs` cut, or `None` when the cut leaves all as they are.
fn cut_all(hs: &[Hir], tier: Tier, keep: Option<&ClassUnicode>) -> Option<Vec<Hir>> {
    let cuts: Vec<Option<Hir>> = hs.iter().map(|h| cut_changed(h, tier, keep)).collect();
    if cuts.iter().all(Option::is_none) {
        return None;
    }
    Some(
        cuts.into_iter()
            .zip(hs)
            .map(|(c, h)| c.unwrap_or_else(|| h.clone()))
            .collect(),
    )
}

/// True when `a..=z` lies within one range of `keep`.
fn inside(keep: &ClassUnicode, a: char, z: char) -> bool {
    keep.ranges().iter().any(|k| k.start() <= a && z <= k.end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    fn finds(t: &Tiered, tier: Tier, text: &str) -> Vec<(usize, usize)> {
        t.find_iter(tier, text)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    #[test]
    fn tiers() {
        assert_eq!(Tier::of("plain text"), Tier::Ascii);
        assert_eq!(
            Tier::of("caf\u{e9} \u{2014} \u{2605} \u{1F517}"),
            Tier::Common
        );
        assert_eq!(Tier::of("\u{3b1}\u{3b2}"), Tier::Full); // Greek
        assert_eq!(Tier::of("\u{4e2d}"), Tier::Full);
    }

    /// The tier found by lead bytes is the one every char's range gives, on
    /// texts mixing chars at each range's edges in every place, in texts
    /// longer than one 64-byte window of the search.
    #[test]
    fn tier_is_decided_by_every_char() {
        let naive = |t: &str| {
            if t.is_ascii() {
                Tier::Ascii
            } else if t
                .chars()
                .all(|c| COMMON.iter().any(|&(a, z)| (a..=z).contains(&c)))
            {
                Tier::Common
            } else {
                Tier::Full
            }
        };
        let alphabet = [
            "a",
            " ",
            "\t",
            "\u{7F}",
            "\u{80}",
            "\u{36F}",
            "\u{370}",
            "\u{1FFF}",
            "\u{2000}",
            "\u{2BFF}",
            "\u{2C00}",
            "\u{FDFF}",
            "\u{FE00}",
            "\u{FE0F}",
            "\u{FE10}",
            "\u{1EFFF}",
            "\u{1F000}",
            "\u{1FAFF}",
            "\u{1FB00}",
            "\u{10FFFF}",
        ];
        let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
        for round in 0..4000 {
            let len = rng.below(150);
            let t: String = (0..len)
                .map(|_| {
                    // Mostly ASCII, with more odd chars in some rounds.
                    if rng.below(2 + round % 60) == 0 {
                        alphabet[rng.below(alphabet.len())]
                    } else {
                        "e"
                    }
                })
                .collect();
            assert_eq!(Tier::of(&t), naive(&t), "{t:?}");
        }
    }

    /// Every tier finds what the full pattern finds on text of the tier.
    #[test]
    fn cut_patterns_match_as_the_full_ones() {
        let patterns = [
            r"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:is|was)\b.*\bwriter\b",
            r"(?i)^(?:by|von)\s+\p{Lu}\w+$",
            r"[^!?]{0,20}?\s©\s*\p{Lu}\w*",
            r"\bphoto\b|\B©|(?-u:\b)x(?-u:\b)",
            r"(?i)stra(ss|ß)e",
        ];
        let texts = [
            "Jane Doe is a staff writer",
            "Ana O’Neil-Smith was our writer",
            "by Müller",
            "BY KELVIN",
            "Photo © Reuters",
            "photos x y",
            "Strasse",
            "stra\u{df}e",
            "\u{c9}mile Zola is a writer",
            "\u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2} was a writer",
            "",
        ];
        for p in patterns {
            let t = Tiered::one(Cow::Borrowed(p), 1 << 22);
            t.check("test").unwrap();
            let full = regex::Regex::new(p).unwrap();
            for text in texts {
                let want: Vec<_> = full.find_iter(text).map(|m| (m.start(), m.end())).collect();
                assert_eq!(finds(&t, Tier::of(text), text), want, "{p:?} on {text:?}");
                assert_eq!(finds(&t, Tier::Full, text), want, "{p:?} on {text:?}");
            }
        }
    }

    #[test]
    fn sets_report_their_patterns() {
        let t = Tiered::set(
            vec![
                Source::new(Cow::Borrowed(r"^\d+$")),
                Source::new(Cow::Borrowed(r"\p{L}+")),
            ],
            1 << 22,
        );
        let mut out = PatternSet::new(t.len());
        for (text, want) in [("42", vec![0]), ("a1", vec![1]), ("\u{e9}", vec![1])] {
            t.matches(Tier::of(text), text, &mut out);
            let got: Vec<usize> = out.iter().map(|p| p.as_usize()).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The fast paths of `cut` (unchanged subtrees copied, classes already
    /// inside the tier and ASCII literals kept as they are) give the tree a
    /// full rebuild gives, for every built-in pattern and tier.
    #[test]
    fn cut_keeps_what_a_rebuild_gives() {
        fn rebuild(h: &Hir) -> Hir {
            match h.kind() {
                HirKind::Repetition(r) => Hir::repetition(Repetition {
                    sub: Box::new(rebuild(&r.sub)),
                    ..*r
                }),
                HirKind::Concat(hs) => Hir::concat(hs.iter().map(rebuild).collect()),
                HirKind::Alternation(hs) => Hir::alternation(hs.iter().map(rebuild).collect()),
                HirKind::Class(c) => Hir::class(c.clone()),
                _ => h.clone(),
            }
        }
        let ascii = ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7F')]);
        let common = ClassUnicode::new(COMMON.map(|(a, z)| ClassUnicodeRange::new(a, z)));
        let mut changed = 0;
        for def in crate::detect::builtin() {
            let crate::detect::Matcher::Pattern { pattern, .. } = def.matcher else {
                continue;
            };
            let full = Source::new(Cow::Borrowed(pattern));
            let full = full.hir();
            for (tier, keep) in [(Tier::Ascii, &ascii), (Tier::Common, &common)] {
                let got = cut(full, tier, Some(keep));
                assert_eq!(rebuild(&got), got, "{}", def.id);
                changed += usize::from(got != *full);
                if cut_changed(full, tier, Some(keep)).is_none() {
                    assert_eq!(&got, full, "{}", def.id);
                }
            }
        }
        assert!(changed > 20, "{changed}");
    }

    /// A pattern in a set and alone is parsed once for both.
    #[test]
    fn sets_share_the_parse() {
        let one = Tiered::one(Cow::Borrowed(r"^\d{4}$"), 1 << 22);
        let set = Tiered::set(vec![one.shared().unwrap().clone()], 1 << 22);
        let mut out = PatternSet::new(set.len());
        set.matches(Tier::Ascii, "2024", &mut out);
        assert!(out.contains(regex_automata::PatternID::ZERO));
        // The set parsed it; the pattern alone finds it parsed.
        assert!(one.shared().unwrap().hir.get().is_some());
        assert_eq!(finds(&one, Tier::Ascii, "2024"), [(0, 4)]);
    }

    #[test]
    fn bad_patterns_are_reported() {
        let t = Tiered::one(Cow::Borrowed("(open"), 1 << 20);
        assert!(t.check("user-pattern-0").is_err());
        let big = Tiered::one(Cow::Borrowed(r"\w{1000}"), 1 << 10);
        assert!(big.check("user-pattern-1").is_err());
    }
}

/// Every built-in pattern, cut to the tier of each line of the test
/// fixtures (and of variants of them with accented, Greek and CJK letters,
/// dashes and stars), finds exactly what the `regex` crate finds with the
/// pattern as written.
#[cfg(test)]
pub(super) mod builtin_tests {
    use super::*;
    use crate::detect::{builtin, Detector, Matcher};
    use crate::Limits;

    /// Every built-in pattern (each once) and the untriggered set, as the
    /// detector holds them.
    pub(in crate::detect) fn builtins() -> Vec<Tiered> {
        let d = Detector::new(true, &[], &Limits::default()).expect("built-ins compile");
        d.patterns
            .iter()
            .map(|p| p.regex.clone())
            .chain(d.free.clone())
            .collect()
    }

    /// The lines of the fixtures, each with variants holding accented,
    /// Greek and CJK letters, dashes and stars.
    pub(in crate::detect) fn lines() -> Vec<String> {
        let mut out = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("tests/data")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("fixture");
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                out.push(line.to_string());
                out.push(line.replace('e', "\u{e9}").replace(" - ", " \u{2014} "));
                out.push(line.replacen('a', "\u{3b1}", 1));
                out.push(line.replacen(' ', " \u{4e2d} ", 1));
                out.push(format!("\u{2605} {}", line.to_uppercase()));
            }
        }
        out
    }

    #[test]
    fn cut_builtins_match_as_the_full_ones() {
        let lines = lines();
        assert!(lines.len() > 1000);
        let mut matched = 0;
        for def in builtin() {
            let Matcher::Pattern { pattern, .. } = def.matcher else {
                continue;
            };
            let tiered = Tiered::one(Cow::Borrowed(pattern), 16 << 20);
            let full = regex::Regex::new(pattern).expect("built-in pattern");
            for line in &lines {
                let want: Vec<_> = full.find_iter(line).map(|m| (m.start(), m.end())).collect();
                let got: Vec<_> = tiered
                    .find_iter(Tier::of(line), line)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                assert_eq!(got, want, "{}: {line:?}", def.id);
                matched += usize::from(!want.is_empty());
            }
        }
        // The comparison means something only if the patterns do match.
        assert!(matched > 200, "{matched} matching lines");
    }
}

/// Built-in patterns use ASCII word boundaries (`(?-u:\b)`): a lazy DFA
/// gives up at the first non-ASCII byte near a Unicode one, and the
/// fallback engines made a line of combining marks 2.3x slower per MB than
/// ordinary text (`cargo bench --bench pathological`).
#[cfg(test)]
mod boundary_tests {
    use crate::detect::{builtin, Matcher};
    use regex_syntax::hir::Hir;

    fn unicode_boundary(h: &Hir) -> bool {
        h.properties().look_set().contains_word_unicode()
    }

    #[test]
    fn builtin_patterns_use_ascii_word_boundaries() {
        let sources = builtin().filter_map(|d| match d.matcher {
            Matcher::Pattern { pattern, .. } => Some((d.id, pattern)),
            Matcher::Phrases(_) => None,
        });
        for (id, p) in sources.chain([("date", crate::date::DATE_LINE)]) {
            let hir = regex_syntax::Parser::new().parse(p).expect("parses");
            assert!(!unicode_boundary(&hir), "{id}: {p}");
        }
        assert!(unicode_boundary(
            &regex_syntax::Parser::new().parse(r"a\b").unwrap()
        ));
    }
}
