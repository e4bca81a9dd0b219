# The Mamori worker image (also runs migrate, publish, replay, review, export).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MAMORI_HOME=/app
WORKDIR /app
COPY requirements/lock.txt requirements/lock.txt
RUN pip install --no-cache-dir -r requirements/lock.txt
COPY pyproject.toml README.md ./
COPY streams streams
COPY schemas schemas
COPY sql sql
COPY dashboards dashboards
RUN pip install --no-cache-dir --no-deps -e .
# The lexicon's kana readings are computed once here: the image runs as `nobody`, which
# has no writable home, and would otherwise recompute them (≈ 1 s) at every start.
ENV MAMORI_CACHE_DIR=/app/.cache/mamori
RUN python -c "from mamori.detect.content import LexiconDetector; LexiconDetector.load()" \
    && chmod -R a+rX /app/.cache
USER nobody
ENTRYPOINT ["mamori"]
CMD ["worker"]
