// A JSON number kept as the text the client sent, so that `"amount": 100.10` is never a float.
// Bodies are parsed with lossless-json into this type; schemas decide where a number is allowed.
export class JsonNumber {
  constructor(readonly text: string) {}
  toJSON(): number {
    return Number(this.text);
  }
}
