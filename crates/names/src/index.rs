//! Blocking keys, and the name index built on them.

use crate::Name;

/// Keys under which a name is filed: the skeleton of each part, and of
/// each part and each adjacent pair joined with their initial-vowel marks
/// removed (so "Amirabdollahian" and "Amir Abdollahian" share a key). Two
/// names that can match share at least one key.
pub(crate) fn blocking_keys(name: &Name) -> Vec<Vec<u8>> {
    let parts: Vec<&[u8]> =
        name.parts().iter().filter(|p| p.initial.is_none() && !p.skel.is_empty()).map(|p| &p.skel[..]).collect();
    let unmarked = |k: &[u8]| k.iter().copied().filter(|&b| b != b'A').collect::<Vec<u8>>();
    let mut keys: Vec<Vec<u8>> = Vec::with_capacity(parts.len() * 3);
    for (i, p) in parts.iter().enumerate() {
        keys.push(p.to_vec());
        keys.push(unmarked(p));
        if let Some(q) = parts.get(i + 1) {
            let mut j = unmarked(p);
            j.extend(unmarked(q));
            keys.push(j);
        }
    }
    keys.retain(|k| !k.is_empty());
    keys.sort_unstable();
    keys.dedup();
    keys
}
