"""Notes -> the relationship graph: links resolved as Obsidian resolves them, note kinds, daily
notes. Pure."""
