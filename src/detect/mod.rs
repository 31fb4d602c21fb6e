//! Stage 3: detection. Every phrase of every rule, built-in or user-given, is
//! compiled into one Aho-Corasick automaton that scans the document once;
//! patterns run only on the blocks their trigger phrases flagged, or, for the
//! few untriggered patterns, on short blocks through one `RegexSet`.
//!
//! Long blocks (over [`SHORT`] bytes, mostly prose) are scanned more cheaply
//! with the same result: most rules cannot fire on them (their `max_len` is
//! shorter), and a phrase of a line, prefix or suffix rule can only fire near
//! the block's first or last letter. So a long block gets one pass of a smaller
//! automaton (the phrases and triggers that can matter anywhere in it) and a
//! pass of the full one over its two edges. See [`Detector::scan`].
//!
//! A rule is data: a [`RuleDef`] with its category, id, scope and reason, kept
//! in one table per category (the submodules). Adding a kind of boilerplate
//! means adding an entry there, not code here.

mod adblock;
mod advertising;
mod caption;
mod comments;
mod license;
mod metadata;
mod navigation;
mod newsletter;
mod notice;
mod related;
mod share;

use std::borrow::Cow;
use std::cmp::Reverse;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::normalize::{self, View};
use crate::segment::Block;
use crate::{BuildError, BuildErrorKind, Category, Limits, Scope, Span};

/// What a rule's match means to the context stage beyond its own removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Nothing beyond the removal.
    Plain,
    /// An image placeholder ("Image result for …"): the caption often follows.
    Placeholder,
    /// A line that is only a photo credit: it belongs to the caption above it.
    Credit,
    /// A line that is only a date (with an optional "Posted on" or time).
    Date,
    /// A byline ("By Jane Doe in Paris").
    Byline,
}

/// How a rule matches.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Matcher {
    /// Literal phrases, ASCII-case-insensitive, matched on word boundaries.
    Phrases(&'static [&'static str]),
    /// A regex, run on a block only when one of the trigger phrases occurs in
    /// it (ASCII-case-insensitive). With no triggers it runs on every block no
    /// longer than the rule's `max_len`.
    Pattern {
        triggers: &'static [&'static str],
        pattern: &'static str,
    },
}

/// One entry of a built-in rule table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RuleDef {
    pub(crate) id: &'static str,
    pub(crate) category: Category,
    pub(crate) scope: Scope,
    pub(crate) max_len: usize,
    pub(crate) unpunctuated: bool,
    pub(crate) role: Role,
    pub(crate) reason: &'static str,
    pub(crate) matcher: Matcher,
}

impl RuleDef {
    /// A phrase rule with no length cap.
    pub(crate) const fn phrases(
        id: &'static str,
        category: Category,
        scope: Scope,
        reason: &'static str,
        phrases: &'static [&'static str],
    ) -> RuleDef {
        RuleDef {
            id,
            category,
            scope,
            max_len: usize::MAX,
            unpunctuated: false,
            role: Role::Plain,
            reason,
            matcher: Matcher::Phrases(phrases),
        }
    }

    /// A pattern rule with no length cap.
    pub(crate) const fn pattern(
        id: &'static str,
        category: Category,
        scope: Scope,
        reason: &'static str,
        triggers: &'static [&'static str],
        pattern: &'static str,
    ) -> RuleDef {
        RuleDef {
            id,
            category,
            scope,
            max_len: usize::MAX,
            unpunctuated: false,
            role: Role::Plain,
            reason,
            matcher: Matcher::Pattern { triggers, pattern },
        }
    }

    /// Fires only on blocks of at most `bytes` bytes.
    pub(crate) const fn max_len(mut self, bytes: usize) -> RuleDef {
        self.max_len = bytes;
        self
    }

    /// Fires only on blocks that do not end like a sentence (`.`, `!`, `?`).
    pub(crate) const fn unpunctuated(mut self) -> RuleDef {
        self.unpunctuated = true;
        self
    }

    /// Gives the rule a structural role for the context stage.
    pub(crate) const fn role(mut self, role: Role) -> RuleDef {
        self.role = role;
        self
    }
}

/// Every built-in table, in priority order: when several rules claim one
/// block, the earliest wins.
pub(crate) fn builtin() -> impl Iterator<Item = &'static RuleDef> {
    [
        adblock::RULES,
        license::RULES,
        newsletter::RULES,
        comments::RULES,
        share::RULES,
        related::RULES,
        caption::RULES,
        advertising::RULES,
        notice::RULES,
        navigation::RULES,
        metadata::RULES,
    ]
    .into_iter()
    .flatten()
}

