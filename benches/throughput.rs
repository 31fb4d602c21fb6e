//! Throughput of textsweep against the ceilings, on the same bytes.
//!
//! Corpora:
//! * `generated`: about 52 MiB of news-like documents from `gen/mod.rs` (our
//!   own vocabulary and templates, deterministic);
//! * `wcxb-dev`: `../shared/corpus/wcxb-dev/*.txt` concatenated, when present.
//!
//! For each corpus, in the same run:
//! * `textsweep`: `Sweeper::clean` on every document, single-threaded;
//! * `memchr-lines`: a memchr line split (the floor of any line-based tool);
//! * `aho-corasick`: one ASCII-case-insensitive Aho-Corasick pass
//!   (`AhoCorasickKind::DFA`, overlapping matches) with a few hundred phrases,
//!   twice: over a synthetic list (`gen::ceiling_phrases`, 366 phrases, most
//!   of them a cross product of 16 verbs and 16 networks that folds into a
//!   small automaton), and over textsweep's own phrases and triggers
//!   (`textsweep::phrases`, every distinct one): the one pass a naive
//!   cleaner looking for what textsweep looks for would make.
//!
//! Then `size_sweep`: one document of 1x..16x the same content, with
//! `Throughput::Bytes`, so a superlinear cost shows as falling MB/s.
//!
//! Two modes:
//! * `cargo bench --bench throughput` runs criterion and prints, at the end,
//!   textsweep's MB/s and its ratio to each ceiling;
//! * `cargo bench --bench throughput -- --table` is the quick mode: rounds
//!   (7, or `$TEXTSWEEP_BENCH_RUNS`) each running every measurement of a
//!   corpus once in turn (so host noise hits a round's cells alike), plus the
//!   CLI (`target/release/textsweep`, or `$TEXTSWEEP_BIN`) at 1 and 2
//!   threads and the AC pass on 2 threads; it prints each measurement's best
//!   round and the ratios the floors use round by round, as the README's
//!   table.
//!   Build the CLI first: `cargo build --release && cargo bench --bench throughput -- --table`.

#[path = "gen/mod.rs"]
mod gen;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput};
use textsweep::Sweeper;

/// One corpus: its documents and the same bytes as one string.
struct Corpus {
    name: &'static str,
    docs: Vec<String>,
    joined: String,
}

impl Corpus {
    fn new(name: &'static str, docs: Vec<String>) -> Corpus {
        let joined = docs.concat();
        Corpus { name, docs, joined }
    }

    fn bytes(&self) -> usize {
        self.joined.len()
    }
}

fn corpora() -> Vec<Corpus> {
    let mut v = vec![Corpus::new(
        "generated",
        gen::corpus(gen::CORPUS_BYTES, gen::SEED),
    )];
    match gen::wcxb_dev() {
        Some(docs) => v.push(Corpus::new("wcxb-dev", docs)),
        None => eprintln!(
            "note: ../shared/corpus/wcxb-dev not found; benching the generated corpus only"
        ),
    }
    v
}

/// The ceiling's automaton over `phrases`.
fn ceiling_automaton(phrases: Vec<String>) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases)
        .expect("ceiling automaton")
}

fn ceiling_ac() -> AhoCorasick {
    ceiling_automaton(gen::ceiling_phrases())
}

/// The same pass over textsweep's own phrases and triggers, each distinct
/// one (ASCII case folded) once.
fn ceiling_ac_builtin() -> AhoCorasick {
    ceiling_automaton(builtin_phrases())
}

fn builtin_phrases() -> Vec<String> {
    let set: std::collections::BTreeSet<String> = textsweep::phrases()
        .map(|(_, p)| p.to_ascii_lowercase())
        .collect();
    set.into_iter().collect()
}

fn run_textsweep(sweeper: &Sweeper, docs: &[String]) -> usize {
    let mut n = 0;
    for d in docs {
        let out = sweeper.clean(d).expect("clean");
        n += out.text().len() + out.removals().len();
        black_box(&out);
    }
    n
}

fn run_memchr(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut n = 0;
    for end in memchr::memchr_iter(b'\n', bytes) {
        n += black_box(&bytes[start..end]).len();
        start = end + 1;
    }
    n + bytes.len() - start
}

fn run_ac(ac: &AhoCorasick, text: &str) -> usize {
    ac.find_overlapping_iter(text)
        .map(|m| m.pattern().as_usize())
        .sum()
}

/// `text` cut in two at the char boundary nearest its middle.
fn halves(text: &str) -> (&str, &str) {
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    text.split_at(mid)
}

