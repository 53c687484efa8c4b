"""kg: knowledge graphs from Chinese government speeches and news reports."""

__version__ = "0.1.0"
