"""Colours that mean the same thing on every page: which foot or leg."""

from footwork.domain import Side

LEFT = "#4fc3f7"  # light blue
RIGHT = "#ffb74d"  # orange
BOTH = "#e0e0e0"  # light grey: both feet together
SIDES: dict[Side | None, str] = {Side.LEFT: LEFT, Side.RIGHT: RIGHT, None: BOTH}
