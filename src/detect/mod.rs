//! Stage 3: detection. Every phrase of every rule, built-in or user-given, is
//! compiled into one Aho-Corasick automaton that scans the document once;
//! patterns run only on the blocks their trigger phrases flagged, or, for the
//! few untriggered patterns, on short blocks through one `RegexSet`.
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

#[derive(Clone, Debug)]
struct Pattern {
    rule: u32,
    regex: Regex,
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

/// All rules, compiled.
#[derive(Clone, Debug)]
pub(crate) struct Detector {
    pub(crate) rules: Vec<Rule>,
    ac: Option<AhoCorasick>,
    targets: Vec<Target>,
    patterns: Vec<Pattern>,
    /// Untriggered patterns: one set over short blocks, then each match located.
    free: Option<RegexSet>,
    free_patterns: Vec<u32>,
    free_max_len: usize,
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
        // Built-in patterns are trusted and may be larger than a user's limit.
        let builtin_limit = 16 << 20;

        let mut add_pattern = |rule_idx: u32,
                               regex: Regex,
                               triggers: &[&str],
                               max_len: usize,
                               ac_phrases: &mut Vec<String>,
                               targets: &mut Vec<Target>| {
            let p = patterns.len() as u32;
            if triggers.is_empty() {
                free_sources.push(regex.as_str().to_string());
                free_patterns.push(p);
                free_max_len = free_max_len.max(max_len);
            }
            for t in triggers {
                ac_phrases.push(fold_phrase(t));
                targets.push(Target::Trigger(p));
            }
            patterns.push(Pattern {
                rule: rule_idx,
                regex,
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
                        let re = compile(pattern, def.id, builtin_limit)?;
                        add_pattern(
                            idx,
                            re,
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
            if u.text.trim().is_empty() {
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
                add_pattern(idx, re, &[], usize::MAX, &mut ac_phrases, &mut targets);
            } else {
                ac_phrases.push(fold_phrase(u.text.trim()));
                targets.push(Target::Phrase(idx));
            }
        }
        let ac = if ac_phrases.is_empty() {
            None
        } else {
            let mut b = AhoCorasick::builder();
            b.ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard);
            // The DFA is the fastest kind; it can refuse very large pattern
            // sets, and then the automatic choice still works.
            let ac = b
                .clone()
                .kind(Some(AhoCorasickKind::DFA))
                .build(&ac_phrases)
                .or_else(|_| b.build(&ac_phrases))
                .map_err(|e| BuildError::with_source(BuildErrorKind::Automaton, e))?;
            Some(ac)
        };
        let free = if free_sources.is_empty() {
            None
        } else {
            let set = RegexSetBuilder::new(&free_sources)
                .size_limit(builtin_limit.max(limits.get_regex_size_limit() * free_sources.len()))
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
                })?;
            Some(set)
        };
        Ok(Detector {
            rules,
            ac,
            targets,
            patterns,
            free,
            free_patterns,
            free_max_len,
        })
    }

    /// Finds every rule firing on every block, whether or not its category is
    /// on (the splitter reads date lines even when metadata is kept). Hits come
    /// out ordered by block.
    pub(crate) fn scan(&self, text: &str, blocks: &[Block]) -> Vec<Hit> {
        let mut hits = Vec::new();
        // Blocks whose matching view differs from the input are scanned on
        // their view; the rest are covered by one pass over the whole text.
        let views: Vec<Option<View>> = blocks
            .iter()
            .map(|b| normalize::view(&text[b.span]))
            .collect();
        let mut raw: Vec<(u32, u32, u32, u32)> = Vec::new(); // block, target, start, end (block-relative)
        if let Some(ac) = &self.ac {
            let mut bi = 0usize;
            for m in ac.find_overlapping_iter(text) {
                // Matches come in order of their end; blocks are sorted.
                while bi < blocks.len() && blocks[bi].span.end < m.end() {
                    bi += 1;
                }
                let Some(b) = blocks.get(bi) else { break };
                if m.start() < b.span.start || views[bi].is_some() {
                    continue;
                }
                raw.push((
                    bi as u32,
                    m.pattern().as_u32(),
                    (m.start() - b.span.start) as u32,
                    (m.end() - b.span.start) as u32,
                ));
            }
            for (bi, v) in views.iter().enumerate() {
                if let Some(v) = v {
                    for m in ac.find_overlapping_iter(v.text.as_str()) {
                        raw.push((
                            bi as u32,
                            m.pattern().as_u32(),
                            m.start() as u32,
                            m.end() as u32,
                        ));
                    }
                }
            }
            raw.sort_by_key(|r| r.0);
        }
        let mut cursor = 0usize;
        let mut todo: Vec<u32> = Vec::new();
        for (bi, block) in blocks.iter().enumerate() {
            let view = views[bi].as_ref();
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
                if mt.len() <= self.free_max_len {
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
                for m in pat.regex.find_iter(mt) {
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
    !s.chars()
        .any(|c| c.is_alphabetic() || matches!(c, '$' | '€' | '£' | '¥' | '%'))
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

    #[test]
    fn builtins_compile() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
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
