# Leernet: `leernet serve` over HTTP; it migrates the database on start.
#   docker build -t leernet . && docker run --env-file .env -p 3000:3000 leernet
# compose.yaml runs it with PostgreSQL. Only the installed package is in the final image: the
# Slack twin and demo ship inside it but `leernet serve` never imports them.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/leernet
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY slack_twin ./slack_twin
# No dev extras: the test tools (pytest, mypy, ruff) stay out of the image.
RUN /opt/leernet/bin/pip install .

FROM python:3.11-slim
ENV PATH=/opt/leernet/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PORT=3000 \
    LEERNET_BIND=0.0.0.0
RUN useradd --system --user-group --uid 10001 --home-dir /var/lib/leernet --create-home \
        --shell /usr/sbin/nologin leernet
COPY --from=build /opt/leernet /opt/leernet
# The working directory holds the SQLite file when DATABASE_URL is not set (mount a volume
# there); with PostgreSQL nothing is written.
# A container must listen on every interface (LEERNET_BIND) for its published port to reach it.
WORKDIR /var/lib/leernet
USER leernet
EXPOSE 3000
# Liveness only (GET /healthz answers 200 while the process serves). slim has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]
# Exec form: leernet is PID 1 and gets SIGTERM from `docker stop`, which stops it cleanly.
CMD ["leernet", "serve"]
