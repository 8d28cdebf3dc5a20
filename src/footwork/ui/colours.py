"""Colours that mean the same thing on every page: which foot or leg."""

LEFT = "#4fc3f7"  # light blue
RIGHT = "#ffb74d"  # orange
