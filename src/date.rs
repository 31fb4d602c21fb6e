//! Date lines: recognising "January 15, 2019", "15 Jan 2019", "2019-01-15",
//! "01/15/2019", "14.02.24", "Tuesday, January 15, 2019 10:30 am", "Posted on …",
//! "Published …", "Updated …", a newsletter archive's "Sent …" and a
//! video's "Uploaded …", and reading the year, month and day.

use std::sync::LazyLock;

use regex::Regex;

/// Month names and abbreviations, for the pattern and the parser.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A whole line that is a date, with an optional lead-in and time. Used as a
/// metadata rule and by the article splitter.
pub(crate) const DATE_LINE: &str = concat!(
    r"(?i)^[\s/|•·-]*(?:(?:posted|published|updated|last updated|last modified|modified|first published|originally published|date|sent|aired|uploaded|broadcast|issued)(?:\s+on)?\s*:?\s*)?",
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?",
    r"(?:",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}",
    r"|[0-9]{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+[0-9]{4}",
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:t[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?:z|[+-][0-9]{2}:?[0-9]{2})?)?",
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}",
    r"|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}",
    // "14.02.24" on a card: a two-digit year only with a day and a month
    // that can be one (a version "1.20.24" has no month 20).
    r"|(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.[0-9]{2}",
    // Without the year, only as a feed abbreviates it, after the day's
    // name: "Wed, Mar 4", "Fri 6 Mar". Spelt out, "Monday, Jan. 12" heads
    // a day's entries in a log or a diary as often: content.
    r"|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?)",
    r")",
    r"(?:,?\s*(?:at\s+|kl\.?\s*|[-–—|•·@]\s*)?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}\)?)?)?",
    r"(?:\s*(?:[|•·]\s*)?(?:updated|modified)(?-u:\b).*)?",
    // A card's section after a separator: "14.02.24 · Rivers", "May 2,
    // 2024 | Long reads" (words only: a count or a time is another tail).
    r"(?:\s*[|•·]\s*[a-z][a-z&'’ -]{0,30})?",
    r"\s*$"
);

static LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(DATE_LINE).expect("valid built-in regex"));

/// Whether `line` is a whole date line ([`DATE_LINE`]). The detector reads
/// date lines with its own tables; this is for the few lines the splitter
/// reads again as the output prints them, and compiles the pattern on its
/// first use.
pub(crate) fn is_date_line(line: &str) -> bool {
    LINE.is_match(line)
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})").expect("valid built-in regex")
});
static SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{2,4})").expect("valid built-in regex")
});
static WORDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:([0-9]{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?([a-z]{3,9})|([a-z]{3,9})\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?)\.?,?\s+([0-9]{4})")
        .expect("valid built-in regex")
});

/// Year, month and day read from a date line, when they make a real date.
///
/// Numeric `a/b/yyyy` dates are read as month/day (US order) unless the first
/// number cannot be a month; that choice is documented in the README.
pub(crate) fn parse(line: &str) -> Option<(u16, u8, u8)> {
    let ymd = if let Some(c) = ISO.captures(line) {
        (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    } else if let Some(c) = WORDY.captures(line) {
        let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(d), Some(m), _, _) => (d.as_str(), m.as_str()),
            (_, _, Some(m), Some(d)) => (d.as_str(), m.as_str()),
            _ => return None,
        };
        let lower = month.to_ascii_lowercase();
        let m = MONTHS.iter().position(|p| lower.starts_with(p))? as u8 + 1;
        (c[5].parse().ok()?, m, day.parse().ok()?)
    } else if let Some(c) = SLASH.captures(line) {
        let (a, b): (u8, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let mut y: u16 = c[3].parse().ok()?;
        if y < 100 {
            y += 2000;
        }
        if a > 12 {
            (y, b, a)
        } else {
            (y, a, b)
        }
    } else {
        return None;
    };
    let (y, m, d): (u16, u8, u8) = ymd;
    ((1000..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        for s in [
            "January 15, 2019",
            "Jan. 15, 2019",
            "15 January 2019",
            "2019-01-15",
            "01/15/2019",
            "Tuesday, January 15, 2019",
            "January 15, 2019 10:30 am",
            "Jan 15, 2019 at 10:30 a.m. EST",
            "Posted on January 15, 2019",
            "Published: 15 Jan 2019",
            "Updated January 16, 2019, 9:05 PM",
            "Published on: July 6, 2019",
            "2019-01-15T10:00:00Z",
            // A newsletter archive's and a video page's lead-ins, and the
            // day with a full stop and "kl." before the time (Danish,
            // Norwegian, German print it so).
            "Sent 15 January 2019",
            "Uploaded on Jan 15, 2019",
            "15. januar 2019 kl. 08.00",
            // A card's section after its date.
            "January 15, 2019 · Politics",
            "15.01.2019 | Long reads",
        ] {
            assert!(is_date_line(s), "{s}");
            assert_eq!(parse(s).map(|d| d.0), Some(2019), "{s}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "On January 15, 2019 the firm said",
            "Mayor Jones",
            "2019",
            "May the best win",
            // A day's heading in a log, spelt out: content.
            "Monday, Jan. 12",
            "Friday 6 March",
            "Sent from my phone",
            "15. Platz 2019",
            // A version, not a day and a month.
            "1.20.24",
            "v2.10.3",
            // A date with a sentence after it.
            "January 15, 2019 | the day the firm said it would close the plant",
        ] {
            assert!(!is_date_line(s), "{s}");
        }
    }

    #[test]
    fn two_digit_years_with_a_day_and_a_month() {
        for s in ["14.02.24", "14.02.24 · Rivers", "1.2.24"] {
            assert!(is_date_line(s), "{s}");
        }
        assert!(!is_date_line("14.13.24"), "no month 13");
    }

    #[test]
    fn feed_dates_without_a_year() {
        for s in ["Wed, Mar 4", "Fri 6 Mar", "Sat., Sept. 14"] {
            assert!(is_date_line(s), "{s}");
            // No year to read: the article's date stays the line as printed.
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn parses() {
        assert_eq!(parse("Tuesday, January 15, 2019"), Some((2019, 1, 15)));
        assert_eq!(parse("15 Jan 2019"), Some((2019, 1, 15)));
        assert_eq!(parse("25/12/2019"), Some((2019, 12, 25)));
        assert_eq!(parse("12/25/2019"), Some((2019, 12, 25)));
        assert_eq!(parse("Smarch 40, 2019"), None);
    }
}
