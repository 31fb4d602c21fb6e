//! Speed and peak memory of pathological inputs, next to ordinary news text
//! (issue 4). The inputs come from tests/pathological/cases.rs, which the
//! correctness tests use at smaller sizes.
//!
//! ```text
//! cargo bench --bench pathological               # every case at 1/16, 1/4 and full size
//! cargo bench --bench pathological -- --quick    # 1/16 and 1/4 only
//! cargo bench --bench pathological -- long-line  # only the cases whose name contains this
//! ```
//!
//! Each case and size runs in a fresh child process (this binary with
//! `--case NAME --size BYTES`), so that its peak memory, read from the
//! kernel's high-water mark (`VmHWM` in /proc/self/status, Linux only, reset
//! just before the input is made), is its own. Memory is reported as (peak after cleaning - peak before the input
//! was made) / input size, and in MB: the input itself counts, so 1.0 is the
//! floor (for `ordinary`, whose pages are static, it does not). The baseline
//! is taken after building the `Sweeper` and cleaning a few ordinary pages,
//! so that neither the rules nor the regex engines' lazy caches, which grow
//! to the same size for any input, are counted.
//! `/usr/bin/time -v target/release/deps/pathological-* --case NAME --size BYTES`
//! gives the same peak from outside.
//!
//! Time is the best of several runs of `Sweeper::clean` and the rendering of
//! what the CLI would print (for `invalid-utf8`,
//! `String::from_utf8_lossy` + `clean`, as the CLI's `--lossy` does). The
//! table shows MB/s and the time per MB relative to ordinary text; the issue's
//! bound is 3x. Falling MB/s from 1/16 to full size would mean superlinear
//! time.

#[path = "../tests/pathological/cases.rs"]
mod cases;

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use textsweep::Sweeper;

/// One pathological case at full size.
struct Case {
    name: &'static str,
    what: &'static str,
    /// Full size in bytes (for `empty-lines` and `titles-with-dates`, the
    /// generator's count that gives about this many bytes).
    full: usize,
}

const MB: usize = 1 << 20;

const CASES: &[Case] = &[
    Case {
        name: "ordinary",
        what: "our news-like pages, cleaned one by one",
        full: 16 * MB,
    },
    Case {
        name: "long-line",
        what: "50 MB of prose on one line",
        full: 50 * MB,
    },
    Case {
        name: "empty-lines",
        what: "a million empty lines",
        full: 1_000_000,
    },
    Case {
        name: "share-phrase",
        what: "\"Share on Twitter \" repeated on one line",
        full: 10 * MB,
    },
    Case {
        name: "share-lines",
        what: "\"Share on Twitter\" repeated as lines",
        full: 10 * MB,
    },
    Case {
        name: "combining-runs",
        what: "runs of 1000 combining marks",
        full: 10 * MB,
    },
    Case {
        name: "combining-one-run",
        what: "one line, three runs of ~1.7 M marks",
        full: 10 * MB,
    },
    Case {
        name: "unicode-spaces",
        what: "every Unicode space and zero-width char",
        full: 10 * MB,
    },
    Case {
        name: "controls",
        what: "NUL, C0, DEL and C1 controls",
        full: 10 * MB,
    },
    Case {
        name: "invalid-utf8",
        what: "an invalid sequence every ~45 bytes, lossy",
        full: 10 * MB,
    },
    Case {
        name: "titles-with-dates",
        what: "100 000 titles with dates (and bodies)",
        full: 100_000,
    },
];

/// The input of `case` at `size` (bytes, or lines/pairs for the counted cases).
enum Input {
    Text(String),
    Docs(Vec<&'static str>),
    Bytes(Vec<u8>),
}

impl Input {
    fn make(name: &str, size: usize) -> Input {
        match name {
            "ordinary" => Input::Docs(cases::ordinary(size)),
            "long-line" => Input::Text(cases::long_line(size)),
            "empty-lines" => Input::Text(cases::empty_lines(size)),
            "share-phrase" => Input::Text(cases::share_phrase(size)),
            "share-lines" => Input::Text(cases::share_lines(size)),
            "combining-runs" => Input::Text(cases::combining_runs(size, 1000)),
            "combining-one-run" => Input::Text(cases::combining_runs(size, size / 6)),
            "unicode-spaces" => Input::Text(cases::unicode_spaces(size)),
            "controls" => Input::Text(cases::controls(size)),
            "invalid-utf8" => Input::Bytes(cases::invalid_utf8(size)),
            "titles-with-dates" => Input::Text(cases::titles_with_dates(size)),
            other => panic!("no case {other:?}"),
        }
    }

    fn len(&self) -> usize {
        match self {
            Input::Text(t) => t.len(),
            Input::Docs(d) => d.iter().map(|d| d.len()).sum(),
            Input::Bytes(b) => b.len(),
        }
    }

