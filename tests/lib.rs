//! The integration test binary (one binary for every integration test; see
//! Cargo.toml `autotests = false`).

mod api;
mod suite;

mod fuzz;
mod limits;
mod pathological;
mod props;
