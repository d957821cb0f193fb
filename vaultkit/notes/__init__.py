"""Reports -> text: the registry of generated notes, Jinja rendering, the canvas, the Mermaid map,
the .ics calendar and the words of due items. Pure: templates arrive as text."""