/// A compiled rule.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub(crate) id: Cow<'static, str>,
    pub(crate) category: Category,
    pub(crate) scope: Scope,
    pub(crate) max_len: usize,
    pub(crate) unpunctuated: bool,
    pub(crate) role: Role,
    pub(crate) reason: Cow<'static, str>,
}

/// A user rule given to the builder.
#[derive(Clone, Debug)]
pub(crate) struct UserRule {
    pub(crate) category: Category,
    pub(crate) scope: Scope,
    pub(crate) text: String,
    pub(crate) is_pattern: bool,
}

/// What an automaton pattern stands for.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// A phrase of rule N.
    Phrase(u32),
    /// A trigger of pattern N.
    Trigger(u32),
}

/// A compiled pattern. Built-in patterns (trusted, and compiled by the tests)
/// are compiled the first time a block needs them: a run over a few pages
/// compiles only the patterns their triggers call for. User patterns are
/// compiled when the `Sweeper` is built, so that errors show there.
#[derive(Clone, Debug)]
struct Pattern {
    rule: u32,
    source: Cow<'static, str>,
    regex: OnceLock<Regex>,
}

/// The size limit of built-in patterns (trusted; may exceed a user's limit).
const BUILTIN_LIMIT: usize = 16 << 20;

impl Pattern {
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            compile(&self.source, "built-in", BUILTIN_LIMIT)
                .expect("built-in patterns compile (tested)")
        })
    }
}

/// A rule firing on a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index of the block.
    pub(crate) block: u32,
    /// Index of the rule in [`Detector::rules`].
    pub(crate) rule: u32,
    /// What to remove, in input bytes: the whole block or a part of it.
    pub(crate) span: Span,
    /// Where the rule matched, in input bytes.
    pub(crate) at: Span,
    /// True when the rule removes the whole block.
    pub(crate) whole: bool,
}

/// Blocks longer than this (in matching bytes) get the long-block scan. (On
/// wcxb-dev and the generated corpus, 300 beat 120, 200 and 450 by a few %.)
const SHORT: usize = 300;

/// An automaton match in a block: (block, pattern of [`Detector::ac`], start,
/// end), offsets relative to the block's matching text.
type Raw = (u32, u32, u32, u32);

/// All rules, compiled.
#[derive(Clone, Debug)]
pub(crate) struct Detector {
    pub(crate) rules: Vec<Rule>,
    ac: Option<AhoCorasick>,
    targets: Vec<Target>,
    patterns: Vec<Pattern>,
    /// Untriggered patterns: one set over short blocks, then each match
    /// located. Built when first needed, unless user patterns are in it.
    free: Option<OnceLock<RegexSet>>,
    free_sources: Vec<String>,
    free_limit: usize,
    free_patterns: Vec<u32>,
    free_max_len: usize,
    /// Every untriggered pattern needs an ASCII digit or a non-ASCII char to
    /// match, so the set can skip blocks without one.
    free_needs_digit: bool,
    /// The patterns of `ac` that can matter anywhere in a block longer than
    /// [`SHORT`]: phrases of block and inline rules, and triggers, whose rules
    /// allow such a length.
    long_ac: Option<AhoCorasick>,
    /// Pattern of `long_ac` → pattern of `ac`.
    long_ids: Vec<u32>,
    /// Per pattern of `ac`: a phrase of a line, prefix or suffix rule, which
    /// fires only with nothing but decoration before or after it.
    edge: Vec<bool>,
    /// The longest such phrase, in bytes.
    edge_len: usize,
}

fn compile(pattern: &str, rule: &str, size_limit: usize) -> Result<Regex, BuildError> {
    RegexBuilder::new(pattern)
        .size_limit(size_limit)
        .dfa_size_limit(size_limit.max(1 << 20))
        .build()
        .map_err(|e| {
            BuildError::with_source(
                BuildErrorKind::InvalidPattern {
                    rule: rule.to_string(),
                    pattern: pattern.to_string(),
                },
                e,
            )
        })
}

