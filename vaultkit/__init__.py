"""vaultkit: reads an Obsidian vault of professional contacts and writes helpful notes back."""

__version__ = "0.1.0"
