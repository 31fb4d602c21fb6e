//! `--jsonl`: clean a corpus given as JSON Lines, in parallel, in constant memory.
//!
//! Every input line gives exactly one output line, in the same order:
//!
//! * a JSON object: the same object, its fields in the same order and their
//!   values byte for byte, except the text field (`--text-field`, default
//!   `text`), which now holds the cleaned text; with `--with-removals` a
//!   `"removed"` array and with `--with-articles` an `"articles"` array are
//!   appended, shaped as in `--json` (offsets are bytes of the field's string);
//! * a blank line: a blank line (it is no record);
//! * anything else (bad JSON, not an object, no such field, not a string,
//!   invalid UTF-8): `{"line":N,"error":"…"}`, N counting lines from 1. The run
//!   goes on.
//!
//! Work is bounded: a reader thread cuts the input into chunks of whole lines
//! (about [`CHUNK_BYTES`] each), the rayon pool cleans up to [`IN_FLIGHT`]
//! chunks at once (the records of a chunk in parallel), and a writer thread
//! writes the chunks' outputs in input order, so at most a few chunks are in
//! memory whatever the size of the input. Their buffers are reused
//! ([`Spares`]): the run touches the same few megabytes throughout.

use std::fs::{self, File};
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use textsweep::{Category, Sweeper};

use crate::json;
use crate::spares::Spares;

/// Input read per chunk, in bytes (whole lines: a longer line makes a
/// longer chunk). Small enough that the few chunks in flight stay in memory
/// the process already touched (fresh pages cost the kernel's zeroing).
const CHUNK_BYTES: usize = 1 << 20;
/// Input cleaned per task, in bytes (whole records): a chunk makes about 16
/// tasks, enough to keep every worker busy to the chunk's end.
const RUN_BYTES: usize = 64 << 10;
/// Chunks being cleaned or waiting to be written (and chunks read ahead).
const IN_FLIGHT: usize = 2;

/// What `--jsonl` was asked for.
#[derive(Debug)]
pub(crate) struct Options {
    /// Name of the field holding the text.
    pub(crate) text_field: String,
    pub(crate) with_removals: bool,
    pub(crate) with_articles: bool,
    /// Worker threads; 0 for one per core.
    pub(crate) threads: usize,
    /// Replace invalid UTF-8 instead of reporting the line.
    pub(crate) lossy: bool,
    /// Input files, standard input when empty.
    pub(crate) files: Vec<PathBuf>,
    /// Output file (written atomically), standard output when `None`.
    pub(crate) output: Option<PathBuf>,
}

/// Counts for the summary.
#[derive(Clone, Debug, Default)]
struct Stats {
    records: u64,
    errors: u64,
    bytes: u64,
    removed: [u64; Category::ALL.len()],
}

impl Stats {
    fn add(&mut self, o: &Stats) {
        self.records += o.records;
        self.errors += o.errors;
        self.bytes += o.bytes;
        for (a, b) in self.removed.iter_mut().zip(o.removed) {
            *a += b;
        }
    }
}

/// A chunk of whole input lines.
struct Chunk {
    data: Vec<u8>,
    /// Line `k` is `data[ends[k-1]..ends[k]]` (without its `\n`).
    ends: Vec<usize>,
    /// Number of the chunk's first line, from 1.
    first_line: u64,
}

/// One chunk's outputs, in order (one buffer per task), and their counts.
struct Done {
    parts: Vec<Vec<u8>>,
    stats: Stats,
}

