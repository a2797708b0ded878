"""The desktop app: windows, views, widgets and the task runner. The only package using Qt."""
