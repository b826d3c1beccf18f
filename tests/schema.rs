//! The shipped JSON Schema (`schema/story.schema.json`) is generated from the Rust
//! types; this test fails when they drift apart. Refresh with
//! `UPDATE_EXPECT=1 cargo test --test schema`. (Validation of every fixture against
//! the schema with a real validator runs in `scripts/check-schema.sh`.)

use dramatis::model::Story;
use std::path::Path;

#[test]
fn shipped_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/story.schema.json");
    let generated = Story::json_schema();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(shipped == generated, "schema/story.schema.json is stale: run UPDATE_EXPECT=1 cargo test --test schema");
}