/// One document made of the first `k` base chunks.
fn sweep_doc(base: &[String], k: usize) -> String {
    let mut d = String::new();
    for _ in 0..k {
        for part in base {
            d.push_str(part);
            d.push('\n');
        }
    }
    d
}

fn sweep_base() -> Vec<String> {
    // About 256 KiB of mixed documents, joined into one page.
    gen::corpus(256 << 10, gen::SEED ^ 0x5eed)
}

const SWEEP: [usize; 5] = [1, 2, 4, 8, 16];

fn mb_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

// ---------------------------------------------------------------- criterion

/// Time per byte measured inside criterion's `iter_custom`, per bench id.
static SEEN: Mutex<BTreeMap<String, (u64, Duration, usize)>> = Mutex::new(BTreeMap::new());

fn record(id: &str, iters: u64, d: Duration, bytes: usize) {
    let mut m = SEEN.lock().unwrap();
    let e = m
        .entry(id.to_string())
        .or_insert((0, Duration::ZERO, bytes));
    e.0 += iters;
    e.1 += d;
}

fn criterion_main() {
    let sweeper = Sweeper::new();
    let ac = ceiling_ac();
    let acb = ceiling_ac_builtin();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    let corpora = corpora();
    for corpus in &corpora {
        let mut g = c.benchmark_group(format!("corpus/{}", corpus.name));
        g.throughput(Throughput::Bytes(corpus.bytes() as u64));
        let bytes = corpus.bytes();
        // Each timed through `record`, for the ratios printed at the end.
        let mut bench = |name: &str, id: &str, f: &dyn Fn() -> usize| {
            let id = format!("{}/{id}", corpus.name);
            g.bench_function(name, |b| {
                b.iter_custom(|iters| {
                    let t = Instant::now();
                    for _ in 0..iters {
                        black_box(f());
                    }
                    let d = t.elapsed();
                    record(&id, iters, d, bytes);
                    d
                })
            });
        };
        bench("textsweep", "textsweep", &|| {
            run_textsweep(&sweeper, &corpus.docs)
        });
        bench("ceiling/memchr-lines", "memchr-lines", &|| {
            run_memchr(&corpus.joined)
        });
        bench("ceiling/aho-corasick-dfa", "aho-corasick", &|| {
            run_ac(&ac, &corpus.joined)
        });
        bench(
            "ceiling/aho-corasick-dfa-builtin-phrases",
            "aho-corasick-builtin",
            &|| run_ac(&acb, &corpus.joined),
        );
        g.finish();
    }
    let base = sweep_base();
    let mut g = c.benchmark_group("size_sweep");
    for k in SWEEP {
        let doc = sweep_doc(&base, k);
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("textsweep", format!("{k}x")),
            &doc,
            |b, doc| b.iter(|| black_box(sweeper.clean(doc).expect("clean").removals().len())),
        );
    }
    g.finish();
    c.final_summary();

    let seen = SEEN.lock().unwrap();
    let rate = |id: &str| {
        seen.get(id)
            .map(|&(n, d, bytes)| bytes as f64 * n as f64 / 1e6 / d.as_secs_f64())
    };
    println!("\nsummary (mean over every criterion iteration):");
    for corpus in &corpora {
        let (Some(ts), Some(mc), Some(acr), Some(acb)) = (
            rate(&format!("{}/textsweep", corpus.name)),
            rate(&format!("{}/memchr-lines", corpus.name)),
            rate(&format!("{}/aho-corasick", corpus.name)),
            rate(&format!("{}/aho-corasick-builtin", corpus.name)),
        ) else {
            continue; // filtered out on the command line
        };
        println!(
            "  {:<10} textsweep {ts:>7.1} MB/s | memchr lines {mc:>8.1} MB/s (ratio {:.3}) | one AC pass, synthetic phrases {acr:>6.1} MB/s (ratio {:.2}) | one AC pass, textsweep's phrases {acb:>6.1} MB/s (ratio {:.2})",
            corpus.name,
            ts / mc,
            ts / acr,
            ts / acb
        );
    }
}

// ---------------------------------------------------------------- --table

