//! Stage 3: detection. Every phrase of every rule, built-in or user-given, is
//! compiled into one Aho-Corasick automaton that scans the document once;
//! patterns run only on the blocks their trigger phrases flagged, or, for the
//! few untriggered patterns, on short blocks through one `RegexSet`.
//!
//! The automaton runs over runs of consecutive blocks at once, long and short
//! alike: one table walked through the whole document stays in the cache. A
//! match of a rule that cannot fire where it is (too long a block, text after
//! a suffix phrase) is dropped by the judgement of each match. See
//! [`Detector::scan`].
//!
//! A rule is data: a [`RuleDef`] with its category, id, scope and reason, kept
//! in one table per category (the submodules). Adding a kind of boilerplate
//! means adding an entry there, not code here.

mod adblock;
mod advertising;
mod caption;
mod comments;
mod levels;
mod license;
mod metadata;
mod navigation;
mod newsletter;
mod notice;
mod pattern;
mod phrase_dfa;
mod prebuilt;
mod prefix_trie;
mod related;
mod share;
mod stand_in;

use std::borrow::Cow;
use std::sync::Arc;

use aho_corasick::{Anchored, MatchKind};
use regex_automata::PatternSet;

use self::pattern::{Haystack, Source, Tiered};
use self::phrase_dfa::PhraseDfa;
use self::prefix_trie::PrefixTrie;
use crate::normalize::{self, View};
use crate::output::{RuleRef, UserNames};
use crate::segment::Block;
use crate::span::Span32;
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
    /// A byline's label without the name ("Written by", "About the author"):
    /// a byline to the splitter; an article's byline is the name under it.
    BylineLabel,
    /// A bare name that is a widget button among other widgets and a heading
    /// above prose about it ("TikTok"): the context stage keeps it between
    /// two kept lines when the next one is prose.
    Label,
    /// An ad break inside the article ("Story continues below
    /// advertisement"): the article goes on under it, so it opens no footer
    /// zone.
    Break,
    /// A breadcrumb trail ("Home > News > Local"): printed above the
    /// headline, so a title-shaped line right above one is a menu or the
    /// site's name, not the headline.
    Breadcrumb,
    /// A link or button printed inside the article ("READ: …", "See also:
    /// …", an event's "Add to calendar", a code block's "Copy"): the article
    /// may go on under it, so it opens no footer zone, and no header zone
    /// reaches down to it.
    Aside,
    /// A link to the previous or next post ("Next: “The River” →"): it
    /// closes a post, so no header zone above the article reaches down to it.
    PostNav,
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
        advertising::BREAKS,
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
    /// Its names, as removals carry them.
    pub(crate) names: RuleRef,
    pub(crate) category: Category,
    pub(crate) scope: Scope,
    pub(crate) max_len: usize,
    pub(crate) unpunctuated: bool,
    pub(crate) role: Role,
    /// The rule leaves a line that reports speech ([`reports_speech`]) or
    /// is one quotation ([`quotation`]).
    pub(crate) spares_reports: bool,
    /// The rule leaves a line that quotes its words inside a long sentence
    /// ([`quoted_mention`]).
    pub(crate) spares_quotes: bool,
}

impl Rule {
    /// The rule's stable id.
    pub(crate) fn id(&self) -> &str {
        self.names.id()
    }
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

/// A pattern rule's pattern. Built-in patterns (trusted, and compiled by the
/// tests) are compiled the first time a block needs them, per tier of text
/// ([`pattern`]): a run over a few pages compiles only the patterns their
/// triggers call for. User patterns are compiled when the `Sweeper` is
/// built, so that errors show there.
#[derive(Clone, Debug)]
struct Pattern {
    rule: u32,
    regex: Tiered,
}

/// The size limit of built-in patterns (trusted; may exceed a user's limit).
const BUILTIN_LIMIT: usize = 16 << 20;

/// A rule firing on a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index of the block.
    pub(crate) block: u32,
    /// Index of the rule in [`Detector::rules`], with [`Hit::WHOLE`] set
    /// when the rule removes the whole block (16 bytes a hit, not 20).
    rule: u32,
    /// Where the rule matched, in input bytes: what an inline hit removes.
    at: Span32,
}

impl Hit {
    /// The flag in `rule` of a hit that removes the whole block. (There are
    /// far fewer rules than 2^31: user rules are capped by
    /// [`Limits::max_user_rules`].)
    const WHOLE: u32 = 1 << 31;

    fn new(block: usize, rule: u32, at: Span, whole: bool) -> Hit {
        Hit {
            block: block as u32,
            rule: rule | if whole { Hit::WHOLE } else { 0 },
            at: Span32::new(at),
        }
    }

    /// Index of the rule in [`Detector::rules`].
    pub(crate) const fn rule(&self) -> u32 {
        self.rule & !Hit::WHOLE
    }

    /// True when the rule removes the whole block.
    pub(crate) const fn whole(&self) -> bool {
        self.rule & Hit::WHOLE != 0
    }

    /// Where the rule matched, in input bytes.
    pub(crate) const fn at(&self) -> Span {
        self.at.get()
    }
}

/// An automaton match in a block: (entry of [`Detector::targets`], start,
/// end), offsets relative to the block's matching text.
type Raw = (u32, u32, u32);

/// All rules, compiled.
#[derive(Clone, Debug)]
pub(crate) struct Detector {
    pub(crate) rules: Vec<Rule>,
    /// What each phrase (built-in or user phrase, or trigger) stands for,
    /// and the phrase itself, folded as the text is.
    targets: Vec<Target>,
    phrases: Vec<String>,
    /// Phrases and triggers that can match anywhere in a block: phrases of
    /// block, inline and suffix rules, triggers, and the rare line or prefix
    /// phrase made only of decoration.
    anywhere: Option<Anywhere>,
    /// The cores of the other line and prefix phrases (the phrase without the
    /// decoration around it), matched anchored at a block's first char that is
    /// not decoration.
    at_start: Option<AtStart>,
    /// Per phrase of `at_start`: bytes of decoration before and after its core.
    affix: Vec<(u32, u32)>,
    patterns: Vec<Pattern>,
    /// Untriggered patterns: one set over short blocks, then each match
    /// located. Built when first needed, unless user patterns are in it.
    free: Option<Tiered>,
    free_patterns: Vec<u32>,
    free_max_len: usize,
    /// Every untriggered pattern needs an ASCII digit or a non-ASCII char to
    /// match, so the set can skip blocks without one.
    free_needs_digit: bool,
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
        let mut free_sources: Vec<Arc<Source>> = Vec::new();
        let mut free_patterns = Vec::new();
        let mut free_max_len = 0usize;
        let builtin_limit = BUILTIN_LIMIT;

