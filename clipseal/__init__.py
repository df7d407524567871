"""clipseal: video generation with accountable output (watermark + C2PA), detection and policy.

This package is two layers, kept apart:

* the **ground** every other package stands on: ``config``, ``media`` (video I/O), ``atomic`` (safe writes)
  and ``errors`` (the exit-code contract);
* the **application** in ``clipseal.app``: command line, HTTP service and page, folder screening. It is the
  only place that wires the domain packages (``policy``, ``provenance``, ``generator``, ``detector``)
  together, and nothing imports it.

docs/architecture.md has the whole map.
"""

__version__ = "0.1.0"
