//! `textsweep`: clean scraped article text from files or standard input.

mod files;
mod json;
mod jsonl;
mod records;
mod spares;

/// mimalloc: fewer instructions per allocation than the system allocator
/// (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::borrow::Cow;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use textsweep::{Category, Cleaned, Sweeper};

const EXAMPLES: &str = "\
Examples:
  textsweep page.txt                      print page.txt without its boilerplate
  curl -s … | textsweep                   clean standard input
  textsweep --explain page.txt            list every removal: category, rule, text
  textsweep --json page.txt               articles and removals as JSON
  textsweep --skip caption,metadata a.txt keep captions and date/byline lines
  textsweep --only share,newsletter a.txt remove only these categories
  textsweep --in-place *.txt              rewrite files (atomically) with their cleaned text
  textsweep --jsonl corpus.jsonl > out.jsonl
                                          clean the \"text\" field of every JSON line, in parallel
  textsweep --rules                       list the built-in rules

Categories: adblock share caption license newsletter related comments
            navigation advertising notice metadata

Standard input may hold several documents separated by a line holding only
U+001E (the record separator); the outputs are then separated the same way.

Exit status: 0 on success, 1 when an input could not be read or a document
was not UTF-8 (its output is empty; the other documents and inputs are still
processed), or with --jsonl when a record was malformed (its output line is
an error object), 2 on a usage error.";

#[derive(Parser, Debug)]
#[command(
    name = "textsweep",
    version,
    about = "Strip boilerplate from scraped article text and explain every removal",
    after_help = EXAMPLES
)]
struct Args {
    /// Input files; standard input when none are given.
    files: Vec<PathBuf>,
    /// Print JSON: {"articles": [{title, date, byline, text, …}], "removed": [{category, rule, text, start, end, …}]}.
    #[arg(long, conflicts_with = "explain")]
    json: bool,
    /// List each removal (category, rule, byte span, text) instead of the cleaned text.
    #[arg(long)]
    explain: bool,
    /// Remove only these categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORIES")]
    only: Vec<String>,
    /// Keep these categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORIES")]
    skip: Vec<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing on it.
    #[arg(long)]
    lossy: bool,
    /// Never split roundup pages into articles.
    #[arg(long)]
    no_split: bool,
    /// Rewrite each FILE with its cleaned text (atomically: the original stays if writing fails).
    #[arg(long, conflicts_with_all = ["output", "json", "explain"])]
    in_place: bool,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Colour the --explain listing.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// List the built-in rules and exit.
    #[arg(long)]
    rules: bool,
    /// Read JSON Lines: one output line per input line, the record with its text field cleaned.
    #[arg(long, conflicts_with_all = ["json", "explain", "in_place"])]
    jsonl: bool,
    /// With --jsonl: the field holding the text.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    text_field: String,
    /// With --jsonl: add the removals to each record ("removed", as in --json).
    #[arg(long, requires = "jsonl")]
    with_removals: bool,
    /// With --jsonl: add the articles to each record ("articles", as in --json).
    #[arg(long, requires = "jsonl")]
    with_articles: bool,
    /// With --jsonl: worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0, requires = "jsonl")]
    threads: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// How documents are written.
struct Printer {
    json: bool,
    explain: bool,
    color: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.rules {
        let mut out = String::new();
        for (id, cat, reason) in textsweep::rules() {
            let cat = cat.map_or("(context)", Category::as_str);
            out.push_str(&format!("{cat:<12} {id:<28} {reason}\n"));
        }
        return finish_stdout(out.as_bytes(), None);
    }
    let sweeper = match build(&args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("textsweep: {e}");
            return ExitCode::from(2);
        }
    };
    if args.jsonl {
        let opts = jsonl::Options {
            text_field: args.text_field.clone(),
            with_removals: args.with_removals,
            with_articles: args.with_articles,
            threads: args.threads,
            lossy: args.lossy,
            files: args.files.clone(),
            output: args.output.clone(),
        };
        return jsonl::main(&opts, &sweeper);
    }
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => args.output.is_none() && io::stdout().is_terminal(),
    };
    let printer = Printer {
        json: args.json,
        explain: args.explain,
        color,
    };
    let mut failed = false;
    let mut out: Vec<u8> = Vec::new();
    // To standard output, the output goes as documents are done (memory stays
    // flat); to a file, it is written at the end, atomically.
    let mut stdout = (args.output.is_none() && !args.in_place).then(|| io::stdout().lock());
    let mut write_error: Option<io::Error> = None;
    let mut drain = |out: &mut Vec<u8>, at_least: usize| {
        if let Some(w) = stdout.as_mut() {
            if out.len() >= at_least {
                if write_error.is_none() {
                    write_error = w.write_all(out).err();
                }
                out.clear();
            }
        }
    };
    if args.files.is_empty() {
        failed |= !run_one(
            "standard input",
            io::stdin().lock(),
            &sweeper,
            &args,
            &printer,
            &mut out,
            &mut drain,
        );
    } else {
        for path in &args.files {
            let name = path.display().to_string();
            if args.in_place {
                let data = match std::fs::read(path) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("textsweep: {name}: {e}");
                        failed = true;
                        continue;
                    }
                };
                let mut cleaned = Vec::new();
                if run_one(
                    &name,
                    data.as_slice(),
                    &sweeper,
                    &args,
                    &printer,
                    &mut cleaned,
                    &mut |_, _| {},
                ) {
                    if cleaned != data {
                        if let Err(e) = files::write_atomic(path, &cleaned) {
                            eprintln!("textsweep: {name}: not rewritten: {e}");
                            failed = true;
                        }
                    }
                } else {
                    failed = true;
                }
                continue;
            }
            let file = match std::fs::File::open(path) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("textsweep: {name}: {e}");
                    failed = true;
                    continue;
                }
            };
            failed |= !run_one(&name, file, &sweeper, &args, &printer, &mut out, &mut drain);
        }
    }
    drain(&mut out, 0);
    if args.in_place {
        return if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    let code = match &args.output {
        Some(path) => match files::write_atomic(path, &out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("textsweep: {}: {e}", path.display());
                ExitCode::from(1)
            }
        },
        None => finish_stdout(&out, write_error),
    };
    if failed {
        ExitCode::from(1)
    } else {
        code
    }
}