        let mut add_pattern = |rule_idx: u32,
                               regex: Tiered,
                               triggers: &[&str],
                               max_len: usize,
                               ac_phrases: &mut Vec<String>,
                               targets: &mut Vec<Target>| {
            let p = patterns.len() as u32;
            if triggers.is_empty() {
                // Shared: the set and the pattern parse it once.
                free_sources.extend(regex.shared().cloned());
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
                    names: RuleRef::Builtin(def),
                    category: def.category,
                    scope: def.scope,
                    max_len: def.max_len,
                    unpunctuated: def.unpunctuated,
                    role: def.role,
                    spares_reports: spares_reports(def.category, def.scope),
                    spares_quotes: spares_quotes(def.category, def.scope),
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
                            Tiered::one(Cow::Borrowed(pattern), builtin_limit).built_in(),
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
                names: RuleRef::User(
                    u.category,
                    Arc::new(UserNames {
                        id: id.clone(),
                        reason,
                    }),
                ),
                category: u.category,
                scope: u.scope,
                max_len: usize::MAX,
                unpunctuated: false,
                role: Role::Plain,
                spares_reports: false,
                spares_quotes: false,
            });
            if u.is_pattern {
                let re = Tiered::one(Cow::Owned(u.text.clone()), limits.get_regex_size_limit());
                re.check(&id)?;
                // User patterns have no trigger: they run on every block.
                add_pattern(idx, re, &[], usize::MAX, &mut ac_phrases, &mut targets);
            } else {
                ac_phrases.push(fold_phrase(u.text.trim()));
                targets.push(Target::Phrase(idx));
            }
        }
        // Where each phrase is looked for. A phrase of a line or prefix rule
        // fires only with nothing but decoration before it, so its first
        // letter (or other non-decoration char) sits at the block's first one:
        // its core is matched there, anchored, and its decoration checked
        // around it. Everything else is looked for anywhere.
        let mut anywhere: Vec<(&str, u32)> = Vec::new();
        let mut at_start: Vec<(&str, u32)> = Vec::new();
        let mut affix = vec![(0u32, 0u32); targets.len()];
        for (k, t) in targets.iter().enumerate() {
            let phrase = ac_phrases[k].as_str();
            let scope = match *t {
                Target::Phrase(rule) => rules[rule as usize].scope,
                // A trigger matters anywhere: it only lets its pattern run.
                Target::Trigger(_) => Scope::Block,
            };
            let core = phrase.trim_matches(is_decoration_char);
            if matches!(scope, Scope::Line | Scope::Prefix) && !core.is_empty() {
                let lead = phrase.len() - phrase.trim_start_matches(is_decoration_char).len();
                affix[k] = (lead as u32, (phrase.len() - lead - core.len()) as u32);
                at_start.push((core, k as u32));
                continue;
            }
            anywhere.push((phrase, k as u32));
        }
        let free_limit = builtin_limit.max(
            limits
                .get_regex_size_limit()
                .saturating_mul(free_sources.len()),
        );
        let mut free_needs_digit = BUILTIN_FREE_NEED_DIGITS;
        let free = if free_sources.is_empty() {
            None
        } else {
            let set = Tiered::set(free_sources, free_limit);
            let set = if user.iter().any(|u| u.is_pattern) {
                // With user patterns in it, the set is built now: its errors
                // are the user's to see.
                set.check("pattern-set")?;
                free_needs_digit = set.hirs().all(needs_digit);
                set
            } else {
                set.built_in()
            };
            Some(set)
        };
        // How long a block a match of each target can count in.
        let anywhere = Anywhere::build(&anywhere, |k| {
            let rule = match targets[k as usize] {
                Target::Phrase(rule) => rule,
                Target::Trigger(p) => patterns[p as usize].rule,
            };
            let r = &rules[rule as usize];
            if r.scope == Scope::Inline {
                u32::MAX
            } else {
                u32::try_from(r.max_len).unwrap_or(u32::MAX)
            }
        })?;
        Ok(Detector {
            rules,
            anywhere,
            at_start: AtStart::build(&at_start),
            affix,
            targets,
            patterns,
            free,
            free_patterns,
            free_max_len,
            free_needs_digit,
            phrases: ac_phrases,
        })
    }

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
        let block = Block::new(line, Span::new(start, start + t.len()), 0);
        let mut whole = None;
        let mut inline = Vec::new();
        for h in self.scan(line, &[block], enabled).hits {
            if !enabled[self.rules[h.rule() as usize].category.index()] {
                continue;
            }
            if h.whole() {
                whole = Some(whole.map_or(h.rule(), |w: u32| w.min(h.rule())));
            } else {
                inline.push((h.at().start, h.at().end, h.rule()));
            }
        }
        (whole, inline)
    }

    /// Finds the rules firing on every block that later stages read: per
    /// block, the first enabled rule removing it whole, the first enabled one
    /// that is not a date or byline, the first date and byline rules whether
    /// or not their category is on (the splitter reads date lines even when
    /// metadata is kept), and every enabled inline hit of a block no enabled
    /// rule removes whole. Hits come out ordered by block, and within a block
    /// by rule and position.
    ///
    /// Blocks whose matching view differs from the input are matched on their
    /// view. The `anywhere` automaton runs over runs of consecutive blocks
    /// matched on the input at once (matches that cross a block boundary are
    /// dropped), and over each view alone; line and prefix phrases are
    /// matched at each block's start ([`Detector::scan_start`]). Both ways
    /// yield the same hits as one pass of an automaton of every phrase over
    /// each block (`tests::scan_equals_the_naive_scan`).
    ///
    /// Blocks are finished one by one as the scan passes them: the memory is
    /// the hits and the matches of one block, whatever the document's size.
    ///
    /// The matching views visit every char outside printable ASCII, so the
    /// scan also tells whether output normalization would leave every block
    /// as it is ([`Scan::output_clean`]).
    pub(crate) fn scan(&self, text: &str, blocks: &[Block], enabled: &[bool]) -> Scan {
        let mut cx = Scratch::new(enabled);
        let mut output_clean = true;
        let mut run: Option<usize> = None; // first block of a run matched on the input
        for (bi, b) in blocks.iter().enumerate() {
            // A block of printable ASCII (most of them) is its own view.
            let view = if b.plain() {
                None
            } else {
                normalize::view(&text[b.span()])
            };
            output_clean &= view.as_ref().map_or(true, |v| v.output_clean);
            let mt: &str = view.as_ref().map_or(&text[b.span()], |v| v.text.as_str());
            if view.is_none() {
                run.get_or_insert(bi);
                continue;
            }
            if let Some(first) = run.take() {
                self.scan_run(text, blocks, first..bi, &mut cx);
            }
            if let Some(a) = &self.anywhere {
                a.ac.each_match(mt.as_bytes(), |p, s, e| {
                    a.push_within(p, s, e, mt.len(), &mut cx.raw);
                });
            }
            self.scan_start(mt, &mut cx.raw);
            self.block_hits(bi, *b, view.as_ref(), mt, &mut cx);
        }
        if let Some(first) = run {
            self.scan_run(text, blocks, first..blocks.len(), &mut cx);
        }
        // The Vec grew by doubling; a page of short lines that all hit would
        // keep up to half of it unused while the judge runs.
        cx.hits.shrink_to_fit();
        Scan {
            hits: cx.hits,
            output_clean,
        }
    }

    /// Scans `blocks[range]` (consecutive blocks matched on the input)
    /// by one pass of the `anywhere` automaton from the first block's start to
    /// the last one's end, finishing each block once the pass is beyond it.
    fn scan_run(
        &self,
        text: &str,
        blocks: &[Block],
        range: std::ops::Range<usize>,
        cx: &mut Scratch<'_>,
    ) {
        let (first, last) = (blocks[range.start], blocks[range.end - 1]);
        let mut k = range.start;
        let finish = |k: usize, cx: &mut Scratch| {
            let b = blocks[k];
            let mt = &text[b.span()];
            self.scan_start(mt, &mut cx.raw);
            self.block_hits(k, b, None, mt, cx);
        };
        if let Some(a) = &self.anywhere {
            let base = first.span().start;
            let run = &text.as_bytes()[base..last.span().end];
            a.ac.each_match(run, |p, s, e| {
                let (s, e) = (base + s, base + e);
                // Matches come in order of their end; blocks are sorted, and
                // the last one ends where the pass does.
                while blocks[k].span().end < e {
                    finish(k, cx);
                    k += 1;
                }
                let b = blocks[k];
                if s < b.span().start {
                    return; // crosses into the block from the gap or the block before
                }
                let (s, e) = (s - b.span().start, e - b.span().start);
                a.push_within(p, s, e, b.span().len(), &mut cx.raw);
            });
        }
        while k < range.end {
            finish(k, cx);
            k += 1;
        }
    }

    /// Matches of line and prefix phrases in `mt`: their cores, anchored at
    /// the first char that is not decoration, with the decoration each phrase
    /// has around its core right there.
    fn scan_start(&self, mt: &str, raw: &mut Vec<Raw>) {
        let Some(at_start) = &self.at_start else {
            return;
        };
        let Some(a) = mt
            .char_indices()
            .find(|&(_, c)| !is_decoration_char(c))
            .map(|(i, _)| i)
        else {
            return;
        };
        at_start.each_match(mt.as_bytes(), a, |p, end| {
            for &k in at_start.ids(p) {
                let (lead, trail) = self.affix[k as usize];
                let phrase = self.phrases[k as usize].as_bytes();
                let same = |at: usize, want: &[u8]| {
                    mt.as_bytes()
                        .get(at..at + want.len())
                        .is_some_and(|got| got.eq_ignore_ascii_case(want))
                };
                if let Some(s) = a.checked_sub(lead as usize) {
                    if same(s, &phrase[..lead as usize])
                        && same(end, &phrase[phrase.len() - trail as usize..])
                    {
                        raw.push((k, s as u32, (end + trail as usize) as u32));
                    }
                }
            }
        });
    }

    /// The hits of block `bi` from its automaton matches in `cx.raw` (which
    /// this empties) and its patterns, appended to `cx.hits` in a canonical
    /// order (by rule, then position), whatever the order of the matches.
    fn block_hits(&self, bi: usize, b: Block, view: Option<&View>, mt: &str, cx: &mut Scratch<'_>) {
        let span = b.span();
        let from = cx.hits.len();
        let to_abs = |i: usize| span.start + view.map_or(i, |v| v.to_block(i));
        let end_to_abs = |i: usize| span.start + view.map_or(i, |v| v.end_to_block(i));
        // Whether the block reports speech or is one quotation: read once per
        // block, however many rules that spare such lines hit it (a paragraph
        // holding "cookies" and "comments" was read word by word for each).
        let reports = std::cell::OnceCell::new();
        let reports = || *reports.get_or_init(|| quotation(mt) || reports_speech(mt));
        let emit = |rule: u32, s: usize, e: usize, hits: &mut Vec<Hit>| {
            let r = &self.rules[rule as usize];
            if let Some(whole) = judge_match(r, mt, s, e, reports) {
                let at = Span::new(to_abs(s), end_to_abs(e));
                // What the hit removes: the block, or what matched. An inline
                // match of white space (or of chars the output drops) removes
                // nothing the output would show: the words around it are
                // printed a space apart all the same, and a second cleaning
                // would "remove" it again.
                let removes = if whole { span } else { at };
                let ink = whole
                    || mt.get(s..e).is_some_and(|m| {
                        m.chars()
                            .any(|c| !c.is_whitespace() && !crate::normalize::drops_in_output(c))
                    });
                if !removes.is_empty() && ink {
                    hits.push(Hit::new(bi, rule, at, whole));
                }
            }
        };
        cx.todo.clear();
        for &(k, s, e) in &cx.raw {
            match self.targets[k as usize] {
                Target::Phrase(rule) => {
                    if on_word_boundaries(mt, s as usize, e as usize) {
                        emit(rule, s as usize, e as usize, &mut cx.hits);
                    }
                }
                Target::Trigger(p) => cx.todo.push(p),
            }
        }
        cx.raw.clear();
        // Decided once per block, and only when a pattern is to run on it.
        let hay = std::cell::OnceCell::new();
        // A plain block is printable ASCII and its own view: its tier is
        // known without reading it again.
        let hay = || {
            hay.get_or_init(|| {
                if b.plain() {
                    Haystack::ascii(mt)
                } else {
                    Haystack::new(mt)
                }
            })
        };
        if let Some(set) = &self.free {
            if mt.len() <= self.free_max_len && (!self.free_needs_digit || has_digit(mt)) {
                let found = cx.found.get_or_insert_with(|| PatternSet::new(set.len()));
                set.which(hay(), found);
                for k in found.iter() {
                    cx.todo.push(self.free_patterns[k.as_usize()]);
                }
            }
        }
        cx.todo.sort_unstable();
        cx.todo.dedup();
        // A rule's own conditions on the block are tested before its pattern
        // runs: a match could not fire (`judge_match`). Most lines holding a
        // credit label's trigger word ("photo", "image") are prose ending in
        // a full stop, and the label rule, anchored at the end, would read
        // each of them back to its start.
        let sentence = std::cell::OnceCell::new();
        let sentence = || *sentence.get_or_init(|| ends_sentence(mt));
        for &p in &cx.todo {
            let pat = &self.patterns[p as usize];
            let r = &self.rules[pat.rule as usize];
            if r.scope != Scope::Inline && (mt.len() > r.max_len || (r.unpunctuated && sentence()))
            {
                continue;
            }
            for m in pat.regex.search(hay()) {
                if m.is_empty() {
                    continue;
                }
                emit(pat.rule, m.start(), m.end(), &mut cx.hits);
                if r.scope != Scope::Inline {
                    break;
                }
            }
        }
        cx.hits[from..].sort_unstable_by_key(|h| (h.rule(), h.at().start, h.at().end, h.whole()));
        // Keep what the later stages read: the first (lowest) enabled rule
        // removing the block whole, the first such rule that is not a date or
        // byline, the first date and byline hits whatever their category (the
        // splitter reads them), and the enabled inline hits, without
        // duplicates. A line that a dozen rules match then costs a few
        // records, not a dozen (and only this block is looked at: the whole
        // vector would make the scan quadratic).
        let (mut first, mut plain, mut date, mut byline) = (false, false, false, false);
        let mut kept = from;
        for i in from..cx.hits.len() {
            let h = cx.hits[i];
            let r = &self.rules[h.rule() as usize];
            let on = cx.enabled[r.category.index()];
            let keep = if h.whole() {
                let take = |flag: &mut bool, when: bool| {
                    let t = when && !*flag;
                    *flag |= t;
                    t
                };
                let is_meta = matches!(r.role, Role::Date | Role::Byline | Role::BylineLabel);
                // Bitwise `|`: every flag is updated.
                take(&mut first, on)
                    | take(&mut plain, on && !is_meta)
                    | take(&mut date, r.role == Role::Date)
                    | take(
                        &mut byline,
                        matches!(r.role, Role::Byline | Role::BylineLabel),
                    )
            } else {
                on
            };
            if keep && (kept == from || h != cx.hits[kept - 1]) {
                cx.hits[kept] = h;
                kept += 1;
            }
        }
        cx.hits.truncate(kept);
        // A block an enabled rule removes whole is never a title (the
        // splitter's titles are lines without such a hit), and only a title
        // has its inline hits cut instead: drop them.
        if first {
            let mut k = from;
            for i in from..cx.hits.len() {
                if cx.hits[i].whole() {
                    cx.hits[k] = cx.hits[i];
                    k += 1;
                }
            }
            cx.hits.truncate(k);
        }
    }
}

