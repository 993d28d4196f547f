# syntax=docker/dockerfile:1
# One image for every service; docker-compose.yml picks the service with `command:`
# (e.g. `node --import tsx services/command-api/src/main.ts`).
#
# Why the image runs TypeScript through tsx instead of compiling to dist/: the workspace packages
# export their sources (`"exports": { ".": "./src/index.ts" }`) and import each other with `.ts`
# extensions, which is what the tests, `npm start` and every engineer rely on. A dist build would need
# a second set of package exports (and rewritten import extensions) kept in step with the first.
# `node --import tsx` runs exactly the files the tests ran; tsx is a production dependency for that
# reason, and its cost is a one-off transform per file at start-up (well under a second here).
# Type errors are caught here anyway: the build stage type-checks the whole tree and fails the build.

ARG NODE_VERSION=24

# --- deps: production dependencies only (no vitest, biome, embedded-postgres, testcontainers) -------
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
ENV NODE_ENV=production
# @scarf/scarf (a dependency of swagger-ui-dist) reports every install to its vendor from a
# postinstall script unless told not to; builds send nothing anywhere.
ENV SCARF_ANALYTICS=false
# Manifests first, so the dependency layer is rebuilt only when a manifest changes. Every workspace's
# package.json must be listed (deploy/compose.unit.test.ts checks it).
COPY package.json package-lock.json ./
COPY contracts/package.json contracts/
COPY platform/package.json platform/
COPY services/command-api/package.json services/command-api/
COPY services/notifier/package.json services/notifier/
COPY services/payout-processor/package.json services/payout-processor/
COPY services/query-api/package.json services/query-api/
COPY services/scheduler/package.json services/scheduler/
COPY client/package.json client/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- build: every dependency, then type-check the sources the image will run ------------------------
FROM deps AS build
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npx tsc -p tsconfig.json --noEmit

# --- runtime: Node 24, non-root, production dependencies and sources only ----------------------------
FROM node:${NODE_VERSION}-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
# Manifests and production node_modules (any nested workspace node_modules too), then the sources
# that passed the type-check. The tests ship with the sources but never run here; they are small.
# tsx compiles each file with the project's compiler options (tsconfig.json and the base it
# extends), the ones the type-check and the tests used; without them it would guess.
COPY --from=deps /app ./
COPY --from=build /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=build /app/contracts ./contracts
COPY --from=build /app/platform ./platform
COPY --from=build /app/services ./services
USER node
# The services listen here unless PORT / METRICS_PORT say otherwise (compose sets 8080 everywhere).
EXPOSE 8080
# Node handles SIGTERM itself (platform/src/process.ts drains and exits); compose adds `init: true`
# so that zombie processes are reaped too.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "services/command-api/src/main.ts"]
