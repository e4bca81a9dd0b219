"""Text handling shared by the detectors: normalisation, transcript/quote
filtering and evidence redaction."""