/// Writes what is left of the output, and reports an earlier write error if
/// there was one (a closed pipe is not an error: `textsweep … | head`).
fn finish_stdout(bytes: &[u8], earlier: Option<io::Error>) -> ExitCode {
    let mut stdout = io::stdout().lock();
    let result = match earlier {
        Some(e) => Err(e),
        None => stdout.write_all(bytes).and_then(|()| stdout.flush()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("textsweep: standard output: {e}");
            ExitCode::from(1)
        }
    }
}

fn parse_categories(list: &[String]) -> Result<Vec<Category>, String> {
    list.iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.parse::<Category>().map_err(|e| e.to_string()))
        .collect()
}

fn build(args: &Args) -> Result<Sweeper, String> {
    let mut b = Sweeper::builder();
    if !args.only.is_empty() {
        b.only(&parse_categories(&args.only)?);
    }
    for c in parse_categories(&args.skip)? {
        b.category(c, false);
    }
    b.split_articles(!args.no_split);
    b.build().map_err(|e| e.to_string())
}

/// Cleans one input (which may hold several U+001E-separated documents),
/// read a piece at a time ([`records`]), and appends its output, calling
/// `drain(out, CHUNK)` after each document. With several files (and text
/// out), the output starts with a `==> name <==` line once the input is
/// readable. Returns false when a document was refused or the input could
/// not be read.
///
/// A document that is not UTF-8 is refused (unless `--lossy`): the message
/// gives the offset of its first bad byte in the input, its output is empty,
/// and the input's other documents are cleaned, so the outputs keep their
/// order and number. A read error ends the input.
fn run_one(
    name: &str,
    input: impl Read,
    sweeper: &Sweeper,
    args: &Args,
    printer: &Printer,
    out: &mut Vec<u8>,
    drain: &mut dyn FnMut(&mut Vec<u8>, usize),
) -> bool {
    let mut records = records::Records::new(input);
    let mut ok = true;
    let mut first = true;
    loop {
        let (at, bytes) = match records.next_record() {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(e) => {
                eprintln!("textsweep: {name}: {e}");
                return false;
            }
        };
        if first {
            if args.files.len() > 1 && !args.json && !args.in_place {
                out.extend_from_slice(format!("==> {name} <==\n").as_bytes());
            }
        } else {
            out.extend_from_slice("\u{1e}\n".as_bytes());
        }
        first = false;
        let doc: Cow<'_, str> = match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) if args.lossy => String::from_utf8_lossy(bytes),
            Err(e) => {
                eprintln!(
                    "textsweep: {name}: invalid UTF-8 at byte offset {} (use --lossy to replace invalid bytes)",
                    at + e.valid_up_to()
                );
                ok = false;
                continue;
            }
        };
        match sweeper.clean(&doc) {
            Ok(cleaned) => printer.write(&doc, &cleaned, out),
            Err(e) => {
                eprintln!("textsweep: {name}: {e}");
                ok = false;
            }
        }
        drain(out, CHUNK);
    }
    ok
}

