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
    "/api/v1/payouts/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Replay all payout events (NDJSON)
         * @description Streams every payout event in commit order, one AuditEvent per line, from the event store. Scope `audit:read`.
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
    "/api/v1/payouts/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify every stream's hash chain
         * @description Recomputes each event's hash from its content and its predecessor's hash, and names the first event that does not match. Scope `audit:read`.
         */
        get: operations["verifyHashChains"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * Methods this path answers
         * @description Answers 204 with `Allow: GET, HEAD`.
         */
        options: operations["optionsPayoutsAuditVerify"];
        /**
         * Headers of: verify every stream's hash chain
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
         * @description Folds the payout's events up to `at` (inclusive). An event counts from the earlier of the time it occurred (the time base of the payout's `created_at` and `updated_at`) and the time the event store recorded it, so a payout exists as of its own `created_at`, and as of its `updated_at` it is as that answer showed it. Scope `audit:read`, or the owning tenant.
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
         * @description Every event of the payout in revision order, from the event store. Scope `audit:read`, or the owning tenant.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
            /** @description URL of the next page, or null on the last page. */
            next: string | null;
            /** @description URL of the previous page, or null on the first page. */
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
        VerifyReport: {
            ok: boolean;
            streams: number;
            events: number;
            /** @description The first event (in commit order) whose hash does not match, or null. */
            first_broken: {
                stream_name: string;
                revision: string;
                /** Format: uuid */
                event_id: string | null;
                /** @description An event position: `<commit>:<prepare>`, as history or replay shows it. */
                position: string | null;
                reason: string;
            } | null;
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
    verifyHashChains: {
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
            /** @description The verification report. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description This event store keeps no hash chain. */
            501: {
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The verification report. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description This event store keeps no hash chain. */
            501: {
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
            /** @description The API key lacks the audit:read scope. */
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
        };
    };
}