impl Detector {
    /// Compiles the built-in rules (when `builtins`) and the user rules.
    pub(crate) fn new(
        builtins: bool,
        user: &[UserRule],
        limits: &Limits,
    ) -> Result<Detector, BuildError> {
        if user.len() > limits.get_max_user_rules() {
            return Err(BuildError::new(BuildErrorKind::TooManyRules {
                count: user.len(),
                limit: limits.get_max_user_rules(),
            }));
        }
        let mut rules = Vec::new();
        let mut ac_phrases: Vec<String> = Vec::new();
        let mut targets = Vec::new();
        let mut patterns = Vec::new();
        let mut free_sources = Vec::new();
        let mut free_patterns = Vec::new();
        let mut free_max_len = 0usize;
        let builtin_limit = BUILTIN_LIMIT;

        let mut add_pattern = |rule_idx: u32,
                               source: Cow<'static, str>,
                               regex: Option<Regex>,
                               triggers: &[&str],
                               max_len: usize,
                               ac_phrases: &mut Vec<String>,
                               targets: &mut Vec<Target>| {
            let p = patterns.len() as u32;
            if triggers.is_empty() {
                free_sources.push(source.to_string());
                free_patterns.push(p);
                free_max_len = free_max_len.max(max_len);
            }
            for t in triggers {
                ac_phrases.push(fold_phrase(t));
                targets.push(Target::Trigger(p));
            }
            let cell = OnceLock::new();
            if let Some(re) = regex {
                let _ = cell.set(re);
            }
            patterns.push(Pattern {
                rule: rule_idx,
                source,
                regex: cell,
            });
        };

        if builtins {
            for def in builtin() {
                let idx = rules.len() as u32;
                rules.push(Rule {
                    id: Cow::Borrowed(def.id),
                    category: def.category,
                    scope: def.scope,
                    max_len: def.max_len,
                    unpunctuated: def.unpunctuated,
                    role: def.role,
                    reason: Cow::Borrowed(def.reason),
                });
                match def.matcher {
                    Matcher::Phrases(list) => {
                        for p in list {
                            ac_phrases.push(fold_phrase(p));
                            targets.push(Target::Phrase(idx));
                        }
                    }
                    Matcher::Pattern { triggers, pattern } => {
                        add_pattern(
                            idx,
                            Cow::Borrowed(pattern),
                            None,
                            triggers,
                            def.max_len,
                            &mut ac_phrases,
                            &mut targets,
                        );
                    }
                }
            }
        }
        let (mut n_phrase, mut n_pattern) = (0usize, 0usize);
        for u in user {
            let id = if u.is_pattern {
                n_pattern += 1;
                format!("user-pattern-{}", n_pattern - 1)
            } else {
                n_phrase += 1;
                format!("user-phrase-{}", n_phrase - 1)
            };
            // Empty once folded as the text is: a phrase of only zero-width or
            // control characters would match at every byte.
            if u.text.trim().is_empty()
                || (!u.is_pattern && fold_phrase(u.text.trim()).trim().is_empty())
            {
                return Err(BuildError::new(BuildErrorKind::EmptyRule { rule: id }));
            }
            if u.text.len() > limits.get_max_rule_bytes() {
                return Err(BuildError::new(BuildErrorKind::RuleTooLong {
                    rule: id,
                    len: u.text.len(),
                    limit: limits.get_max_rule_bytes(),
                }));
            }
            let idx = rules.len() as u32;
            let reason = if u.is_pattern {
                format!("matches user pattern {:?}", u.text)
            } else {
                format!("matches user phrase {:?}", u.text)
            };
            rules.push(Rule {
                id: Cow::Owned(id.clone()),
                category: u.category,
                scope: u.scope,
                max_len: usize::MAX,
                unpunctuated: false,
                role: Role::Plain,
                reason: Cow::Owned(reason),
            });
            if u.is_pattern {
                let re = compile(&u.text, &id, limits.get_regex_size_limit())?;
                // User patterns have no trigger: they run on every block.
                add_pattern(
                    idx,
                    Cow::Owned(u.text.clone()),
                    Some(re),
                    &[],
                    usize::MAX,
                    &mut ac_phrases,
                    &mut targets,
                );
            } else {
                ac_phrases.push(fold_phrase(u.text.trim()));
                targets.push(Target::Phrase(idx));
            }
        }
        let ac = automaton(&ac_phrases)?;
        // What each automaton pattern can do in a long block.
        let mut edge = vec![false; targets.len()];
        let mut long_phrases = Vec::new();
        let mut long_ids = Vec::new();
        for (k, t) in targets.iter().enumerate() {
            let (scope, max_len) = match *t {
                Target::Phrase(rule) => (rules[rule as usize].scope, rules[rule as usize].max_len),
                Target::Trigger(p) => {
                    let r: &Rule = &rules[patterns[p as usize].rule as usize];
                    // A trigger matters anywhere: it only lets its pattern run.
                    let scope = if r.scope == Scope::Inline {
                        Scope::Inline
                    } else {
                        Scope::Block
                    };
                    (scope, r.max_len)
                }
            };
            match scope {
                Scope::Line | Scope::Prefix | Scope::Suffix => edge[k] = true,
                // Inline rules have no length cap.
                Scope::Inline | Scope::Block => {
                    if scope == Scope::Inline || max_len > SHORT {
                        long_phrases.push(ac_phrases[k].clone());
                        long_ids.push(k as u32);
                    }
                }
            }
        }
        let edge_len = (0..targets.len())
            .filter(|&k| edge[k])
            .map(|k| ac_phrases[k].len())
            .max();
        let long_ac = automaton(&long_phrases)?;
        let free_needs_digit = free_sources.iter().all(|src| needs_digit(src));
        let free_limit = builtin_limit.max(
            limits
                .get_regex_size_limit()
                .saturating_mul(free_sources.len()),
        );
        let free = if free_sources.is_empty() {
            None
        } else if user.iter().any(|u| u.is_pattern) {
            // With user patterns in it, the set is built now: its errors are
            // the user's to see.
            let cell = OnceLock::new();
            let _ = cell.set(free_set(&free_sources, free_limit)?);
            Some(cell)
        } else {
            Some(OnceLock::new())
        };
        Ok(Detector {
            rules,
            ac,
            targets,
            patterns,
            free,
            free_sources,
            free_limit,
            free_patterns,
            free_max_len,
            free_needs_digit,
            long_ac,
            long_ids,
            edge,
            edge_len: edge_len.unwrap_or(0),
        })
    }

