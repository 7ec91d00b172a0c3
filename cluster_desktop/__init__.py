"""Cluster Desktop core: data, rules and commands, with no Qt anywhere below this package."""

__version__ = "0.1.0"
