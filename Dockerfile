# The GitHub Action's image: the package from a wheel, no compilers, a non-root user.
FROM python:3.11.14-slim-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY rules ./rules
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11.14-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# The dependencies exactly as locked, with the github extra (PyGithub) that `spec-gate github`
# needs, every file checked against its hash: a new release of pydantic or PyGithub cannot
# change the action without a commit here (see README).
COPY requirements.lock /dist/
COPY --from=build /dist /dist
RUN pip install --no-cache-dir --require-hashes -r /dist/requirements.lock \
    && pip install --no-cache-dir --no-deps /dist/*.whl \
    && rm -rf /dist \
    && useradd --create-home --uid 1001 spec-gate
# uid 1001 is the runner user of GitHub-hosted runners, who owns the workspace and file commands.
USER 1001
ENTRYPOINT ["spec-gate", "github"]
