"""``python -m clipseal`` runs the command line.

An entry point, not a module anything imports: it is the one file under the ground layer that reaches the
application layer (the layering test names this exception).
"""

from clipseal.app.cli import main

main()
