/** The record does not exist, or the person may not know it exists (the same answer for both). */
export class RecordNotFoundError extends Error {
  constructor() {
    super('Record not found');
  }
}

/** The event is not allowed in the record's state; the message says why, in plain words. */
export class TransitionRefusedError extends Error {}

/** Input that is well formed but wrong for this record (a response before receipt …). */
export class InvalidChangeError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Someone else saved the record since this form was opened; nothing was overwritten. */
export class ConflictError extends Error {
  constructor(readonly changes: { actor_name: string; at: Date; summary: string }[]) {
    super('This record has been changed by someone else since you opened it');
  }
}
