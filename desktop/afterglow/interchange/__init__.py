"""Moving a whole journal in and out of Afterglow: the JSON interchange format and exporters."""
