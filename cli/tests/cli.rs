//! The `textsweep` binary on bad inputs and failing writes (issue 4): invalid
//! UTF-8 is an error naming the file and byte offset unless `--lossy`; an
//! unreadable file is reported and the others are still processed; writes
//! are atomic and a failed one leaves the original file as it was.
//!
//! Expected texts come from the library itself, so these tests are about the
//! command's behaviour, not about which lines the rules remove.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PAGE: &str = "Harbour Works Delayed by Storm Damage\n\n\
    Repairs to the harbour wall will take three more months, engineers said on Monday.\n\n\
    Share on Facebook\n\n\
    The wall protects about sixty fishing boats.\n";

/// A scratch directory of its own for each test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("textsweep-cli-{}-{test}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch directory");
        Scratch(dir)
    }

    fn file(&self, name: &str, data: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, data).expect("write a fixture");
        path
    }

    /// Names in the directory, to see that no temporary file was left behind.
    fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(&self.0)
            .expect("read the scratch directory")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn textsweep(args: &[&Path], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_textsweep"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run textsweep");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(data) = stdin {
        std::io::Write::write_all(&mut input, data).expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("textsweep finishes")
}

fn args(list: &[&str]) -> Vec<PathBuf> {
    list.iter().map(PathBuf::from).collect()
}

fn run(list: &[PathBuf]) -> Output {
    let refs: Vec<&Path> = list.iter().map(PathBuf::as_path).collect();
    textsweep(&refs, None)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// What the CLI prints for one ordinary page: the cleaned text, newline-ended.
fn cleaned(text: &str) -> String {
    let out = textsweep::clean(text).expect("small");
    assert_eq!(out.articles().len(), 1, "the fixture is one article");
    let mut s = out.text().to_string();
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[test]
fn invalid_utf8_names_the_file_and_the_byte_offset() {
    let dir = Scratch::new("utf8");
    let mut bad = b"Caf".to_vec();
    bad.extend_from_slice(b"\xC3 Owners Celebrate\n");
    bad.extend_from_slice(PAGE.as_bytes());
    let bad = dir.file("bad.txt", &bad);
    let good = dir.file("good.txt", PAGE.as_bytes());
    let out = run(&[bad.clone(), good.clone()]);
    assert_eq!(out.status.code(), Some(1), "an input was refused");
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: invalid UTF-8 at byte offset 3",
            bad.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("--lossy"),
        "the message says how to go on: {err}"
    );
    // The other file is still cleaned.
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    assert!(stdout.contains(&cleaned(PAGE)), "{stdout}");
    assert!(
        !stdout.contains("Caf"),
        "nothing of the refused file is printed"
    );

    // On standard input, the message names standard input.
    let out = textsweep(&[], Some(b"ok\n\xFF\n"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("standard input: invalid UTF-8 at byte offset 3"),
        "{}",
        stderr(&out)
    );
}

/// In a batch, the document with the bad byte is refused and the others are
/// cleaned: the outputs keep their order and number.
#[test]
fn a_bad_document_in_a_batch_is_refused_alone() {
    let second =
        "Caf\u{e9} Owners Celebrate\n\nThe caf\u{e9} reopened on Friday after a long winter.\n";
    let mut input = PAGE.as_bytes().to_vec();
    input.extend_from_slice(b"\x1e\nCaf\xC3 Owners\n\x1e\n");
    input.extend_from_slice(second.as_bytes());
    let out = textsweep(&[], Some(&input));
    assert_eq!(out.status.code(), Some(1), "a document was refused");
    let at = PAGE.len() + 2 + 3;
    assert!(
        stderr(&out).contains(&format!(
            "standard input: invalid UTF-8 at byte offset {at}"
        )),
        "{}",
        stderr(&out)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let docs: Vec<&str> = stdout.split("\u{1e}\n").collect();
    assert_eq!(
        docs,
        [cleaned(PAGE), String::new(), cleaned(second)],
        "{stdout:?}"
    );
}

#[test]
fn lossy_replaces_invalid_bytes() {
    let dir = Scratch::new("lossy");
    let mut bad = PAGE.as_bytes().to_vec();
    bad.extend_from_slice(b"The caf\xE9 reopened on Friday.\n");
    let bad = dir.file("bad.txt", &bad);
    let mut list = args(&["--lossy"]);
    list.push(bad);
    let out = run(&list);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stdout = String::from_utf8(out.stdout).expect("valid UTF-8 out");
    assert!(
        stdout.contains("The caf\u{FFFD} reopened on Friday."),
        "{stdout}"
    );
}

#[test]
fn unreadable_files_are_reported_and_the_others_processed() {
    let dir = Scratch::new("unreadable");
    let good = dir.file("good.txt", PAGE.as_bytes());
    let missing = dir.0.join("missing.txt");
    let directory = dir.0.clone();
    let out = run(&[missing.clone(), good, directory.clone()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}: ", missing.display())), "{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with(&format!("textsweep: {}: ", directory.display()))),
        "{err}"
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        stdout.contains(&cleaned(PAGE)),
        "the readable file is cleaned: {stdout}"
    );
}

#[test]
fn in_place_rewrites_atomically_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new("inplace");
    let page = dir.file("page.txt", PAGE.as_bytes());
    fs::set_permissions(&page, fs::Permissions::from_mode(0o640)).expect("chmod");
    let mut list = args(&["--in-place"]);
    list.push(page.clone());
    let out = run(&list);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&page).expect("read back"), cleaned(PAGE));
    assert_eq!(
        fs::metadata(&page).expect("stat").permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(dir.names(), vec!["page.txt"], "no temporary file left");
}

#[test]
fn in_place_keeps_the_original_when_the_write_fails() {
    let dir = Scratch::new("inplace-fail");
    // The temporary file's name (".<name>.textsweep-<pid>.tmp") is too long
    // for the file system, so the write fails before the original is touched,
    // even for root.
    let name = format!("{}.txt", "n".repeat(240));
    let page = dir.file(&name, PAGE.as_bytes());
    let mut bad = b"Caf\xC3 Owners\n".to_vec();
    bad.extend_from_slice(PAGE.as_bytes());
    let refused = dir.file("bad.txt", &bad);
    let mut list = args(&["--in-place"]);
    list.push(page.clone());
    list.push(refused.clone());
    let out = run(&list);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: not rewritten: ", page.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: invalid UTF-8 at byte offset 3",
            refused.display()
        )),
        "{err}"
    );
    // Both originals are byte for byte what they were; nothing was left behind.
    assert_eq!(fs::read(&page).expect("read"), PAGE.as_bytes());
    assert_eq!(fs::read(&refused).expect("read"), bad);
    assert_eq!(dir.names(), vec!["bad.txt".to_string(), name]);
}

