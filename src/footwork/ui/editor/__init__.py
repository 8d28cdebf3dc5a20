"""The routine editor page and the ways into it: new, duplicate, edit, import (Qt widgets)."""
