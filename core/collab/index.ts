export * from './closeCodes';
export * from './roomNames';
