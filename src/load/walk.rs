//! Paths to files: folders walked in sorted order the way ripgrep and fd walk them
//! (hidden entries and what `.gitignore`/`.ignore` name left out, `-g`/`--exclude`
//! globs applied, files that are not articles by extension counted and left out), links
//! followed with loop detection, and each regular file read up to the size limit.
//!
//! Only entries found under a folder are filtered: a path named on the command line is
//! always read, as in ripgrep.

use std::io::Read;
use std::path::{Path, PathBuf};

use ignore::overrides::{Override, OverrideBuilder};

use super::Outcome;
use super::decode::decode_document;
use crate::model::Skipped;

/// Which entries under a folder are inputs. The default is ripgrep's and fd's: hidden
/// files and folders are left out, and so is whatever a `.gitignore`, `.ignore` or
/// `.git/info/exclude` names.
///
/// `.gitignore` counts whether or not the folder is inside a git repository (ripgrep's
/// `--no-require-git`): a folder copied out of its repository is read the same way. The
/// user's global git excludes file is not read, so that a report does not depend on
/// whose machine made it.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Read hidden files and folders too (`--hidden`).
    pub hidden: bool,
    /// Read what ignore files name too (`--no-ignore`).
    pub no_ignore: bool,
    /// ripgrep's `-g` globs, matched against the path under the folder given: when any
    /// glob without `!` is given, only files matching one are read; a glob starting with
    /// `!` leaves what it matches out. They take precedence over hidden and ignore rules.
    pub globs: Vec<String>,
    /// Globs of paths to leave out (`--exclude`), the same as `-g '!GLOB'`.
    pub exclude: Vec<String>,
    /// Files never read from a folder: the report's own output file, so that a report
    /// written into the folder it covers is not an input of the next run.
    pub never_read: Vec<PathBuf>,
}

/// Extensions of files that are not articles: images, audio and video, archives and
/// packages, executables and libraries, fonts, office documents and PDFs (which need
/// a converter first), and the scripts and style sheets a saved web page brings along.
/// Such files under a folder are left out quietly and counted; named on the command
/// line, they are read (and skipped with a reason when binary).
#[rustfmt::skip]
const NOT_ARTICLE_EXTENSIONS: &[&str] = &[
    // images
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "svg", "heic", "heif",
    "avif", "psd", "raw", "cr2", "nef", "dng",
    // audio and video
    "mp3", "wav", "flac", "ogg", "oga", "m4a", "aac", "opus", "wma", "mp4", "m4v", "mov", "avi",
    "mkv", "webm", "wmv", "flv", "mpg", "mpeg", "3gp",
    // archives and packages
    "zip", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "lz4", "lzma", "7z", "rar",
    "jar", "war", "deb", "rpm", "apk", "dmg", "iso", "img", "msi", "whl", "crate",
    // executables, libraries, objects
    "exe", "dll", "so", "dylib", "a", "o", "obj", "lib", "bin", "class", "pyc", "pyo", "wasm",
    // fonts
    "ttf", "otf", "woff", "woff2", "eot",
    // documents that need a converter first
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "epub",
    // a saved page's assets
    "css", "js", "mjs", "map",
    // databases and binary data
    "db", "sqlite", "sqlite3", "parquet", "arrow", "feather", "npy", "npz", "pkl", "pickle",
];

/// Whether a file's extension says it is not an article.
pub(super) fn is_not_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| NOT_ARTICLE_EXTENSIONS.iter().any(|n| n.eq_ignore_ascii_case(e)))
}

/// Check one `-g`/`--exclude` glob, for a usage error before any file is read.
pub fn check_glob(glob: &str) -> Result<(), String> {
    OverrideBuilder::new(".")
        .add(glob)
        .map(|_| ())
        .map_err(|e| format!("'{glob}' is not a glob: {}", innermost(&e)))
}

fn overrides(root: &Path, opts: &WalkOptions) -> Result<Option<Override>, String> {
    if opts.globs.is_empty() && opts.exclude.is_empty() {
        return Ok(None);
    }
    let mut b = OverrideBuilder::new(root);
    for g in &opts.globs {
        b.add(g)
            .map_err(|e| format!("'{g}' is not a glob: {}", innermost(&e)))?;
    }
    for g in &opts.exclude {
        let negated = format!("!{}", g.strip_prefix('!').unwrap_or(g));
        b.add(&negated)
            .map_err(|e| format!("'{g}' is not a glob: {}", innermost(&e)))?;
    }
    b.build().map(Some).map_err(|e| innermost(&e))
}

/// The message of an ignore error without the wrappers that repeat its path and depth.
fn innermost(e: &ignore::Error) -> String {
    match e {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => innermost(err),
        ignore::Error::Glob { err, .. } => err.clone(),
        other => other.to_string(),
    }
}

/// One file found under the inputs, before reading.
pub(super) struct Entry {
    /// Path to open.
    path: PathBuf,
    /// Path for people and for `path:line:column`.
    display: String,
    /// Document id: the path relative to the root it was found under.
    id: String,
}

