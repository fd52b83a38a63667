// One error type for the whole application, with a documented code table (README "Errors").
export const ERROR_CODES = {
  validation_failed: { status: 400, message: 'The request is not valid.' },
  malformed_json: { status: 400, message: 'The request body is not valid JSON.' },
  unsupported_media_type: { status: 415, message: 'Send the request body as application/json.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unauthenticated: { status: 401, message: 'Log in to continue.' },
  invalid_credentials: { status: 401, message: 'The email or password is not correct.' },
  invalid_mfa_code: { status: 401, message: 'The code is not correct or has already been used.' },
  mfa_required: { status: 401, message: 'Enter the code from your authenticator app to finish logging in.' },
  mfa_enrolment_required: { status: 403, message: 'Your organization requires MFA: set it up before continuing.' },
  csrf_failed: { status: 403, message: 'The request is missing its CSRF token; reload the page and try again.' },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  not_found: { status: 404, message: 'Not found.' },
  conflict: { status: 409, message: 'This conflicts with existing data.' },
  already_set_up: { status: 409, message: 'This instance is already set up; log in instead.' },
  request_invalid_transition: { status: 409, message: 'The request cannot move to that status from its current one.' },
  engagement_invalid_transition: { status: 409, message: 'The engagement cannot move to that status from its current one.' },
  population_invalid: { status: 400, message: 'The population file cannot be used: check its format and key column.' },
  workpapers_closed: { status: 409, message: 'The engagement\'s test plans can no longer change at this phase.' },
  test_plan_incomplete: { status: 409, message: 'The test plan lacks a step this needs (population, sample size, selection or results).' },
  sample_selection_exists: { status: 409, message: 'The test plan has a selection: discard it explicitly before changing its population or sample size.' },
  signoff_not_allowed: { status: 409, message: 'This sign-off is not allowed: a different person reviews, after the preparer signs what is there now.' },
  report_not_ready: { status: 409, message: 'The report cannot be issued yet: every sign-off, management\'s assertion, the decided opinion and the report\'s own checks must be in place.' },
  assertion_changed: { status: 409, message: 'Management\'s assertion changed since it was read; read it again before accepting.' },
  engagement_issued: { status: 409, message: 'The engagement\'s report is issued: the engagement is read-only; issue a correction instead.' },
  blob_missing: { status: 500, message: 'The stored file is missing from the blob store; run `attest verify` and restore it from backup.' },
  evidence_empty: { status: 400, message: 'The file is empty.' },
  evidence_type_mismatch: { status: 415, message: 'The file\'s content does not match its name or declared type.' },
  evidence_type_not_allowed: { status: 415, message: 'Executable files and scripts are not accepted as evidence.' },
  evidence_not_current: { status: 409, message: 'Only current evidence can be superseded or removed.' },
  evidence_in_use: { status: 409, message: 'This evidence is used by an engagement or an accepted request and cannot be removed.' },
  ledger_verification_running: { status: 409, message: 'A verification of this organization\'s ledger is already running.' },
  invitation_used: { status: 409, message: 'This invitation has already been used.' },
  invitation_expired: { status: 410, message: 'This invitation has expired or was revoked; ask for a new one.' },
  too_many_attempts: { status: 429, message: 'Too many failed attempts; wait a few minutes and try again.' },
  unavailable: { status: 503, message: 'The service is temporarily unavailable.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message?: string, options: { fields?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(message ?? ERROR_CODES[code].message);
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notFound = (what = 'Not found.') => new AppError('not_found', what);

/** A 400 naming every field that is wrong, all at once. */
export function failFields(fields: FieldError[]): never {
  throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}
