# paynorm service image. The base image is an argument so that a locally
# built Debian/Python image can stand in where no registry is reachable.
ARG BASE_IMAGE=python:3.11-slim
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    WORKERS=1

WORKDIR /app

# Dependencies first, in their own layer: the same `pip install .` as
# `make run`, but against the metadata alone so source edits keep the cache.
COPY pyproject.toml README.md ./
RUN mkdir service && touch service/__init__.py \
    && pip install . \
    && pip uninstall --yes paynorm \
    && rm -rf service

COPY service ./service
RUN pip install --no-deps . \
    && useradd --system --uid 10001 --no-create-home paynorm

USER 10001
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"]

# uvicorn's server; with WORKERS > 1, one listening socket per worker (service/api/workers.py)
CMD ["sh", "-c", "exec python -m service.api.workers service.app:app --host \"$HOST\" --port \"$PORT\" --workers \"$WORKERS\""]
