"""C2PA Content Credentials: the development PKI (``keys``), signers (``signer``), trust settings
(``trust``), what our manifests say (``manifest``) and signing and reading through c2pa-python (``io``).

Inside this package ``import c2pa`` still means the c2pa-python library (absolute imports).
"""
