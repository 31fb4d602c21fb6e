//! Article metadata moved out of the body: date lines, bylines, reading time.
//! The splitter reads the same hits to fill in each article's date and byline.

use super::{Role, RuleDef};
use crate::date::DATE_LINE;
use crate::{Category, Scope};

pub(crate) const RULES: &[RuleDef] = &[
    // A line that is only a date. Safe: the pattern must cover the whole line.
    RuleDef::pattern("date-line", Category::Metadata, Scope::Line, "a line holding only a date", &[], DATE_LINE)
        .max_len(90)
        .role(Role::Date),
    // "By Jane Doe", "By Jane Doe and John Roe in Paris", "Written by Jane Doe".
    // Safe: capitalised names only, short, no sentence end ("By 2030, …" has a comma
    // and a verb, and "By submitting …" is lower case).
    RuleDef::pattern(
        "byline",
        Category::Metadata,
        Scope::Line,
        "a byline",
        &["by"],
        r"^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ss]tory [Bb]y|[Ww]ords [Bb]y|[Rr]eporting [Bb]y)\s*:?\s*(?:\p{Lu}[\p{L}.'’-]*|[Dd][aei]|[Vv][ao]n|[Dd]er|[Ll][ae]|[Bb]in|[Aa]l)(?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|and|&|in|[Dd][aei]|[Vv][ao]n|[Dd]er|[Ll][ae]|[Bb]in|[Aa]l))*\s*$",
    )
    .max_len(100)
    .unpunctuated()
    .role(Role::Byline),
    RuleDef::phrases(
        "byline-label",
        Category::Metadata,
        Scope::Line,
        "a byline label without the name",
        &["by", "written by", "posted by", "author", "authors", "about the author", "words by"],
    )
    .role(Role::Byline),
    // Author boxes: "Jane Doe is a writer who covers …". Safe: a capitalised
    // name, "is/was a", and a writing job in one short paragraph.
    RuleDef::pattern(
        "author-bio",
        Category::Metadata,
        Scope::Block,
        "an author box",
        &["writer", "editor", "journalist", "reporter", "contributor", "author", "columnist", "correspondent"],
        r"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\b.*\b(?:writer|editor|journalist|reporter|contributor|author|columnist|correspondent)\b",
    )
    .max_len(600),
    // "5 min read", "Reading time: 4 minutes", "3 hours ago".
    RuleDef::pattern(
        "reading-time",
        Category::Metadata,
        Scope::Line,
        "a reading-time or age line",
        &["read", "ago", "reading time"],
        r"(?i)^(?:(?:estimated )?reading time:?\s*)?(?:about |approx\.? )?\d{1,3}\s*(?:-|–)?\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read(?:ing)?(?: time)?)?$|^\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    )
    .max_len(40),
];
