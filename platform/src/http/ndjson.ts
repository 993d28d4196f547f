// A streamed NDJSON answer (one JSON value per line) from an async iterator. The first value is read
// before the answer starts, so a failure to begin (a database that is away, say) is still an error
// answer (a 503 problem) rather than a 200 that ends at once; after that, one value per pull, so a
// slow reader holds back the reading instead of filling memory.
const encoder = new TextEncoder();

export async function ndjsonResponse<T>(
  values: AsyncIterator<T>,
  line: (value: T) => unknown = (value) => value,
): Promise<Response> {
  let first: IteratorResult<T> | undefined = await values.next();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = first ?? (await values.next());
      first = undefined;
      if (done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(line(value))}\n`));
    },
    async cancel() {
      await values.return?.(undefined);
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } });
}
