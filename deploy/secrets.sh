#!/usr/bin/env bash
# Creates the Compose stack's secrets that do not exist yet, and never overwrites one (`make secrets`,
# run by `make up`):
#   - the API key file (PAYOUTS_API_KEYS_FILE, default deploy/secrets/api-keys): one key for tenant
#     `local` with payouts:write and payouts:read; the key itself is printed once and stored nowhere,
#     the file holds its SHA-256 only (the format of API_KEYS, one entry a line);
#   - Grafana's admin password (GRAFANA_ADMIN_PASSWORD_FILE, default deploy/secrets/grafana-admin-password);
#   - POSTGRES_PASSWORD, appended to .env (PAYOUTS_ENV_FILE) unless the environment or that file has one.
# Needs only a shell: bash, head, base64, tr and sha256sum (or shasum).
set -euo pipefail
cd "$(dirname "$0")/.."

api_keys_file="${PAYOUTS_API_KEYS_FILE:-deploy/secrets/api-keys}"
grafana_password_file="${GRAFANA_ADMIN_PASSWORD_FILE:-deploy/secrets/grafana-admin-password}"
env_file="${PAYOUTS_ENV_FILE:-.env}"

# 32 random bytes, base64url without padding: 43 characters no shell, URL or pgpass parser minds.
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '\n=' | tr '+/' '-_'; }
sha256_hex() {
  if command -v sha256sum >/dev/null; then sha256sum | cut -d' ' -f1; else shasum -a 256 | cut -d' ' -f1; fi
}
# The secrets directory is the operator's only; the files in it are read by the containers' own
# users (node, grafana), which are not the operator's user, so the files are world-readable.
new_secret_file() {
  mkdir -p "$(dirname "$1")"
  chmod 700 "$(dirname "$1")"
  (umask 022 && cat >"$1")
}

if [ ! -e "$api_keys_file" ]; then
  id="local-$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  key="pk_${id}_$(random_secret)"
  hash="$(printf '%s' "$key" | sha256_hex)"
  new_secret_file "$api_keys_file" <<EOF
# API keys the stack accepts: one id:tenant:scope+scope:sha256-of-key a line (no commas in comments:
# a comma separates entries). Mint more with \`npm run mint-key -w @payouts/command-api -- --tenant T\`.
${id}:local:payouts:write+payouts:read:${hash}
EOF
  echo "API key for tenant local (shown once; only its hash is in $api_keys_file):"
  echo "  $key"
fi

if [ ! -e "$grafana_password_file" ]; then
  random_secret | new_secret_file "$grafana_password_file"
  echo "Grafana admin password: in $grafana_password_file (user admin)"
fi

if [ -z "${POSTGRES_PASSWORD:-}" ] && ! grep -qs '^POSTGRES_PASSWORD=.' "$env_file"; then
  (umask 077 && printf '\n# The Compose stack'"'"'s PostgreSQL password (make secrets). Read by PostgreSQL only when its\n# volume is empty: see README "Deployment" to change it later.\nPOSTGRES_PASSWORD=%s\n' \
    "$(random_secret)" >>"$env_file")
  echo "POSTGRES_PASSWORD: written to $env_file"
fi