/// What [`Detector::scan`] found in a document.
#[derive(Debug)]
pub(crate) struct Scan {
    /// The hits, ordered by block, and within a block by rule and position.
    pub(crate) hits: Vec<Hit>,
    /// True when output normalization leaves every block as it is: each is
    /// printable ASCII, or its matching view found only chars the output
    /// keeps (see `normalize::View::output_clean`).
    pub(crate) output_clean: bool,
}

/// Per-scan buffers, reused from block to block.
struct Scratch<'e> {
    /// Which categories are on (see [`Detector::block_hits`]).
    enabled: &'e [bool],
    /// The automaton matches of the block being scanned.
    raw: Vec<Raw>,
    /// The patterns to run on it.
    todo: Vec<u32>,
    /// The hits so far.
    hits: Vec<Hit>,
    /// Which untriggered patterns matched the block.
    found: Option<PatternSet>,
}

impl<'e> Scratch<'e> {
    fn new(enabled: &'e [bool]) -> Scratch<'e> {
        Scratch {
            enabled,
            raw: Vec::new(),
            todo: Vec::new(),
            hits: Vec::new(),
            found: None,
        }
    }
}

/// An automaton over distinct phrases, each standing for one or more entries
/// of [`Detector::targets`] (a phrase may belong to several rules, and one
/// trigger to several patterns).
#[derive(Clone, Debug)]
struct Automaton<A> {
    ac: A,
    /// Pattern `p` stands for `ids[starts[p]..starts[p + 1]]`.
    starts: Vec<u32>,
    ids: Vec<u32>,
    /// Per pattern, the longest block in which a match of it can count
    /// (see [`Anywhere::push_within`]); empty for [`AtStart`].
    reach: Vec<u32>,
}

/// The phrases looked for anywhere: all overlapping matches.
type Anywhere = Automaton<Overlapping>;

/// A phrase automaton searched for all overlapping matches by
/// [`Overlapping::each_match`]: our DFA, or the crate's contiguous NFA when
/// the DFA would be too large.
#[derive(Clone, Debug)]
enum Overlapping {
    Dfa(PhraseDfa),
    Nfa(aho_corasick::nfa::contiguous::NFA),
}

impl Overlapping {
    /// Calls `f(pattern, start, end)` for every match in `hay`, overlapping
    /// ones included, in order of their end (and at one end, in the
    /// automaton's order): what `AhoCorasick::find_overlapping_iter` yields.
    /// The crate's iterator keeps its position in a state struct that it
    /// reads and writes at every byte; this loop keeps it in registers and
    /// costs half the instructions per byte.
    fn each_match(&self, hay: &[u8], f: impl FnMut(usize, usize, usize)) {
        match self {
            Overlapping::Dfa(a) => a.each_match(hay, f),
            Overlapping::Nfa(a) => overlapping(a, hay, f),
        }
    }

