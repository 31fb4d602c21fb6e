//! Reading inputs and writing outputs safely.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The temporary file an atomic write of `path` goes through: a hidden file
/// beside it (same directory, so the rename stays on one file system).
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.textsweep-{}.tmp", std::process::id()))
}

/// Writes `data` to `path` atomically: a temporary file in the same directory,
/// flushed and synced, then renamed over the target. On any error the target
/// is untouched and the temporary file is removed.
pub(crate) fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(path) {
            // Keep the original's permissions.
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
