//! The report model (placeholder, being written).

/// The report.
#[derive(Debug)]
pub struct Report {
    /// Claims found.
    pub claims: usize,
}

impl Report {
    /// Build the report.
    pub fn new(a: &crate::Analysis) -> Report {
        Report { claims: a.claims.len() }
    }
}