    #[cfg(test)]
    fn patterns_len(&self) -> usize {
        use aho_corasick::automaton::Automaton as _;
        match self {
            Overlapping::Dfa(a) => a.patterns_len(),
            Overlapping::Nfa(a) => a.patterns_len(),
        }
    }
}

#[inline(always)]
fn overlapping<A: aho_corasick::automaton::Automaton>(
    a: &A,
    hay: &[u8],
    mut f: impl FnMut(usize, usize, usize),
) {
    let Ok(mut sid) = a.start_state(Anchored::No) else {
        return;
    };
    for (i, &b) in hay.iter().enumerate() {
        sid = a.next_state(Anchored::No, sid, b);
        if a.is_special(sid) {
            if a.is_dead(sid) {
                return;
            }
            if a.is_match(sid) {
                for j in 0..a.match_len(sid) {
                    let p = a.match_pattern(sid, j);
                    f(p.as_usize(), i + 1 - a.pattern_len(p), i + 1);
                }
            }
        }
    }
}

/// The cores of line and prefix phrases, walked from a block's first char
/// that is not decoration (the crate's iterators do not combine anchored and
/// overlapping searches).
type AtStart = Automaton<PrefixTrie>;

/// Distinct phrases of `(phrase, target)` pairs, in first-seen order, and
/// the targets of each as `(starts, ids)`.
fn group<'a>(items: &[(&'a str, u32)]) -> (Vec<&'a str>, Vec<u32>, Vec<u32>) {
    use std::collections::HashMap;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut distinct: Vec<&str> = Vec::new();
    let mut members: Vec<Vec<u32>> = Vec::new();
    for &(p, k) in items {
        let i = *index.entry(p).or_insert_with(|| {
            distinct.push(p);
            members.push(Vec::new());
            distinct.len() - 1
        });
        members[i].push(k);
    }
    let mut starts = Vec::with_capacity(members.len() + 1);
    let mut ids = Vec::with_capacity(items.len());
    for m in members {
        starts.push(ids.len() as u32);
        ids.extend(m);
    }
    starts.push(ids.len() as u32);
    (distinct, starts, ids)
}

impl<A> Automaton<A> {
    /// The targets pattern `p` stands for.
    fn ids(&self, p: usize) -> &[u32] {
        &self.ids[self.starts[p] as usize..self.starts[p + 1] as usize]
    }

    /// Records a match of pattern `p` at `s..e` for each of its targets.
    fn push(&self, p: usize, s: usize, e: usize, raw: &mut Vec<Raw>) {
        for &k in self.ids(p) {
            raw.push((k, s as u32, e as u32));
        }
    }
}

impl Anywhere {
    /// [`Automaton::push`] for a match in a block of `len` bytes, unless
    /// the block is longer than any of the pattern's rules fires on (a
    /// rule's `max_len`; an inline rule fires on any). Most matches of
    /// triggers are such: "/", ":" or "photo" in a paragraph, where a
    /// credit line's rule cannot fire (on wcxb-dev, 118 000 of the 225 000
    /// matches a pass; 730 000 of 1.1 M over the generated corpus).
    fn push_within(&self, p: usize, s: usize, e: usize, len: usize, raw: &mut Vec<Raw>) {
        if len <= self.reach[p] as usize {
            self.push(p, s, e, raw);
        }
    }

