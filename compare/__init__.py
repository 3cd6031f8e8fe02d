"""compare-news: what several reports of one story share, what only one reports, where they
disagree."""

__version__ = "0.1.0"
