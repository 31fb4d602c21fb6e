//! The JSON shape of one cleaned document (the contract of score.py).

use serde::Serialize;
use textsweep::Cleaned;

#[derive(Serialize)]
pub(crate) struct Doc<'a> {
    pub(crate) articles: Vec<ArticleJson<'a>>,
    pub(crate) removed: Vec<RemovedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) header: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct ArticleJson<'a> {
    pub(crate) title: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) ymd: Option<String>,
    pub(crate) byline: Option<&'a str>,
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

#[derive(Serialize)]
pub(crate) struct RemovedJson<'a> {
    pub(crate) category: &'static str,
    pub(crate) rule: &'a str,
    pub(crate) reason: &'a str,
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The JSON object for one cleaned document.
pub(crate) fn doc<'a>(input: &'a str, out: &'a Cleaned<'a>) -> Doc<'a> {
    Doc {
        articles: out
            .articles()
            .iter()
            .map(|a| ArticleJson {
                title: a.title(),
                date: a.date(),
                ymd: a.ymd().map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
                byline: a.byline(),
                text: a.text(),
                start: a.span().start,
                end: a.span().end,
            })
            .collect(),
        removed: out
            .removals()
            .iter()
            .map(|r| RemovedJson {
                category: r.category().as_str(),
                rule: r.rule(),
                reason: r.reason(),
                text: &input[r.span()],
                start: r.span().start,
                end: r.span().end,
            })
            .collect(),
        header: out.header().map(|s| &input[s]),
    }
}

impl Doc<'_> {
    /// Writes the object as `serde_json::to_writer` would (the same bytes; see
    /// the tests), with the strings copied by [`write_str`].
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"articles\":");
        write_articles(out, &self.articles);
        out.extend_from_slice(b",\"removed\":");
        write_removed(out, &self.removed);
        if let Some(h) = self.header {
            out.extend_from_slice(b",\"header\":");
            write_str(out, h);
        }
        out.push(b'}');
    }
}

/// `[{"title":…,"date":…,"ymd":…,"byline":…,"text":…,"start":…,"end":…},…]`
pub(crate) fn write_articles(out: &mut Vec<u8>, articles: &[ArticleJson<'_>]) {
    out.push(b'[');
    for (k, a) in articles.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"title\":");
        write_opt(out, a.title);
        out.extend_from_slice(b",\"date\":");
        write_opt(out, a.date);
        if let Some(ymd) = &a.ymd {
            out.extend_from_slice(b",\"ymd\":");
            write_str(out, ymd);
        }
        out.extend_from_slice(b",\"byline\":");
        write_opt(out, a.byline);
        out.extend_from_slice(b",\"text\":");
        write_str(out, a.text);
        write_span(out, a.start, a.end);
        out.push(b'}');
    }
    out.push(b']');
}

/// `[{"category":…,"rule":…,"reason":…,"text":…,"start":…,"end":…},…]`
pub(crate) fn write_removed(out: &mut Vec<u8>, removed: &[RemovedJson<'_>]) {
    out.push(b'[');
    for (k, r) in removed.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"category\":");
        write_str(out, r.category);
        out.extend_from_slice(b",\"rule\":");
        write_str(out, r.rule);
        out.extend_from_slice(b",\"reason\":");
        write_str(out, r.reason);
        out.extend_from_slice(b",\"text\":");
        write_str(out, r.text);
        write_span(out, r.start, r.end);
        out.push(b'}');
    }
    out.push(b']');
}

fn write_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_span(out: &mut Vec<u8>, start: usize, end: usize) {
    use std::io::Write as _;
    // Writing to a Vec cannot fail.
    let _ = write!(out, ",\"start\":{start},\"end\":{end}");
}

/// Writes `s` as a JSON string, escaped exactly as serde_json escapes it
/// (`\"`, `\\`, `\b \f \n \r \t`, other controls as `\u00xx`), but
/// copying the runs that need no escape whole: most text has none.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    const CHUNK: usize = 32;
    let needs = |b: u8| u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\');
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0; // first byte not yet copied
                       // Cleaned text escapes a line break every line or so, and rarely any
                       // other control: without one, the three bytes to escape are found by
                       // `memchr3` (SIMD) instead of a search restarted after each break.
    let other_control = |b: u8| u8::from(b < 0x20) & u8::from(b != b'\n');
    if bytes.iter().fold(0u8, |any, &b| any | other_control(b)) == 0 {
        for i in memchr::memchr3_iter(b'"', b'\\', b'\n', bytes) {
            out.extend_from_slice(&bytes[start..i]);
            out.extend_from_slice(match bytes[i] {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                _ => b"\\n",
            });
            start = i + 1;
        }
        out.extend_from_slice(&bytes[start..]);
        out.push(b'"');
        return;
    }
    let mut i = 0;
    loop {
        // Skip whole chunks that need nothing, then find the byte that does.
        while let Some(chunk) = bytes.get(i..i + CHUNK) {
            if chunk.iter().fold(0u8, |any, &b| any | needs(b)) != 0 {
                break;
            }
            i += CHUNK;
        }
        let Some(k) = bytes[i..].iter().position(|&b| needs(b) != 0) else {
            break;
        };
        i += k;
        let b = bytes[i];
        out.extend_from_slice(&bytes[start..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::{doc, write_str};

    #[test]
    fn documents_write_as_serde_json_does() {
        let pages = [
            "",
            "Just one line.",
            "Posts Tagged 'rivers'\n\nFloods Reach the Old Town\nMarch 3, 2021\nBy Ann Lee\n\nWater \"rose\".\n\n\
             Dam Repairs Begin at Last\nMarch 1, 2021\n\nCrews arrived.\n\nShare on Facebook\n",
            "Advertisement\nA fact.\tTabbed \u{1} control\nRead more: Ten other stories\n",
        ];
        for page in pages {
            let cleaned = textsweep::clean(page).unwrap();
            let d = doc(page, &cleaned);
            let mut ours = Vec::new();
            d.write(&mut ours);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&d).unwrap()
            );
        }
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "\"quoted\" \\ back".into(),
            "caf\u{e9} \u{2028} \u{7f}".into(),
        ];
        cases.push((0u8..0x80).map(char::from).collect());
        cases.push("x".repeat(31) + "\n" + &"y".repeat(70) + "\"");
        for k in 0..100 {
            cases.push("a".repeat(k) + "\u{1}" + &"b".repeat(k % 37));
            // Only line breaks, quotes and backslashes: the memchr path.
            cases.push("a".repeat(k) + "\n\"" + &"b".repeat(k % 37) + "\\\n");
        }
        for s in cases {
            let mut out = Vec::new();
            write_str(&mut out, &s);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&s).unwrap(),
                "{s:?}"
            );
        }
    }
}
