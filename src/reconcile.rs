//! Reconciliation (placeholder, being written).

use crate::model::{Claim, ClaimGroup, Document};

/// Group claims about the same thing and decide each group's status.
pub fn reconcile(_docs: &[Document], _claims: &[Claim]) -> Vec<ClaimGroup> {
    Vec::new()
}
