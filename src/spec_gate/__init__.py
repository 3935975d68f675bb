"""spec-gate: empathy practices as code."""

__version__ = "0.1.0"
