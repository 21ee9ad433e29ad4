/**
 * API errors as the API server returns them: a reason (NotFound, AlreadyExists,
 * Invalid, BadRequest) and the message kubectl prints after "Error from server".
 */
export type ApiErrorReason = 'NotFound' | 'AlreadyExists' | 'Invalid' | 'BadRequest' | 'Forbidden' | 'Conflict';

export class ApiError extends Error {
  constructor(
    readonly reason: ApiErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(plural: string, name: string): ApiError {
  return new ApiError('NotFound', `${plural} "${name}" not found`);
}
