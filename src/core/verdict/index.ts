/** Whether a request passed and how a batch adds up: the one answer every surface gives. */
export * from './verdict';
export * from './summary';
