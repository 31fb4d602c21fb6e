//! Pathological inputs (correctness, not speed; the speed of the same cases
//! is measured by benches/pathological.rs).
