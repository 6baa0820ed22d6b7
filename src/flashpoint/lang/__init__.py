"""Non-English articles: language identification and a rule-based path for languages without a parser model.

English goes through `flashpoint.extract` unchanged; the pipeline config routes other languages to the
stages of `flashpoint.lang.stages` (see docs/ARCHITECTURE.md, "Other languages").
"""
