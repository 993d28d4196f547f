// A typed client for the Payouts API: openapi-fetch over the types generated from the API's own
// OpenAPI document (schema.ts), so a path, parameter or field the API does not have is a type error.
//
//   const payouts = createPayoutsClient({ baseUrl: 'http://localhost:8000', apiKey });
//   const { data, error } = await payouts.POST('/api/v1/payouts', { body: { amount: '100.50', recipient_account: '4081...' } });
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';
export type Payout = components['schemas']['Payout'];
export type CreatePayout = components['schemas']['CreatePayout'];
export type Problem = components['schemas']['Problem'];
export type PayoutsClient = Client<paths>;

export type PayoutsClientOptions = Omit<ClientOptions, 'baseUrl'> & {
  /** Where the API is, e.g. `http://localhost:8000`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` on every request. */
  apiKey: string;
};

export function createPayoutsClient({ apiKey, ...options }: PayoutsClientOptions): PayoutsClient {
  const client = createClient<paths>(options);
  client.use({
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      return request;
    },
  });
  return client;
}
