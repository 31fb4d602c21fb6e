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
