//! Paths to files: folders walked in sorted order, links followed with loop detection,
//! and each regular file read up to the size limit.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::Outcome;
use super::decode::decode_document;
use crate::model::Skipped;

/// One file found under the inputs, before reading.
pub(super) struct Entry {
    /// Path to open.
    path: PathBuf,
    /// Path for people and for `path:line:column`.
    display: String,
    /// Document id: the path relative to the root it was found under.
    id: String,
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Expand one argument into file entries (sorted), recording what cannot be walked.
pub(super) fn collect(arg: &str, entries: &mut Vec<Entry>, skipped: &mut Vec<Skipped>) {
    let root = Path::new(arg);
    let meta = match std::fs::metadata(root) {
        Ok(m) => m,
        Err(e) => {
            let reason = match std::fs::symlink_metadata(root) {
                Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {e}"),
                _ => io_reason(&e),
            };
            skipped.push(Skipped {
                path: arg.to_string(),
                reason,
            });
            return;
        }
    };
    if !meta.is_dir() {
        let id = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| arg.to_string());
        entries.push(Entry {
            path: root.to_path_buf(),
            display: arg.to_string(),
            id,
        });
        return;
    }
    let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
    for item in walker {
        match item {
            Ok(e) => {
                if e.file_type().is_dir() {
                    continue;
                }
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                entries.push(Entry {
                    path: e.path().to_path_buf(),
                    display: slash(e.path()),
                    id: slash(rel),
                });
            }
            Err(err) => {
                let path = err.path().map(slash).unwrap_or_else(|| arg.to_string());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop (directory links back to an ancestor)".to_string()
                } else if let Some(io) = err.io_error() {
                    match std::fs::symlink_metadata(err.path().unwrap_or(root)) {
                        Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {io}"),
                        _ => io_reason(io),
                    }
                } else {
                    err.to_string()
                };
                skipped.push(Skipped { path, reason });
            }
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

pub(super) fn read_entry(e: &Entry, max_file_size: u64) -> Outcome {
    let meta = match std::fs::metadata(&e.path) {
        Ok(m) => m,
        Err(err) => {
            let reason = match std::fs::symlink_metadata(&e.path) {
                Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {err}"),
                _ => io_reason(&err),
            };
            return Outcome::skip(&e.display, reason);
        }
    };
    if !meta.is_file() {
        return Outcome::skip(
            &e.display,
            format!("not a regular file ({}); not opened", file_kind(&meta)),
        );
    }
    if meta.len() > max_file_size {
        return Outcome::skip(
            &e.display,
            format!(
                "file is {} bytes, over the --max-file-size limit of {max_file_size}",
                meta.len()
            ),
        );
    }
    let bytes = match std::fs::File::open(&e.path).and_then(|f| {
        let mut buf = Vec::with_capacity(meta.len() as usize);
        f.take(max_file_size + 1).read_to_end(&mut buf)?;
        Ok(buf)
    }) {
        Ok(b) => b,
        Err(err) => return Outcome::skip(&e.display, io_reason(&err)),
    };
    decode_document(&e.id, &e.display, &e.display, bytes)
}

#[cfg(unix)]
fn file_kind(m: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn file_kind(_: &std::fs::Metadata) -> &'static str {
    "not a file"
}
