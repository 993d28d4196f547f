# The predecessor's habits: `make help` lists what there is.
.DEFAULT_GOAL := help
.PHONY: help install start test lint format typecheck ci secrets up up-observability down logs bench

# Compose v2 (`docker compose`) where there is one, else Debian's docker-compose.
COMPOSE_CLI ?= $(shell docker compose version >/dev/null 2>&1 && echo 'docker compose' || echo docker-compose)
# The event store of the stack: kurrentdb (adds deploy/compose.kurrentdb.yml) or postgres (leaves
# KurrentDB out, so nothing starts or waits for it).
PAYOUTS_EVENT_STORE ?= kurrentdb
ifeq ($(PAYOUTS_EVENT_STORE),kurrentdb)
COMPOSE_FILES := -f docker-compose.yml -f deploy/compose.kurrentdb.yml
else ifeq ($(PAYOUTS_EVENT_STORE),postgres)
COMPOSE_FILES := -f docker-compose.yml
else
$(error PAYOUTS_EVENT_STORE must be kurrentdb or postgres (got "$(PAYOUTS_EVENT_STORE)"))
endif
COMPOSE ?= $(COMPOSE_CLI) $(COMPOSE_FILES)

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

install: ## Install dependencies exactly as locked
	npm ci

start: ## Run every service in one process on :8000 (npm start)
	npm start

test: ## Run the test suite against local PostgreSQL and NATS (npm test)
	npm test

lint: ## Lint and check formatting (Biome)
	npm run lint

format: ## Fix formatting and safe lint findings
	npm run format

typecheck: ## Type-check the whole repository
	npm run typecheck

ci: ## What CI runs: install, start servers if needed, lint, type-check, test
	bash .ci/run

secrets: ## Create the stack's missing secrets (API key file, Grafana and PostgreSQL passwords); never overwrites
	bash deploy/secrets.sh

up: secrets ## Build the image and start the stack (nginx on 127.0.0.1:8000; PAYOUTS_EVENT_STORE=postgres leaves KurrentDB out)
	$(COMPOSE) up --build -d

up-observability: secrets ## The stack plus Prometheus (:9090), Grafana (:3000) and Jaeger (:16686), all on 127.0.0.1
	OTEL_EXPORTER_OTLP_ENDPOINT=http://jaeger:4318 $(COMPOSE) --profile observability up --build -d

down: ## Stop the stack, keeping its volumes (make down ARGS=-v drops them)
	$(COMPOSE_CLI) -f docker-compose.yml -f deploy/compose.kurrentdb.yml --profile observability down $(ARGS)

logs: ## Follow the stack's logs (make logs SERVICE=projector for one service)
	$(COMPOSE) logs -f --tail=100 $(SERVICE)

bench: ## Run every benchmark suite in sequence (npm run bench; make bench ARGS=--quick for a short run)
	npm run bench -- $(ARGS)
