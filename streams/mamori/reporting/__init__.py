"""Reports for people: review packs, recorded decisions, quarterly exports, summary."""
