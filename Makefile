# The predecessor's habits: `make help` lists what there is.
.DEFAULT_GOAL := help
.PHONY: help install start test lint format typecheck ci

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

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
