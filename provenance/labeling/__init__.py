"""Producer labelling of edited films: segment lists and EDLs (``segments``), the visible label
(``overlay``) and the marked, signed film with a composite manifest (``film``)."""
