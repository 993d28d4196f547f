// Generated from the Payouts OpenAPI document by `npm run generate -w @payouts/client`: do not edit.

export interface paths {
    "/api/v1/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payouts
         * @description Filtered, searched and ordered (default newest first), in pages (`next`/`previous` cursor links). Every filter, the search and every ordering are served by indexes.
         */
        get: operations["listPayouts"];
        put?: never;
        /**
         * Request a payout
         * @description Creates a payout in status `pending`; processing starts asynchronously. Send `Idempotency-Key` to retry safely.
         */
        post: operations["createPayout"];
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD, POST`.
         */
        options: operations["optionsPayouts"];
        /**
         * Headers of: list payouts
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayouts"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/audit/anchors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the signed anchors (NDJSON)
         * @description Every signed anchor in sequence order, one AuditAnchor per line: with an export of the events (`/audit/events`) and the public key (`/audit/keys`), what an auditor needs to verify offline (see README, "Signed anchors"). Anchors name the streams of every tenant, so this needs `audit:read:all-tenants`.
         */
        get: operations["exportAuditAnchors"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsAuditAnchors"];
        /**
         * Headers of: export the signed anchors (NDJSON)
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsAuditAnchors"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Replay all payout events (NDJSON)
         * @description Streams payout events in commit order, one AuditEvent per line, from the event store: with `audit:read` the events of the key's own tenant's payouts, with `audit:read:all-tenants` every tenant's.
         */
        get: operations["replayPayoutEvents"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsAuditEvents"];
        /**
         * Headers of: replay all payout events (NDJSON)
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsAuditEvents"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/audit/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys anchors are checked with
         * @description The Ed25519 public keys this deployment trusts for anchors (the current one and any kept after a rotation). An auditor should also hold a copy obtained out of band. Scope `audit:read` or `audit:read:all-tenants`.
         */
        get: operations["listAuditKeys"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsAuditKeys"];
        /**
         * Headers of: the public keys anchors are checked with
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsAuditKeys"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify every event against the signed anchors
         * @description Reads every event in commit order, recomputes each stream's hash chain from the events themselves, and checks each event against the last valid signed anchor (Ed25519, checked with the configured public keys): an event that was edited, removed, moved or added since it was anchored is named, even when every hash the database keeps was recomputed. Events after the last anchor are checked by their chain alone (and, on PostgreSQL, by the stored hash column) and counted as not yet anchored. Works on both event stores. It spans every tenant's streams, so it needs `audit:read:all-tenants`.
         */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsAuditVerify"];
        /**
         * Headers of: verify every event against the signed anchors
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsAuditVerify"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one payout
         * @description Read-your-writes: send the revision a write answered (its `ETag`) as `X-Min-Revision` (or `min_revision`) and the read waits, at most 5 s, until the read model has reached it. If it has not by then, the answer is what the read model has, marked `X-Read-Model-Stale: true`.
         */
        get: operations["getPayout"];
        /**
         * Replace a pending payout
         * @description Replaces every editable field (`amount`, `currency`, `recipient_account`, `description`, `metadata`, `scheduled_for`); an omitted optional field returns to its default. Only while `pending`. The read-only fields of the payout (`id`, `status`, `error_code`, `error_message`, `created_at`, `updated_at`) are accepted and ignored, so a payout read with GET can be edited and sent back whole; any other unknown field is a 400.
         */
        put: operations["replacePayout"];
        post?: never;
        /**
         * Cancel a pending payout
         * @description Cancels the payout (status `cancelled`); nothing is deleted, its history is kept. Answers 200 with the cancelled payout. Only while `pending`.
         */
        delete: operations["cancelPayout"];
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD, PUT, PATCH, DELETE`.
         */
        options: operations["optionsPayoutsById"];
        /**
         * Headers of: read one payout
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsById"];
        /**
         * Change fields of a pending payout
         * @description Changes only the fields sent (at least one); `null` clears `description` or `scheduled_for`. Only while `pending`. The read-only fields of the payout (`id`, `status`, `error_code`, `error_message`, `created_at`, `updated_at`) are accepted and ignored, so a payout read with GET can be edited and sent back whole; any other unknown field is a 400.
         */
        patch: operations["updatePayout"];
        trace?: never;
    };
    "/api/v1/payouts/{id}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A payout's state as of a past time
         * @description Folds the payout's events up to `at` (inclusive). An event counts from the earlier of the time it occurred (the time base of the payout's `created_at` and `updated_at`) and the time the event store recorded it, so a payout exists as of its own `created_at`, and as of its `updated_at` it is as that answer showed it. A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).
         */
        get: operations["getPayoutAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsByIdAsOf"];
        /**
         * Headers of: a payout's state as of a past time
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsByIdAsOf"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A payout's full event history
         * @description Every event of the payout in revision order, from the event store. A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).
         */
        get: operations["getPayoutHistory"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsByIdHistory"];
        /**
         * Headers of: a payout's full event history
         * @description The answer GET gives, without its body.
         */
        head: operations["headPayoutsByIdHistory"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily totals
         * @description Payouts created on each day (UTC) of the range, counted and summed per currency and current status, for the API key's tenant. Kept by the scheduler, so up to a minute behind.
         */
        get: operations["getDailyReport"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsReportsDaily"];
        /**
         * Headers of: daily totals
         * @description The answer GET gives, without its body.
         */
        head: operations["headReportsDaily"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivery's outcome, from the event store
         * @description The event recording how the delivery ended (succeeded, or given up and why), with every attempt and the SHA-256 of the body sent; empty while it is pending. Scope `webhooks:read` or `audit:read`, the key's own tenant.
         */
        get: operations["getWebhookDeliveryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsWebhookDeliveriesByIdHistory"];
        /**
         * Headers of: a delivery's outcome, from the event store
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookDeliveriesByIdHistory"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver an event again
         * @description A new delivery of the same event (same id and body) to the same endpoint, whatever became of the first. Scope `webhooks:write`.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: POST`.
         */
        options: operations["optionsWebhookDeliveriesByIdRedeliver"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's webhook endpoints
         * @description Oldest first; secrets are never shown. Scope `webhooks:read`.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Every payout event of the enabled types that happens from now on is POSTed to `url`, signed with the secret this answer shows (only here and on rotate). Scope `webhooks:write`.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD, POST`.
         */
        options: operations["optionsWebhookEndpoints"];
        /**
         * Headers of: the tenant's webhook endpoints
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookEndpoints"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint
         * @description Scope `webhooks:read`.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description No more deliveries; the ones waiting are given up. Its history stays in the event store (`/history`). Scope `webhooks:write`.
         */
        delete: operations["deleteWebhookEndpoint"];
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD, PATCH, DELETE`.
         */
        options: operations["optionsWebhookEndpointsById"];
        /**
         * Headers of: one webhook endpoint
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookEndpointsById"];
        /**
         * Change a webhook endpoint
         * @description Changes the fields sent: `url`, `enabled_events`, `description`, or `status` (`disabled` stops deliveries; `enabled` resumes the ones waiting). Scope `webhooks:write`.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's deliveries, with every attempt
         * @description Newest first. Each delivery names its event, type, payout and revision, and lists every attempt: when, the answer (status or error), the latency and the start of the response body. Scope `webhooks:read`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsWebhookEndpointsByIdDeliveries"];
        /**
         * Headers of: an endpoint's deliveries, with every attempt
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookEndpointsByIdDeliveries"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook endpoint's history
         * @description Every change of the endpoint (created, updated, secret rotated, disabled and why, enabled, deleted, replays requested), from the event store; deleted endpoints included. Scope `webhooks:read` or `audit:read`, the key's own tenant.
         */
        get: operations["getWebhookEndpointHistory"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsWebhookEndpointsByIdHistory"];
        /**
         * Headers of: a webhook endpoint's history
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookEndpointsByIdHistory"];
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a range of past events again
         * @description Reads the event store over the range (positions as the audit routes show them, or times), however old, and delivers each of the tenant's payout events of the chosen types to this endpoint again, with its original id and the payout as of its revision. Runs in the background; `GET /api/v1/webhook-replays/{id}` shows progress. Scope `webhooks:write`.
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: POST`.
         */
        options: operations["optionsWebhookEndpointsByIdReplay"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description A new secret signs every webhook from now on; for 24 hours the previous one signs too (two `v1=` in `Payouts-Signature`), so the receiver can switch without losing one. Scope `webhooks:write`.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: POST`.
         */
        options: operations["optionsWebhookEndpointsByIdRotateSecret"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-replays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A replay's progress
         * @description Scope `webhooks:read`.
         */
        get: operations["getWebhookReplay"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsWebhookReplaysById"];
        /**
         * Headers of: a replay's progress
         * @description The answer GET gives, without its body.
         */
        head: operations["headWebhookReplaysById"];
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "payout.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.created: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.updated: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.cancelled: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.processing: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutProcessing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.completed: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payout.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payout.failed: POSTed to every endpoint that enabled it
         * @description Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.
         */
        post: operations["onPayoutFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AuditAnchor: {
            sequence: number;
            /** @description The exact signed text: JSON `{format: "payouts-audit-anchor/1", sequence, previous (SHA-256 hex of the previous statement, null for #1), key_id, signed_at, after_position (exclusive, null for #1), to_position (inclusive), events: [[event_id, stream_name, revision, position, chain hash hex], ...]}` in commit order. */
            statement: string;
            /** @description Ed25519 signature of the statement's UTF-8 bytes, base64. */
            signature: string;
        };
        AuditEvent: {
            /** Format: uuid */
            event_id: string;
            stream_name: string;
            /** @example PayoutRequested */
            type: string;
            /** @description The event's number in its payout's stream, from 0. */
            revision: string;
            /** @description An event position: `<commit>:<prepare>`, as history or replay shows it. */
            position: string;
            /** @description When the event store stored it (UTC). */
            recorded_at: string;
            data: {
                [key: string]: unknown;
            };
            /** @description actor, correlation_id, causation_id, traceparent, schema_version. */
            metadata: {
                [key: string]: unknown;
            };
        };
        AuditPublicKeys: {
            keys: {
                /** @description SHA-256 (hex) of the key's DER (SPKI) form, as anchors name it. */
                key_id: string;
                /** @enum {string} */
                algorithm: "Ed25519";
                public_key_pem: string;
            }[];
        };
        /**
         * @example {
         *       "amount": "100.50",
         *       "currency": "RUB",
         *       "recipient_account": "40817810099910004312",
         *       "description": "Refund for order A-1001"
         *     }
         */
        CreatePayout: {
            /**
             * @description Decimal string, greater than zero, at most 12 digits and no more decimals than the currency allows. A JSON number is accepted too and kept as the digits sent, never as a float.
             * @example 100.50
             */
            amount: string | number;
            /**
             * @description Active ISO 4217 code, case-insensitive.
             * @example RUB
             */
            currency?: string;
            /**
             * @description Account the money is paid to, exactly as it will be paid: 1 to 100 characters, no control, formatting or line-break characters.
             * @example 40817810099910004312
             */
            recipient_account: string;
            /**
             * @description At most 1000 characters of text: tab and line breaks are allowed, other control characters are not.
             * @example Refund for order A-1001
             */
            description?: string | null;
            /**
             * @description Free-form string pairs for the client: at most 20 keys of 1 to 40 characters without control, formatting or line-break characters, each value at most 500 characters of text (tab and line breaks allowed, other control characters not).
             * @example {
             *       "order_id": "A-1001"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description Do not pay before this time (ISO 8601, in the future).
             * @example 2030-01-01T09:00:00Z
             */
            scheduled_for?: string | null;
        };
        CreateWebhookEndpoint: {
            /**
             * @description Where webhooks are POSTed. `https` in production; targets resolving to private, loopback, link-local or metadata addresses are refused there.
             * @example https://example.com/webhooks/payouts
             */
            url: string;
            /**
             * @description Event types to deliver; `["*"]` (the default) means all, including types added later.
             * @example [
             *       "payout.completed",
             *       "payout.failed"
             *     ]
             */
            enabled_events?: ("*" | "payout.created" | "payout.updated" | "payout.cancelled" | "payout.processing" | "payout.completed" | "payout.failed")[];
            /** @example ERP integration */
            description?: string | null;
        };
        DailyReport: {
            from: string;
            to: string;
            results: components["schemas"]["DailyTotal"][];
        };
        DailyTotal: {
            /** @example 2026-11-26 */
            day: string;
            /** @example RUB */
            currency: string;
            /** @enum {string} */
            status: "pending" | "processing" | "completed" | "failed" | "cancelled";
            /** @example 42 */
            payout_count: number;
            /**
             * @description Sum of the amounts, a decimal string.
             * @example 4221.00
             */
            amount_total: string;
        };
        Payout: {
            /**
             * Format: uuid
             * @description Lower-case UUID.
             * @example 0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11
             */
            id: string;
            /**
             * @description Decimal string in the currency’s canonical form.
             * @example 100.50
             */
            amount: string;
            /** @example RUB */
            currency: string;
            /** @example 40817810099910004312 */
            recipient_account: string;
            /** @enum {string} */
            status: "pending" | "processing" | "completed" | "failed" | "cancelled";
            description: string | null;
            /** @description Why the payout failed, as a stable code (e.g. `attempts_exhausted`); null unless failed. */
            error_code: string | null;
            /** @description Why the payout failed, in words; null unless failed. */
            error_message: string | null;
            metadata: {
                [key: string]: string;
            };
            /** Format: date-time */
            scheduled_for: string | null;
            /**
             * Format: date-time
             * @example 2026-11-26T10:15:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-26T10:15:01.250Z
             */
            updated_at: string;
        };
        PayoutAsOf: {
            as_of: string;
            /** @description The last revision recorded at or before `as_of`. */
            revision: string;
            payout: {
                /** Format: uuid */
                id: string;
                tenant_id: string;
                /** @enum {string} */
                status: "pending" | "processing" | "completed" | "failed" | "cancelled";
                amount: string;
                currency: string;
                recipient_account: string;
                description: string | null;
                metadata: {
                    [key: string]: string;
                };
                scheduled_for: string | null;
                error_message: string | null;
                error_code: string | null;
                provider_reference: string | null;
                attempts: number;
                created_at: string;
                updated_at: string;
            };
        };
        PayoutHistory: {
            /** Format: uuid */
            payout_id: string;
            events: components["schemas"]["AuditEvent"][];
        };
        PayoutPage: {
            /** @description Link to the next page, relative to the server (path and query, e.g. `/api/v1/payouts/?cursor=...`), or null on the last page. */
            next: string | null;
            /** @description Link to the previous page, relative to the server like `next`, or null on the first page. */
            previous: string | null;
            results: components["schemas"]["Payout"][];
        };
        Problem: {
            /** @example https://payouts.example/problems/validation */
            type: string;
            /** @example Invalid request */
            title: string;
            /** @example 400 */
            status: number;
            detail?: string;
            instance?: string;
            /**
             * @example [
             *       {
             *         "field": "amount",
             *         "message": "amount must be greater than zero"
             *       }
             *     ]
             */
            errors?: {
                field: string;
                message: string;
            }[];
            /**
             * @description On a 409 about the payout's state: the status it is in.
             * @enum {string}
             */
            payout_status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
        };
        /**
         * @example {
         *       "amount": "100.50",
         *       "currency": "RUB",
         *       "recipient_account": "40817810099910004312",
         *       "description": "Refund for order A-1001"
         *     }
         */
        ReplacePayout: {
            /**
             * @description Decimal string, greater than zero, at most 12 digits and no more decimals than the currency allows. A JSON number is accepted too and kept as the digits sent, never as a float.
             * @example 100.50
             */
            amount: string | number;
            /**
             * @description Active ISO 4217 code, case-insensitive.
             * @example RUB
             */
            currency?: string;
            /**
             * @description Account the money is paid to, exactly as it will be paid: 1 to 100 characters, no control, formatting or line-break characters.
             * @example 40817810099910004312
             */
            recipient_account: string;
            /**
             * @description At most 1000 characters of text: tab and line breaks are allowed, other control characters are not.
             * @example Refund for order A-1001
             */
            description?: string | null;
            /**
             * @description Free-form string pairs for the client: at most 20 keys of 1 to 40 characters without control, formatting or line-break characters, each value at most 500 characters of text (tab and line breaks allowed, other control characters not).
             * @example {
             *       "order_id": "A-1001"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description Do not pay before this time (ISO 8601, in the future).
             * @example 2030-01-01T09:00:00Z
             */
            scheduled_for?: string | null;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            id?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            status?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            error_code?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            error_message?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            created_at?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            updated_at?: unknown;
        };
        /**
         * @example {
         *       "amount": "250.00",
         *       "description": "Corrected amount"
         *     }
         */
        UpdatePayout: {
            /**
             * @description Decimal string, greater than zero, at most 12 digits and no more decimals than the currency allows. A JSON number is accepted too and kept as the digits sent, never as a float.
             * @example 100.50
             */
            amount?: string | number;
            /**
             * @description Active ISO 4217 code, case-insensitive.
             * @example RUB
             */
            currency?: string;
            /**
             * @description Account the money is paid to, exactly as it will be paid: 1 to 100 characters, no control, formatting or line-break characters.
             * @example 40817810099910004312
             */
            recipient_account?: string;
            /**
             * @description At most 1000 characters of text: tab and line breaks are allowed, other control characters are not.
             * @example Refund for order A-1001
             */
            description?: string | null;
            /**
             * @description Free-form string pairs for the client: at most 20 keys of 1 to 40 characters without control, formatting or line-break characters, each value at most 500 characters of text (tab and line breaks allowed, other control characters not).
             * @example {
             *       "order_id": "A-1001"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description Do not pay before this time (ISO 8601, in the future).
             * @example 2030-01-01T09:00:00Z
             */
            scheduled_for?: string | null;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            id?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            status?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            error_code?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            error_message?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            created_at?: unknown;
            /** @description Read-only: accepted and ignored, so a payout read with GET can be sent back. */
            updated_at?: unknown;
        };
        /**
         * @example {
         *       "enabled_events": [
         *         "*"
         *       ]
         *     }
         */
        UpdateWebhookEndpoint: {
            /**
             * @description Where webhooks are POSTed. `https` in production; targets resolving to private, loopback, link-local or metadata addresses are refused there.
             * @example https://example.com/webhooks/payouts
             */
            url?: string;
            /**
             * @description Event types to deliver; `["*"]` (the default) means all, including types added later.
             * @example [
             *       "payout.completed",
             *       "payout.failed"
             *     ]
             */
            enabled_events?: ("*" | "payout.created" | "payout.updated" | "payout.cancelled" | "payout.processing" | "payout.completed" | "payout.failed")[];
            /** @example ERP integration */
            description?: string | null;
            /**
             * @description Disable to stop deliveries (pending ones wait); enable to resume them.
             * @enum {string}
             */
            status?: "enabled" | "disabled";
        };
        VerifyReport: {
            /** @description No event breaks its chain or its anchor, and every anchor is valid. */
            ok: boolean;
            streams: number;
            events: number;
            /** @description Events at positions a valid signed anchor covers. */
            anchored_events: number;
            /** @description Events after the last valid anchor, checked by their chain alone until the next signing run. */
            not_yet_anchored_events: number;
            /** @description Valid anchors checked, from #1. */
            anchors: number;
            /** @description The last valid anchor: every event up to `to_position` was checked against it. */
            last_anchor: {
                sequence: number;
                /** @description An event position: `<commit>:<prepare>`, as history or replay shows it. */
                to_position: string;
                signed_at: string;
                key_id: string;
                statement_sha256: string;
            } | null;
            /** @description The first anchor that is not valid (bad signature, untrusted key, a gap in the sequence); no later anchor is used. */
            anchor_problem: {
                sequence: number;
                reason: string;
            } | null;
            /** @description The first event (in commit order) that does not match, or null. */
            first_broken: {
                stream_name: string;
                revision: string;
                /**
                 * Format: uuid
                 * @description Null when the break is not one event (a stream head).
                 */
                event_id: string | null;
                /** @description An event position: `<commit>:<prepare>`, as history or replay shows it. */
                position: string | null;
                /** @example does not match anchor #12: this event, or an earlier one of its stream, was changed */
                reason: string;
            } | null;
            /** @description The first event that does not match in each stream that has one, in commit order; the first 1,000 such streams. */
            broken_streams: {
                stream_name: string;
                revision: string;
                /**
                 * Format: uuid
                 * @description Null when the break is not one event (a stream head).
                 */
                event_id: string | null;
                /** @description An event position: `<commit>:<prepare>`, as history or replay shows it. */
                position: string | null;
                /** @example does not match anchor #12: this event, or an earlier one of its stream, was changed */
                reason: string;
            }[];
            /** @description How many streams have an event that does not match. */
            broken_stream_count: number;
        };
        WebhookAuditEvent: {
            /** Format: uuid */
            event_id: string;
            stream_name: string;
            type: string;
            revision: string;
            position: string;
            recorded_at: string;
            data: {
                [key: string]: unknown;
            };
            metadata: {
                [key: string]: unknown;
            };
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpoint_id: string;
            /** Format: uuid */
            event_id: string;
            event_type: string;
            /** Format: uuid */
            payout_id: string;
            revision: number;
            /** @enum {string} */
            origin: "live" | "replay" | "redelivery";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** @description When the next attempt is due; null when finished. */
            next_attempt_at: string | null;
            failure_reason: string | null;
            created_at: string;
            finished_at: string | null;
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
        };
        WebhookDeliveryAttempt: {
            attempted_at: string;
            /** @description Null when no answer came. */
            response_status: number | null;
            /** @description Timeout, connection error or refusal; null when answered. */
            error: string | null;
            latency_ms: number;
            /** @description The start of the answer, at most 1024 bytes. */
            response_body: string | null;
        };
        WebhookDeliveryList: {
            next: string | null;
            results: components["schemas"]["WebhookDelivery"][];
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            enabled_events: string[];
            description: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * @description `requested` (PATCH), `gone` (the endpoint answered 410), `failing` (every delivery failed for too long).
             * @enum {string|null}
             */
            disabled_reason: "requested" | "gone" | "failing" | null;
            disabled_detail: string | null;
            created_at: string;
            updated_at: string;
        };
        WebhookEndpointList: {
            results: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookEndpointWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            enabled_events: string[];
            description: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * @description `requested` (PATCH), `gone` (the endpoint answered 410), `failing` (every delivery failed for too long).
             * @enum {string|null}
             */
            disabled_reason: "requested" | "gone" | "failing" | null;
            disabled_detail: string | null;
            created_at: string;
            updated_at: string;
            /**
             * @description The signing secret (`whsec_...`). Shown only here: on create and on rotate.
             * @example whsec_3q2+7w...
             */
            secret: string;
        };
        WebhookEvent: {
            /**
             * Format: uuid
             * @description The event id: the same on every attempt, redelivery and replay; deduplicate by it.
             */
            id: string;
            /** @enum {string} */
            type: "payout.created" | "payout.updated" | "payout.cancelled" | "payout.processing" | "payout.completed" | "payout.failed";
            /**
             * @description When the event store recorded the event (UTC ISO 8601).
             * @example 2026-11-26T10:15:01.250Z
             */
            created_at: string;
            /**
             * @description The payout's revision after this event (its ETag). Order a payout's events by it; numbers may skip events that change nothing a client sees.
             * @example 3
             */
            revision: number;
            data: {
                object: components["schemas"]["Payout"];
            };
        };
        WebhookHistory: {
            stream_name: string;
            events: components["schemas"]["WebhookAuditEvent"][];
        };
        WebhookReplay: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpoint_id: string;
            from: string;
            to: string | null;
            types: string[];
            /** @enum {string} */
            status: "running" | "done";
            /** @description Deliveries made so far. */
            events_enqueued: number;
            created_at: string;
            finished_at: string | null;
        };
        WebhookReplayRequest: {
            /**
             * @description First event: a position (inclusive) or a time (recorded at or after).
             * @example 2026-01-01T00:00:00Z
             */
            from: string;
            /**
             * @description Last event: a position (inclusive) or a time (recorded before); default: now.
             * @example 2026-01-01T00:00:00Z
             */
            to?: string;
            /** @description Only these types; default: the endpoint's enabled events. */
            types?: ("payout.created" | "payout.updated" | "payout.cancelled" | "payout.processing" | "payout.completed" | "payout.failed")[];
        };
    };
    responses: never;
    parameters: {
        /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
        CorrelationId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPayouts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `next` or `previous`. */
                cursor?: string;
                /** @description Statuses among pending, processing, completed, failed, cancelled: the parameter repeated, or several separated by commas. */
                status?: string[];
                /** @description ISO 4217 code, case-insensitive. */
                currency?: string;
                /** @description Amount at least this (numeric comparison). A decimal such as `100.00`. */
                min_amount?: string;
                /** @description Amount at most this (numeric comparison). A decimal such as `100.00`. */
                max_amount?: string;
                /** @description Created at or after this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                created_after?: string;
                /** @description Created at or before this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                created_before?: string;
                /** @description Last changed at or after this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                updated_after?: string;
                /** @description Last changed at or before this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                updated_before?: string;
                /** @description Exactly this recipient account (no control, formatting or line-break characters). */
                recipient_account?: string;
                /** @description Case-insensitive substring of `recipient_account` or `description`, 3 to 100 characters (no control characters other than tab and line breaks). */
                search?: string;
                /** @description Sort keys among created_at, amount, status, updated_at; `-` for descending, commas for several (`status,-created_at`). Default `-created_at`; ties are broken by id. */
                ordering?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payouts. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutPage"];
                };
            };
            /** @description A query parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended payout (a new UUID for each payout is a good choice), at most 255 printable ASCII characters. The same key with the same body returns the original response again for at least 72 hours (with `Idempotent-Replayed: true`); with a different body it is a 409. Leave it empty to create a new payout every time. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayout"];
            };
        };
        responses: {
            /** @description The payout was requested; or, for a retry with the same `Idempotency-Key` and body, the first answer again. */
            201: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    /** @description Path of the payout: `/api/v1/payouts/<id>`. */
                    Location: string;
                    /** @description `true` when this answer replays the first answer to the same `Idempotency-Key` and body. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description The body is malformed or a field is invalid; `errors` names each field. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with a different body. */
            409: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The media type a POST takes: `application/json`. */
                    "Accept-Post": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayouts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD, POST`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayouts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `next` or `previous`. */
                cursor?: string;
                /** @description Statuses among pending, processing, completed, failed, cancelled: the parameter repeated, or several separated by commas. */
                status?: string[];
                /** @description ISO 4217 code, case-insensitive. */
                currency?: string;
                /** @description Amount at least this (numeric comparison). A decimal such as `100.00`. */
                min_amount?: string;
                /** @description Amount at most this (numeric comparison). A decimal such as `100.00`. */
                max_amount?: string;
                /** @description Created at or after this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                created_after?: string;
                /** @description Created at or before this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                created_before?: string;
                /** @description Last changed at or after this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                updated_after?: string;
                /** @description Last changed at or before this time. ISO 8601 with an offset (`2026-11-01T00:00:00Z`), or a date meaning midnight UTC. */
                updated_before?: string;
                /** @description Exactly this recipient account (no control, formatting or line-break characters). */
                recipient_account?: string;
                /** @description Case-insensitive substring of `recipient_account` or `description`, 3 to 100 characters (no control characters other than tab and line breaks). */
                search?: string;
                /** @description Sort keys among created_at, amount, status, updated_at; `-` for descending, commas for several (`status,-created_at`). Default `-created_at`; ties are broken by id. */
                ordering?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payouts. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A query parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportAuditAnchors: {
        parameters: {
            query?: {
                /** @description Only anchors after this sequence: the last one a previous export held. */
                after_sequence?: number | null;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON: one `AuditAnchor` (see the schema of the same name) per line, each line ending with `\n`; no anchors is an empty body. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description `after_sequence` is not a whole number; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsAuditAnchors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsAuditAnchors: {
        parameters: {
            query?: {
                /** @description Only anchors after this sequence: the last one a previous export held. */
                after_sequence?: number | null;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON: one `AuditAnchor` (see the schema of the same name) per line, each line ending with `\n`; no anchors is an empty body. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `after_sequence` is not a whole number; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    replayPayoutEvents: {
        parameters: {
            query?: {
                /** @description Start after this position (exclusive): the last position a previous replay showed. */
                after_position?: string;
                /** @description Stop at this position (inclusive). */
                to_position?: string;
                /** @description Events recorded at or after this time. */
                from_time?: string;
                /** @description Events recorded before this time. */
                to_time?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON: one `AuditEvent` (see the schema of the same name) per line, each line ending with `\n`; no events is an empty body. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description A range parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsAuditEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsAuditEvents: {
        parameters: {
            query?: {
                /** @description Start after this position (exclusive): the last position a previous replay showed. */
                after_position?: string;
                /** @description Stop at this position (inclusive). */
                to_position?: string;
                /** @description Events recorded at or after this time. */
                from_time?: string;
                /** @description Events recorded before this time. */
                to_time?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON: one `AuditEvent` (see the schema of the same name) per line, each line ending with `\n`; no events is an empty body. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A range parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listAuditKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPublicKeys"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsAuditKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsAuditKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report (`ok: false` names what does not match). */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyReport"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsAuditVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsAuditVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report (`ok: false` names what does not match). */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPayout: {
        parameters: {
            query?: {
                /** @description Same as `X-Min-Revision`. */
                min_revision?: string;
            };
            header?: {
                /** @description An ETag; 304 if unchanged. */
                "If-None-Match"?: string;
                /** @description Wait (at most 5 s) until the payout has reached this revision. */
                "X-Min-Revision"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    /** @description Present (`true`) when the read model had not reached the requested revision in time. */
                    "X-Read-Model-Stale"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description `If-None-Match` names the current revision. */
            304: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID, or a revision is not a number; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplacePayout"];
            };
        };
        responses: {
            /** @description The payout as replaced. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description The id, a header or the body is invalid; `errors` names each field. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payout is no longer `pending`; `payout_status` says what it is. */
            409: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the payout's current ETag: read it again. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The media type a POST takes: `application/json`. */
                    "Accept-Post"?: string;
                    /** @description The media type a PATCH takes: `application/json`. */
                    "Accept-Patch"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled payout. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description The id, a header or the body is invalid; `errors` names each field. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payout is no longer `pending`; `payout_status` says what it is. */
            409: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the payout's current ETag: read it again. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD, PUT, PATCH, DELETE`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsById: {
        parameters: {
            query?: {
                /** @description Same as `X-Min-Revision`. */
                min_revision?: string;
            };
            header?: {
                /** @description An ETag; 304 if unchanged. */
                "If-None-Match"?: string;
                /** @description Wait (at most 5 s) until the payout has reached this revision. */
                "X-Min-Revision"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    /** @description Present (`true`) when the read model had not reached the requested revision in time. */
                    "X-Read-Model-Stale"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `If-None-Match` names the current revision. */
            304: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID, or a revision is not a number; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such payout for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updatePayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePayout"];
            };
        };
        responses: {
            /** @description The payout as updated. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The payout's revision; send it as If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description The id, a header or the body is invalid; `errors` names each field. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payout is no longer `pending`; `payout_status` says what it is. */
            409: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the payout's current ETag: read it again. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The media type a POST takes: `application/json`. */
                    "Accept-Post"?: string;
                    /** @description The media type a PATCH takes: `application/json`. */
                    "Accept-Patch": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayoutAsOf: {
        parameters: {
            query: {
                /** @description ISO 8601 date-time with an offset, such as a `created_at` or `updated_at` of the payout. */
                at: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state then. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutAsOf"];
                };
            };
            /** @description The id or `at` is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout visible to this key, or it did not exist yet at `at`. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsByIdAsOf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsByIdAsOf: {
        parameters: {
            query: {
                /** @description ISO 8601 date-time with an offset, such as a `created_at` or `updated_at` of the payout. */
                at: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state then. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id or `at` is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such payout visible to this key, or it did not exist yet at `at`. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPayoutHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutHistory"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout visible to this key. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsPayoutsByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headPayoutsByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The payout's id (a UUID, any letter case). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs (see its description). */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such payout visible to this key. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getDailyReport: {
        parameters: {
            query?: {
                /** @description First day (UTC, `YYYY-MM-DD`, from 0001-01-01), inclusive; default six days before `to`. */
                from?: string;
                /** @description Last day (UTC, `YYYY-MM-DD`), inclusive; default today. */
                to?: string;
                /** @description Only this currency (case-insensitive). */
                currency?: string;
                /** @description Only this status. */
                status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals, by day, currency and status. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyReport"];
                };
            };
            /** @description A parameter is invalid, `from` is after `to`, or the range is longer than 366 days. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsReportsDaily: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headReportsDaily: {
        parameters: {
            query?: {
                /** @description First day (UTC, `YYYY-MM-DD`, from 0001-01-01), inclusive; default six days before `to`. */
                from?: string;
                /** @description Last day (UTC, `YYYY-MM-DD`), inclusive; default today. */
                to?: string;
                /** @description Only this currency (case-insensitive). */
                currency?: string;
                /** @description Only this status. */
                status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals, by day, currency and status. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid, `from` is after `to`, or the range is longer than 366 days. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWebhookDeliveryHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The delivery. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookHistory"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookDeliveriesByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The delivery. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookDeliveriesByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The delivery. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such delivery for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The delivery to repeat. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery, pending. */
            202: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery for this tenant, or its endpoint was deleted. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookDeliveriesByIdRedeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The delivery to repeat. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `POST`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint, with its signing secret. */
            201: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description URL of the endpoint. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The body is malformed, a field is invalid, or the URL is refused; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant has as many endpoints as it may. */
            409: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD, POST`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The endpoint's revision; send it as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID, or If-Match is malformed. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpointsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD, PATCH, DELETE`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookEndpointsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The endpoint's revision; send it as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description The endpoint as changed. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The endpoint's revision; send it as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The body is malformed, a field is invalid, or the URL is refused; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this status. */
                status?: "pending" | "succeeded" | "failed";
                /** @description Only this payout's deliveries. */
                payout_id?: string;
                /** @description Deliveries per page (1..100, default 20). */
                limit?: number;
                /** @description From a `next` link. */
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description A parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpointsByIdDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookEndpointsByIdDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this status. */
                status?: "pending" | "succeeded" | "failed";
                /** @description Only this payout's deliveries. */
                payout_id?: string;
                /** @description Deliveries per page (1..100, default 20). */
                limit?: number;
                /** @description From a `next` link. */
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWebhookEndpointHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookHistory"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpointsByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookEndpointsByIdHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookReplayRequest"];
            };
        };
        responses: {
            /** @description The replay, started. */
            202: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
            /** @description The body is malformed or a bound is invalid; `errors` names it. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 64 KiB. */
            413: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpointsByIdReplay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `POST`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from the last read or write (`"3"`); a stale one is refused with 412. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The endpoint's revision; send it as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The id is not a UUID, or If-Match is malformed. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision. */
            412: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookEndpointsByIdRotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The webhook endpoint. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `POST`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookReplay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The replay. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replay. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such replay for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    optionsWebhookReplaysById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The replay. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods, in `Allow`. */
            204: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description The methods this path answers: `GET, HEAD`. */
                    Allow: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headWebhookReplaysById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id. */
                "X-Correlation-Id"?: components["parameters"]["CorrelationId"];
            };
            path: {
                /** @description The replay. (a UUID, any letter case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replay. */
            200: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown API key. */
            401: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description How to authenticate: `Bearer realm="payouts"`. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key lacks the scope this endpoint needs. */
            403: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such replay for this tenant. */
            404: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy": string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create). */
            503: {
                headers: {
                    /** @description Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured. */
                    RateLimit?: string;
                    /** @description The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key). */
                    "RateLimit-Policy"?: string;
                    /** @description The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes. */
                    "X-Correlation-Id": string;
                    /** @description Seconds until a request is allowed again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutCancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutProcessing: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPayoutFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing. */
                "Payouts-Signature": string;
                /** @description The event id, as in the body: the same on every attempt. */
                "Payouts-Event-Id": string;
                /** @description W3C trace context of the delivery, within the trace of the request that caused the event. */
                traceparent: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: it is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
