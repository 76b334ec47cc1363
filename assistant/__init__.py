"""Natural-language audience builder: request -> audience definition -> guard -> dry run -> review."""

__version__ = "0.1.0"
