"""Resolution: mentions as written -> units of the lexicon (or unresolved units, kept)."""
