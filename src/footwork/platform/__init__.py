"""Integration with the desktop the app runs on (menus, icons)."""
