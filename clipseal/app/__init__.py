"""The application layer: the command line (``cli``, ``commands/``), the HTTP service and its page
(``service``, ``web/``) and folder screening (``scan``). It wires the domain packages together; nothing
below it imports it."""
