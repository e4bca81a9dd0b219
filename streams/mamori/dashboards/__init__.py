"""Superset dashboards as code: the bundle's import/export normalisation and the REST client."""
