"""arsip's index stage: Indonesian analysis, the Whoosh schema, writing and searching."""