/// Output is written to standard output in pieces of at least this size.
const CHUNK: usize = 1 << 16;

impl Printer {
    fn write(&self, input: &str, cleaned: &Cleaned<'_>, out: &mut Vec<u8>) {
        if self.json {
            json::doc(input, cleaned).write(out);
            out.push(b'\n');
        } else if self.explain {
            self.explain(input, cleaned, out);
        } else {
            plain(cleaned, out);
        }
    }

    fn explain(&self, input: &str, cleaned: &Cleaned<'_>, out: &mut Vec<u8>) {
        for r in cleaned.removals() {
            let text: String = input[r.span()].chars().take(100).collect();
            let cat = r.category().as_str();
            let (on, off) = if self.color {
                (color_of(r.category()), "\x1b[0m")
            } else {
                ("", "")
            };
            out.extend_from_slice(
                format!(
                    "{on}{cat:<11}{off} {:<26} {:>7}..{:<7} {:?}\n",
                    r.rule(),
                    r.span().start,
                    r.span().end,
                    text
                )
                .as_bytes(),
            );
        }
        let n = cleaned.articles().len();
        out.extend_from_slice(
            format!(
                "# {} removals, {} article{}\n",
                cleaned.removals().len(),
                n,
                if n == 1 { "" } else { "s" }
            )
            .as_bytes(),
        );
    }
}

fn color_of(c: Category) -> &'static str {
    match c {
        Category::Caption => "\x1b[35m",
        Category::Share => "\x1b[36m",
        Category::License => "\x1b[33m",
        Category::Newsletter | Category::Advertising | Category::Adblock => "\x1b[31m",
        Category::Related => "\x1b[34m",
        Category::Comments => "\x1b[32m",
        _ => "\x1b[2m",
    }
}

/// Plain text. A single article prints as the cleaned text; a roundup prints
/// each article as its title, a "date · byline" line, a blank line and its
/// body, with a line holding only "---" between articles.
fn plain(cleaned: &Cleaned<'_>, out: &mut Vec<u8>) {
    let arts = cleaned.articles();
    if arts.len() < 2 {
        out.extend_from_slice(cleaned.text().as_bytes());
        if !cleaned.text().is_empty() && !cleaned.text().ends_with('\n') {
            out.push(b'\n');
        }
        return;
    }
    for (k, a) in arts.iter().enumerate() {
        if k > 0 {
            out.extend_from_slice(b"\n---\n\n");
        }
        if let Some(t) = a.title() {
            out.extend_from_slice(t.as_bytes());
            out.push(b'\n');
        }
        // A byline taken from the date line ("By Ann Lee · May 2, 2020") is
        // printed once, as part of that line.
        let in_date = matches!((a.byline_span(), a.date_span()),
            (Some(b), Some(d)) if d.start <= b.start && b.end <= d.end);
        let byline = a.byline().filter(|_| !in_date);
        let meta: Vec<&str> = [a.date(), byline].into_iter().flatten().collect();
        if !meta.is_empty() {
            out.extend_from_slice(meta.join(" · ").as_bytes());
            out.push(b'\n');
        }
        if a.title().is_some() || !meta.is_empty() {
            out.push(b'\n');
        }
        out.extend_from_slice(a.text().as_bytes());
        if !a.text().ends_with('\n') {
            out.push(b'\n');
        }
    }
}