/// What walking the inputs found besides files to read.
#[derive(Default)]
pub(super) struct Found {
    /// Files to read.
    pub(super) entries: Vec<Entry>,
    /// Entries that cannot be read.
    pub(super) skipped: Vec<Skipped>,
    /// Trouble that costs no article: an ignore file that could not be read in full.
    pub(super) warnings: Vec<Skipped>,
    /// Files under a folder left out because their extension is not an article's.
    pub(super) not_articles: usize,
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Files never read from a folder walk, by name first so that only a file of the same
/// name is resolved on disk.
struct NeverRead(Vec<(std::ffi::OsString, PathBuf)>);

impl NeverRead {
    fn new(paths: &[PathBuf]) -> NeverRead {
        NeverRead(
            paths
                .iter()
                .filter_map(|p| Some((p.file_name()?.to_os_string(), std::fs::canonicalize(p).ok()?)))
                .collect(),
        )
    }

    fn contains(&self, path: &Path) -> bool {
        let Some(name) = path.file_name() else { return false };
        self.0
            .iter()
            .any(|(n, canon)| n == name && std::fs::canonicalize(path).is_ok_and(|c| &c == canon))
    }
}

/// Expand one argument into file entries (sorted), recording what cannot be walked.
/// `Err` is a `-g`/`--exclude` glob that does not parse.
pub(super) fn collect(arg: &str, opts: &WalkOptions, found: &mut Found) -> Result<(), String> {
    let root = Path::new(arg);
    let meta = match std::fs::metadata(root) {
        Ok(m) => m,
        Err(e) => {
            found.skipped.push(Skipped {
                path: arg.to_string(),
                reason: link_or_io_reason(root, &e),
            });
            return Ok(());
        }
    };
    if !meta.is_dir() {
        let id = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| arg.to_string());
        found.entries.push(Entry {
            path: root.to_path_buf(),
            display: arg.to_string(),
            id,
        });
        return Ok(());
    }
    let never_read = NeverRead::new(&opts.never_read);
    let respect = !opts.no_ignore;
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .hidden(!opts.hidden)
        .parents(respect)
        .ignore(respect)
        .git_ignore(respect)
        .git_exclude(respect)
        .git_global(false)
        .require_git(false);
    if let Some(ov) = overrides(root, opts)? {
        builder.overrides(ov);
    }
    for item in builder.build() {
        match item {
            Ok(e) => {
                if let Some(err) = e.error() {
                    ignore_file_warnings(err, arg, &mut found.warnings);
                }
                if e.file_type().is_some_and(|t| t.is_dir()) {
                    continue;
                }
                if never_read.contains(e.path()) {
                    continue;
                }
                if is_not_article(e.path()) {
                    found.not_articles += 1;
                    continue;
                }
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                found.entries.push(Entry {
                    path: e.path().to_path_buf(),
                    display: slash(e.path()),
                    id: slash(rel),
                });
            }
            Err(err) => walk_error(&err, arg, found),
        }
    }
    Ok(())
}

/// Sort a walk error: an entry that cannot be reached is skipped; an ignore file that
/// cannot be read in full is a warning (its folder is still walked).
fn walk_error(err: &ignore::Error, arg: &str, found: &mut Found) {
    let (path, inner) = unwrap_path(err);
    match inner {
        ignore::Error::Loop { child, .. } => found.skipped.push(Skipped {
            path: slash(child),
            reason: "symbolic link loop (directory links back to an ancestor)".into(),
        }),
        ignore::Error::Io(io) => found.skipped.push(Skipped {
            path: path.map(slash).unwrap_or_else(|| arg.to_string()),
            reason: link_or_io_reason(path.unwrap_or(Path::new(arg)), io),
        }),
        _ => ignore_file_warnings(err, arg, &mut found.warnings),
    }
}

/// One warning per trouble in an ignore file, each naming the file.
fn ignore_file_warnings(err: &ignore::Error, arg: &str, out: &mut Vec<Skipped>) {
    let (path, inner) = unwrap_path(err);
    if let ignore::Error::Partial(errs) = inner {
        for e in errs {
            ignore_file_warnings(e, arg, out);
        }
        return;
    }
    out.push(Skipped {
        path: path.map(slash).unwrap_or_else(|| arg.to_string()),
        reason: format!("ignore file not read in full: {inner}"),
    });
}

/// The path an ignore error names, and the error inside its path and depth wrappers.
fn unwrap_path(mut e: &ignore::Error) -> (Option<&Path>, &ignore::Error) {
    let mut path = None;
    loop {
        match e {
            ignore::Error::WithPath { path: p, err } => {
                path = path.or(Some(p.as_path()));
                e = err;
            }
            ignore::Error::WithDepth { err, .. } => e = err,
            _ => return (path, e),
        }
    }
}

/// The reason for an I/O error on `path`, naming a broken or looping link as such.
fn link_or_io_reason(path: &Path, e: &std::io::Error) -> String {
    match std::fs::symlink_metadata(path) {
        Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {e}"),
        _ => io_reason(e),
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
            return Outcome::skip(&e.display, link_or_io_reason(&e.path, &err));
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
