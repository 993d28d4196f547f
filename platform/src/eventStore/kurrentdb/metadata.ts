// Event metadata as KurrentDB keeps it. Our events carry `correlation_id` and `causation_id`; the
// server's own by-correlation projection ($by_correlation_id) and its UI read `$correlationId` and
// `$causationId`. Both are written; readers get back exactly the metadata that was appended.

const KURRENT_KEYS = { $correlationId: 'correlation_id', $causationId: 'causation_id' } as const;

/** The metadata to store: ours, plus KurrentDB's names for the correlation and causation ids we have. */
export function toStoredMetadata(metadata: Record<string, unknown>): Record<string, unknown> {
  const stored: Record<string, unknown> = { ...metadata };
  for (const [kurrentKey, ourKey] of Object.entries(KURRENT_KEYS)) {
    const value = metadata[ourKey];
    if (typeof value === 'string' && value !== '') stored[kurrentKey] = value;
  }
  return stored;
}

/** The metadata as it was appended: KurrentDB's copies of our ids taken out again. */
export function fromStoredMetadata(stored: Record<string, unknown>): Record<string, unknown> {
  const metadata: Record<string, unknown> = { ...stored };
  for (const [kurrentKey, ourKey] of Object.entries(KURRENT_KEYS)) {
    if (kurrentKey in metadata && metadata[kurrentKey] === metadata[ourKey]) delete metadata[kurrentKey];
  }
  return metadata;
}
