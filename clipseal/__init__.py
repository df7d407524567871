"""clipseal: video generation with accountable output (watermark + C2PA), detection and policy.

This package is the wiring: command line, HTTP service, configuration, video I/O. The domain logic lives
in the sibling packages ``generator``, ``provenance``, ``detector`` and ``policy``.
"""

__version__ = "0.1.0"
