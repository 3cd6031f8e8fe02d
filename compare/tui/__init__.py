"""The interactive Textual view of a comparison (``compare.tui.app.CompareApp``).

Only the command line imports this package; the engine and the reports never do, so they run
without Textual.
"""
