"""Footwork: a guided foot strength and mobility workout timer for runners."""

__version__ = "0.1.0"