#[test]
fn output_is_written_atomically_and_may_be_the_input() {
    let dir = Scratch::new("output");
    let page = dir.file("page.txt", PAGE.as_bytes());
    // To a new file.
    let target = dir.0.join("clean.txt");
    let list = vec![page.clone(), PathBuf::from("--output"), target.clone()];
    let out = run(&list);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(fs::read_to_string(&target).expect("written"), cleaned(PAGE));
    // Over its own input: the input is read whole before the rename, so it
    // is replaced by its cleaned text, never truncated.
    let list = vec![page.clone(), PathBuf::from("-o"), page.clone()];
    let out = run(&list);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&page).expect("written"), cleaned(PAGE));
    assert_eq!(dir.names(), vec!["clean.txt", "page.txt"]);
}

#[test]
fn a_failed_output_write_is_an_error_and_leaves_nothing_behind() {
    let dir = Scratch::new("output-fail");
    let page = dir.file("page.txt", PAGE.as_bytes());
    // A directory cannot be replaced by a file.
    let target = dir.0.join("taken");
    fs::create_dir(&target).expect("mkdir");
    let list = vec![page.clone(), PathBuf::from("-o"), target.clone()];
    let out = run(&list);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("{}: ", target.display())),
        "{}",
        stderr(&out)
    );
    assert!(target.is_dir(), "the target is untouched");
    // A directory that does not exist.
    let nowhere = dir.0.join("no/such/dir/out.txt");
    let list = vec![page.clone(), PathBuf::from("-o"), nowhere];
    let out = run(&list);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        fs::read(&page).expect("read"),
        PAGE.as_bytes(),
        "the input is untouched"
    );
    assert_eq!(
        dir.names(),
        vec!["page.txt", "taken"],
        "no temporary file left"
    );
}

/// A roundup prints each post's title, its date line once (a byline taken
/// from the date line is not repeated), and its body.
#[test]
fn roundup_prints_a_byline_from_the_date_line_once() {
    let page = "Archive: Allotments\n\n\
Allotment Waiting List Falls for the First Time\nBy Ann Lee · 4 Mar 2025\n\
The waiting list for council allotments fell this year for the first time in a decade, after two new sites opened.\n\n\
New Water Supply Planned for Hillside Plots\nBy Tom Reyes · 20 Feb 2025\n\
Plot holders on the hillside site will get a mains water supply by the summer, the council said on Monday.\n\n\
Seed Swap Returns to the Town Hall in April\nBy Ann Lee · 15 Jan 2025\n\
The annual seed swap will return to the town hall on the first Saturday of April, with a talk on saving seed.\n";
    let o = textsweep(&[], Some(page.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.matches("\n---\n").count(), 2, "three posts: {out}");
    for line in ["By Ann Lee · 4 Mar 2025\n", "By Tom Reyes · 20 Feb 2025\n"] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(!out.contains("· By "), "byline repeated: {out}");
}
