//! Article metadata moved out of the body: date lines, bylines, reading time.
//! The splitter reads the same hits to fill in each article's date and byline.

use super::{Role, RuleDef};
use crate::date::DATE_LINE;
use crate::{Category, Scope};

/// The word a newsroom byline ends with: "By The Ledger staff", "By the
/// Weekend outdoors desk" (see `byline`).
macro_rules! newsroom_word {
    () => {
        "(?:staff|editors|team|desk|reporters|writers|contributors)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // A line that is only a date. Safe: the pattern must cover the whole line.
    RuleDef::pattern("date-line", Category::Metadata, Scope::Line, "a line holding only a date", &[], DATE_LINE)
        .max_len(90)
        .role(Role::Date),
    // "By Jane Doe", "By Jane Doe and John Roe in Paris", "Written by Jane Doe",
    // "Updated by Jane Doe", "By The Ledger staff", "Reviewed by: Jane Doe, CFP®",
    // "By the Weekend outdoors desk", "de Ion Marin", "por Ana Ruiz".
    // Safe: capitalised names only (then at most one newsroom word: "staff",
    // "editors"), short, no sentence end ("By 2030, …" has a comma and a verb,
    // and "By submitting …" is lower case). Not "Author: Jane Doe": that is
    // also each entry's line in a list of books, which is content (the
    // splitter reads it as a byline between a title and its date).
    RuleDef::pattern(
        "byline",
        Category::Metadata,
        Scope::Line,
        "a byline",
        &["by", "de ", "por ", "par ", "di ", "door ", "av ", "przez ", "af ", "oleh ", "szerző", "autor", "tekijä", "avtor", "höfundur", "piše", "pišu", "egilea", "awdur", "mwandishi", "penulis", "yazar", "muallif"],
        concat!(
            r"^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ss]tory [Bb]y|[Ww]ords [Bb]y|[Rr]eporting [Bb]y|[Aa]uthored [Bb]y|[Uu]pdated [Bb]y|[Cc]ompiled [Bb]y|(?i:(?:medically |expert )?reviewed|fact[- ]?checked|edited) (?i:by))\s*:?\s*(?:\p{Lu}[\p{L}.'’®-]*|[Dd][aei]|[Vv][ao]n|[Dd]er|[Ll][ae]|[Bb]in|[Aa]l)(?:[\s,]+(?:\p{Lu}[\p{L}.'’®-]*|and|&|in|[Dd][aei]|[Vv][ao]n|[Dd]er|[Ll][ae]|[Bb]in|[Aa]l))*(?:\s+",
            newsroom_word!(),
            r")?\s*$|^(?:[Bb]y|BY) the (?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[a-z]+\s+)?",
            newsroom_word!(),
            // "de Ion Marin", "por Ana Ruiz", "door Jan de Vries", "Af
            // Mette Lind", "Oleh Siti Rahman", "Szerző: Kiss Anna", "Avtor:
            // Matej Kralj", "Piše: Ana Horvat": the same in Romance
            // languages, Dutch, the Nordic languages, Malay, Polish,
            // Hungarian, Finnish, the Baltic and South Slavic languages,
            // Basque, Welsh, Swahili, Turkish, Azerbaijani and Uzbek (their
            // word for "author" or "writes" and a colon), with two to four names ("de
            // Gaulle" alone is a name, not a byline). Not "Von" or "De" in
            // capitals: "Von Braun Center" is a name.
            r"$|^(?:de|por|par|di|door|av|przez|Af|Oleh|Door|Av|Por|Par|Przez|Szerző:|Autor:|Autora:|Autore:|Tekijä:|Avtor:|Avtorica:|Autorius:|Autorė:|Autors:|Höfundur:|Piše:|Pišu:|Egilea:|Awdur:|Mwandishi:|Penulis:|Yazar:|Muallif:|Autori:) \p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|[Dd][aeio]|[Dd]os|[Vv][ao]n|[Dd]er|[Ll][ae]|bin|binti)){1,3}$"
        ),
    )
    .max_len(100)
    .unpunctuated()
    .role(Role::Byline),
    RuleDef::phrases(
        "byline-label",
        Category::Metadata,
        Scope::Line,
        "a byline label without the name",
        &[
            "by",
            "written by",
            "posted by",
            "author",
            "authors",
            "about the author",
            "about the authors",
            "words by",
            "edited by",
            "contributing writer",
            "editor-in-chief",
            "expert reviewed",
            "fact checked by",
            "medically reviewed by",
            "reviewed by",
            "published",
        ],
    )
    .role(Role::BylineLabel),
    // A dateline with a byline, a time or a reading time around the date:
    // "By Jane Doe • March 12, 2025", "Jane Doe December 18, 2025",
    // "Issue #52 · 5 September 2024" (a newsletter's or a podcast's number),
    // "Opinion · 20 February 2026" (a search result's section and date),
    // "Dec 12, 2025 11 min read", "Last Updated: Dec 17, 2025 • 5 min read",
    // and as scrapers glue them: "ByJane DoeMar 5, 2025", "Dec 5, 2025. 8
    // minutes read", "Dec 5, 2025 // 30 min · 6,279 words".
    // Safe: before the date only a metadata word or two to four capitalised
    // words (a name); after it only separators, times, time zones, reading
    // times, word and comment counts and capitalised words; a full stop
    // only before a reading time, as a sentence ends with one ("Updated
    // figures were published on March 12, 2025."). "Date" is no
    // lead-in word here: "Date: 16-19 March 2026" is an event listing's
    // content (a bare "Date: March 12, 2025" is `date-line`'s). "By" must
    // be followed by a capital (a name, glued or not), so a heading such as
    // "By the end of the trial on March 12, 2025" stays.
    RuleDef::pattern(
        "dateline-meta",
        Category::Metadata,
        Scope::Line,
        "a date line with a byline, time or reading time",
        &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "20"],
        concat!(
            r"^(?:(?:(?:[Bb]y|BY)\s*:?\s*\p{Lu}|(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast [Uu]pdated|[Ww]ritten|[Rr]eviewed|[Aa]uthor|[Mm]odified)(?-u:\b))[^!?]*?|(?:\p{Lu}[\p{L}.'’-]*\s+){2,4}|\p{Lu}[\p{L}&'’-]*\s*[·|•]|(?:[Ii]ssue|ISSUE|[Ee]pisode|EPISODE|[Ee]dition|[Vv]ol(?:ume)?\.?|[Nn]o\.)\s*(?:#\s*)?[0-9]+)?",
            r"[\s|•·—–@:-]*(?:on\s+|at\s+)?",
            r"(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}))",
            r"(?:\s*(?:[|•·—–@,\[\]()/-]|(?i:at|updated|on)(?-u:\b)|[0-9]{1,2}[:.][0-9]{2}\s*(?i:[ap]\.?m\.?)?|[A-Z]{2,4}(?-u:\b)|\.?\s*[0-9]+\s*(?i:min(?:ute)?s?|mins?)\.?\s*(?i:read)?|(?i:by)\s+\p{Lu}[\p{L}.'’-]*|[0-9]+\s+(?i:comments?)|[0-9][0-9,]*\s+(?i:words?)|(?i:comments?)|\p{Lu}[\p{L}.'’-]*|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4})))*\s*$"
        ),
    )
    .max_len(140)
    .role(Role::Date),
    // Author boxes: "Jane Doe is a writer who covers …". Safe: a capitalised
    // name, "is a" or "has been a", and a writing job at most four words on
    // ("is a Los Angeles-based writer"), in one short paragraph: "Maria
    // Lopez is a nurse whose late husband worked as a journalist" is a
    // profile's sentence, and "Ruth Abernathy was a columnist and author
    // known for …" opens an obituary (an author box speaks of the living).
    // The job may be a title in capitals ("the Managing Editor of …").
    RuleDef::pattern(
        "author-bio",
        Category::Metadata,
        Scope::Block,
        "an author box",
        &["writer", "editor", "journalist", "reporter", "contributor", "author", "columnist", "correspondent"],
        r"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:is|has been)\s+(?:a|an|the|our)\s+(?:[^\s.;:!?]+\s+){0,4}(?i:writer|editor|journalist|reporter|contributor|author|columnist|correspondent)(?-u:\b)",
    )
    .max_len(600),
    // "5 min read", "Reading time: 4 minutes", "Read time: 4 min", "21
    // Minutes to Read".
    RuleDef::pattern(
        "reading-time",
        Category::Metadata,
        Scope::Line,
        "a reading-time line",
        &["read", "reading time"],
        r"(?i)^(?:(?:estimated )?read(?:ing)? time:?\s*)?(?:about |approx\.? )?[0-9]{1,3}\s*(?:-|–)?\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+(?:to\s+)?read(?:ing)?(?: time)?)?$",
    )
    .max_len(40),
    // A post's age as feeds and tag pages print it: "3 hours ago", "Posted
    // 2 days ago", "an hour ago", "5d ago", "Yesterday", "Today at 9:40
    // am", "Just now", and a video's "14:22 · 3.1K views · 2 weeks ago". A date for the splitter, so a tag page that dates
    // its posts this way splits. Safe: the whole line, a count, a unit of
    // time and "ago", or the day's name with at most a time ("Today" alone
    // is also a section's or a heading's name, and is not read).
    RuleDef::pattern(
        "relative-date",
        Category::Metadata,
        Scope::Line,
        "a line giving a post's age (\"3 days ago\", \"Yesterday\")",
        &["ago", "yesterday", "today", "just now"],
        r"(?i)^(?:(?:posted|published|updated|last updated|uploaded|streamed)\s*:?\s*)?(?:(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9][0-9.,]*\s*[km]?\s+views)\s*[·•|]\s*)*(?:(?:[0-9]{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago|yesterday|(?:yesterday|today),?\s*(?:at\s*)?[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?m\.?)?|just now)$",
    )
    .max_len(60)
    .role(Role::Date),
    // A post's time stamp with no year, as a day's digest or a live feed
    // prints it: "6:05 AM", "Dec 10, 10:15 PM", "10 December at 9.30am".
    // A date for the splitter, as `relative-date` is. Safe: the whole line
    // is the time (with "am" or "pm": "22:15" alone is as often a score or
    // a lap time), after at most a month and a day.
    RuleDef::pattern(
        "clock-date",
        Category::Metadata,
        Scope::Line,
        "a line giving a post's time, with no year (\"6:05 AM\", \"Dec 10, 10:15 PM\")",
        &[],
        r"(?i)^(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?),?\s*(?:at\s+|[-–—|•·]\s*)?)?[0-9]{1,2}[:.][0-9]{2}\s*[ap]\.?m\.?$",
    )
    .max_len(40)
    .role(Role::Date),
    // A byline or a numeric date with the reading time: "By Jane Doe — 10
    // min read", "23.07.2025 · 6 min read". Safe: a capitalised name or a
    // date, then only a separator and the reading time to the line's end,
    // no sentence end.
    RuleDef::pattern(
        "byline-reading-time",
        Category::Metadata,
        Scope::Line,
        "a byline or date with the reading time",
        &["read"],
        r"^(?:(?:[Bb]y|BY)\s+\p{Lu}[^!?]*?|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4})\s*[—–•·|-]?\s*[0-9]{1,3}\s*(?i:min(?:ute)?s?|mins?)\.?\s+(?i:read)$",
    )
    .max_len(100)
    .unpunctuated(),
];

#[cfg(test)]
mod tests {
    use crate::detect::{builtin, Matcher};

    /// A control char in a pattern matches only itself: three of them (a
    /// backspace where `\b` was meant) once silently disabled the lead-in
    /// words of `dateline-meta` ("Posted by Ann Lee on March 12, 2025").
    #[test]
    fn builtin_rules_hold_no_control_chars() {
        for def in builtin() {
            let texts: Vec<&str> = match def.matcher {
                Matcher::Phrases(list) => list.to_vec(),
                Matcher::Pattern { triggers, pattern } => {
                    let mut t = triggers.to_vec();
                    t.push(pattern);
                    t
                }
            };
            for t in texts {
                assert!(!t.chars().any(char::is_control), "{}: {t:?}", def.id);
            }
        }
    }
}