    /// Builds the automaton of `(phrase, target)` pairs (`None` when empty),
    /// given how long a block each target can count in.
    fn build(
        items: &[(&str, u32)],
        reach: impl Fn(u32) -> u32,
    ) -> Result<Option<Anywhere>, BuildError> {
        let (distinct, starts, ids) = group(items);
        let reach = starts
            .windows(2)
            .map(|w| {
                ids[w[0] as usize..w[1] as usize]
                    .iter()
                    .map(|&k| reach(k))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        Ok(automaton(&distinct)?.map(|ac| Automaton {
            ac,
            starts,
            ids,
            reach,
        }))
    }
}

impl AtStart {
    /// Builds the trie of `(core, target)` pairs (`None` when empty).
    fn build(items: &[(&str, u32)]) -> Option<AtStart> {
        let (distinct, starts, ids) = group(items);
        if distinct.is_empty() {
            return None;
        }
        let ac = PrefixTrie::new(&distinct);
        Some(Automaton {
            ac,
            starts,
            ids,
            reach: Vec::new(),
        })
    }

    /// Calls `f(pattern, end)` for every pattern matching `t` from `at`.
    fn each_match(&self, t: &[u8], at: usize, f: impl FnMut(usize, usize)) {
        self.ac.each_prefix(t, at, f);
    }
}

/// A phrase automaton: ASCII-case-insensitive, all overlapping matches.
fn automaton(phrases: &[&str]) -> Result<Option<Overlapping>, BuildError> {
    if phrases.is_empty() {
        return Ok(None);
    }
    // The DFA is the fastest kind; it refuses very large pattern sets, and
    // then the contiguous NFA serves. No prefilter: on text nearly every
    // byte can start a phrase, and the loop does not use one.
    let ac = match PhraseDfa::new(phrases) {
        Some(dfa) => Overlapping::Dfa(dfa),
        None => Overlapping::Nfa(crates_nfa(phrases)?),
    };
    Ok(Some(ac))
}

/// The crate's contiguous NFA of `phrases`, matched as [`PhraseDfa`] matches
/// them (ASCII-case-insensitive, every match): the fallback of the phrase
/// automata when our table would be too large. No prefilter: on text nearly
/// every byte can start a phrase, and our loops do not use one.
fn crates_nfa(phrases: &[&str]) -> Result<aho_corasick::nfa::contiguous::NFA, BuildError> {
    aho_corasick::nfa::contiguous::Builder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(phrases)
        .map_err(|e| BuildError::with_source(BuildErrorKind::Automaton, e))
}

/// True when `t` holds an ASCII digit or a non-ASCII char.
///
/// Asked of every short block, most of which hold neither: the bytes are
/// tested 32 at a time without a branch per byte (the compiler turns each
/// piece into a few vector instructions), the last piece overlapping the
/// one before. A line shorter than a piece is read as overlapping `u64`
/// words. A byte-wise `any` cost 24 M instructions over wcxb-dev; copying the
/// last piece into a padded buffer stalled its vector load (bytes stored a
/// few at a time), 3 % of a pass.
fn has_digit(t: &str) -> bool {
    const PIECE: usize = 32;
    let b = t.as_bytes();
    if b.len() >= PIECE {
        // A constant length, so that the fold vectorizes.
        let hit = |piece: &[u8]| {
            let piece: &[u8; PIECE] = piece.try_into().unwrap_or(&[b' '; PIECE]);
            piece.iter().fold(false, |any, &b| {
                any | (b.wrapping_sub(b'0') < 10) | (b >= 0x80)
            })
        };
        return b.chunks_exact(PIECE).any(hit) || hit(&b[b.len() - PIECE..]);
    }
    if b.len() < 8 {
        return b.iter().any(|&b| b.is_ascii_digit() || b >= 0x80);
    }
    // Bit 7 of each byte that is a digit or has bit 7 set. The low seven
    // bits plus 0x50 (or 0x46) stay below 0x100: no carry between bytes.
    use crate::plain::{HIGH, ONES};
    let digits = |at: usize| {
        let w = u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([b' '; 8]));
        let low = w & !HIGH;
        let from_zero = low.wrapping_add(0x50 * ONES); // low >= b'0'
        let past_nine = low.wrapping_add(0x46 * ONES); // low > b'9'
        (w | (from_zero & !past_nine)) & HIGH
    };
    let last = b.len() - 8;
    (digits(0) | digits(8.min(last)) | digits(16.min(last)) | digits(last)) != 0
}

/// Whether every untriggered built-in pattern needs a digit ([`needs_digit`];
/// `tests::digit_gate` checks it). Known ahead, it spares a run parsing those
/// patterns before its first block.
const BUILTIN_FREE_NEED_DIGITS: bool = true;

/// True when every match of the parsed pattern `h` holds an ASCII digit or a
/// non-ASCII char (so a block without one cannot match). Conservative: false
/// when unsure.
fn needs_digit(h: &regex_syntax::hir::Hir) -> bool {
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
    needs(h)
}

/// Phrases are matched on the same folded view as the text.
fn fold_phrase(p: &str) -> String {
    normalize::view(p).map_or_else(|| p.to_string(), |v| v.text)
}

/// True when `s..e` does not start or end inside a word. A phrase whose
/// edge is a letter of a script written without spaces between words
/// (Chinese, Japanese, Thai) needs no boundary there: "広告ブロッカーを無効に"
/// runs straight into "してください".
fn on_word_boundaries(t: &str, s: usize, e: usize) -> bool {
    let joins = |c: char| c.is_alphanumeric() && !crate::normalize::unspaced_script(c);
    let inner_first = t[s..].chars().next().is_some_and(joins);
    let inner_last = t[..e].chars().next_back().is_some_and(joins);
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

/// The number a list item opens with, up to three digits and a full stop or
/// a parenthesis: 4 for "4. Grow one thing", 10 for "10) Visit a farm".
pub(crate) fn list_number(t: &str) -> Option<u32> {
    let t = t.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &t[digits..];
    if rest.starts_with(". ") || rest.starts_with(") ") {
        t[..digits].parse().ok()
    } else {
        None
    }
}

/// Where the text after a list item's marker starts: one to three ASCII
/// letters or digits and a full stop or a parenthesis ("B. ", "iv) ", "12. "),
/// or one of them in parentheses ("(a) "), then white space.
fn list_marker_end(t: &str) -> Option<usize> {
    let open = usize::from(t.starts_with('('));
    let mark = t[open..]
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if !(1..=3).contains(&mark) {
        return None;
    }
    let at = open + mark;
    let close = t[at..].chars().next().filter(|&c| {
        if open == 1 {
            c == ')'
        } else {
            c == '.' || c == ')'
        }
    })?;
    let rest = &t[at + close.len_utf8()..];
    let body = rest.trim_start();
    (body.len() < rest.len()).then(|| t.len() - body.len())
}

/// One char of decoration. (Decoration is decided char by char: the anchored
/// scan relies on it to find where line and prefix phrases can start.)
fn is_decoration_char(c: char) -> bool {
    !(c.is_alphabetic() || matches!(c, '$' | '€' | '£' | '¥' | '%'))
}

/// True when the text ends like a sentence: `.`, `!`, `?` or `…`, possibly
/// followed by closing quotes or brackets.
pub(crate) fn ends_sentence(t: &str) -> bool {
    // Most lines end in a printable ASCII char that is not a closing quote
    // or bracket: that char decides, with no char decoded. (Called on most
    // lines of a page, by several context rules.)
    match t.as_bytes().last() {
        None => return false,
        Some(&b) if b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b')' | b']') => {
            return matches!(b, b'.' | b'!' | b'?');
        }
        Some(_) => {}
    }
    // Chars the output drops do not count: "He left.\0" ends a sentence, as
    // its output "He left." does.
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace()
            || normalize::drops_in_output(c)
            || matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
    });
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether a built-in rule of `category` and `scope` leaves a line that
/// reports speech ([`reports_speech`]) or is one quotation ([`quotation`]):
/// one that fires on a phrase anywhere in a line, or at its start, in a
/// category whose boilerplate addresses the reader and never reports what
/// someone said. News about these widgets
/// ("Comments have been disabled on the video, the club said.", "Most
/// people accept all cookies without reading the banner, according to a
/// study.") is an article's. Captions (which describe news), related-story
/// headlines ("…, minister says"), metadata and navigation are not spared.
const fn spares_reports(category: Category, scope: Scope) -> bool {
    matches!(scope, Scope::Block | Scope::Prefix)
        && matches!(
            category,
            Category::Adblock
                | Category::Share
                | Category::License
                | Category::Newsletter
                | Category::Comments
                | Category::Advertising
                | Category::Notice
        )
}