    /// Finds every rule firing on every block, whether or not its category is
    /// on (the splitter reads date lines even when metadata is kept). Hits come
    /// out ordered by block.
    ///
    /// Blocks whose matching view differs from the input are matched on their
    /// view. The automaton runs over runs of consecutive short blocks at once
    /// (matches that cross a block boundary are dropped), over each other short
    /// block alone, and as [`Detector::scan_long`] says over long blocks: every
    /// way yields the same matches, in the same order, as one pass of the full
    /// automaton over each block (`tests::scan_equals_the_naive_scan`).
    /// Scans one `line` (what an inline cut leaves of a block) for enabled
    /// rules: the first rule, in table order, that removes the whole line, and
    /// the inline hits `(start, end, rule)` as offsets into `line`. One scan
    /// serves both questions the judge asks of a cut line.
    pub(crate) fn rescan(
        &self,
        line: &str,
        enabled: &[bool],
    ) -> (Option<u32>, Vec<(usize, usize, u32)>) {
        let start = line.len() - line.trim_start().len();
        let t = line.trim();
        if t.is_empty() {
            return (None, Vec::new());
        }
        let block = Block {
            span: Span::new(start, start + t.len()),
            para: 0,
        };
        let mut whole = None;
        let mut inline = Vec::new();
        for h in self.scan(line, &[block]) {
            if !enabled[self.rules[h.rule as usize].category.index()] {
                continue;
            }
            if h.whole {
                whole = Some(whole.map_or(h.rule, |w: u32| w.min(h.rule)));
            } else {
                inline.push((h.span.start, h.span.end, h.rule));
            }
        }
        (whole, inline)
    }

    pub(crate) fn scan(&self, text: &str, blocks: &[Block]) -> Vec<Hit> {
        let (views, raw) = self.matches(text, blocks);
        self.hits(text, blocks, &views, &raw)
    }

    /// The views of the blocks that need one (sparse, by block) and the
    /// automaton matches, in block order.
    fn matches(&self, text: &str, blocks: &[Block]) -> (Vec<(u32, View)>, Vec<Raw>) {
        let mut views: Vec<(u32, View)> = Vec::new();
        let mut raw: Vec<Raw> = Vec::new(); // in block order
        let mut run: Option<usize> = None; // first block of a run of short plain blocks
        for (bi, b) in blocks.iter().enumerate() {
            let view = normalize::view(&text[b.span]);
            let mt: &str = view.as_ref().map_or(&text[b.span], |v| v.text.as_str());
            if view.is_none() && mt.len() <= SHORT {
                run.get_or_insert(bi);
                continue;
            }
            if let Some(first) = run.take() {
                self.scan_run(text, &blocks[first..bi], first, &mut raw);
            }
            if let Some(ac) = &self.ac {
                if mt.len() <= SHORT {
                    for m in ac.find_overlapping_iter(mt) {
                        raw.push((
                            bi as u32,
                            m.pattern().as_u32(),
                            m.start() as u32,
                            m.end() as u32,
                        ));
                    }
                } else {
                    self.scan_long(ac, bi as u32, mt, &mut raw);
                }
            }
            if let Some(v) = view {
                views.push((bi as u32, v));
            }
        }
        if let Some(first) = run {
            self.scan_run(text, &blocks[first..], first, &mut raw);
        }
        (views, raw)
    }

