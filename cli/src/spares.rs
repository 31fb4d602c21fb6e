//! Byte buffers handed back for reuse by the `--jsonl` pipeline.
//!
//! The pipeline reads, cleans and writes chunks of whole lines (about 1 MiB;
//! 4 MiB when each chunk's input and output were allocated anew). Fresh
//! buffers made the kernel zero fresh pages for every chunk: with `perf
//! record` over the generated 55 MB corpus, `clear_page_erms` took 24 % of
//! the samples of a one-thread run (PERFORMANCE.md, "Where the time goes").
//! Reusing the few buffers in flight touches the same pages again instead.

use std::sync::Mutex;

/// Idle buffers kept, in bytes of capacity; a buffer that would pass this is
/// freed instead. The pipeline's few chunks in flight (about 1 MiB each, in
/// runs of 64 KiB) stay well under it, so in practice every buffer is reused.
const IDLE_BYTES: usize = 16 << 20;

/// A pool of idle byte buffers, shared between threads.
#[derive(Debug, Default)]
pub(crate) struct Spares(Mutex<Idle>);

/// The idle buffers and the sum of their capacities.
#[derive(Debug, Default)]
struct Idle {
    bufs: Vec<Vec<u8>>,
    bytes: usize,
}

impl Spares {
    /// An empty buffer with room for at least `cap` bytes: an idle one when
    /// there is one, else a new one.
    pub(crate) fn take(&self, cap: usize) -> Vec<u8> {
        let idle = self.0.lock().ok().and_then(|mut idle| {
            let buf = idle.bufs.pop()?;
            idle.bytes -= buf.capacity();
            Some(buf)
        });
        match idle {
            Some(mut buf) => {
                buf.clear();
                buf.reserve(cap);
                buf
            }
            None => Vec::with_capacity(cap),
        }
    }

    /// Hands `buf` back for reuse (or frees it when enough are idle).
    pub(crate) fn give(&self, buf: Vec<u8>) {
        if let Ok(mut idle) = self.0.lock() {
            let bytes = idle.bytes + buf.capacity();
            if buf.capacity() > 0 && bytes <= IDLE_BYTES {
                idle.bytes = bytes;
                idle.bufs.push(buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_given_back_is_taken_again_empty() {
        let spares = Spares::default();
        let mut buf = spares.take(100);
        assert!(buf.capacity() >= 100);
        buf.extend_from_slice(b"abc");
        let at = buf.as_ptr();
        spares.give(buf);
        let again = spares.take(10);
        assert_eq!(again.as_ptr(), at);
        assert!(again.is_empty());
        assert!(spares.take(10).capacity() >= 10, "a new one when none idle");
    }

    #[test]
    fn idle_buffers_are_bounded_in_bytes() {
        let spares = Spares::default();
        let each = IDLE_BYTES / 4;
        for _ in 0..6 {
            spares.give(Vec::with_capacity(each));
        }
        spares.give(Vec::new());
        let idle = spares.0.lock().unwrap();
        assert_eq!(idle.bufs.len(), 4);
        assert_eq!(
            idle.bytes,
            idle.bufs.iter().map(Vec::capacity).sum::<usize>()
        );
        assert!(idle.bytes <= IDLE_BYTES);
    }
}
