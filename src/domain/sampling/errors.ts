// The one error the sampling core throws: the input cannot be sampled as given. Callers map it to a
// validation failure (the CLI exits with code 2); `details` names the offending values when useful.
export class SamplingInputError extends Error {
  override readonly name = 'SamplingInputError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export function checkInteger(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new SamplingInputError(`${name} must be a whole number of at least ${min} (got ${value})`);
}
