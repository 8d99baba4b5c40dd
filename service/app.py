"""The ASGI app for ``uvicorn service.app:app``, configured from PAYNORM_* variables."""

from .api import create_app

app = create_app()
