// Maps every error to the one response shape {"error":{code,message,fields?,requestId?}}.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../services/errors.ts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
};

/** One issue as fastify-type-provider-zod reports it: the zod issue code as keyword, its path as instancePath. */
interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
}

function fieldErrors(err: FastifyError & { validation: ValidationIssue[]; validationContext?: string }): FieldError[] {
  const where = err.validationContext ?? 'body';
  return err.validation.flatMap((v: ValidationIssue) => {
    const base = (v.instancePath ?? '').split('/').filter(Boolean).join('.');
    if (v.keyword === 'unrecognized_keys' && v.params?.keys) {
      return v.params.keys.map((k: string) => ({ path: [where, base, k].filter(Boolean).join('.'), message: 'unknown field' }));
    }
    return [{ path: [where, base].filter(Boolean).join('.'), message: v.message ?? 'invalid' }];
  });
}

export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const fields = fieldErrors(fe as never);
    return new AppError('validation_failed', `The request is not valid: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields });
  }
  const mapped = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new AppError(mapped, mapped === 'payload_too_large' ? undefined : ERROR_CODES[mapped].message);
  if (fe?.statusCode === 400 && err instanceof SyntaxError) return new AppError('malformed_json');
  return null;
}

export function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  // A request refused before its body was read to the end (an oversize or mistyped upload): close the
  // connection with the answer, or a browser keeps sending the rest and never sees the error.
  if (!req.raw.complete) reply.header('connection', 'close');
  const app = toAppError(err);
  if (!app) {
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal_error', message: ERROR_CODES.internal_error.message, requestId: req.id } });
  }
  if (app.headers) reply.headers(app.headers);
  const body: { code: string; message: string; fields?: FieldError[]; requestId: string } = { code: app.code, message: app.message, requestId: req.id };
  if (app.fields) body.fields = app.fields;
  return reply.status(app.status).send({ error: body });
}
