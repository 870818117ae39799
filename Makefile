# The two commands a new user needs: `make run` and `make test`. The rest are for developers.
.PHONY: run test test-long bench import openapi clients migration clean backup restore

run: ## Start PostgreSQL, migrate, build and serve API + Swagger + dashboard on http://127.0.0.1:5080 [REPLICAS=3: behind nginx]
	@bash scripts/run.sh

test: ## Every test, backend and client; ends with "N passed, N failed"
	@bash scripts/test.sh

test-long: ## A soak: the contract fuzzer with 20 seeds besides make test's one (a few minutes on 2 cores)
	PAPI_FUZZ_SEED=1..20 dotnet test tests/Api.IntegrationTests --nologo --filter "FullyQualifiedName~ContractFuzzing"

import: ## Import an official score file: make import FILE=../shared/reference/papi-subdimension-scores-2018-2024.csv [DRY_RUN=1] [CONFIRM=1]
	@bash scripts/import.sh "$(FILE)"

openapi: ## Rewrite client/openapi/v1.json from the API, regenerate the client's types and docs/integration.md's table of scopes
	PAPI_UPDATE_OPENAPI=1 PAPI_UPDATE_DOCS=1 dotnet test tests/Api.IntegrationTests --filter "FullyQualifiedName~OpenApiContract|FullyQualifiedName~IntegrationGuide" --nologo -v quiet
	cd client && npm run --silent gen:api

clients: ## Pack the generated .NET client (NuGet) and the TypeScript types (npm), from client/openapi/v1.json, into .build/packages; publishing is the operator's step
	@bash scripts/pack-clients.sh

migration: ## Add an EF migration: make migration NAME=AddPlans
	dotnet tool restore >/dev/null
	dotnet ef migrations add "$(NAME)" --project src/Infrastructure --startup-project src/Api --output-dir Data/Migrations

clean:
	rm -rf .build client/dist client/test-results
	dotnet clean PapiTracker.sln -v quiet >/dev/null

bench: ## Load benchmarks on a generated national dataset (~15 min); writes the table into bench/RESULTS.md
	@bash bench/run.sh

backup: ## Back up the database (pg_dump) and the file store into backups/<time>/ [BACKUP_DIR=...]
	@bash scripts/backup.sh

restore: ## Restore a backup into an empty database: make restore FROM=backups/<time> [FORCE=1 replaces a non-empty one]
	@bash scripts/restore.sh "$(FROM)"