    /// The hits, from the automaton matches and the patterns.
    fn hits(&self, text: &str, blocks: &[Block], views: &[(u32, View)], raw: &[Raw]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut cursor = 0usize;
        let mut view_cursor = 0usize;
        let mut todo: Vec<u32> = Vec::new();
        for (bi, block) in blocks.iter().enumerate() {
            let view = match views.get(view_cursor) {
                Some((vb, v)) if *vb as usize == bi => {
                    view_cursor += 1;
                    Some(v)
                }
                _ => None,
            };
            let mt: &str = view.map_or(&text[block.span], |v| v.text.as_str());
            let to_abs = |i: usize| block.span.start + view.map_or(i, |v| v.to_block(i));
            let end_to_abs = |i: usize| block.span.start + view.map_or(i, |v| v.end_to_block(i));
            let emit = |rule: u32, s: usize, e: usize, hits: &mut Vec<Hit>| {
                let r = &self.rules[rule as usize];
                if let Some(whole) = judge_match(r, mt, s, e) {
                    let at = Span::new(to_abs(s), end_to_abs(e));
                    let span = if whole { block.span } else { at };
                    if !span.is_empty() {
                        hits.push(Hit {
                            block: bi as u32,
                            rule,
                            span,
                            at,
                            whole,
                        });
                    }
                }
            };
            todo.clear();
            while cursor < raw.len() && raw[cursor].0 as usize == bi {
                let (_, t, s, e) = raw[cursor];
                cursor += 1;
                match self.targets[t as usize] {
                    Target::Phrase(rule) => {
                        if on_word_boundaries(mt, s as usize, e as usize) {
                            emit(rule, s as usize, e as usize, &mut hits);
                        }
                    }
                    Target::Trigger(p) => todo.push(p),
                }
            }
            if let Some(set) = &self.free {
                if mt.len() <= self.free_max_len && (!self.free_needs_digit || has_digit(mt)) {
                    let set = set.get_or_init(|| {
                        free_set(&self.free_sources, self.free_limit)
                            .expect("built-in patterns compile (tested)")
                    });
                    for k in set.matches(mt).iter() {
                        todo.push(self.free_patterns[k]);
                    }
                }
            }
            todo.sort_unstable();
            todo.dedup();
            for &p in &todo {
                let pat = &self.patterns[p as usize];
                let r = &self.rules[pat.rule as usize];
                if r.scope != Scope::Inline && mt.len() > r.max_len {
                    continue;
                }
                for m in pat.regex().find_iter(mt) {
                    if m.is_empty() {
                        continue;
                    }
                    emit(pat.rule, m.start(), m.end(), &mut hits);
                    if r.scope != Scope::Inline {
                        break;
                    }
                }
            }
        }
        hits
    }

    /// Matches of the full automaton in `blocks` (consecutive short blocks
    /// matched on the input, the first being block `first`), by one pass over
    /// the text from the first block's start to the last one's end.
    fn scan_run(&self, text: &str, blocks: &[Block], first: usize, raw: &mut Vec<Raw>) {
        let (Some(ac), Some(a), Some(z)) = (&self.ac, blocks.first(), blocks.last()) else {
            return;
        };
        let base = a.span.start;
        let mut k = 0usize;
        for m in ac.find_overlapping_iter(&text[base..z.span.end]) {
            let (s, e) = (base + m.start(), base + m.end());
            // Matches come in order of their end; blocks are sorted.
            while k < blocks.len() && blocks[k].span.end < e {
                k += 1;
            }
            let Some(b) = blocks.get(k) else { break };
            if s < b.span.start {
                continue; // crosses into the block from the gap or the block before
            }
            let (s, e) = (s - b.span.start, e - b.span.start);
            raw.push(((first + k) as u32, m.pattern().as_u32(), s as u32, e as u32));
        }
    }