/// Runs `--jsonl`. Exit status: 0 when every record was cleaned, 1 when a
/// record was malformed or an input or the output failed, 2 when the thread
/// pool could not be built.
pub(crate) fn main(opts: &Options, sweeper: &Sweeper) -> ExitCode {
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("textsweep: cannot start {} threads: {e}", opts.threads);
            return ExitCode::from(2);
        }
    };
    let mut sink = match &opts.output {
        None => Sink::Stdout(io::stdout()),
        Some(path) => match AtomicFile::create(path) {
            Ok(f) => Sink::File(f),
            Err(e) => {
                eprintln!("textsweep: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        },
    };
    let progress = progress_bar();
    let started = Instant::now();
    let read =
        |tx: SyncSender<Chunk>, spares: &Spares| read_chunks(&opts.files, CHUNK_BYTES, tx, spares);
    let (read_ok, write_result, total) =
        pipeline(read, &mut sink, opts, sweeper, &pool, &progress, started);
    progress.finish_and_clear();
    let elapsed = started.elapsed();
    let mut failed = !read_ok || total.errors > 0;
    let write_ok = match write_result {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprintln!("textsweep: output: {e}");
            false
        }
    };
    failed |= !write_ok;
    if let Sink::File(file) = sink {
        // An input that could not be read, or a failed write, leaves the
        // output file as it was.
        if read_ok && write_ok {
            let path = file.path.clone();
            if let Err(e) = file.commit() {
                eprintln!("textsweep: {}: {e}", path.display());
                failed = true;
            }
        } else {
            file.abandon();
        }
    }
    eprintln!("{}", summary(&total, elapsed));
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads chunks with `read` on one thread, cleans each in `pool`, and writes
/// the outputs in order to `sink` on another thread. Returns whether the
/// inputs were read, how writing went, and the counts.
fn pipeline(
    read: impl FnOnce(SyncSender<Chunk>, &Spares) -> bool + Send,
    sink: &mut (impl Write + Send),
    opts: &Options,
    sweeper: &Sweeper,
    pool: &rayon::ThreadPool,
    progress: &ProgressBar,
    started: Instant,
) -> (bool, io::Result<()>, Stats) {
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(IN_FLIGHT);
    // Chunks are cleaned as pool tasks, several at once, so that the workers
    // never wait for the slowest record of a chunk; the writer puts them back
    // in order. A chunk holds a slot from the moment it is handed to the pool
    // until it is written: memory stays bounded.
    let (done_tx, done_rx) = sync_channel::<(usize, Done)>(IN_FLIGHT);
    let (slot_tx, slot_rx) = sync_channel::<()>(IN_FLIGHT);
    for _ in 0..IN_FLIGHT {
        let _ = slot_tx.send(());
    }
    let total = std::sync::Mutex::new(Stats::default());
    // Inputs go back to the reader once cleaned, outputs to the workers once
    // written: the same few buffers carry every chunk.
    let (inputs, outputs) = (Spares::default(), Spares::default());
    std::thread::scope(|scope| {
        let reader = scope.spawn(|| read(chunk_tx, &inputs));
        let writer =
            scope.spawn(|| write_chunks(sink, done_rx, slot_tx, &outputs, progress, started));
        pool.in_place_scope(|tasks| {
            for (k, chunk) in chunk_rx.into_iter().enumerate() {
                if slot_rx.recv().is_err() {
                    break; // the writer stopped (it failed; it reports why)
                }
                let done_tx = done_tx.clone();
                let (total, inputs, outputs) = (&total, &inputs, &outputs);
                tasks.spawn(move |_| {
                    let done = clean_chunk(&chunk, opts, sweeper, outputs);
                    inputs.give(chunk.data);
                    if let Ok(mut t) = total.lock() {
                        t.add(&done.stats);
                    }
                    let _ = done_tx.send((k, done));
                });
            }
        });
        drop(done_tx);
        let read_ok = reader.join().unwrap_or(false);
        let write_result = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer panicked")));
        let total = total.into_inner().unwrap_or_default();
        (read_ok, write_result, total)
    })
}

/// The summary line printed on standard error at the end.
fn summary(s: &Stats, elapsed: Duration) -> String {
    let mb = s.bytes as f64 / 1e6;
    let secs = elapsed.as_secs_f64().max(1e-9);
    let mut out = format!(
        "textsweep: {} records, {} error{}, {mb:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} records/s); removed:",
        s.records,
        s.errors,
        if s.errors == 1 { "" } else { "s" },
        mb / secs,
        s.records as f64 / secs,
    );
    let mut any = false;
    for (c, n) in Category::ALL.iter().zip(s.removed) {
        if n > 0 {
            out.push_str(&format!(" {c} {n}"));
            any = true;
        }
    }
    if !any {
        out.push_str(" nothing");
    }
    out
}

fn progress_bar() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{spinner} {msg} {bytes} ({binary_bytes_per_sec}) {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

/// Reads the inputs in chunks of whole lines. False when an input failed (it
/// is reported; the next inputs are still read).
fn read_chunks(
    files: &[PathBuf],
    chunk_bytes: usize,
    tx: SyncSender<Chunk>,
    spares: &Spares,
) -> bool {
    let mut ok = true;
    let mut line = 1u64;
    let one = |name: &str, input: &mut dyn Read, line: &mut u64| -> bool {
        match read_input(input, chunk_bytes, &tx, spares, line) {
            Ok(()) => true,
            Err(e) => {
                eprintln!("textsweep: {name}: {e}");
                false
            }
        }
    };
    if files.is_empty() {
        ok &= one("standard input", &mut io::stdin().lock(), &mut line);
    }
    for path in files {
        match File::open(path) {
            Ok(mut f) => ok &= one(&path.display().to_string(), &mut f, &mut line),
            Err(e) => {
                eprintln!("textsweep: {}: {e}", path.display());
                ok = false;
            }
        }
    }
    ok
}

/// Reads one input, sending chunks of whole lines in buffers taken from
/// `spares`; `line` counts lines across inputs. A missing final line break
/// ends the last line anyway.
fn read_input(
    input: &mut dyn Read,
    chunk_bytes: usize,
    tx: &SyncSender<Chunk>,
    spares: &Spares,
    line: &mut u64,
) -> io::Result<()> {
    let room = chunk_bytes + (64 << 10);
    let mut data = spares.take(room);
    loop {
        // Fill up to the chunk size (more when one line is longer). Reading
        // into the spare capacity does not zero it first.
        let want = (data.len() + (64 << 10)).max(chunk_bytes);
        let limit = (want - data.len()) as u64;
        // What `data` holds already has no line break (it is the tail after
        // the last one, or a line longer than the buffer so far): only the
        // bytes read now are searched, so a long line costs one pass.
        let before = data.len();
        // `read_to_end` reads until `limit` bytes came or the input ended
        // (as `records` reads), retrying interrupted reads; bytes read
        // before an error are kept in `data`.
        let got = Read::take(&mut *input, limit).read_to_end(&mut data)?;
        let eof = (got as u64) < limit;
        // Whole lines go; the tail waits for more input.
        let cut = if eof {
            data.len()
        } else {
            match memchr::memrchr(b'\n', &data[before..]) {
                Some(k) => before + k + 1,
                None => continue, // a line longer than the buffer: read more
            }
        };
        if cut > 0 {
            let mut rest = spares.take(room.max(data.len() - cut));
            rest.extend_from_slice(&data[cut..]);
            data.truncate(cut);
            let chunk = std::mem::replace(&mut data, rest);
            let ends = line_ends(&chunk);
            let first_line = *line;
            *line += ends.len() as u64;
            if tx
                .send(Chunk {
                    data: chunk,
                    ends,
                    first_line,
                })
                .is_err()
            {
                return Ok(()); // the run stopped (output failed)
            }
        }
        if eof {
            return Ok(());
        }
    }
}

/// Ends of the lines of `data` (each line without its `\n`; a last line
/// without one counts too).
fn line_ends(data: &[u8]) -> Vec<usize> {
    let mut ends: Vec<usize> = memchr::memchr_iter(b'\n', data).collect();
    if !data.ends_with(b"\n") && !data.is_empty() {
        ends.push(data.len());
    }
    ends
}

/// Cleans one chunk in the current pool: runs of about [`RUN_BYTES`] of
/// input, each into a buffer taken from `spares`, kept in input order.
fn clean_chunk(chunk: &Chunk, opts: &Options, sweeper: &Sweeper, spares: &Spares) -> Done {
    // Runs of whole lines: `(first line's index, end index, input bytes)`.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let (mut first, mut from) = (0, 0);
    for (k, &end) in chunk.ends.iter().enumerate() {
        if end + 1 - from >= RUN_BYTES || k + 1 == chunk.ends.len() {
            runs.push((first, k + 1, end + 1 - from));
            (first, from) = (k + 1, end + 1);
        }
    }
    let line = |k: usize| {
        let start = if k == 0 { 0 } else { chunk.ends[k - 1] + 1 };
        &chunk.data[start..chunk.ends[k]]
    };
    let done: Vec<(Vec<u8>, Stats)> = runs
        .par_iter()
        .map(|&(first, end, bytes)| {
            // Most records come out a little shorter than they went in; one
            // size for all (but the longest runs) lets any idle buffer serve
            // without growing, which would take fresh memory.
            let mut out = spares.take((bytes + bytes / 8).max(2 * RUN_BYTES));
            let mut stats = Stats::default();
            for k in first..end {
                let n = chunk.first_line + k as u64;
                record(line(k), n, opts, sweeper, &mut out, &mut stats);
            }
            (out, stats)
        })
        .collect();
    let mut stats = Stats::default();
    let parts = done
        .into_iter()
        .map(|(out, s)| {
            stats.add(&s);
            out
        })
        .collect();
    Done { parts, stats }
}

/// Writes the chunks' outputs in order.
fn write_chunks(
    sink: &mut (impl Write + Send),
    rx: Receiver<(usize, Done)>,
    slots: SyncSender<()>,
    spares: &Spares,
    progress: &ProgressBar,
    started: Instant,
) -> io::Result<()> {
    let mut w = BufWriter::with_capacity(1 << 20, sink);
    let (mut records, mut bytes) = (0u64, 0u64);
    // Chunks finish in any order; they are written in input order.
    let mut waiting = std::collections::BTreeMap::new();
    let mut next = 0usize;
    let in_order = rx.into_iter().flat_map(|(k, done)| {
        waiting.insert(k, done);
        let mut ready = Vec::new();
        while let Some(done) = waiting.remove(&next) {
            ready.push(done);
            next += 1;
        }
        ready
    });
    for done in in_order {
        for part in done.parts {
            w.write_all(&part)?;
            spares.give(part);
        }
        let _ = slots.send(()); // a chunk is done with; the next may start
        records += done.stats.records;
        bytes += done.stats.bytes;
        progress.set_position(bytes);
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        progress.set_message(format!(
            "{records} records ({:.0}/s)",
            records as f64 / secs
        ));
    }
    w.flush()
}

/// Where the output goes.
enum Sink {
    Stdout(io::Stdout),
    File(AtomicFile),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::File(f) => f.file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::File(f) => f.file.flush(),
        }
    }
}

/// One input line to one output line (with its `\n`).
fn record(
    line: &[u8],
    n: u64,
    opts: &Options,
    sweeper: &Sweeper,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) {
    stats.bytes += line.len() as u64 + 1;
    if line.iter().all(u8::is_ascii_whitespace) {
        out.push(b'\n');
        return;
    }
    stats.records += 1;
    let start = out.len();
    if let Err(msg) = record_inner(line, opts, sweeper, out, stats) {
        out.truncate(start);
        stats.errors += 1;
        out.extend_from_slice(b"{\"line\":");
        out.extend_from_slice(n.to_string().as_bytes());
        out.extend_from_slice(b",\"error\":");
        json::write_str(out, &msg);
        out.push(b'}');
    }
    out.push(b'\n');
}

fn record_inner(
    line: &[u8],
    opts: &Options,
    sweeper: &Sweeper,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) -> Result<(), String> {
    let text: std::borrow::Cow<'_, str> = match std::str::from_utf8(line) {
        Ok(t) => t.into(),
        Err(_) if opts.lossy => String::from_utf8_lossy(line),
        Err(e) => return Err(format!("invalid UTF-8 at byte offset {}", e.valid_up_to())),
    };
    let field = opts.text_field.as_str();
    let mut de = serde_json::Deserializer::from_str(&text);
    let fields = FieldsOf(field)
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|()| f))
        .map_err(|e| format!("invalid JSON: {e}"))?;
    let body = match fields.text {
        None => return Err(format!("no field {field:?}")),
        Some(serde_json::Value::String(body)) => body,
        Some(_) => return Err(format!("field {field:?} is not a string")),
    };
    let cleaned = sweeper.clean(&body).map_err(|e| e.to_string())?;
    for r in cleaned.removals() {
        if let Some(k) = Category::ALL.iter().position(|&c| c == r.category()) {
            stats.removed[k] += 1;
        }
    }
    // The record, its fields in order, the text replaced.
    let extra =
        |k: &str| (opts.with_removals && k == "removed") || (opts.with_articles && k == "articles");
    out.push(b'{');
    let mut first = true;
    for (k, v) in &fields.fields {
        if extra(&k.0) {
            continue; // replaced by ours below
        }
        if !first {
            out.push(b',');
        }
        first = false;
        json::write_str(out, &k.0);
        out.push(b':');
        match v {
            None => json::write_str(out, cleaned.text()),
            Some(v) => out.extend_from_slice(v.get().as_bytes()),
        }
    }
    let doc = json::doc(&body, &cleaned);
    if opts.with_removals {
        out.extend_from_slice(if first {
            b"\"removed\":"
        } else {
            b",\"removed\":"
        });
        first = false;
        json::write_removed(out, &doc.removed);
    }
    if opts.with_articles {
        out.extend_from_slice(if first {
            b"\"articles\":"
        } else {
            b",\"articles\":"
        });
        json::write_articles(out, &doc.articles);
    }
    out.push(b'}');
    Ok(())
}

