# The predecessor's habits: `make help` lists what there is.
.DEFAULT_GOAL := help
.PHONY: help install start test lint format typecheck ci up up-observability down logs bench

# Compose v2 (`docker compose`) where there is one, else Debian's docker-compose.
COMPOSE ?= $(shell docker compose version >/dev/null 2>&1 && echo 'docker compose' || echo docker-compose)

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

up: ## Build the image and start the stack in containers (nginx on :8000; see README Deployment)
	$(COMPOSE) up --build -d

up-observability: ## The stack plus Prometheus (:9090), Grafana (:3000) and Jaeger (:16686)
	OTEL_EXPORTER_OTLP_ENDPOINT=http://jaeger:4318 $(COMPOSE) --profile observability up --build -d

down: ## Stop the stack, keeping its volumes (make down ARGS=-v drops them)
	$(COMPOSE) --profile observability down $(ARGS)

logs: ## Follow the stack's logs (make logs SERVICE=projector for one service)
	$(COMPOSE) logs -f --tail=100 $(SERVICE)

bench: ## Run every benchmark suite in sequence (npm run bench; make bench ARGS=--quick for a short run)
	npm run bench -- $(ARGS)
