//! A deterministic generator of news-like documents for the benches.
//!
//! Provenance: every word and template below was written for textsweep's
//! benches; nothing is copied from a third-party corpus. The same seed gives
//! the same documents on every machine (a SplitMix64 generator, no `rand`).
//!
//! The mix imitates scraped news pages:
//! * clean articles (a title, a standfirst, paragraphs of prose, quotes);
//! * noisy articles with every kind of boilerplate textsweep removes: ad-blocker
//!   pleas, breadcrumbs, date lines, bylines, reading time, share bars,
//!   captions with photo credits (short and paragraph-long), advertisement
//!   labels, read-more and related lines, newsletter pitches, comment policies,
//!   tag lists, licence and copyright footers, cookie notices;
//! * roundup pages (a tag header, then posts with a title and a date line).
//!
//! About one document in five uses typographic punctuation, accented names and
//! no-break spaces, so the non-ASCII paths are exercised too.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// SplitMix64: small, fast, and the same everywhere.
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub(crate) fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.range(0, list.len() - 1)]
    }
}

const FIRST: &[&str] = &[
    "Ann", "Tom", "Maya", "Oscar", "Lena", "Ravi", "Ines", "Pavel", "Grace", "Hugo", "Nadia",
    "Ken", "Sofia", "Omar", "Clara", "Felix", "Amara", "Jonas", "Priya", "Marta", "Dev", "Elsa",
    "Tariq", "Rosa", "Leon", "Yuki", "Bea", "Ivan", "Noor", "Colm",
];
const FIRST_ACCENTED: &[&str] = &[
    "José",
    "Zoë",
    "Renée",
    "Søren",
    "Chloé",
    "Andrés",
    "Ümit",
    "Łucja",
    "François",
    "Åsa",
];
const LAST: &[&str] = &[
    "Lee",
    "Roe",
    "Okafor",
    "Brandt",
    "Silva",
    "Novak",
    "Hughes",
    "Mendez",
    "Tanaka",
    "Walsh",
    "Kowal",
    "Ferrer",
    "Ibsen",
    "Patel",
    "Moreau",
    "Quinn",
    "Adeyemi",
    "Lindqvist",
    "Costa",
    "Baxter",
    "Haddad",
    "Rossi",
    "Nakamura",
    "Duarte",
    "Keane",
    "Varga",
];
const LAST_ACCENTED: &[&str] = &[
    "Müller", "Peña", "Nuñez", "Dvořák", "Gómez", "Ørsted", "Lefèvre",
];
const TOWNS: &[&str] = &[
    "Harbour Town",
    "Millbrook",
    "East Fenwick",
    "Larkspur Bay",
    "Stonegate",
    "Oakridge",
    "Port Alden",
    "Westmere",
    "Cedar Falls",
    "Kingsferry",
    "Ravenholm",
    "Brightwater",
    "North Quay",
    "Elmstead",
    "Saltmarsh",
    "Highcliff",
];
const ORGS: &[&str] = &[
    "the port authority",
    "the city council",
    "the regional health board",
    "the transport agency",
    "the school district",
    "the water company",
    "the chamber of commerce",
    "the fire service",
    "the planning committee",
    "the housing trust",
    "the weather office",
    "the university",
    "the police",
    "the energy regulator",
    "the tourism board",
    "the county court",
];
const ORG_NAMES: &[&str] = &[
    "Harbour Media Group",
    "Northfield Press",
    "The Valley Courier",
    "Coastline Daily",
    "Midland Herald Network",
    "Riverside Chronicle",
    "The Evening Lantern",
    "Westmere Gazette",
];
const AGENCIES: &[&str] = &[
    "Example Photo Agency",
    "Coastline Pictures",
    "Northfield Images",
    "Lantern Photo Desk",
    "Harbour Stills",
];
const WIRES: &[&str] = &["AP", "AFP", "Reuters", "EPA", "dpa"];
const LIBRARIES: &[&str] = &["Getty Images", "Shutterstock", "Alamy", "Unsplash"];
const NOUNS: &[&str] = &[
    "ferry terminal",
    "bridge",
    "budget",
    "school",
    "hospital wing",
    "bus route",
    "library",
    "seafront park",
    "housing plan",
    "recycling scheme",
    "flood barrier",
    "market hall",
    "cycle lane",
    "power station",
    "football ground",
    "concert hall",
    "water main",
    "tram line",
    "harbour wall",
    "railway station",
    "community centre",
    "tax rise",
    "wind farm",
    "airport",
];
const VERBS_PAST: &[&str] = &[
    "approved",
    "delayed",
    "opened",
    "rejected",
    "reviewed",
    "announced",
    "expanded",
    "postponed",
    "funded",
    "criticised",
    "defended",
    "inspected",
    "closed",
    "reopened",
    "completed",
    "proposed",
];
const VERBS_INF: &[&str] = &[
    "cost more than expected",
    "open before the summer",
    "need another review",
    "create hundreds of jobs",
    "cut journey times",
    "reduce the waiting lists",
    "bring more visitors to the town",
    "take at least two more years",
    "ease the pressure on roads",
    "double the number of places",
    "be paid for by a new levy",
    "go ahead despite the objections",
];
const TIMES: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "at the weekend",
    "last week",
    "this morning",
    "late on Sunday",
    "earlier this year",
    "in the spring",
    "after months of talks",
];
const ADJ: &[&str] = &[
    "long-awaited",
    "controversial",
    "ambitious",
    "modest",
    "costly",
    "popular",
    "delayed",
    "much-debated",
    "new",
    "ageing",
    "temporary",
    "larger",
];
const FEELINGS: &[&str] = &[
    "a good day for everyone who lives here",
    "not what we were promised",
    "the right decision, even if it came late",
    "a risk we could not afford to take",
    "something the whole town can be proud of",
    "too little and far too late",
    "a start, but only a start",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const NETWORKS: &[&str] = &[
    "Facebook",
    "Twitter",
    "LinkedIn",
    "WhatsApp",
    "Reddit",
    "Pinterest",
];
const TOPICS: &[&str] = &[
    "Local",
    "Politics",
    "Business",
    "Transport",
    "Health",
    "Education",
    "Weather",
    "Sport",
    "Culture",
    "Environment",
];

/// Typographic style of one document.
#[derive(Clone, Copy)]
struct Style {
    fancy: bool,
}

impl Style {
    fn quote(self, s: &str) -> String {
        if self.fancy {
            format!("\u{201C}{s}\u{201D}")
        } else {
            format!("\"{s}\"")
        }
    }

    fn apos(self) -> &'static str {
        if self.fancy {
            "\u{2019}"
        } else {
            "'"
        }
    }

    fn dash(self) -> &'static str {
        if self.fancy {
            " \u{2014} "
        } else {
            " - "
        }
    }

    fn space(self, rng: &mut Rng) -> &'static str {
        if self.fancy && rng.chance(0.05) {
            "\u{00A0}"
        } else {
            " "
        }
    }
}

