"""Personal notes: anchoring to passages, and the SQLite store."""
