/** The sandbox's model of an app's state, its records, and how they are kept. */
export * from './records';
export * from './model';
export * from './persistence';
export * from './durability';
export * from './dropNotice';
export * from './tables';