/// Best (shortest) of `n` runs.
fn best<F: FnMut()>(n: usize, mut f: F) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Every run of each measurement over `n` rounds, one run of each per round,
/// in turn. The host is a noisy VM: run in blocks, a slow minute hits one
/// measurement and not the next, and the ratios the floors are judged by
/// (textsweep over the ceiling, two threads over one) swung by a third
/// between runs. Interleaved, a slow minute slows every measurement of the
/// round alike. A measurement returns `None` when it failed; it is then not
/// run again.
fn interleaved(n: usize, fs: &mut [&mut dyn FnMut() -> Option<Duration>]) -> Rounds {
    let mut runs: Vec<Vec<Duration>> = vec![Vec::new(); fs.len()];
    let mut failed = vec![false; fs.len()];
    for _ in 0..n {
        for (k, f) in fs.iter_mut().enumerate() {
            if failed[k] {
                continue;
            }
            match f() {
                Some(d) => runs[k].push(d),
                None => failed[k] = true,
            }
        }
    }
    for (k, bad) in failed.into_iter().enumerate() {
        if bad {
            runs[k].clear();
        }
    }
    Rounds { runs }
}

/// The runs of [`interleaved`]: `runs[k][r]` is measurement `k` in round `r`
/// (empty when it failed).
struct Rounds {
    runs: Vec<Vec<Duration>>,
}

impl Rounds {
    /// The best (shortest) run of measurement `k`.
    fn best(&self, k: usize) -> Option<Duration> {
        self.runs[k].iter().min().copied()
    }

    /// The speed of `fast` over `slow` (time of `slow` / time of `fast`)
    /// round by round, as (median, lowest, highest): both runs of a round met
    /// the host in the same state, which the best of each need not have.
    fn paired(&self, slow: usize, fast: usize) -> Option<(f64, f64, f64)> {
        let mut r: Vec<f64> = self.runs[slow]
            .iter()
            .zip(&self.runs[fast])
            .map(|(s, f)| s.as_secs_f64() / f.as_secs_f64())
            .collect();
        r.sort_by(f64::total_cmp);
        Some((r.get(r.len() / 2).copied()?, *r.first()?, *r.last()?))
    }
}

/// Times one call of `f`.
fn timed<T, F: FnMut() -> T>(mut f: F) -> Option<Duration> {
    let t = Instant::now();
    black_box(f());
    Some(t.elapsed())
}

fn cli_bin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TEXTSWEEP_BIN") {
        return Some(PathBuf::from(p));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    let p = target.join("release").join("textsweep");
    p.is_file().then_some(p)
}

/// Wall time of one CLI run reading `input` (process start included, as
/// score.py measures it); `None` when it failed.
fn time_cli(bin: &PathBuf, args: &[&str], input: &std::path::Path) -> Option<Duration> {
    let stdin = std::fs::File::open(input).ok()?;
    let t = Instant::now();
    let status = Command::new(bin)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let d = t.elapsed();
    if !status.success() && status.code() != Some(1) {
        eprintln!("{} {:?} failed: {status}", bin.display(), args);
        return None;
    }
    Some(d)
}