    /// Matches in a long block `mt` (block `bi`), without running the full
    /// automaton over all of it. A rule with a `max_len` below the block's
    /// length cannot fire, nor can its pattern run, so its phrases and triggers
    /// are not looked for; the rest are:
    ///
    /// * phrases of block and inline rules and triggers: anywhere, with
    ///   `long_ac`;
    /// * phrases of line and prefix rules: with only decoration before them,
    ///   so they start at or before the first non-decoration char, at `a`, and
    ///   end by `a + edge_len`; phrases of suffix rules, symmetrically, end at
    ///   or after the end `z` of the last one. The full automaton runs over
    ///   `..a + edge_len` and `z - edge_len..` and only their matches are kept.
    ///
    /// The matches are then put in the order one pass over the block gives:
    /// by end, longer first, then by pattern (`tests::overlapping_order`).
    fn scan_long(&self, ac: &AhoCorasick, bi: u32, mt: &str, raw: &mut Vec<Raw>) {
        let from = raw.len();
        if let Some(long) = &self.long_ac {
            for m in long.find_overlapping_iter(mt) {
                let k = self.long_ids[m.pattern().as_usize()];
                raw.push((bi, k, m.start() as u32, m.end() as u32));
            }
        }
        if self.edge_len > 0 {
            let a = mt
                .char_indices()
                .find(|&(_, c)| !is_decoration_char(c))
                .map_or(mt.len(), |(i, _)| i);
            let z = mt
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_decoration_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let head = ceil_char_boundary(mt, a.saturating_add(self.edge_len));
            let tail = floor_char_boundary(mt, z.saturating_sub(self.edge_len));
            let windows = if head >= tail {
                [(0, mt.len()), (0, 0)]
            } else {
                [(0, head), (tail, mt.len())]
            };
            for (ws, we) in windows {
                if we == 0 {
                    continue;
                }
                for m in ac.find_overlapping_iter(&mt[ws..we]) {
                    let k = m.pattern().as_usize();
                    if self.edge[k] {
                        raw.push((bi, k as u32, (ws + m.start()) as u32, (ws + m.end()) as u32));
                    }
                }
            }
        }
        raw[from..].sort_unstable_by_key(|&(_, k, s, e)| (e, Reverse(e - s), k));
    }
}

/// The set of the untriggered patterns.
fn free_set(sources: &[String], size_limit: usize) -> Result<RegexSet, BuildError> {
    RegexSetBuilder::new(sources)
        .size_limit(size_limit)
        .dfa_size_limit(16 << 20)
        .build()
        .map_err(|e| {
            BuildError::with_source(
                BuildErrorKind::InvalidPattern {
                    rule: "pattern-set".to_string(),
                    pattern: String::new(),
                },
                e,
            )
        })
}

/// The phrase automaton: ASCII-case-insensitive, all overlapping matches.
fn automaton(phrases: &[String]) -> Result<Option<AhoCorasick>, BuildError> {
    if phrases.is_empty() {
        return Ok(None);
    }
    let mut b = AhoCorasick::builder();
    b.ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard);
    // The DFA is the fastest kind; it can refuse very large pattern
    // sets, and then the automatic choice still works.
    let ac = b
        .clone()
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases)
        .or_else(|_| b.build(phrases))
        .map_err(|e| BuildError::with_source(BuildErrorKind::Automaton, e))?;
    Ok(Some(ac))
}

/// The smallest char boundary of `t` at or after `i` (or `t.len()`).
fn ceil_char_boundary(t: &str, i: usize) -> usize {
    (i..t.len())
        .find(|&k| t.is_char_boundary(k))
        .unwrap_or(t.len())
}

/// The largest char boundary of `t` at or before `i`.
fn floor_char_boundary(t: &str, i: usize) -> usize {
    (0..=i.min(t.len()))
        .rev()
        .find(|&k| t.is_char_boundary(k))
        .unwrap_or(0)
}

/// True when `t` holds an ASCII digit or a non-ASCII char.
fn has_digit(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit() || b >= 0x80)
}

