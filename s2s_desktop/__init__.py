"""s2s-desktop: train and run Transformer translation models on your own machine."""

__version__ = "0.1.0"
