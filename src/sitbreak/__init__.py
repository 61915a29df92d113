"""Sitbreak: counts continuous sitting, prompts glute squeezes and stand-up breaks."""

__version__ = "0.1.0"
