//! Prints the quotes of a text file: kind, sieve, speaker, content.
//!
//! Usage: cargo run -p newswire-quotes --example show -- FILE

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: show FILE")?;
    let text = std::fs::read_to_string(path)?;
    for q in newswire_quotes::QuoteFinder::new().find(&text) {
        let sp =
            q.speaker().map(|s| format!("{} → {}", s.text, s.resolved.as_deref().unwrap_or("?"))).unwrap_or_default();
        println!("{:<8} {:<13} [{}] {}", q.kind().as_str(), q.sieve(), sp, q.as_str());
    }
    Ok(())
}
