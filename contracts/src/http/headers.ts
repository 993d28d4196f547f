// Response headers as the OpenAPI document declares them. `required` means the service sends the
// header on every answer of that status, so a validating proxy may insist on it.
export type HeaderObject = {
  description: string;
  required?: boolean;
  schema: { type: 'string' | 'integer' };
};

const header = (
  description: string,
  required: boolean,
  type: 'string' | 'integer' = 'string',
): HeaderObject => ({
  description,
  ...(required ? { required: true } : {}),
  schema: { type },
});

export const rateLimitHeaders = (required: boolean) => ({
  RateLimit: header(
    'Remaining quota of this API key: `"default";r=<requests left>;t=<seconds until full>`. Sent on every answer of a limited route when a limit is configured.',
    required,
  ),
  'RateLimit-Policy': header(
    'The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key).',
    required,
  ),
});

export const retryAfterHeader = {
  'Retry-After': header('Seconds until a request is allowed again.', true, 'integer'),
};

export const wwwAuthenticateHeader = {
  'WWW-Authenticate': header('How to authenticate: `Bearer realm="payouts"`.', true),
};

export const allowHeader = { Allow: header('The methods this path answers, e.g. `GET, HEAD, POST`.', true) };

export const etagHeader = { ETag: header("The payout's revision; send it as If-Match.", true) };

export const correlationHeader = {
  'X-Correlation-Id': header(
    "The request's correlation id: the client's `X-Correlation-Id` when it is 1 to 128 letters, digits or `._:-`, else one made up. It is stored in the events the request causes.",
    true,
  ),
};

export const acceptPostHeader = (required: boolean) => ({
  'Accept-Post': header('The media type a POST takes: `application/json`.', required),
});

export const acceptPatchHeader = (required: boolean) => ({
  'Accept-Patch': header('The media type a PATCH takes: `application/json`.', required),
});