fn name(rng: &mut Rng, st: Style) -> String {
    let first = if st.fancy && rng.chance(0.4) {
        rng.pick(FIRST_ACCENTED)
    } else {
        rng.pick(FIRST)
    };
    let last = if st.fancy && rng.chance(0.3) {
        rng.pick(LAST_ACCENTED)
    } else {
        rng.pick(LAST)
    };
    format!("{first} {last}")
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(w, "a" | "an" | "the" | "of" | "to" | "in" | "for" | "on") {
                w.to_string()
            } else {
                cap(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One sentence of prose, 60 to 250 bytes.
fn sentence(rng: &mut Rng, st: Style) -> String {
    let town = rng.pick(TOWNS);
    let org = rng.pick(ORGS);
    let noun = rng.pick(NOUNS);
    let sp = st.space(rng);
    match rng.range(0, 9) {
        0 => format!(
            "The {} {noun} in {town} was {} by {org} {}, officials said.",
            rng.pick(ADJ),
            rng.pick(VERBS_PAST),
            rng.pick(TIMES)
        ),
        1 => format!(
            "{} said the {noun} would {}, according to figures published {}.",
            cap(org),
            rng.pick(VERBS_INF),
            rng.pick(TIMES)
        ),
        2 => format!(
            "{} said {}, who has lived in {town} for {}{sp}years. {}",
            st.quote(&format!(
                "We have waited a long time for this{}",
                if rng.chance(0.5) { "," } else { "" }
            )),
            name(rng, st),
            rng.range(3, 60),
            st.quote(&format!("It was {}{}and people know it.", rng.pick(FEELINGS), st.dash())),
        ),
        3 => format!(
            "Residents of {town} had raised concerns about the {noun} at {} public meetings, and {org} promised a reply by {}.",
            rng.range(2, 14),
            rng.pick(MONTHS)
        ),
        4 => format!(
            "The project is expected to cost {}{sp}million, about {} per cent more than the estimate given {}.",
            rng.range(2, 900),
            rng.range(5, 80),
            rng.pick(TIMES)
        ),
        5 => format!(
            "{}{}s spokesperson declined to comment on the {noun}, but a statement {} said work would continue.",
            cap(org),
            st.apos(),
            rng.pick(TIMES)
        ),
        6 => format!(
            "Critics argue that the {} {noun} will {}, while supporters point to the {} new jobs it could bring to {town}.",
            rng.pick(ADJ),
            rng.pick(VERBS_INF),
            rng.range(20, 900)
        ),
        7 => format!(
            "In {}, {org} {} a similar plan for the {}, and the council{}s leader, {}, has promised not to repeat the mistakes made then.",
            rng.range(1995, 2023),
            rng.pick(VERBS_PAST),
            rng.pick(NOUNS),
            st.apos(),
            name(rng, st)
        ),
        8 => format!(
            "Traffic on the main road through {town} was diverted for {} hours while engineers inspected the {noun}.",
            rng.range(2, 48)
        ),
        _ => format!(
            "{} said the decision was {}.",
            name(rng, st),
            rng.pick(FEELINGS)
        ),
    }
}

/// A paragraph on one line: one to six sentences.
fn paragraph(rng: &mut Rng, st: Style) -> String {
    let n = match rng.range(0, 9) {
        0 => 1,
        1..=3 => 2,
        4..=6 => 3,
        7 | 8 => 4,
        _ => 6,
    };
    let mut p = String::new();
    for k in 0..n {
        if k > 0 {
            p.push(' ');
        }
        p.push_str(&sentence(rng, st));
    }
    p
}

fn headline(rng: &mut Rng) -> String {
    let town = rng.pick(TOWNS);
    let noun = rng.pick(NOUNS);
    match rng.range(0, 4) {
        0 => format!(
            "{town} {} {}",
            title_case(rng.pick(VERBS_PAST)).replace("ed", "es"),
            title_case(noun)
        ),
        1 => format!(
            "Council {} the {} {}",
            cap(rng.pick(VERBS_PAST)),
            title_case(rng.pick(ADJ)),
            title_case(noun)
        ),
        2 => format!("What the New {} Means for {town}", title_case(noun)),
        3 => format!("{town} Residents Divided Over {} Plans", title_case(noun)),
        _ => format!("Work on {} {} Finally Begins", town, title_case(noun)),
    }
}

fn date(rng: &mut Rng) -> (usize, &'static str, usize) {
    (rng.range(2015, 2025), rng.pick(MONTHS), rng.range(1, 28))
}

fn date_line(rng: &mut Rng) -> String {
    let (y, m, d) = date(rng);
    match rng.range(0, 5) {
        0 => format!("{m} {d}, {y}"),
        1 => format!("Published {d} {m} {y}"),
        2 => format!(
            "{y}-{:02}-{d:02}",
            MONTHS.iter().position(|x| *x == m).unwrap_or(0) + 1
        ),
        3 => format!(
            "Updated {m} {d}, {y} {}:{:02} {}",
            rng.range(1, 12),
            rng.range(0, 59),
            if rng.chance(0.5) { "am" } else { "pm" }
        ),
        4 => format!("Posted on {m} {d}, {y}"),
        _ => format!(
            "{}, {m} {d}, {y}",
            ["Monday", "Tuesday", "Friday"][rng.range(0, 2)]
        ),
    }
}

/// A caption: short with a credit line, or a paragraph ending in its credit.
fn caption(rng: &mut Rng, st: Style, out: &mut Vec<String>) {
    let who = name(rng, st);
    let scene = format!(
        "{} {} the {} in {} {}.",
        [
            "Workers inspect",
            "Visitors walk past",
            "Crowds gather near",
            "A view of"
        ][rng.range(0, 3)],
        "",
        rng.pick(NOUNS),
        rng.pick(TOWNS),
        rng.pick(TIMES)
    )
    .replace("  ", " ");
    match rng.range(0, 5) {
        0 => out.push(format!(
            "{scene} ({who}/{} via {})",
            rng.pick(AGENCIES),
            rng.pick(LIBRARIES)
        )),
        1 => {
            out.push(scene);
            out.push(format!("Photo: {who}/{}", rng.pick(WIRES)));
        }
        2 => out.push(format!(
            "{scene} {} {}",
            sentence(rng, st),
            format_args!("Picture: {who}")
        )),
        3 => out.push(format!(
            "{scene} {}/{}",
            who.to_uppercase(),
            rng.pick(LIBRARIES)
        )),
        4 => out.push(format!(
            "{} {}",
            paragraph(rng, st),
            format_args!("(Photo by {who}/{})", rng.pick(WIRES))
        )),
        _ => out.push(format!("Image: {}", rng.pick(LIBRARIES))),
    }
}

fn share_bar(rng: &mut Rng, out: &mut Vec<String>) {
    match rng.range(0, 3) {
        0 => {
            for n in NETWORKS.iter().take(rng.range(2, 5)) {
                out.push(format!("Share on {n}"));
            }
        }
        1 => out.push("Share this article".to_string()),
        2 => {
            out.push("Share".to_string());
            out.push("Tweet".to_string());
            out.push("Email".to_string());
            out.push("Print".to_string());
        }
        _ => out.push(format!(
            "Share on {} (opens new window)",
            rng.pick(NETWORKS)
        )),
    }
}

fn boiler(rng: &mut Rng, st: Style, out: &mut Vec<String>) {
    let site = rng.pick(ORG_NAMES);
    match rng.range(0, 13) {
        0 => out.push("Advertisement".to_string()),
        1 => out.push(format!("Read more: {}", headline(rng))),
        2 => out.push(format!("Related: {}", headline(rng))),
        3 => out.push(format!(
            "Sign up for our newsletter to get the latest {} news in your inbox.",
            rng.pick(TOPICS).to_lowercase()
        )),
        4 => out.push(format!("Subscribe to {site} for unlimited access to our journalism.")),
        5 => out.push("Comments are moderated and will appear after approval. Please keep the discussion civil.".to_string()),
        6 => out.push("Join the conversation".to_string()),
        7 => out.push("Sponsored content".to_string()),
        8 => share_bar(rng, out),
        9 => caption(rng, st, out),
        10 => out.push(format!("Recommended: {}", headline(rng))),
        11 => out.push("Story continues below advertisement".to_string()),
        12 => out.push(format!("Follow us on {} for the latest updates", rng.pick(NETWORKS))),
        _ => out.push(format!("{} comments", rng.range(0, 400))),
    }
}

fn footer(rng: &mut Rng, st: Style, out: &mut Vec<String>) {
    let site = rng.pick(ORG_NAMES);
    let (y, _, _) = date(rng);
    if rng.chance(0.5) {
        out.push(format!(
            "Tags: {}, {}, {}",
            rng.pick(TOPICS),
            rng.pick(TOWNS),
            title_case(rng.pick(NOUNS))
        ));
    }
    if rng.chance(0.6) {
        share_bar(rng, out);
    }
    match rng.range(0, 4) {
        0 => out.push(format!("\u{00A9} {y} {site}. All rights reserved.")),
        1 => out.push(format!(
            "This article was originally published on {site} and is republished here with permission. {}",
            "It may not be reproduced without the written consent of the publisher."
        )),
        2 => out.push(format!("Copyright {y} {site}. This material may not be published, broadcast, rewritten or redistributed.")),
        3 => out.push(format!("(Reporting by {}; Editing by {})", name(rng, st), name(rng, st))),
        _ => out.push(format!("Write to {} at newsroom@example.com", name(rng, st))),
    }
    if rng.chance(0.4) {
        out.push(format!(
            "We use cookies to improve your experience on {site}. By continuing to browse, you agree to our use of cookies."
        ));
    }
    if rng.chance(0.4) {
        out.push(
            "Comments are closed for this article. Read our community guidelines before posting."
                .to_string(),
        );
    }
}

fn clean_article(rng: &mut Rng, st: Style) -> Vec<String> {
    let mut lines = vec![headline(rng), paragraph(rng, st)];
    for _ in 0..rng.range(5, 22) {
        lines.push(paragraph(rng, st));
    }
    lines
}

fn noisy_article(rng: &mut Rng, st: Style) -> Vec<String> {
    let mut lines = Vec::new();
    if rng.chance(0.2) {
        lines.push("Please disable your ad blocker to keep reading this site.".to_string());
    }
    if rng.chance(0.4) {
        lines.push(format!("Home > News > {}", rng.pick(TOPICS)));
    }
    lines.push(headline(rng));
    lines.push(date_line(rng));
    if rng.chance(0.8) {
        lines.push(format!("By {} in {}", name(rng, st), rng.pick(TOWNS)));
    }
    if rng.chance(0.4) {
        lines.push(format!("{} min read", rng.range(2, 12)));
    }
    if rng.chance(0.5) {
        share_bar(rng, &mut lines);
    }
    for _ in 0..rng.range(4, 18) {
        lines.push(paragraph(rng, st));
        if rng.chance(0.35) {
            boiler(rng, st, &mut lines);
        }
    }
    footer(rng, st, &mut lines);
    lines
}

fn roundup(rng: &mut Rng, st: Style) -> Vec<String> {
    let mut lines = vec![match rng.range(0, 2) {
        0 => format!("Posts tagged {}", st.quote(&rng.pick(TOWNS).to_lowercase())),
        1 => format!("Archive for {} {}", rng.pick(MONTHS), rng.range(2015, 2024)),
        _ => format!("Category: {}", rng.pick(TOPICS)),
    }];
    let lead = ["Posted on", "Published", ""][rng.range(0, 2)];
    for _ in 0..rng.range(3, 8) {
        lines.push(headline(rng));
        let (y, m, d) = date(rng);
        lines.push(format!("{lead} {m} {d}, {y}").trim().to_string());
        if rng.chance(0.5) {
            lines.push(format!("By {}", name(rng, st)));
        }
        for _ in 0..rng.range(1, 4) {
            lines.push(paragraph(rng, st));
        }
        if rng.chance(0.6) {
            lines.push(
                ["Read more", "Continue reading", "Leave a comment"][rng.range(0, 2)].to_string(),
            );
        }
    }
    footer(rng, st, &mut lines);
    lines
}

/// One document: lines joined into paragraphs separated by blank lines (some
/// documents keep no blank lines at all, as many scrapers emit them).
fn document(rng: &mut Rng) -> String {
    let st = Style {
        fancy: rng.chance(0.2),
    };
    let lines = match rng.range(0, 19) {
        0..=7 => clean_article(rng, st),
        8..=16 => noisy_article(rng, st),
        _ => roundup(rng, st),
    };
    let sep = if rng.chance(0.7) { "\n\n" } else { "\n" };
    let mut doc = String::new();
    for (k, l) in lines.iter().enumerate() {
        if k > 0 {
            doc.push_str(sep);
        }
        doc.push_str(l);
    }
    doc.push('\n');
    if rng.chance(0.03) {
        doc = doc.replace('\n', "\r\n");
    }
    doc
}

/// Documents until their total size reaches `target_bytes`.
pub(crate) fn corpus(target_bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let d = document(&mut rng);
        total += d.len();
        docs.push(d);
    }
    docs
}

/// The seed of the benches' corpus.
pub(crate) const SEED: u64 = 0x7e57_5eed;
/// The size of the benches' generated corpus.
pub(crate) const CORPUS_BYTES: usize = 52 << 20;

/// A few hundred boilerplate phrases, for the Aho-Corasick ceiling (the same
/// kind and number of phrases as the built-in rules hold).
pub(crate) fn ceiling_phrases() -> Vec<String> {
    let mut p: Vec<String> = Vec::new();
    let actions = [
        "share",
        "share on",
        "share via",
        "share to",
        "follow us on",
        "like us on",
        "find us on",
        "post to",
        "send to",
        "pin it on",
        "sharing on",
        "posted to",
        "join us on",
        "watch on",
        "listen on",
        "subscribe on",
    ];
    let nets = [
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "reddit",
        "pinterest",
        "telegram",
        "email",
        "flipboard",
        "tumblr",
        "threads",
        "bluesky",
        "mastodon",
        "instagram",
        "youtube",
    ];
    for a in actions {
        for n in nets {
            p.push(format!("{a} {n}"));
        }
    }
    for w in [
        "advertisement",
        "sponsored content",
        "read more",
        "related",
        "recommended",
        "trending now",
        "more from",
        "most popular",
        "sign up for",
        "subscribe to",
        "newsletter",
        "in your inbox",
        "join the conversation",
        "comments are moderated",
        "leave a comment",
        "all rights reserved",
        "republished with permission",
        "originally published",
        "creative commons",
        "we use cookies",
        "accept cookies",
        "enable javascript",
        "disable your ad blocker",
        "ad blocker",
        "photo:",
        "image:",
        "photo by",
        "via getty images",
        "getty images",
        "shutterstock",
        "file photo",
        "click to enlarge",
        "watch video",
        "play video",
        "view gallery",
        "posted on",
        "published",
        "updated",
        "min read",
        "reading time",
        "written by",
        "tags:",
        "home",
        "previous article",
        "next article",
        "back to top",
        "skip to content",
        "print this article",
        "copy link",
        "email this",
        "tweet",
        "continue reading",
        "story continues below",
        "editor's note:",
        "disclaimer:",
        "reporting by",
        "editing by",
        "write to",
        "courtesy of",
        "credit:",
    ] {
        p.push(w.to_string());
    }
    for t in TOPICS {
        let t = t.to_lowercase();
        for f in [
            "more {t} news",
            "latest {t}",
            "{t} newsletter",
            "{t} briefing",
            "top {t} stories",
        ] {
            p.push(f.replace("{t}", &t));
        }
    }
    p
}

/// `../shared/corpus/wcxb-dev/*.txt`, sorted by name, when present.
pub(crate) fn wcxb_dev() -> Option<Vec<String>> {
    let dir = wcxb_dir()?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    (!docs.is_empty()).then_some(docs)
}

fn wcxb_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("../shared/corpus/wcxb-dev");
    dir.is_dir().then_some(dir)
}

/// The documents joined the way the CLI's batch protocol expects: each ends
/// with a line break, a line holding only U+001E between two of them.
pub(crate) fn batch(docs: &[String]) -> String {
    let mut out = String::with_capacity(docs.iter().map(|d| d.len() + 3).sum());
    for (k, d) in docs.iter().enumerate() {
        if k > 0 {
            out.push_str("\u{1e}\n");
        }
        out.push_str(d);
        if !d.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The documents as JSON Lines, `{"id":N,"text":"…"}` per line.
pub(crate) fn jsonl(docs: &[String]) -> String {
    let mut out = String::new();
    for (k, d) in docs.iter().enumerate() {
        let _ = write!(out, "{{\"id\":{k},\"text\":\"");
        for c in d.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push_str("\"}\n");
    }
    out
}