    /// Cleans the input once and renders what the CLI prints (the text, or
    /// each article's text for a roundup: texts are rendered on first use);
    /// returns a number that depends on it all, so nothing is optimized away.
    fn clean(&self, s: &Sweeper) -> usize {
        fn printed(out: &textsweep::Cleaned<'_>) -> usize {
            let articles = out.articles();
            let bodies: usize = if articles.len() > 1 {
                articles.iter().map(|a| a.text().len()).sum()
            } else {
                0
            };
            out.text().len() + bodies + out.removals().len()
        }
        match self {
            Input::Text(t) => printed(&s.clean(black_box(t)).expect("under the limit")),
            Input::Docs(d) => d
                .iter()
                .map(|d| printed(&s.clean(black_box(d)).expect("small")))
                .sum(),
            Input::Bytes(b) => {
                let text = String::from_utf8_lossy(black_box(b));
                printed(&s.clean(&text).expect("under the limit"))
            }
        }
    }
}

/// A line of /proc/self/status in bytes (Linux): `VmHWM` is the peak
/// resident memory, `VmRSS` the current one.
fn status(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Resets the peak to the current resident memory (Linux 4.0+), so that the
/// peak of building the `Sweeper` does not hide a smaller one of cleaning.
fn reset_peak() -> Option<usize> {
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    status("VmRSS:")
}

/// The child: one case at one size. Prints `bytes seconds memory-ratio`.
fn child(name: &str, size: usize) {
    let sweeper = Sweeper::new();
    // Warm up on ordinary pages first: the regex engines' lazy caches grow
    // to a size of their own, the same for any input, which is not what the
    // ratio is about.
    for page in cases::PAGES {
        black_box(Input::Docs(vec![page]).clean(&sweeper));
    }
    let before = reset_peak();
    let input = Input::make(name, size);
    let first = Instant::now();
    let removals = black_box(input.clean(&sweeper));
    let once = first.elapsed();
    let after = status("VmHWM:");
    // Best of a few runs, within about two seconds.
    let mut best = once;
    let mut spent = once;
    let mut runs = 1;
    while runs < 5 && spent < Duration::from_secs(2) {
        let t = Instant::now();
        black_box(input.clean(&sweeper));
        let e = t.elapsed();
        best = best.min(e);
        spent += e;
        runs += 1;
    }
    let mem = match (before, after) {
        (Some(b), Some(a)) => format!(
            "{:.2}x({:.0}MB)",
            (a - b) as f64 / input.len() as f64,
            (a - b) as f64 / MB as f64
        ),
        _ => "-".to_string(),
    };
    println!(
        "{} {} {} {}",
        input.len(),
        best.as_secs_f64(),
        mem,
        removals
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let name = args.get(i + 1).expect("--case NAME");
        let size = args
            .iter()
            .position(|a| a == "--size")
            .and_then(|j| args.get(j + 1))
            .map_or_else(
                || {
                    CASES
                        .iter()
                        .find(|c| c.name == name)
                        .expect("known case")
                        .full
                },
                |s| s.parse().expect("--size BYTES"),
            );
        child(name, size);
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let exe = std::env::current_exe().expect("own path");
    let run = |name: &str, size: usize| -> (usize, f64, String) {
        let out = Command::new(&exe)
            .args(["--case", name, "--size", &size.to_string()])
            .output()
            .expect("run the child");
        assert!(
            out.status.success(),
            "{name} at {size}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let line = String::from_utf8(out.stdout).expect("UTF-8");
        let f: Vec<&str> = line.split_whitespace().collect();
        (
            f[0].parse().expect("bytes"),
            f[1].parse().expect("seconds"),
            f[2].to_string(),
        )
    };
    let fractions: &[usize] = if quick { &[16, 4] } else { &[16, 4, 1] };
    let mb_s = |bytes: usize, secs: f64| bytes as f64 / MB as f64 / secs;
    // The baseline first: time per MB of ordinary text at full size.
    let (ob, os, _) = run("ordinary", CASES[0].full / if quick { 4 } else { 1 });
    let ordinary = mb_s(ob, os);
    println!("| case | input | MB/s at 1/16 | 1/4 | full | time per MB vs ordinary | peak memory / input |");
    println!("|---|---|---|---|---|---|---|");
    for case in CASES {
        if !filter.is_empty() && !filter.iter().any(|f| case.name.contains(f.as_str())) {
            continue;
        }
        let mut cells = Vec::new();
        let mut last = (0, 0.0, String::new());
        for &f in fractions {
            last = run(case.name, case.full / f);
            cells.push(format!("{:.1}", mb_s(last.0, last.1)));
        }
        if quick {
            cells.push("-".to_string());
        }
        let ratio = ordinary / mb_s(last.0, last.1);
        let flag = if ratio > 3.0 { " **over 3x**" } else { "" };
        println!(
            "| {} ({}) | {:.1} MB | {} | {:.2}x{} | {} |",
            case.name,
            case.what,
            last.0 as f64 / MB as f64,
            cells.join(" | "),
            ratio,
            flag,
            last.2.replace("x(", "x (")
        );
    }
}
