"""``s2s-desktop bench``: how fast this machine trains, translates and keeps the window alive.

Each measurement is one small function in its own module (``roof``, ``training``,
``translation``, ``startup``, ``gui_stall``); ``runner`` calls them in turn and ``report`` holds
the targets and prints the table. Nothing here imports Qt: the window is measured in a child
process.
"""
