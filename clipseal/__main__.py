"""``python -m clipseal`` runs the command line."""

from clipseal.cli import main

main()
