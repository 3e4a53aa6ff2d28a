//! Shared helpers for the newswire benchmarks: loading the seed corpus.

use std::path::PathBuf;

/// The workspace root (the benches package lives one level below it).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The seed articles as `(file name, text)`, sorted by name. Empty when the
/// folder is missing, so a benchmark can report it rather than panic.
pub fn seed_articles() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(workspace_root().join("seeds")) else { return out };
    for entry in dir.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            if let (Some(name), Ok(text)) = (path.file_name(), std::fs::read_to_string(&path)) {
                out.push((name.to_string_lossy().into_owned(), text));
            }
        }
    }
    out.sort();
    out
}
