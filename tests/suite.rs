//! Case files under tests/data/: realistic fixtures written for this crate.
//!
//! Format of a case:
//!
//! ```text
//! ### case-name
//! <input lines>
//! === keep
//! <text that must stay in the cleaned output, one per line>
//! === drop
//! <category>: <text that must be gone, and covered by a removal of that category>
//! === articles
//! <number of articles>[ | title | date | byline]   (one line per article after the count)
//! ```
//!
//! Sections other than the input are optional. Lines in the input starting with
//! `\\` have that backslash removed (to write a line that starts with `###`).

use textsweep::{Category, Sweeper};

struct Case {
    file: &'static str,
    name: String,
    input: String,
    keep: Vec<String>,
    drop: Vec<(Category, String)>,
    articles: Option<(usize, Vec<String>)>,
}

fn parse(file: &'static str, data: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    let mut section = "input";
    for line in data.lines() {
        if let Some(name) = line.strip_prefix("### ") {
            cases.extend(cur.take());
            cur = Some(Case {
                file,
                name: name.trim().to_string(),
                input: String::new(),
                keep: Vec::new(),
                drop: Vec::new(),
                articles: None,
            });
            section = "input";
            continue;
        }
        let Some(c) = cur.as_mut() else { continue };
        if let Some(s) = line.strip_prefix("=== ") {
            section = match s.trim() {
                "keep" => "keep",
                "drop" => "drop",
                "articles" => "articles",
                other => panic!("{file}: {}: unknown section {other:?}", c.name),
            };
            continue;
        }
        match section {
            "input" => {
                c.input.push_str(line.strip_prefix('\\').unwrap_or(line));
                c.input.push('\n');
            }
            _ if line.trim().is_empty() => {}
            "keep" => c.keep.push(line.trim().to_string()),
            "drop" => {
                let (cat, text) = line.split_once(": ").unwrap_or_else(|| {
                    panic!("{file}: {}: drop lines are 'category: text'", c.name)
                });
                let cat = cat
                    .trim()
                    .parse()
                    .unwrap_or_else(|e| panic!("{file}: {}: {e}", c.name));
                c.drop.push((cat, text.trim().to_string()));
            }
            "articles" => match c.articles.as_mut() {
                None => {
                    c.articles = Some((line.trim().parse().expect("article count"), Vec::new()))
                }
                Some((_, v)) => v.push(line.trim().to_string()),
            },
            _ => unreachable!(),
        }
    }
    cases.extend(cur);
    cases
}

fn frame(s: &str) -> String {
    let bar = "-".repeat(60);
    format!("{bar}\n{s}\n{bar}")
}

fn run(cases: Vec<Case>) {
    let sweeper = Sweeper::new();
    let mut failures = Vec::new();
    for c in &cases {
        let out = sweeper
            .clean(&c.input)
            .expect("clean never fails below the limits");
        let text = out.text();
        let mut problems = Vec::new();
        for k in &c.keep {
            if !text.contains(k.as_str()) {
                problems.push(format!("lost: {k:?}"));
            }
        }
        for (cat, d) in &c.drop {
            if text.contains(d.as_str()) {
                problems.push(format!("kept: {d:?}"));
            }
            let at = c.input.find(d.as_str());
            let covered = at.is_some_and(|s| {
                out.removals().iter().any(|r| {
                    r.category() == *cat && r.span().start <= s && s + d.len() <= r.span().end
                })
            });
            if at.is_none() {
                problems.push(format!("drop text not in the input: {d:?}"));
            } else if !covered {
                let got: Vec<_> = out
                    .removals()
                    .iter()
                    .filter(|r| {
                        at.is_some_and(|s| r.span().start <= s + d.len() && s <= r.span().end)
                    })
                    .map(|r| format!("{} {}", r.category(), r.rule()))
                    .collect();
                problems.push(format!(
                    "not removed as {cat}: {d:?} (records over it: {got:?})"
                ));
            }
        }
        if let Some((n, specs)) = &c.articles {
            let arts = out.articles();
            if arts.len() != *n {
                problems.push(format!(
                    "{} articles, want {n}: titles {:?}",
                    arts.len(),
                    arts.iter().map(|a| a.title()).collect::<Vec<_>>()
                ));
            }
            for (k, spec) in specs.iter().enumerate() {
                let want: Vec<&str> = spec.split(" | ").map(str::trim).collect();
                let Some(a) = arts.get(k) else { break };
                let got = [a.title(), a.date(), a.byline()];
                for (w, g) in want.iter().zip(got) {
                    let g = g.unwrap_or("-");
                    if *w != g {
                        problems.push(format!("article {k}: want {w:?}, got {g:?}"));
                    }
                }
            }
        }
        // The output cleans to itself: a context rule that saw more of the
        // page the first time must not leave lines that a second pass takes.
        let again = sweeper
            .clean(text)
            .expect("clean never fails below the limits");
        if again.text() != text {
            let more: Vec<_> = again
                .removals()
                .iter()
                .map(|r| {
                    format!(
                        "{} {}: {:?}",
                        r.category(),
                        r.rule(),
                        &text[r.span().start..r.span().end]
                    )
                })
                .collect();
            problems.push(format!("cleaning the output again removes {more:?}"));
        }
        // And it splits the same way: a roundup's posts keep their title and
        // date lines in the output.
        let posts = |c: &textsweep::Cleaned<'_>| -> Vec<(Option<String>, Option<String>)> {
            c.articles()
                .iter()
                .map(|a| (a.title().map(str::to_owned), a.date().map(str::to_owned)))
                .collect()
        };
        if (out.articles().len() >= 2 || again.articles().len() >= 2)
            && posts(&out) != posts(&again)
        {
            problems.push(format!(
                "the output splits another way: {:?}, not {:?}",
                posts(&again),
                posts(&out)
            ));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n  {}\ninput:\n{}\noutput:\n{}",
                c.file,
                c.name,
                problems.join("\n  "),
                frame(&c.input),
                frame(text)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

macro_rules! case_file {
    ($name:ident) => {
        #[test]
        fn $name() {
            let file = concat!(stringify!($name), ".txt");
            let cases = parse(
                file,
                include_str!(concat!("data/", stringify!($name), ".txt")),
            );
            assert!(!cases.is_empty(), "{file} holds no case");
            run(cases);
        }
    };
}

case_file!(adblock);
case_file!(share);
case_file!(caption);
case_file!(license);
case_file!(newsletter);
case_file!(related);
case_file!(comments);
case_file!(other);
case_file!(traps);
case_file!(split);