/// A JSON object's fields in order, each value as its raw JSON text but the
/// text field's, which is parsed as it is read (one pass over the text).
struct Fields<'a> {
    /// Every field in order, the text field's value `None` (it is replaced).
    fields: Vec<(Key<'a>, Option<&'a RawValue>)>,
    /// The text field's last value, `None` when there is no such field.
    text: Option<serde_json::Value>,
}

/// Reads [`Fields`], the text field being the one named.
struct FieldsOf<'f>(&'f str);

/// An object key, borrowed from the input when it has no escapes.
struct Key<'a>(std::borrow::Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(v.to_string().into()))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> DeserializeSeed<'de> for FieldsOf<'_> {
    type Value = Fields<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsOf<'_> {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let (mut fields, mut text) = (Vec::new(), None);
        while let Some(k) = map.next_key::<Key<'de>>()? {
            if k.0 == self.0 {
                // A string in the common case; anything else is reported.
                text = Some(map.next_value()?);
                fields.push((k, None));
            } else {
                fields.push((k, Some(map.next_value()?)));
            }
        }
        Ok(Fields { fields, text })
    }
}

/// The output file: written to a temporary file beside it, renamed over it
/// when the run ends (see `files::write_atomic` for the whole-buffer case).
struct AtomicFile {
    file: File,
    tmp: PathBuf,
    path: PathBuf,
}

