"""styrcheck: checks a municipality's steering-document metadata against its styrmodell."""

__version__ = "0.1.0"
