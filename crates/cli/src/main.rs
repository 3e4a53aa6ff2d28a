//! `newswire`: who said what, and when, in news from many sources.
//!
//! Reads plain-text files, directories of them, or JSONL
//! (`{"id", "text", "dct"?}`) from files or stdin, and writes one JSON
//! object per document to stdout, in input order. A record that cannot be
//! read becomes `{"id", "line", "error"}` and the exit code is 1.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use newswire_text::OffsetUnit;

use newswire_cli::driver::{self, BatchLimits, Task};
use newswire_cli::{dates, names, quotes, segment};
use newswire_text::corpus::{InputFormat, Records};

#[derive(Parser)]
#[command(name = "newswire", version, about = "Who said what, and when, across news sources and spellings.")]
#[command(long_about = "Who said what, and when, across news sources and spellings.\n\n\
Every subcommand reads documents from INPUT paths (plain-text files, directories of them, or JSONL \
files with one {\"id\", \"text\", \"dct\"?} object per line), or JSONL from stdin when no path or `-` \
is given, and writes one JSON object per document to stdout in input order.\n\n\
A record that cannot be read (invalid JSON, no \"text\", invalid UTF-8, unreadable file) never stops \
the run: it yields {\"id\", \"line\", \"error\"} in its place, a count is printed on stderr, and the \
exit code is 1. Exit code 2 means the command line itself was wrong.\n\nOptions every subcommand takes: --format auto|text|jsonl (how to read inputs), --offsets char|byte|utf16 (unit of printed offsets, default char = Python string indices), --jobs N (threads), --batch N and --batch-mb MB (documents and megabytes read at once: memory stays bounded on huge inputs). See `newswire <COMMAND> --help` for each command's own options.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Paragraphs (with their kind: body, heading, meta, debris), sentences
    /// and tokens (with kind and script), with offsets.
    Segment {
        #[command(flatten)]
        common: CommonArgs,
        /// Leave tokens out of the output (paragraphs and sentences only).
        #[arg(long)]
        no_tokens: bool,
    },
    /// Person names: score pairs, find mentions, cluster, search an index.
    #[command(subcommand)]
    Names(NamesCommand),
    /// Quotes and reported speech: {"id", "quotes": [{"start", "end",
    /// "text", "kind": direct|mixed|indirect, "speaker" (as written),
    /// "speaker_start", "speaker_end", "speaker_resolved", "cue",
    /// "sieve"}]}.
    Quotes {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// The story of the whole corpus: documents and their dates (stated or
    /// inferred from the other documents), people under every spelling
    /// with their roles, who said what and when, the same statement across
    /// sources, figures that disagree. A readable report by default;
    /// `--json` writes one JSON document (schema: examples/story.schema.json),
    /// `--html FILE` a self-contained page. The whole corpus is read first.
    Analyze {
        /// Text files, directories or JSONL files; `-` or nothing reads
        /// JSONL from stdin.
        #[arg(value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// How to read the inputs.
        #[arg(long, value_enum, default_value_t = Format::Auto)]
        format: Format,
        /// Write the story as one JSON document instead of the report.
        #[arg(long)]
        json: bool,
        /// Also write the story as a web page to FILE.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
    },
    /// Temporal expressions (TIMEX3 DATE/TIME/DURATION/SET with values)
    /// anchored to the document date: the JSONL record's "dct" when given,
    /// else a date stated in the document's header. JSONL output:
    /// {"id", "dct": {"value", "source"}, "timexes": [{"start", "end",
    /// "text", "type", "value", "mod"?}]}.
    Dates {
        #[command(flatten)]
        common: CommonArgs,
        /// Write inline TimeML (TIMEX3 tags in the text) in a "timeml"
        /// field instead of the timex list.
        #[arg(long, value_enum, default_value_t = DatesFormat::Json)]
        format_out: DatesFormat,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DatesFormat {
    Json,
    Timeml,
}

#[derive(Subcommand)]
enum NamesCommand {
    /// Score name pairs: reads `a<TAB>b` lines (a header `a<TAB>b…` is
    /// passed over) and writes `a<TAB>b<TAB>score<TAB>same`, one line per
    /// input line, in order; same = 1 when score >= --threshold.
    Score {
        /// TSV file of pairs; `-` or nothing reads stdin.
        #[arg(value_name = "PAIRS")]
        input: Option<PathBuf>,
        /// Decision threshold for `same`.
        #[arg(long, default_value_t = newswire_names::DEFAULT_THRESHOLD)]
        threshold: f32,
        /// Worker threads (default: one per core).
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
    },
    /// Person-name mentions in each document (offsets per --offsets), with
    /// `partial` (a surname or "Bin X" agreeing with a full name in the
    /// document), `refers_to` (for a partial mention, the index of the full
    /// mention it refers to) and `repaired` (cut out of a glued word).
    Find {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Search a list of names: builds an index from --index (one name per
    /// line) and answers each query line (from QUERIES, or stdin) with
    /// {"query", "hits": [{"line", "name", "score"}]}, best first.
    Search {
        /// File of names to search, one per line.
        #[arg(long, value_name = "FILE")]
        index: PathBuf,
        /// Query names, one per line; `-` or nothing reads stdin.
        #[arg(value_name = "QUERIES")]
        input: Option<PathBuf>,
        /// Hits per query.
        #[arg(short = 'k', long, default_value_t = 10)]
        top: usize,
    },
    /// Persons across all documents: one JSON line each,
    /// {"canonical", "variants", "mentions": [{"doc", "start", "end", "text"}]}.
    /// The whole corpus is read before clustering.
    Cluster {
        #[command(flatten)]
        common: CommonArgs,
        /// Read one name per line instead of documents and group them:
        /// {"canonical", "variants", "lines"} per person.
        #[arg(long)]
        names: bool,
    },
}

/// Options every subcommand shares.
#[derive(Args)]
struct CommonArgs {
    /// Text files, directories (read recursively, sorted; .txt and .jsonl
    /// files, id = path inside the directory) or JSONL files; `-` or
    /// nothing reads JSONL from stdin.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    format: Format,

    /// Unit of every offset printed: `char` (Unicode code points, Python
    /// string indices), `byte` (UTF-8) or `utf16` (JavaScript, Java).
    #[arg(long, value_enum, default_value_t = Offsets::Char)]
    offsets: Offsets,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// Documents read and processed together; with --batch-mb this bounds
    /// memory.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    batch: usize,

    /// Megabytes of text read per batch at most.
    #[arg(long, value_name = "MB", default_value_t = 64)]
    batch_mb: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// By extension: `.jsonl`/`.ndjson` are JSONL, other files plain
    /// text; stdin is JSONL.
    Auto,
    /// Each file (or stdin) is one plain-text document.
    Text,
    /// One JSON object per line: {"id", "text", "dct"?}.
    Jsonl,
}

impl From<Format> for InputFormat {
    fn from(f: Format) -> InputFormat {
        match f {
            Format::Auto => InputFormat::Auto,
            Format::Text => InputFormat::Text,
            Format::Jsonl => InputFormat::Jsonl,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Offsets {
    Char,
    Byte,
    Utf16,
}

impl From<Offsets> for OffsetUnit {
    fn from(o: Offsets) -> OffsetUnit {
        match o {
            Offsets::Char => OffsetUnit::Char,
            Offsets::Byte => OffsetUnit::Byte,
            Offsets::Utf16 => OffsetUnit::Utf16,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Segment { common, no_tokens } => execute(&segment::Segment { tokens: !no_tokens }, &common),
        Command::Names(NamesCommand::Score { input, threshold, jobs }) => {
            set_jobs(jobs);
            let matcher = newswire_names::NameMatcher::new().threshold(threshold);
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            finish(names::score(input.as_deref(), matcher, &mut out), "pairs (scored 0)")
        }
        Command::Names(NamesCommand::Find { common }) => execute(&names::Find, &common),
        Command::Names(NamesCommand::Search { index, input, top }) => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            finish(names::search(&index, input.as_deref(), top.max(1), &mut out), "queries")
        }
        Command::Quotes { common } => execute(&quotes::Quotes, &common),
        Command::Analyze { inputs, format, json, html } => {
            let options = newswire_examples::Options { json, html };
            let (stdout, stderr) = (io::stdout(), io::stderr());
            let mut out = io::BufWriter::new(stdout.lock());
            finish(
                newswire_examples::analyze(&inputs, format.into(), &options, &mut out, &mut stderr.lock()),
                "records (left out of the story)",
            )
        }
        Command::Dates { common, format_out } => {
            execute(&dates::Dates { timeml: format_out == DatesFormat::Timeml }, &common)
        }
        Command::Names(NamesCommand::Cluster { common, names: true }) => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            finish(names::cluster_names(common.inputs.first().map(PathBuf::as_path), &mut out), "names")
        }
        Command::Names(NamesCommand::Cluster { common, names: false }) => {
            set_jobs(common.jobs);
            let records = Records::open(&common.inputs, common.format.into());
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            finish(names::cluster(records, common.offsets.into(), &mut out), "records")
        }
    }
}

fn set_jobs(jobs: Option<usize>) {
    if let Some(jobs) = jobs {
        // Fails only when a global pool already exists; the default pool
        // is then used.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.max(1)).build_global();
    }
}

/// Exit status from a count of bad input lines or an I/O error.
fn finish(result: io::Result<u64>, what: &str) -> ExitCode {
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(bad) => {
            eprintln!("newswire: {bad} malformed {what}; see messages above");
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newswire: {e}");
            ExitCode::from(2)
        }
    }
}

fn execute<T: Task>(task: &T, common: &CommonArgs) -> ExitCode {
    set_jobs(common.jobs);
    let records = Records::open(&common.inputs, common.format.into());
    let limits = BatchLimits { records: common.batch.max(1), bytes: common.batch_mb.max(1) << 20 };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match driver::run(task, records, common.offsets.into(), &limits, &mut out) {
        Ok(summary) if summary.failed > 0 => {
            eprintln!(
                "newswire: {} of {} records failed (see their \"error\" records)",
                summary.failed,
                summary.ok + summary.failed
            );
            ExitCode::from(1)
        }
        Ok(_) => ExitCode::SUCCESS,
        // A closed pipe (`newswire … | head`) is the reader's choice.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "newswire: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}
