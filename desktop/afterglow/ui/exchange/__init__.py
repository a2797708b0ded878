"""Moving a journal in and out from the app: File → Import… (Afterglow JSON, Day One, jrnl,
a folder of Markdown files) and File → Export…, over the importers and exporters of
`afterglow.interchange`."""