fn table_main() {
    let runs: usize = std::env::var("TEXTSWEEP_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let sweeper = Sweeper::new();
    let ac = ceiling_ac();
    let acb = ceiling_ac_builtin();
    let corpora = corpora();
    let tmp = std::env::temp_dir().join(format!("textsweep-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let bin = cli_bin();
    println!(
        "{runs} rounds, each running every cell of a row once in turn; MB/s cells: best round; per-round cells: median (lowest-highest) of the rounds' ratios; ceiling automata: {} synthetic phrases, {} of textsweep's phrases",
        gen::ceiling_phrases().len(),
        builtin_phrases().len()
    );
    println!();
    println!("| corpus | MB | library MB/s | CLI batch MB/s, text out | CLI batch MB/s, --json | CLI --jsonl MB/s, 1 thread | CLI --jsonl MB/s, 2 threads | memchr lines MB/s | one AC pass MB/s | AC pass, 2 threads, MB/s | library / AC pass | library / AC pass, per round | --jsonl 2 / 1 threads, per round | AC pass 2 / 1 threads, per round | AC pass over textsweep's phrases MB/s | library / that pass | library / that pass, per round |");
    println!(
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for corpus in &corpora {
        let bytes = corpus.bytes();
        let paths = bin.as_ref().map(|_| {
            let bpath = tmp.join(format!("{}.batch", corpus.name));
            let jpath = tmp.join(format!("{}.jsonl", corpus.name));
            std::fs::write(&bpath, gen::batch(&corpus.docs)).expect("write batch");
            std::fs::write(&jpath, gen::jsonl(&corpus.docs)).expect("write jsonl");
            (bpath, jpath)
        });
        // Every measurement of the row, one run of each per round.
        let mut lib = || timed(|| black_box(run_textsweep(&sweeper, &corpus.docs)));
        let mut mc = || timed(|| black_box(run_memchr(&corpus.joined)));
        let mut acr = || timed(|| black_box(run_ac(&ac, &corpus.joined)));
        let mut acb_run = || timed(|| black_box(run_ac(&acb, &corpus.joined)));
        let cli = |args: &'static [&'static str], jsonl: bool| {
            let (bin, paths) = (bin.as_ref(), paths.as_ref());
            move || {
                let (bpath, jpath) = paths?;
                time_cli(bin?, args, if jsonl { jpath } else { bpath })
            }
        };
        let mut plain = cli(&[], false);
        let mut batch = cli(&["--json"], false);
        let mut j1 = cli(&["--jsonl", "--threads", "1"], true);
        let mut j2 = cli(&["--jsonl", "--threads", "2"], true);
        // The ceiling on two threads, each on half the bytes: what the host
        // gives a second thread when the work shares nothing.
        let mut ac2 = || {
            let (a, b) = halves(&corpus.joined);
            timed(|| {
                std::thread::scope(|s| {
                    let other = s.spawn(|| run_ac(&ac, b));
                    run_ac(&ac, a) + other.join().unwrap_or(0)
                })
            })
        };
        let rounds = interleaved(
            runs,
            &mut [
                &mut lib,
                &mut mc,
                &mut acr,
                &mut plain,
                &mut batch,
                &mut j1,
                &mut j2,
                &mut ac2,
                &mut acb_run,
            ],
        );
        let speed = |k: usize| rounds.best(k).map(|d| mb_s(bytes, d));
        let fmt = |v: Option<f64>| {
            v.map_or_else(
                || {
                    if bin.is_some() {
                        "failed".to_string()
                    } else {
                        "n/a".to_string()
                    }
                },
                |v| format!("{v:.0}"),
            )
        };
        let paired = |slow: usize, fast: usize| {
            rounds.paired(slow, fast).map_or_else(
                || "n/a".to_string(),
                |(med, lo, hi)| format!("{med:.2} ({lo:.2}-{hi:.2})"),
            )
        };
        let (lib, acr, acb) = (speed(0), speed(2), speed(8));
        let ratio = |a: Option<f64>| match (lib, a) {
            (Some(l), Some(a)) => format!("{:.2}", l / a),
            _ => "n/a".to_string(),
        };
        println!(
            "| {} | {:.1} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            corpus.name,
            bytes as f64 / 1e6,
            fmt(lib),
            fmt(speed(3)),
            fmt(speed(4)),
            fmt(speed(5)),
            fmt(speed(6)),
            fmt(speed(1)),
            fmt(acr),
            fmt(speed(7)),
            ratio(acr),
            // Library / AC pass, per round: AC time over library time.
            paired(2, 0),
            paired(5, 6),
            paired(2, 7),
            fmt(acb),
            ratio(acb),
            paired(8, 0),
        );
    }
    if bin.is_none() {
        println!(
            "\n(CLI columns: build it first with `cargo build --release`, or set TEXTSWEEP_BIN)"
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);

    println!();
    println!("size sweep (one document, library):");
    let base = sweep_base();
    let mut line = String::new();
    for k in SWEEP {
        let doc = sweep_doc(&base, k);
        let d = best(runs, || {
            black_box(sweeper.clean(&doc).expect("clean").removals().len());
        });
        line.push_str(&format!(
            "  {k}x {:.1} MB: {:.0} MB/s",
            doc.len() as f64 / 1e6,
            mb_s(doc.len(), d)
        ));
    }
    println!("{line}");
    let _ = std::io::stdout().flush();
}

/// `--profile NAME [N]`: only `Sweeper::clean` over one corpus, N times (3),
/// for `perf record` or `valgrind --tool=callgrind`.
fn profile_main(args: &[String]) {
    let name = args.first().map_or("generated", String::as_str);
    let n: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(3);
    let sweeper = Sweeper::new();
    let corpus = match name {
        "wcxb-dev" => Corpus::new(
            "wcxb-dev",
            gen::wcxb_dev().expect("../shared/corpus/wcxb-dev"),
        ),
        "sweep16" => Corpus::new("sweep16", vec![sweep_doc(&sweep_base(), 16)]),
        _ => Corpus::new("generated", gen::corpus(gen::CORPUS_BYTES, gen::SEED)),
    };
    let t = Instant::now();
    for _ in 0..n {
        black_box(run_textsweep(&sweeper, &corpus.docs));
    }
    let d = t.elapsed();
    println!("{name}: {:.1} MB/s", mb_s(corpus.bytes() * n, d));
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(k) = args.iter().position(|a| a == "--profile") {
        profile_main(&args[k + 1..]);
    } else if args.iter().any(|a| a == "--table") {
        table_main();
    } else {
        criterion_main();
    }
}