/// True when every match of `pattern` holds an ASCII digit or a non-ASCII char
/// (so a block without one cannot match). Conservative: false when unsure.
fn needs_digit(pattern: &str) -> bool {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn needs(h: &Hir) -> bool {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => false,
            HirKind::Literal(lit) => lit.0.iter().any(|&b| b.is_ascii_digit() || b >= 0x80),
            HirKind::Class(Class::Unicode(c)) => c
                .ranges()
                .iter()
                .all(|r| r.start() >= '\u{80}' || r.start().is_ascii_digit() && r.end() <= '9'),
            HirKind::Class(Class::Bytes(c)) => c
                .ranges()
                .iter()
                .all(|r| r.start() >= 0x80 || r.start().is_ascii_digit() && r.end() <= b'9'),
            HirKind::Repetition(r) => r.min >= 1 && needs(&r.sub),
            HirKind::Capture(c) => needs(&c.sub),
            HirKind::Concat(hs) => hs.iter().any(needs),
            HirKind::Alternation(hs) => hs.iter().all(needs),
        }
    }
    // The parser's defaults are the regex crate's.
    regex_syntax::Parser::new()
        .parse(pattern)
        .is_ok_and(|h| needs(&h))
}

/// Phrases are matched on the same folded view as the text.
fn fold_phrase(p: &str) -> String {
    normalize::view(p).map_or_else(|| p.to_string(), |v| v.text)
}

/// True when `s..e` does not start or end inside a word.
fn on_word_boundaries(t: &str, s: usize, e: usize) -> bool {
    let inner_first = t[s..].chars().next().is_some_and(char::is_alphanumeric);
    let inner_last = t[..e]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before = t[..s]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let after = t[e..].chars().next().is_some_and(char::is_alphanumeric);
    !((inner_first && before) || (inner_last && after))
}

/// Decoration: white space, punctuation, digits and symbols, but no letters
/// and no currency or percent signs (a line "Twitter | $0.50" is a price list,
/// not a share button).
fn is_decoration(s: &str) -> bool {
    s.chars().all(is_decoration_char)
}

/// One char of decoration. (Decoration is decided char by char: the long-block
/// scan relies on it to find where line, prefix and suffix phrases can fire.)
fn is_decoration_char(c: char) -> bool {
    !(c.is_alphabetic() || matches!(c, '$' | '€' | '£' | '¥' | '%'))
}

/// True when the text ends like a sentence: `.`, `!`, `?` or `…`, possibly
/// followed by closing quotes or brackets.
pub(crate) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
    });
    t.ends_with(['.', '!', '?', '…'])
}

