"""The names of the export formats and import kinds, in the order offered, kept apart
from the exporters and importers so the command line's parser can list them cheaply."""

EXPORT_FORMATS = ("json", "markdown")
IMPORT_KINDS = ("json", "dayone", "jrnl", "markdown")
