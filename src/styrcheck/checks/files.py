"""Y: files that cannot be read as steering documents. Reported by the loader
(styrcheck.core.loader) and the classifier (styrcheck.core.repository); declared here."""

from __future__ import annotations

from styrcheck.checks.registry import declare

declare("Y001", "yaml-syntax", tags=("files", "yaml"))
declare("Y002", "duplicate-key", tags=("files", "yaml"))
declare("Y003", "not-a-document", tags=("files",))
declare("Y004", "encoding", tags=("files",))
declare("Y005", "unreadable-file", tags=("files",))
declare("Y006", "file-too-large", tags=("files", "limits"))
declare("Y007", "unsupported-tag", tags=("files", "yaml", "security"))
