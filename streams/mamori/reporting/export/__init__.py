"""The quarterly compliance export: model, queries, rendering."""
