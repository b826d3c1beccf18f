//! Pure layout algorithms for the widget's drawings (no DOM, testable natively).

pub mod tidy;
