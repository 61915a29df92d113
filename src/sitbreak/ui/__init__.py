"""Widgets: they render state and emit the user's intent on one Intents object
(ui/intents.py); the tray and status window, the prompt window and its presenter, the
routine window with its controller and figure, the stats window and charts."""