/// Does rule `r` matching `mt[s..e]` fire? `Some(true)` removes the whole
/// block, `Some(false)` only the match.
fn judge_match(r: &Rule, mt: &str, s: usize, e: usize) -> Option<bool> {
    if r.scope == Scope::Inline {
        return Some(false);
    }
    if mt.len() > r.max_len || (r.unpunctuated && ends_sentence(mt)) {
        return None;
    }
    let fires = match r.scope {
        Scope::Line => is_decoration(&mt[..s]) && is_decoration(&mt[e..]),
        Scope::Prefix => is_decoration(&mt[..s]),
        Scope::Suffix => is_decoration(&mt[e..]),
        Scope::Block | Scope::Inline => true,
    };
    fires.then_some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines made to hit the long-block scan's edge cases: phrases and
    /// triggers of every rule at the start, the end and in the middle of
    /// short and long lines, with decoration, digits, currency, curly quotes,
    /// Unicode spaces and combining marks around them.
    fn awkward_pages() -> Vec<String> {
        let mut words: Vec<&str> = Vec::new();
        for def in builtin() {
            match def.matcher {
                Matcher::Phrases(list) => words.extend(list.iter().copied()),
                Matcher::Pattern { triggers, .. } => words.extend(triggers.iter().copied()),
            }
        }
        let filler = [
            "the",
            "council",
            "said",
            "on",
            "Tuesday",
            "that",
            "Photo:",
            "Jane",
            "Roe/AP",
            "©",
            "2024",
            "|",
            "•",
            "-",
            "$5",
            "%",
            "(",
            ")",
            "[",
            "]",
            ".",
            ":",
            "\u{2019}",
            "\u{201C}",
            "\u{A0}",
            "e\u{301}",
            "caf\u{E9}",
            "\u{200B}",
            "12",
            "May",
            "By",
            "Ann",
            "Lee",
            "via",
            "Getty Images",
        ];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let mut pages = Vec::new();
        for _ in 0..400 {
            let mut page = String::new();
            for _ in 0..1 + next(12) {
                let target = [10, 60, 190, SHORT - 10, SHORT + 5, 420, 900, 1600][next(8)];
                let mut line = String::new();
                while line.len() < target {
                    let w = if next(3) == 0 {
                        words[next(words.len())]
                    } else {
                        filler[next(filler.len())]
                    };
                    let w = if next(4) == 0 {
                        w.to_uppercase()
                    } else {
                        w.to_string()
                    };
                    if !line.is_empty() {
                        line.push(if next(10) == 0 { '\u{A0}' } else { ' ' });
                    }
                    line.push_str(&w);
                }
                page.push_str(&line);
                page.push_str(["\n", "\n\n", "\r\n"][next(3)]);
            }
            pages.push(page);
        }
        pages
    }

    #[test]
    fn scan_equals_the_naive_scan() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let ac = d.ac.as_ref().unwrap();
        let mut long_blocks = 0;
        for page in awkward_pages() {
            let blocks = crate::segment::blocks(&page);
            // Naive: the full automaton over every block's matching text.
            let views: Vec<(u32, View)> = blocks
                .iter()
                .enumerate()
                .filter_map(|(i, b)| {
                    normalize::view(&page[b.span.start..b.span.end]).map(|v| (i as u32, v))
                })
                .collect();
            let mut raw = Vec::new();
            for (i, b) in blocks.iter().enumerate() {
                let view = views.iter().find(|(k, _)| *k as usize == i).map(|(_, v)| v);
                let mt = view.map_or(&page[b.span.start..b.span.end], |v| v.text.as_str());
                long_blocks += usize::from(mt.len() > SHORT);
                for m in ac.find_overlapping_iter(mt) {
                    raw.push((
                        i as u32,
                        m.pattern().as_u32(),
                        m.start() as u32,
                        m.end() as u32,
                    ));
                }
            }
            let naive = d.hits(&page, &blocks, &views, &raw);
            assert_eq!(d.scan(&page, &blocks), naive, "{page:?}");
        }
        assert!(long_blocks > 1000, "{long_blocks}");
    }

    #[test]
    fn overlapping_order() {
        // scan_long sorts its matches into the order of one overlapping pass.
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let ac = d.ac.as_ref().unwrap();
        for page in awkward_pages() {
            let got: Vec<(usize, usize, u32)> = ac
                .find_overlapping_iter(&page)
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .collect();
            let mut sorted = got.clone();
            sorted.sort_by_key(|&(s, e, k)| (e, Reverse(e - s), k));
            assert_eq!(got, sorted);
        }
    }

    #[test]
    fn digit_gate() {
        assert!(needs_digit(crate::date::DATE_LINE));
        assert!(needs_digit(
            r"(?i)^(?:image|photo)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$"
        ));
        assert!(needs_digit("caf\u{e9}|[0-9]+|\u{e9}"));
        assert!(!needs_digit(r"\d*"));
        assert!(!needs_digit(r"a|1"));
        assert!(!needs_digit(r"[0-9a]"));
        assert!(!needs_digit("(unclosed"));
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        assert!(d.free_needs_digit);
        let user = UserRule {
            category: Category::Share,
            scope: Scope::Line,
            text: "^x$".into(),
            is_pattern: true,
        };
        assert!(
            !Detector::new(true, &[user], &Limits::default())
                .unwrap()
                .free_needs_digit
        );
    }

    #[test]
    fn builtins_compile() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        // Built-in patterns compile lazily: compile each one and the set now.
        for p in &d.patterns {
            compile(&p.source, "test", BUILTIN_LIMIT).unwrap();
        }
        free_set(&d.free_sources, d.free_limit).unwrap();
        assert!(d.rules.len() > 20);
        let mut ids: Vec<_> = d.rules.iter().map(|r| r.id.clone()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "rule ids must be unique");
    }

    #[test]
    fn every_builtin_has_a_reason_and_a_lowercase_phrase() {
        for def in builtin() {
            assert!(!def.reason.is_empty(), "{}", def.id);
            if let Matcher::Phrases(list) = def.matcher {
                for p in list {
                    assert_eq!(*p, p.to_lowercase(), "{}: {p}", def.id);
                    assert_eq!(*p, p.trim(), "{}: {p:?}", def.id);
                }
            }
        }
    }

    #[test]
    fn boundaries() {
        assert!(on_word_boundaries("share this", 0, 5));
        assert!(!on_word_boundaries("shareholders", 0, 5));
        assert!(!on_word_boundaries("reshare", 2, 7));
        assert!(on_word_boundaries("(opens new window)", 0, 18));
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“Why?”"));
        assert!(!ends_sentence("Share on Twitter"));
    }
}
