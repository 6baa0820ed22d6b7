"""Versioned data files: alias tables, cue lists, gazetteer patches."""
