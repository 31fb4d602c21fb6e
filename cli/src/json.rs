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
    let mut i = 0;
    while i < bytes.len() {
        // Skip whole chunks that need nothing.
        if let Some(chunk) = bytes.get(i..i + CHUNK) {
            if chunk.iter().fold(0u8, |any, &b| any | needs(b)) == 0 {
                i += CHUNK;
                continue;
            }
        }
        let b = bytes[i];
        if needs(b) == 0 {
            i += 1;
            continue;
        }
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
    use super::write_str;

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
