"""Integration with the desktop and the operating system the app runs on: menus and icons
(``desktop``), keeping the screen awake during a workout (``keep_awake``), starting at login
(``autostart``)."""