/// Whether a built-in rule of `category` and `scope` leaves a line that
/// quotes its words inside a long sentence ([`quoted_mention`]): the rules
/// of [`spares_reports`] but the licence rules, whose footers quote the
/// credit line they ask for ("please include this text: “This story was
/// originally published by …”").
///
/// An inline widget (a share bar glued to the text) is spared the same way:
/// the quotation marks say the line writes about it.
const fn spares_quotes(category: Category, scope: Scope) -> bool {
    let scope = match scope {
        Scope::Inline => Scope::Block,
        s => s,
    };
    spares_reports(category, scope) && !matches!(category, Category::License)
}

/// Verbs of reported speech: a line holding one as a whole word (or
/// "according to") reports what someone said, found or decided.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "warned",
    "warns",
    "alleged",
    "alleges",
    "urged",
    "urges",
    "announced",
    "argued",
    "insisted",
    "stressed",
    "ruled",
    "explained",
    "claimed",
    "admitted",
    "testified",
    "advised",
];

/// The lengths, in bytes, of [`SPEECH_VERBS`].
const SPEECH_VERB_LENS: std::ops::RangeInclusive<usize> = 4..=9;

/// Whether `t` reports speech: it holds one of [`SPEECH_VERBS`] as a whole
/// word, ASCII-case-insensitively, or "according to", outside double
/// quotes (a quoted headline, "One Response to “Harbour Town Says
/// Goodbye”", reports nothing).
pub(crate) fn reports_speech(t: &str) -> bool {
    // The verbs are found by one automaton pass (a paragraph is otherwise
    // read char by char, on every block a sparing rule hits); each is then
    // checked to be a whole word that opens outside quotes. "according"
    // sends the line to the char-by-char reading, where the word after it
    // decides.
    let Some(ac) = speech_words() else {
        return reports_speech_by_chars(t);
    };
    let mut quotes = Quotes::default();
    for m in ac.find_iter(t) {
        if m.pattern().as_usize() == SPEECH_VERBS.len() {
            return reports_speech_by_chars(t);
        }
        let (s, e) = (m.start(), m.end());
        let inside = t[..s]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || t[e..].chars().next().is_some_and(char::is_alphanumeric);
        if !inside && !quotes.quoted_at(t, s) {
            return true;
        }
    }
    false
}

/// [`SPEECH_VERBS`] and "according" (last), ASCII-case-insensitively;
/// `None` if the automaton could not be built (then lines are read char by
/// char).
fn speech_words() -> Option<&'static aho_corasick::AhoCorasick> {
    static WORDS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostFirst)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(SPEECH_VERBS.iter().chain(&["according"]))
                .ok()
        })
        .as_ref()
}

/// Whether a line is inside double quotes at a point, as
/// [`reports_speech_by_chars`] reads it (`"` toggles, `“ « „` open, `” »`
/// close), read forward from the last point asked about.
#[derive(Default)]
struct Quotes {
    at: usize,
    quoted: bool,
}

impl Quotes {
    /// Whether `t` is inside quotes at `to` (a char boundary, not before the
    /// last point asked about).
    fn quoted_at(&mut self, t: &str, to: usize) -> bool {
        let bytes = &t.as_bytes()[..to];
        // `"` and the lead bytes of the other marks (U+00AB/BB, U+201C-E).
        while let Some(k) = memchr::memchr3(b'"', 0xC2, 0xE2, &bytes[self.at..]) {
            let i = self.at + k;
            match t[i..].chars().next() {
                Some('"') => self.quoted = !self.quoted,
                Some('“' | '«' | '„') => self.quoted = true,
                Some('”' | '»') => self.quoted = false,
                _ => {}
            }
            self.at = i + 1;
        }
        self.at = to;
        self.quoted
    }
}

