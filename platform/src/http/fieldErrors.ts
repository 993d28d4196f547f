// Where zod's issues become the `errors` of a 400: each names its field and says the rule it broke
// in plain English ("required", "at most 100 characters", "must be one of: ..."). A message a schema
// words itself is kept as it is; only zod's own English templates are rewritten here.

import { JsonNumber } from '@payouts/contracts';
import type { z } from 'zod';
import type { FieldError } from './problem.ts';

type Issue = z.core.$ZodIssue;

export function fieldErrorsFromZod(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // An unknown key is reported at the object; name the key itself.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => ({
      field: [prefix, ...path, key].filter((p) => p !== undefined && p !== '').join('.') || '(body)',
      message: plainMessage(issue),
    }));
  });
}

/** zod's English templates all begin so ("Invalid input: ...", "Too big: ...", "Unrecognized key ..."). */
const ZOD_TEMPLATE = /^(Invalid|Too big|Too small|Unrecognized)\b/;

const TYPE_NAMES: Record<string, string> = {
  // z.instanceof(JsonNumber): the class the body parser makes of a JSON number.
  [JsonNumber.name]: 'a number',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
  date: 'a date',
};

const FORMAT_NAMES: Record<string, string> = {
  uuid: 'must be a UUID',
  guid: 'must be a UUID',
  email: 'must be an email address',
  url: 'must be a URL',
  datetime: 'must be an ISO 8601 date-time, such as 2026-01-31T09:00:00Z',
  date: 'must be a date, such as 2026-01-31',
  time: 'must be a time, such as 09:00:00',
  duration: 'must be an ISO 8601 duration',
  regex: 'has the wrong format',
};

/** The rule an issue says was broken, in words a client reads; the schema's own words when it gave some. */
function plainMessage(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return 'unknown field';
  if (!ZOD_TEMPLATE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return missing(issue) ? 'required' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'starts_with') return `must start with ${(issue as { prefix?: string }).prefix}`;
      if (issue.format === 'ends_with') return `must end with ${(issue as { suffix?: string }).suffix}`;
      if (issue.format === 'includes') return `must contain ${(issue as { includes?: string }).includes}`;
      return FORMAT_NAMES[issue.format] ?? `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return unionMessage(issue.errors);
    case 'invalid_key':
      return `has a key that ${sentence(issue.issues[0])}`;
    case 'invalid_element':
      return `has an element that ${sentence(issue.issues[0])}`;
    default:
      return 'is not valid';
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = String(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return issue.exact ? `exactly ${max} characters` : `at most ${max} characters`;
    case 'array':
    case 'set':
      return `at most ${max} items`;
    case 'date':
      return `must not be after ${max}`;
    default:
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = String(issue.minimum);
  switch (issue.origin) {
    case 'string':
      if (issue.exact) return `exactly ${min} characters`;
      return min === '1' ? 'must not be empty' : `at least ${min} characters`;
    case 'array':
    case 'set':
      return min === '1' ? 'must not be empty' : `at least ${min} items`;
    case 'date':
      return `must not be before ${min}`;
    default:
      return issue.inclusive === false ? `must be greater than ${min}` : `must be at least ${min}`;
  }
}

/** zod drops the input from an issue; its message still says what came. */
function missing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
}

/** A value no branch of a union took: required when absent, else the types the branches wanted. */
function unionMessage(branches: readonly (readonly Issue[])[]): string {
  const firsts = branches.map(([first]) => first).filter((first) => first?.path.length === 0);
  if (firsts.length === branches.length && firsts.length > 0) {
    // Every branch saw the same input: one that says it was absent speaks for all (an instanceof
    // branch, say, reports only that the input was not an instance).
    if (firsts.some((first) => first !== undefined && missing(first))) return 'required';
    const wanted = firsts.flatMap((first) =>
      first?.code === 'invalid_type' ? [TYPE_NAMES[first.expected] ?? first.expected] : [],
    );
    if (wanted.length === branches.length) return `must be ${[...new Set(wanted)].join(' or ')}`;
  }
  return 'is not valid';
}

/** A rule as the end of a sentence ("has a key that is at most 40 characters" reads wrong; this does not). */
function sentence(issue: Issue | undefined): string {
  if (!issue) return 'is not valid';
  const message = plainMessage(issue);
  if (message === 'required' || message === 'unknown field') return 'is not valid';
  return /^(must|has|is)\b/.test(message) ? message : `must be ${message}`;
}