impl AtomicFile {
    fn create(path: &Path) -> io::Result<AtomicFile> {
        let tmp = crate::files::temp_path(path);
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        Ok(AtomicFile {
            file,
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// Removes the temporary file; the target stays as it was.
    fn abandon(self) {
        drop(self.file);
        let _ = fs::remove_file(&self.tmp);
    }

    fn commit(self) -> io::Result<()> {
        let result = (|| {
            self.file.sync_all()?;
            if let Ok(meta) = fs::metadata(&self.path) {
                fs::set_permissions(&self.tmp, meta.permissions())?;
            }
            fs::rename(&self.tmp, &self.path)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&self.tmp);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(with: bool) -> Options {
        Options {
            text_field: "body".into(),
            with_removals: with,
            with_articles: with,
            threads: 1,
            lossy: false,
            files: Vec::new(),
            output: None,
        }
    }

    /// Runs the pipeline over `input` with `threads` workers and chunks of
    /// about `chunk` bytes (read in pieces of 7 bytes, so lines straddle reads).
    fn run(input: &[u8], opts: &Options, threads: usize, chunk: usize) -> (Vec<u8>, Stats) {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(7).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let sweeper = Sweeper::new();
        let mut out = Vec::new();
        let read = |tx: SyncSender<Chunk>, spares: &Spares| {
            let mut line = 1;
            read_input(&mut Trickle(input), chunk, &tx, spares, &mut line).is_ok()
        };
        let bar = ProgressBar::hidden();
        let (ok, written, stats) =
            pipeline(read, &mut out, opts, &sweeper, &pool, &bar, Instant::now());
        assert!(ok);
        written.unwrap();
        (out, stats)
    }

    fn corpus() -> Vec<u8> {
        let mut input = Vec::new();
        for k in 0..300 {
            let line = match k % 10 {
                3 => "not json".to_string(),
                5 => String::new(),
                7 => format!("{{\"id\":{k},\"body\":{k}}}"),
                8 => format!("{{\"id\":{k}}}"),
                _ => format!(
                    "{{\"id\":{k},\"body\":\"Rates Rise Again {k}\\n\\nThe bank raised rates.\\n\\nShare this article\\n\",\"n\":[1, 2.50]}}"
                ),
            };
            input.extend_from_slice(line.as_bytes());
            input.push(b'\n');
        }
        input
    }

    #[test]
    fn output_is_the_same_for_any_thread_count_and_chunk_size() {
        let input = corpus();
        let o = opts(true);
        let (want, stats) = run(&input, &o, 1, 1 << 20);
        assert_eq!(stats.records, 270);
        assert_eq!(stats.errors, 90);
        for (threads, chunk) in [(2, 1 << 20), (2, 64), (4, 1), (3, 1000)] {
            assert_eq!(
                run(&input, &o, threads, chunk).0,
                want,
                "{threads} threads, chunks of {chunk}"
            );
        }
    }

    #[test]
    fn one_output_line_per_input_line() {
        let input = corpus();
        let (out, _) = run(&input, &opts(false), 2, 100);
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 300);
        assert_eq!(
            lines[0],
            r#"{"id":0,"body":"Rates Rise Again 0\n\nThe bank raised rates.\n","n":[1, 2.50]}"#
        );
        assert_eq!(
            lines[3],
            r#"{"line":4,"error":"invalid JSON: expected ident at line 1 column 2"}"#
        );
        assert_eq!(lines[5], "");
        assert_eq!(
            lines[7],
            r#"{"line":8,"error":"field \"body\" is not a string"}"#
        );
        assert_eq!(lines[298], r#"{"line":299,"error":"no field \"body\""}"#);
    }

    #[test]
    fn last_line_without_a_break_and_removals_and_articles() {
        let (out, stats) = run(
            br#"{"body":"Advertisement\nA fact.","removed":1}"#,
            &opts(true),
            1,
            8,
        );
        assert_eq!(
            stats.removed[Category::ALL
                .iter()
                .position(|&c| c == Category::Advertising)
                .unwrap()],
            1
        );
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["body"], "A fact.");
        assert_eq!(v["removed"][0]["rule"], "ad-slot");
        assert_eq!(v["removed"][0]["start"], 0);
        assert_eq!(
            v["articles"][0]["text"].as_str().map(str::trim_end),
            Some("A fact.")
        );
        assert!(out.ends_with(b"}\n"));
    }

    #[test]
    fn interrupted_reads_are_retried_and_errors_end_the_input() {
        // Every other read is interrupted; after `fail_at` bytes reads fail.
        struct Flaky<'a> {
            data: &'a [u8],
            calls: usize,
            fail_at: usize,
            at: usize,
        }
        impl Read for Flaky<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                self.calls += 1;
                if self.calls % 2 == 0 {
                    return Err(io::ErrorKind::Interrupted.into());
                }
                if self.at >= self.fail_at {
                    return Err(io::Error::other("disk gone"));
                }
                let end = self.data.len().min(self.fail_at);
                let n = buf.len().min(5).min(end - self.at);
                buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
                self.at += n;
                Ok(n)
            }
        }
        // Longer than one read-ahead (64 KiB), so chunks go out before the error.
        let input = corpus().repeat(10);
        let read = |fail_at: usize| {
            let (tx, rx) = sync_channel::<Chunk>(1000);
            let mut flaky = Flaky {
                data: &input,
                calls: 0,
                fail_at,
                at: 0,
            };
            let mut line = 1;
            let result = read_input(&mut flaky, 50, &tx, &Spares::default(), &mut line);
            drop(tx);
            let got: Vec<u8> = rx.into_iter().flat_map(|c| c.data).collect();
            (result.map_err(|e| e.to_string()), got)
        };
        let (result, got) = read(usize::MAX);
        assert_eq!(result, Ok(()));
        assert_eq!(got, input, "every byte, in order, despite interruptions");
        let (result, got) = read(input.len() / 2);
        assert_eq!(result, Err("disk gone".to_string()));
        assert!(!got.is_empty() && got.len() <= input.len() / 2 && got.ends_with(b"\n"));
        assert!(input.starts_with(&got), "whole lines read before the error");
    }

    #[test]
    fn the_last_text_field_counts_and_every_copy_is_replaced() {
        let input = concat!(
            r#"{"body":7,"x":[{"body":1}],"body":"Advertisement\nA fact."}"#,
            "\n",
            r#"{"body":"A fact.","body":{"a":[1,"b"]}}"#,
            "\n"
        );
        let (out, stats) = run(input.as_bytes(), &opts(false), 1, 8);
        assert_eq!(stats.errors, 1);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            concat!(
                r#"{"body":"A fact.","x":[{"body":1}],"body":"A fact."}"#,
                "\n",
                r#"{"line":2,"error":"field \"body\" is not a string"}"#,
                "\n"
            )
        );
    }

    #[test]
    fn invalid_utf8_is_an_error_line_or_replaced() {
        let input = b"{\"body\":\"caf\xe9\"}\n";
        let (out, stats) = run(input, &opts(false), 1, 8);
        assert_eq!(stats.errors, 1);
        assert_eq!(
            out,
            b"{\"line\":1,\"error\":\"invalid UTF-8 at byte offset 12\"}\n"
        );
        let lossy = Options {
            lossy: true,
            ..opts(false)
        };
        assert_eq!(
            run(input, &lossy, 1, 8).0,
            "{\"body\":\"caf\u{fffd}\"}\n".as_bytes()
        );
    }
}
