"""The per-customer review pack: model, queries, rendering."""
