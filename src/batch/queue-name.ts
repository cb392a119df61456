/** The Redis queue a batch and its workers share unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'kontaktkoll';
