//! The newswire examples crate: reads a corpus (directories of articles,
//! text files or JSONL) and tells its story — documents and their dates
//! (stated or inferred), the people under every spelling, who said what
//! and when, the same statement across sources, and figures that
//! disagree.
//!
//! Usage: `newswire-examples [INPUT…] [--json] [--html FILE]`
//! (default input `seeds/`). The same as `newswire analyze`.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use newswire_examples::{analyze, Options};
use newswire_text::corpus::InputFormat;

fn main() -> ExitCode {
    let mut options = Options::default();
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => options.json = true,
            "--html" => match args.next() {
                Some(f) => options.html = Some(PathBuf::from(f)),
                None => return usage("--html needs a file name"),
            },
            "-h" | "--help" => {
                println!("usage: newswire-examples [INPUT…] [--json] [--html FILE]   (default INPUT: seeds/)");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage(&format!("unknown option {s}")),
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        inputs.push(PathBuf::from("seeds"));
    }
    let (stdout, stderr) = (io::stdout(), io::stderr());
    match analyze(&inputs, InputFormat::Auto, &options, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(bad) => {
            eprintln!("newswire-examples: {bad} records could not be read (listed above); the story leaves them out");
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newswire-examples: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("newswire-examples: {msg}\nusage: newswire-examples [INPUT…] [--json] [--html FILE]");
    ExitCode::from(2)
}