/// [`reports_speech`], reading `t` char by char.
fn reports_speech_by_chars(t: &str) -> bool {
    let (mut quoted, mut word, mut prev) = (false, None, "");
    // A space after the end closes the last word.
    for (i, c) in t.char_indices().chain([(t.len(), ' ')]) {
        if c.is_alphanumeric() {
            if word.is_none() && !quoted {
                word = Some(i);
            }
            continue;
        }
        if let Some(s) = word.take() {
            let w = &t[s..i];
            // Most words are too short or too long to be a verb of the list
            // (`tests::speech_verbs_fit_their_length_gate`).
            if (SPEECH_VERB_LENS.contains(&w.len())
                && SPEECH_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
                || (prev.eq_ignore_ascii_case("according") && w.eq_ignore_ascii_case("to"))
            {
                return true;
            }
            prev = w;
        }
        match c {
            '"' => quoted = !quoted,
            '“' | '«' | '„' => quoted = true,
            '”' | '»' => quoted = false,
            _ => {}
        }
    }
    false
}

/// Does rule `r` matching `mt[s..e]` fire? `Some(true)` removes the whole
/// block, `Some(false)` only the match. `reports` tells whether `mt`
/// reports speech or is one quotation ([`reports_speech`], [`quotation`]),
/// asked only when the answer matters.
fn judge_match(
    r: &Rule,
    mt: &str,
    s: usize,
    e: usize,
    reports: impl FnOnce() -> bool,
) -> Option<bool> {
    if r.scope == Scope::Inline {
        // A long line that quotes a widget's words writes about the widget
        // ("my “Share on Facebook” and “Pin it” buttons set cookies …").
        return (!(r.spares_quotes && quoted_mention(mt, s, e))).then_some(false);
    }
    if mt.len() > r.max_len || (r.unpunctuated && ends_sentence(mt)) {
        return None;
    }
    let fires = match r.scope {
        Scope::Line => is_decoration(&mt[..s]) && is_decoration(&mt[e..]),
        // A list item's number before the phrase ("3. Photo: \"Turf
        // Cutters\", 1968, gelatin silver print") makes the line an entry
        // of a numbered list that names its items, not the label's widget.
        Scope::Prefix => is_decoration(&mt[..s]) && list_number(&mt[..s]).is_none(),
        Scope::Suffix => is_decoration(&mt[e..]),
        Scope::Block | Scope::Inline => true,
    };
    // Last: the line is read word by word only for a rule that fires.
    let spared =
        || r.spares_reports && ((r.spares_quotes && quoted_mention(mt, s, e)) || reports());
    (fires && !spared()).then_some(true)
}

/// A line of at least this many words that quotes a widget's words writes
/// about the widget.
const QUOTED_MENTION_MIN_WORDS: usize = 12;

/// Whether the match `s..e` of `t` sits inside a quotation that closes after
/// it, in a line of [`QUOTED_MENTION_MIN_WORDS`] words or more: "When
/// publishers respond with a pop-up demanding that readers “disable your ad
/// blocker to continue”, they are asking for trust …" mentions the banner.
/// A banner prints its words bare, or quotes only a button in a short line
/// ("Click “Disable ad blocker” to continue").
fn quoted_mention(t: &str, s: usize, e: usize) -> bool {
    let mut quotes = Quotes::default();
    quotes.quoted_at(t, s)
        && quotes.quoted_at(t, e)
        && t[e..].contains(['"', '”', '»'])
        && t.split_whitespace()
            .nth(QUOTED_MENTION_MIN_WORDS - 1)
            .is_some()
}

/// Whether `t` is one quotation: it opens with a quotation mark and closes
/// with one (a full stop or a comma may sit inside). An article quotes the
/// banner or the notice it writes about ("\"We noticed you're using an ad
/// blocker. Please consider disabling it.\""); a widget prints its words
/// bare. A list item's marker may come first: a quiz's options and a
/// list of examples quote them as `B. "Sign up for our newsletter."`.
pub(crate) fn quotation(t: &str) -> bool {
    let t = t.trim();
    let t = list_marker_end(t).map_or(t, |at| &t[at..]);
    t.chars().nth(2).is_some()
        && t.starts_with(['"', '“', '„', '«'])
        && t.ends_with(['"', '”', '»'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines made to hit the scan's edge cases: phrases and
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
        let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
        let mut next = move |n: usize| rng.below(n);
        let mut pages = Vec::new();
        for _ in 0..400 {
            let mut page = String::new();
            for _ in 0..1 + next(12) {
                let target = [10, 60, 190, 290, 305, 420, 900, 1600][next(8)];
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

    /// The crate's own automaton of `phrases`, configured as [`automaton`]'s,
    /// for searches with its own iterator.
    pub(in crate::detect) fn crates_automaton(phrases: &[&str]) -> aho_corasick::AhoCorasick {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases)
            .unwrap()
    }

    /// What the crate's overlapping iterator finds in `hay`, as the phrase
    /// loops report it: `(phrase, start, end)`.
    pub(in crate::detect) fn crates_matches(
        ac: &aho_corasick::AhoCorasick,
        hay: &str,
    ) -> Vec<(usize, usize, usize)> {
        ac.find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    /// Both kinds of [`Overlapping`] find what the crate's iterator finds.
    #[test]
    fn overlapping_loop_equals_the_crates_iterator() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let all: Vec<&str> = d.phrases.iter().map(String::as_str).collect();
        let ac = crates_automaton(&all);
        let nfa = crates_nfa(&all).unwrap();
        let kinds = [automaton(&all).unwrap().unwrap(), Overlapping::Nfa(nfa)];
        assert!(matches!(kinds[0], Overlapping::Dfa(_)));
        let mut found = 0;
        for page in awkward_pages() {
            let want = crates_matches(&ac, &page);
            for kind in &kinds {
                let mut got = Vec::new();
                kind.each_match(page.as_bytes(), |p, s, e| got.push((p, s, e)));
                assert_eq!(got, want);
            }
            found += want.len();
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn scan_equals_the_naive_scan() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        // Naive: one automaton of every phrase, unanchored, over every block,
        // searched by the crate's own iterator (the scan uses its own loop,
        // `overlapping`).
        let all: Vec<&str> = d.phrases.iter().map(String::as_str).collect();
        let ac = crates_automaton(&all);
        let (mut views, mut plain, mut start_hits) = (0, 0, 0);
        // Every category on, and (every other page) share and metadata off.
        let mut pages_on = [
            vec![true; Category::ALL.len()],
            vec![true; Category::ALL.len()],
        ];
        pages_on[1][Category::Share.index()] = false;
        pages_on[1][Category::Metadata.index()] = false;
        for (n, page) in awkward_pages().into_iter().enumerate() {
            let on = &pages_on[n % 2];
            let blocks = crate::segment::blocks(&page);
            let mut cx = Scratch::new(on);
            for (i, b) in blocks.iter().enumerate() {
                let view = normalize::view(&page[b.span().start..b.span().end]);
                let mt = view
                    .as_ref()
                    .map_or(&page[b.span().start..b.span().end], |v| v.text.as_str());
                views += usize::from(view.is_some());
                plain += usize::from(view.is_none());
                for m in ac.find_overlapping_iter(mt) {
                    let k = m.pattern().as_u32();
                    start_hits += usize::from(d.affix[k as usize] != (0, 0));
                    cx.raw.push((k, m.start() as u32, m.end() as u32));
                }
                d.block_hits(i, *b, view.as_ref(), mt, &mut cx);
            }
            assert_eq!(d.scan(&page, &blocks, on).hits, cx.hits, "{page:?}");
        }
        // Both ways of the scan: runs of blocks, and views alone.
        assert!(views > 1000 && plain > 200, "{views} {plain}");
        assert!(start_hits > 100, "{start_hits}");
    }

    /// The prefix trie of every built-in phrase finds, at every char of
    /// real-looking pages, the phrases the text there starts with.
    #[test]
    fn prefix_walks_find_what_a_comparison_finds() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let all: Vec<&str> = d.phrases.iter().map(String::as_str).collect();
        let trie = PrefixTrie::new(&all);
        let mut found = 0;
        for page in awkward_pages().iter().take(100) {
            let t = page.as_bytes();
            for at in (0..page.len()).filter(|&i| page.is_char_boundary(i)) {
                let want = prefix_trie::tests::naive(&all, t, at);
                let mut got = Vec::new();
                trie.each_prefix(t, at, |p, e| got.push((p, e)));
                assert_eq!(got, want, "{page:?} at {at}");
                found += want.len();
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn line_and_prefix_phrases_are_anchored() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let at_start = d.at_start.as_ref().unwrap().ac.patterns_len();
        let anywhere = d.anywhere.as_ref().unwrap().ac.patterns_len();
        // Most phrases are line or prefix phrases: the automaton that scans
        // every byte holds far fewer patterns than there are phrases.
        assert!(at_start > anywhere, "{at_start} {anywhere}");
        assert!(
            anywhere * 2 < d.phrases.len(),
            "{anywhere} {}",
            d.phrases.len()
        );
    }

    #[test]
    fn digit_gate() {
        let needs = |p: &str| needs_digit(&regex_syntax::Parser::new().parse(p).unwrap());
        assert!(needs(crate::date::DATE_LINE));
        assert!(needs(
            r"(?i)^(?:image|photo)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$"
        ));
        assert!(needs("caf\u{e9}|[0-9]+|\u{e9}"));
        assert!(!needs(r"\d*"));
        assert!(!needs(r"a|1"));
        assert!(!needs(r"[0-9a]"));
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let set = d.free.as_ref().unwrap();
        assert_eq!(set.hirs().all(needs_digit), BUILTIN_FREE_NEED_DIGITS);
        assert!(d.free_needs_digit);
        let user = UserRule {
            category: Category::Share,
            scope: Scope::Line,
            text: "^x$".into(),
            is_pattern: true,
        };
        let d = Detector::new(true, &[user], &Limits::default()).unwrap();
        assert!(!d.free_needs_digit);
    }

    /// The piecewise digit test equals the byte-wise one, for every byte
    /// (as the one odd byte of a text, or its char's first byte) at every
    /// position around the pieces' edges, in texts of every length.
    #[test]
    fn has_digit_agrees_with_the_naive_test() {
        let naive = |t: &str| t.bytes().any(|b| b.is_ascii_digit() || b >= 0x80);
        let mut checked = 0;
        for len in 0..100 {
            let plain = "a".repeat(len);
            assert!(!has_digit(&plain));
            for at in 0..len {
                for c in ['/', '0', '5', '9', ':', ' ', '\n', '\u{e9}', '\u{2014}'] {
                    let mut t = plain.clone();
                    t.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
                    assert_eq!(has_digit(&t), naive(&t), "{t:?}");
                    checked += usize::from(naive(&t));
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn builtins_compile() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        // Built-in patterns compile lazily: compile each one and the set now.
        for p in d.patterns.iter().map(|p| &p.regex).chain(&d.free) {
            p.check("test").unwrap();
            assert!(p.cuts_compile(), "{}", p.source());
        }
        assert!(d.rules.len() > 20);
        let mut ids: Vec<_> = d.rules.iter().map(Rule::id).collect();
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
                    // Matching folds ASCII case only: a non-ASCII letter
                    // stands as written ("Δ", not "δ").
                    assert_eq!(*p, p.to_ascii_lowercase(), "{}: {p}", def.id);
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
        // Scripts without spaces: the phrase's own edge decides.
        let ja = "広告ブロッカーを無効にしてください";
        assert!(on_word_boundaries(ja, 0, "広告ブロッカーを無効に".len()));
        assert!(!on_word_boundaries("LINEで", 0, 3));
        assert!(!on_word_boundaries(
            "ニュースLINEで",
            "ニュース".len(),
            "ニュースLINE".len()
        ));
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“Why?”"));
        assert!(!ends_sentence("Share on Twitter"));
        assert!(ends_sentence("He said \"no.\")") && ends_sentence("Done. \u{00AD}"));
        assert!(!ends_sentence("") && !ends_sentence("Wait.)x"));
    }

    /// The last-byte shortcut answers as the char-by-char trim does, for
    /// every ASCII last byte and a few non-ASCII endings.
    #[test]
    fn sentence_end_shortcut_equals_the_trim() {
        let slow = |t: &str| {
            t.trim_end_matches(|c: char| {
                c.is_whitespace()
                    || normalize::drops_in_output(c)
                    || matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
            })
            .ends_with(['.', '!', '?', '…'])
        };
        let mut ends: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        ends.extend(
            ["…", "”", "’", "»", "\u{00AD}", "\u{200B}", "é", "\u{00A0}"].map(String::from),
        );
        for stem in ["", "He left", "He left.", "Why?", "ok!", "x)"] {
            for a in &ends {
                for b in &ends {
                    let t = format!("{stem}{a}{b}");
                    assert_eq!(ends_sentence(&t), slow(&t), "{t:?}");
                }
            }
        }
    }

    /// A pattern rule that must not fire on a sentence is skipped on a line
    /// ending like one before its pattern runs: the hits are those of the
    /// rule's own judgement, on lines with and without the full stop.
    #[test]
    fn reports_speech_equals_the_char_by_char_reading() {
        use crate::test_rng::XorShift;
        let pieces = [
            "said",
            "SAYS",
            "Told",
            "warned",
            "according",
            "to",
            "To",
            "accordingly",
            "unsaid",
            "saidx",
            "é",
            "said2",
            "x",
            " ",
            " ",
            ", ",
            ".",
            "\"",
            "“",
            "”",
            "„",
            "«",
            "»",
            "’",
            "claimed",
            "the",
            "—",
            "\u{a0}",
            "told",
            "2",
        ];
        let mut rng = XorShift::new(0x5EED_5EED_1234_5678);
        for _ in 0..20_000 {
            let t: String = (0..rng.below(12))
                .map(|_| pieces[rng.below(pieces.len())])
                .collect();
            assert_eq!(reports_speech(&t), reports_speech_by_chars(&t), "{t:?}");
        }
    }

    #[test]
    fn speech_verbs_fit_their_length_gate() {
        for v in SPEECH_VERBS {
            assert!(SPEECH_VERB_LENS.contains(&v.len()), "{v}");
        }
    }

    #[test]
    fn reports_speech_reads_verbs_outside_quotes() {
        assert!(reports_speech("Comments were disabled, the club said."));
        assert!(reports_speech("SAID the mayor: no more cookies"));
        assert!(reports_speech(
            "Most accept all cookies, according to a study."
        ));
        assert!(reports_speech("“We use cookies,” the company said."));
        assert!(reports_speech("\"We use cookies,\" the company said."));
        assert!(!reports_speech(
            "One Response to “Harbour Town Says Goodbye”"
        ));
        assert!(!reports_speech(
            "One Response to \"Harbour Town Says Goodbye\""
        ));
        assert!(!reports_speech("Unsaid things stay sayings, accordingly"));
        assert!(!reports_speech("Sign up for our newsletter"));
        assert!(!reports_speech(""));
    }

    #[test]
    fn quotations_open_and_close_with_a_quotation_mark() {
        for q in [
            "\"We noticed you're using an ad blocker. Please disable it.\"",
            "“Sign up for our newsletter,”",
            "  «Accept all cookies» ",
            // A quiz's options and a list's examples, after their marker.
            "B. \"Sign up for our newsletter.\"",
            "(c) “All rights reserved.”",
            "12) \"Share on Facebook\"",
        ] {
            assert!(quotation(q), "{q}");
        }
        for not in [
            "\"We use cookies,\" the company said.",
            "Sign up for our \"Morning Brief\"",
            "\"",
            "“”",
            "",
            // Not a marker: too long, no mark, no space after it.
            "Step. \"Sign up for our newsletter.\"",
            "B \"Sign up for our newsletter.\"",
            "B.\"Sign up for our newsletter.\"",
            "B. ",
        ] {
            assert!(!quotation(not), "{not}");
        }
    }

    #[test]
    fn unpunctuated_rules_skip_sentences_before_searching() {
        let d = Detector::new(true, &[], &Limits::default()).unwrap();
        let fired = |line: &str| {
            let blocks = crate::segment::blocks(line);
            let on = vec![true; Category::ALL.len()];
            d.scan(line, &blocks, &on)
                .hits
                .iter()
                .any(|h| h.whole() && d.rules[h.rule() as usize].id() == "credit-label-tail")
        };
        let rule = d
            .rules
            .iter()
            .find(|r| r.id() == "credit-label-tail")
            .unwrap();
        assert!(rule.unpunctuated, "the test needs an unpunctuated rule");
        assert!(fired(
            "Crowds gather in the old square on Sunday morning Photo: Jane Doe"
        ));
        assert!(!fired(
            "Crowds gather in the old square on Sunday morning Photo: Jane Doe."
        ));
        assert!(!fired(
            "Crowds gather in the old square on Sunday morning Photo: Jane Doe!"
        ));
    }
}
